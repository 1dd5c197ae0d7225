/** Document elements with text: the Element base classes, Paragraph, ListItem, Text and RangeElement. */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import { pngSize } from './charts';
import { type FakeContext, isInt } from './context';
import type { FakeTable } from './doc-containers';
import type { AttributeName, Attrs } from './doc-model';
import { Attribute, childIndexError, type ElementType, has, javaRegex } from './doc-model';

export abstract class FakeElement {
  _parent: FakeParentElement | null = null;
  _attrs: Attrs = {};

  constructor(readonly _ctx: FakeContext) {}

  abstract _type(): keyof typeof ElementType;
  abstract _text(): string;
  abstract _clone(): FakeElement;
  /** Paragraphs in document order, for replaceText and findText. */
  abstract _paragraphs(): FakeParagraph[];

  getType(): keyof typeof ElementType {
    return this._type();
  }

  getText(): string {
    return this._text();
  }

  removeFromParent(): this {
    if (this._parent) this._parent._removeKid(this);
    return this;
  }

  /** A detached deep copy. */
  copy(): this {
    return this._clone() as this;
  }

  _setAttrs(method: string, attributes: unknown): void {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes))
      throw this._ctx.badArgs(`${this._kind()}.${method}`, [attributes]);
    for (const [k, v] of Object.entries(attributes)) {
      if (!has(Attribute, k)) throw this._ctx.error(`${this._kind()}.${method}: unknown attribute ${k}`);
      if (v === null) delete this._attrs[k as AttributeName];
      else this._attrs[k as AttributeName] = v;
    }
  }

  _kind(): string {
    return (this as unknown as { _className: string })._className;
  }

  replaceText(searchPattern: unknown, replacement: unknown): FakeElement {
    const re = javaRegex(this._ctx, searchPattern, `${this._kind()}.replaceText`);
    if (typeof replacement !== 'string') throw this._ctx.badArgs(`${this._kind()}.replaceText`, [searchPattern, replacement]);
    for (const p of this._paragraphs()) p._value = p._value.replace(re, () => replacement);
    return this;
  }

  findText(searchPattern: unknown, from?: unknown): FakeRangeElement | null {
    const re = javaRegex(this._ctx, searchPattern, `${this._kind()}.findText`);
    if (from !== undefined && !(from instanceof FakeRangeElement))
      throw this._ctx.badArgs(`${this._kind()}.findText`, [searchPattern, from]);
    const paragraphs = this._paragraphs();
    let start = 0;
    let offset = 0;
    if (from) {
      start = paragraphs.indexOf(from._element._target as FakeParagraph);
      if (start < 0) throw this._ctx.error(`${this._kind()}.findText: the starting point is not inside this element.`);
      offset = from._end + 1;
    }
    for (let i = start; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      re.lastIndex = i === start ? offset : 0;
      for (let m = re.exec(p._value); m !== null; m = re.exec(p._value)) {
        if (m[0].length > 0) return new FakeRangeElement(this._ctx, new FakeText(this._ctx, p), m.index, m.index + m[0].length - 1);
        re.lastIndex++;
      }
    }
    return null;
  }

  asParagraph(): FakeParagraph {
    if (!(this instanceof FakeParagraph) || this._type() !== 'PARAGRAPH')
      throw this._ctx.error(`Element of type ${this._type()} is not a PARAGRAPH.`);
    return this;
  }

  asListItem(): FakeListItem {
    if (!(this instanceof FakeListItem)) throw this._ctx.error(`Element of type ${this._type()} is not a LIST_ITEM.`);
    return this;
  }

  asTable(): FakeTable {
    if (this._type() !== 'TABLE') throw this._ctx.error(`Element of type ${this._type()} is not a TABLE.`);
    return this as unknown as FakeTable;
  }

  editAsText(): FakeText {
    return new FakeText(this._ctx, this);
  }
}
instrument(FakeElement, 'Element');

/** An element with child elements: containers (Body, TableCell), Table (rows) and TableRow (cells). */
export abstract class FakeParentElement extends FakeElement {
  _kids: FakeElement[] = [];

  _paragraphs(): FakeParagraph[] {
    return this._kids.flatMap((k) => k._paragraphs());
  }

  _adopt<T extends FakeElement>(el: T, at: number): T {
    if (el._parent !== null) throw this._ctx.error('Element must be detached.');
    el._parent = this;
    this._kids.splice(at, 0, el);
    return el;
  }

  _removeKid(el: FakeElement): void {
    const i = this._kids.indexOf(el);
    if (i < 0) throw this._ctx.error('Element does not contain the specified child element.');
    this._kids.splice(i, 1);
    el._parent = null;
  }

  _kid(i: unknown, method: string): FakeElement {
    if (!Number.isInteger(i)) throw this._ctx.badArgs(`${this._kind()}.${method}`, [i]);
    const el = this._kids[i as number];
    if ((i as number) < 0 || !el) throw childIndexError(this._ctx, i as number, this._kids.length);
    return el;
  }

  _insertIndex(i: unknown, method: string, args: unknown[]): number {
    if (!Number.isInteger(i)) throw this._ctx.badArgs(`${this._kind()}.${method}`, args);
    const n = i as number;
    if (n < 0 || n > this._kids.length)
      throw this._ctx.error(`Index (${n}) must be less than or equal to the number of child elements (${this._kids.length}).`);
    return n;
  }

  _cloneKidsInto<T extends FakeParentElement>(copy: T): T {
    copy._attrs = { ...this._attrs };
    for (const k of this._kids) copy._adopt(k._clone(), copy._kids.length);
    return copy;
  }

  getNumChildren(): number {
    return this._kids.length;
  }

  getChild(childIndex: unknown): FakeElement {
    return this._kid(childIndex, 'getChild');
  }

  getChildIndex(child: unknown): number {
    const i = this._kids.indexOf(child as FakeElement);
    if (i < 0) throw this._ctx.error('Element does not contain the specified child element.');
    return i;
  }
}
instrument(FakeParentElement, 'Element');

export class FakeParagraph extends FakeElement {
  /** Offset-based character formatting (start/end inclusive), recorded for inspection. */
  _styles: { start: number; end: number; attributes: Attrs }[] = [];
  /** Inline images after the text (appendInlineImage); setText takes them away, as it replaces the whole content. */
  _images: FakeInlineImage[] = [];

  constructor(
    ctx: FakeContext,
    public _value: string,
  ) {
    super(ctx);
  }

  _type(): 'PARAGRAPH' | 'LIST_ITEM' {
    return 'PARAGRAPH';
  }

  _text(): string {
    return this._value;
  }

  _paragraphs(): FakeParagraph[] {
    return [this];
  }

  _clone(): FakeParagraph {
    const p = new FakeParagraph(this._ctx, this._value);
    p._attrs = { ...this._attrs };
    p._styles = this._styles.map((s) => ({ ...s, attributes: { ...s.attributes } }));
    p._images = this._images.map((i) => i._clone());
    return p;
  }

  setText(text: unknown): void {
    if (typeof text !== 'string') throw this._ctx.badArgs('Paragraph.setText', [text]);
    this._value = text;
    this._styles = [];
    this._images = [];
  }

  /** A picture at the paragraph's end, of the PNG's size in points; a blob that is no image throws, as Apps Script does. */
  appendInlineImage(image: unknown): FakeInlineImage {
    if (!(image instanceof FakeBlob)) throw this._ctx.badArgs('Paragraph.appendInlineImage', [image]);
    const size = pngSize(image._bytes);
    if (!size) throw this._ctx.error('Invalid image data.');
    const inline = new FakeInlineImage(this._ctx, image, size.width, size.height);
    this._images.push(inline);
    return inline;
  }

  setAttributes(attributes: unknown): FakeParagraph {
    this._setAttrs('setAttributes', attributes);
    return this;
  }

  /**
   * Merges into the preceding sibling of the same type (its text gets this text, this element goes)
   * and returns that sibling, as Element.merge does. Unlike removeFromParent, this may take the last
   * paragraph of a body or cell away, since the sibling becomes the last.
   */
  merge(): FakeParagraph {
    const parent = this._parent;
    const index = parent ? parent._kids.indexOf(this) : -1;
    const previous = index > 0 ? parent!._kids[index - 1] : undefined;
    if (!parent || !(previous instanceof FakeParagraph) || previous._type() !== this._type()) {
      throw this._ctx.error('Element must be preceded by an element of the same type to merge.');
    }
    const offset = previous._value.length;
    previous._value += this._value;
    previous._styles.push(...this._styles.map((st) => ({ ...st, start: st.start + offset, end: st.end + offset })));
    parent._kids.splice(index, 1);
    this._parent = null;
    return previous;
  }
}
instrument(FakeParagraph, 'Paragraph');

/** A bulleted or numbered paragraph. */
export class FakeListItem extends FakeParagraph {
  _type(): 'LIST_ITEM' {
    return 'LIST_ITEM';
  }

  _clone(): FakeListItem {
    const p = new FakeListItem(this._ctx, this._value);
    p._attrs = { ...this._attrs };
    p._styles = this._styles.map((st) => ({ ...st, attributes: { ...st.attributes } }));
    p._images = this._images.map((i) => i._clone());
    return p;
  }
}
instrument(FakeListItem, 'ListItem');

/**
 * Text: the editable text of an element (editAsText) or of a found span's paragraph. setAttributes
 * without offsets styles the whole target; with offsets (start, endInclusive) it is recorded on the
 * paragraph.
 */
export class FakeText {
  constructor(
    readonly _ctx: FakeContext,
    readonly _target: FakeElement,
  ) {}

  private _paragraph(method: string): FakeParagraph {
    if (!(this._target instanceof FakeParagraph))
      throw this._ctx.error(`Text.${method} is only supported by the fake inside one paragraph.`);
    return this._target;
  }

  private _offsets(method: string, args: unknown[], start: unknown, end: unknown): [number, number] {
    const limit = this._paragraph(method)._value.length;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw this._ctx.badArgs(`Text.${method}`, args);
    const [a, b] = [start as number, end as number];
    if (a < 0 || b < a || b >= limit) throw this._ctx.error(`Text.${method}: offsets ${a}..${b} are outside the text (length ${limit}).`);
    return [a, b];
  }

  /** Removes characters start..endInclusive. */
  deleteText(startOffset: unknown, endOffsetInclusive: unknown): FakeText {
    const [a, b] = this._offsets('deleteText', [startOffset, endOffsetInclusive], startOffset, endOffsetInclusive);
    const p = this._paragraph('deleteText');
    p._value = p._value.slice(0, a) + p._value.slice(b + 1);
    return this;
  }

  insertText(offset: unknown, text: unknown): FakeText {
    const p = this._paragraph('insertText');
    if (!Number.isInteger(offset) || typeof text !== 'string') throw this._ctx.badArgs('Text.insertText', [offset, text]);
    const at = offset as number;
    if (at < 0 || at > p._value.length)
      throw this._ctx.error(`Text.insertText: offset ${at} is outside the text (length ${p._value.length}).`);
    p._value = p._value.slice(0, at) + text + p._value.slice(at);
    return this;
  }

  asText(): FakeText {
    return this;
  }

  /** The element whose text this is (a found span's paragraph). */
  getParent(): FakeParagraph {
    return this._paragraph('getParent');
  }

  /** setAttributes(attributes) or setAttributes(startOffset, endOffsetInclusive, attributes). */
  setAttributes(...args: unknown[]): FakeText {
    const attrs = args[args.length - 1];
    if (!(args.length === 1 || args.length === 3) || typeof attrs !== 'object' || attrs === null)
      throw this._ctx.badArgs('Text.setAttributes', args);
    for (const k of Object.keys(attrs)) if (!has(Attribute, k)) throw this._ctx.error(`Text.setAttributes: unknown attribute ${k}`);
    if (args.length === 1) {
      for (const p of this._target._paragraphs()) Object.assign(p._attrs, attrs);
      if (!(this._target instanceof FakeParagraph)) Object.assign(this._target._attrs, attrs);
      return this;
    }
    const [start, end] = this._offsets('setAttributes', args, args[0], args[1]);
    this._paragraph('setAttributes')._styles.push({ start, end, attributes: { ...(attrs as Attrs) } });
    return this;
  }
}
instrument(FakeText, 'Text');

export class FakeRangeElement {
  constructor(
    readonly _ctx: FakeContext,
    readonly _element: FakeText,
    readonly _start: number,
    readonly _end: number,
  ) {}

  getElement(): FakeText {
    return this._element;
  }

  getStartOffset(): number {
    return this._start;
  }

  getEndOffsetInclusive(): number {
    return this._end;
  }
}
instrument(FakeRangeElement, 'RangeElement');

/** A picture in a paragraph: its PNG, printed size in points (the PNG's pixels until set) and alternative title. */
export class FakeInlineImage {
  _altTitle = '';
  /** The Docs API's inlineObjectId (a copy of the document keeps it). */
  _objectId: string;
  constructor(
    readonly _ctx: FakeContext,
    readonly _blob: FakeBlob,
    public _width: number,
    public _height: number,
    objectId?: string,
  ) {
    this._objectId = objectId ?? `kix.${_ctx.newId('image')}`;
  }

  _clone(): FakeInlineImage {
    const i = new FakeInlineImage(this._ctx, this._blob, this._width, this._height, this._objectId);
    i._altTitle = this._altTitle;
    return i;
  }

  private _size(method: string, v: unknown): number {
    if (!isInt(v)) throw this._ctx.badArgs(`InlineImage.${method}`, [v]);
    if (v <= 0) throw this._ctx.error(`InlineImage.${method}: the size must be positive.`);
    return v;
  }

  setWidth(width: unknown): FakeInlineImage {
    this._width = this._size('setWidth', width);
    return this;
  }

  setHeight(height: unknown): FakeInlineImage {
    this._height = this._size('setHeight', height);
    return this;
  }

  setAltTitle(title: unknown): FakeInlineImage {
    if (typeof title !== 'string') throw this._ctx.badArgs('InlineImage.setAltTitle', [title]);
    this._altTitle = title;
    return this;
  }

  getWidth(): number {
    return this._width;
  }

  getHeight(): number {
    return this._height;
  }
}
instrument(FakeInlineImage, 'InlineImage');
