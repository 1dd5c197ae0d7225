/** Document elements with text: the Element base classes, Paragraph, ListItem, Text and RangeElement. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import type { FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
import type { AttributeName, Attrs } from './doc-model';
import { Attribute, childIndexError, type ElementType, HorizontalAlignment, has, javaRegex, ParagraphHeading } from './doc-model';

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

  getParent(): FakeParentElement | null {
    return this._parent;
  }

  getText(): string {
    return this._text();
  }

  removeFromParent(): FakeElement {
    if (this._parent) this._parent._removeKid(this);
    return this;
  }

  copy(): FakeElement {
    return this._clone();
  }

  getAttributes(): Attrs {
    return { ...this._attrs };
  }

  setAttributes(attributes: unknown): FakeElement {
    this._setAttrs('setAttributes', attributes);
    return this;
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

  asTableRow(): FakeTableRow {
    if (this._type() !== 'TABLE_ROW') throw this._ctx.error(`Element of type ${this._type()} is not a TABLE_ROW.`);
    return this as unknown as FakeTableRow;
  }

  asTableCell(): FakeTableCell {
    if (this._type() !== 'TABLE_CELL') throw this._ctx.error(`Element of type ${this._type()} is not a TABLE_CELL.`);
    return this as unknown as FakeTableCell;
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
    return p;
  }

  private _set(method: string, attr: AttributeName, value: unknown, check: (v: unknown) => boolean): FakeParagraph {
    if (!check(value)) throw this._ctx.badArgs(`Paragraph.${method}`, [value]);
    this._attrs[attr] = value;
    return this;
  }

  setText(text: unknown): void {
    if (typeof text !== 'string') throw this._ctx.badArgs('Paragraph.setText', [text]);
    this._value = text;
    this._styles = [];
  }

  appendText(text: unknown): FakeText {
    if (typeof text !== 'string') throw this._ctx.badArgs('Paragraph.appendText', [text]);
    const start = this._value.length;
    this._value += text;
    return new FakeText(this._ctx, this, start, this._value.length);
  }

  setAlignment(alignment: unknown): FakeParagraph {
    return this._set('setAlignment', 'HORIZONTAL_ALIGNMENT', alignment, (v) => has(HorizontalAlignment, v));
  }

  getAlignment(): unknown {
    return this._attrs.HORIZONTAL_ALIGNMENT ?? null;
  }

  setHeading(heading: unknown): FakeParagraph {
    return this._set('setHeading', 'HEADING', heading, (v) => has(ParagraphHeading, v));
  }

  getHeading(): unknown {
    return this._attrs.HEADING ?? ParagraphHeading.NORMAL;
  }

  setSpacingBefore(spacing: unknown): FakeParagraph {
    return this._set('setSpacingBefore', 'SPACING_BEFORE', spacing, (v) => typeof v === 'number' && v >= 0);
  }

  setSpacingAfter(spacing: unknown): FakeParagraph {
    return this._set('setSpacingAfter', 'SPACING_AFTER', spacing, (v) => typeof v === 'number' && v >= 0);
  }

  setLineSpacing(multiplier: unknown): FakeParagraph {
    return this._set('setLineSpacing', 'LINE_SPACING', multiplier, (v) => typeof v === 'number' && v > 0);
  }

  setIndentFirstLine(indent: unknown): FakeParagraph {
    return this._set('setIndentFirstLine', 'INDENT_FIRST_LINE', indent, (v) => typeof v === 'number');
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
    return p;
  }

  getNestingLevel(): number {
    return (this._attrs.NESTING_LEVEL as number | undefined) ?? 0;
  }

  setNestingLevel(level: unknown): FakeListItem {
    if (!Number.isInteger(level) || (level as number) < 0 || (level as number) > 8)
      throw this._ctx.badArgs('ListItem.setNestingLevel', [level]);
    this._attrs.NESTING_LEVEL = level;
    return this;
  }
}
instrument(FakeListItem, 'ListItem');

/**
 * Text: the editable text of an element (editAsText) or of a found / appended span. Style setters
 * without offsets style the whole target; with offsets (start, endInclusive) they are recorded on
 * the paragraph.
 */
export class FakeText {
  constructor(
    readonly _ctx: FakeContext,
    readonly _target: FakeElement,
    /** Optional window [from, to) inside a paragraph (appendText). */
    readonly _from = 0,
    readonly _to: number | null = null,
  ) {}

  private _style(method: string, attr: AttributeName, args: unknown[], check: (v: unknown) => boolean): FakeText {
    const value = args[args.length - 1];
    if (!((args.length === 1 || args.length === 3) && check(value))) throw this._ctx.badArgs(`Text.${method}`, args);
    this._apply(method, { [attr]: value }, args.length === 3 ? [args[0], args[1]] : null, args);
    return this;
  }

  private _apply(method: string, attrs: Attrs, offsets: [unknown, unknown] | null, args: unknown[]): void {
    const whole = this._to === null && this._from === 0;
    if (offsets === null && whole) {
      for (const p of this._target._paragraphs()) Object.assign(p._attrs, attrs);
      if (!(this._target instanceof FakeParagraph)) Object.assign(this._target._attrs, attrs);
      return;
    }
    if (!(this._target instanceof FakeParagraph))
      throw this._ctx.error(`Text.${method} with offsets is only supported by the fake inside one paragraph.`);
    let [start, end] = offsets ?? [0, (this._to ?? this._target._value.length) - this._from - 1];
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw this._ctx.badArgs(`Text.${method}`, args);
    start = (start as number) + this._from;
    end = (end as number) + this._from;
    const limit = this._to ?? this._target._value.length;
    if ((start as number) < 0 || (end as number) < (start as number) || (end as number) >= limit) {
      throw this._ctx.error(`Text.${method}: offsets ${String(start)}..${String(end)} are outside the text (length ${limit}).`);
    }
    this._target._styles.push({ start: start as number, end: end as number, attributes: { ...attrs } });
  }

  getText(): string {
    const t = this._target._text();
    return this._to === null && this._from === 0 ? t : t.slice(this._from, this._to ?? undefined);
  }

  setText(text: unknown): FakeText {
    if (!(this._target instanceof FakeParagraph) || this._from !== 0 || this._to !== null)
      throw this._ctx.error('Text.setText is only supported by the fake on a whole paragraph.');
    this._target.setText(text);
    return this;
  }

  private _paragraph(method: string): FakeParagraph {
    if (!(this._target instanceof FakeParagraph))
      throw this._ctx.error(`Text.${method} is only supported by the fake inside one paragraph.`);
    return this._target;
  }

  /** Removes characters start..endInclusive (offsets within this text). */
  deleteText(startOffset: unknown, endOffsetInclusive: unknown): FakeText {
    const p = this._paragraph('deleteText');
    const limit = (this._to ?? p._value.length) - this._from;
    if (!Number.isInteger(startOffset) || !Number.isInteger(endOffsetInclusive))
      throw this._ctx.badArgs('Text.deleteText', [startOffset, endOffsetInclusive]);
    const a = startOffset as number;
    const b = endOffsetInclusive as number;
    if (a < 0 || b < a || b >= limit) throw this._ctx.error(`Text.deleteText: offsets ${a}..${b} are outside the text (length ${limit}).`);
    p._value = p._value.slice(0, this._from + a) + p._value.slice(this._from + b + 1);
    return this;
  }

  insertText(offset: unknown, text: unknown): FakeText {
    const p = this._paragraph('insertText');
    const limit = (this._to ?? p._value.length) - this._from;
    if (!Number.isInteger(offset) || typeof text !== 'string') throw this._ctx.badArgs('Text.insertText', [offset, text]);
    const at = offset as number;
    if (at < 0 || at > limit) throw this._ctx.error(`Text.insertText: offset ${at} is outside the text (length ${limit}).`);
    p._value = p._value.slice(0, this._from + at) + text + p._value.slice(this._from + at);
    return this;
  }

  getParent(): FakeElement {
    return this._target;
  }

  getType(): 'TEXT' {
    return 'TEXT';
  }

  asText(): FakeText {
    return this;
  }

  setBold(...args: unknown[]): FakeText {
    return this._style('setBold', 'BOLD', args, (v) => typeof v === 'boolean' || v === null);
  }

  setItalic(...args: unknown[]): FakeText {
    return this._style('setItalic', 'ITALIC', args, (v) => typeof v === 'boolean' || v === null);
  }

  setUnderline(...args: unknown[]): FakeText {
    return this._style('setUnderline', 'UNDERLINE', args, (v) => typeof v === 'boolean' || v === null);
  }

  setFontFamily(...args: unknown[]): FakeText {
    return this._style('setFontFamily', 'FONT_FAMILY', args, (v) => typeof v === 'string' || v === null);
  }

  setFontSize(...args: unknown[]): FakeText {
    return this._style('setFontSize', 'FONT_SIZE', args, (v) => (typeof v === 'number' && v > 0) || v === null);
  }

  setForegroundColor(...args: unknown[]): FakeText {
    return this._style(
      'setForegroundColor',
      'FOREGROUND_COLOR',
      args,
      (v) => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)) || v === null,
    );
  }

  setAttributes(...args: unknown[]): FakeText {
    const attrs = args[args.length - 1];
    if (!(args.length === 1 || args.length === 3) || typeof attrs !== 'object' || attrs === null)
      throw this._ctx.badArgs('Text.setAttributes', args);
    for (const k of Object.keys(attrs)) if (!has(Attribute, k)) throw this._ctx.error(`Text.setAttributes: unknown attribute ${k}`);
    this._apply('setAttributes', attrs as Attrs, args.length === 3 ? [args[0], args[1]] : null, args);
    return this;
  }

  replaceText(searchPattern: unknown, replacement: unknown): FakeText {
    this._target.replaceText(searchPattern, replacement);
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

  isPartial(): boolean {
    return this._start > 0 || this._end < this._element._target._text().length - 1;
  }
}
instrument(FakeRangeElement, 'RangeElement');
