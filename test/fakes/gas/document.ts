/**
 * DocumentApp: documents as a tree of Body / Paragraph / Table / TableRow / TableCell elements.
 * Text is kept per paragraph with its attributes; character-level styling set with offsets is
 * recorded (Paragraph._styles) but not re-flowed by replaceText.
 */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { makeEnum } from './context';
import type { FileData } from './drive';
import { MimeType } from './drive';

export const ElementType = makeEnum([
  'BODY_SECTION', 'COMMENT_SECTION', 'DOCUMENT', 'EQUATION', 'FOOTER_SECTION', 'FOOTNOTE', 'HEADER_SECTION',
  'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'TABLE',
  'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
] as const);
export const ParagraphHeading = makeEnum(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const);
export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = makeEnum(['BOTTOM', 'CENTER', 'TOP'] as const);
export const Attribute = makeEnum([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT',
  'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT',
  'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE',
  'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);
type AttributeName = keyof typeof Attribute;
type Attrs = Partial<Record<AttributeName, unknown>>;

const has = (o: object, k: unknown): boolean => typeof k === 'string' && Object.prototype.hasOwnProperty.call(o, k);

/** Apps Script's replaceText/findText take Java regular expressions; this covers the common subset. */
function javaRegex(ctx: FakeContext, pattern: unknown, method: string): RegExp {
  if (typeof pattern !== 'string') throw ctx.badArgs(method, [pattern]);
  let source = pattern;
  let flags = 'g';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  if (/\\p\{/.test(source)) flags += 'u';
  try {
    return new RegExp(source, flags);
  } catch {
    throw ctx.error(`Invalid regular expression pattern ${pattern}`);
  }
}

function childIndexError(ctx: FakeContext, i: number, n: number): Error {
  return ctx.error(`Child index (${i}) must be less than the number of child elements (${n}).`);
}

// ---- elements ----------------------------------------------------------------------------------

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
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) throw this._ctx.badArgs(`${this._kind()}.${method}`, [attributes]);
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
    if (from !== undefined && !(from instanceof FakeRangeElement)) throw this._ctx.badArgs(`${this._kind()}.findText`, [searchPattern, from]);
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
      let m: RegExpExecArray | null;
      while ((m = re.exec(p._value)) !== null) {
        if (m[0].length > 0) return new FakeRangeElement(this._ctx, new FakeText(this._ctx, p), m.index, m.index + m[0].length - 1);
        re.lastIndex++;
      }
    }
    return null;
  }

  asParagraph(): FakeParagraph {
    if (!(this instanceof FakeParagraph) || this._type() !== 'PARAGRAPH') throw this._ctx.error(`Element of type ${this._type()} is not a PARAGRAPH.`);
    return this;
  }

  asListItem(): FakeListItem {
    if (!(this instanceof FakeListItem)) throw this._ctx.error(`Element of type ${this._type()} is not a LIST_ITEM.`);
    return this;
  }

  asTable(): FakeTable {
    if (!(this instanceof FakeTable)) throw this._ctx.error(`Element of type ${this._type()} is not a TABLE.`);
    return this;
  }

  asTableRow(): FakeTableRow {
    if (!(this instanceof FakeTableRow)) throw this._ctx.error(`Element of type ${this._type()} is not a TABLE_ROW.`);
    return this;
  }

  asTableCell(): FakeTableCell {
    if (!(this instanceof FakeTableCell)) throw this._ctx.error(`Element of type ${this._type()} is not a TABLE_CELL.`);
    return this;
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
    if (n < 0 || n > this._kids.length) throw this._ctx.error(`Index (${n}) must be less than or equal to the number of child elements (${this._kids.length}).`);
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
    if (!Number.isInteger(level) || (level as number) < 0 || (level as number) > 8) throw this._ctx.badArgs('ListItem.setNestingLevel', [level]);
    this._attrs.NESTING_LEVEL = level;
    return this;
  }
}
instrument(FakeListItem, 'ListItem');

/** Body and TableCell. */
export abstract class FakeContainer extends FakeParentElement {
  private _newParagraph(method: string, arg: unknown, args: unknown[]): FakeParagraph {
    if (typeof arg === 'string') return new FakeParagraph(this._ctx, arg);
    if (arg instanceof FakeParagraph && !(arg instanceof FakeListItem)) return arg;
    throw this._ctx.badArgs(`${this._kind()}.${method}`, args);
  }

  private _newListItem(method: string, arg: unknown, args: unknown[]): FakeListItem {
    if (typeof arg === 'string') return new FakeListItem(this._ctx, arg);
    if (arg instanceof FakeListItem) return arg;
    throw this._ctx.badArgs(`${this._kind()}.${method}`, args);
  }

  private _newTable(method: string, arg: unknown, args: unknown[]): FakeTable {
    if (arg instanceof FakeTable) return arg;
    if (arg === undefined) return new FakeTable(this._ctx);
    if (Array.isArray(arg) && arg.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'))) {
      const t = new FakeTable(this._ctx);
      for (const cells of arg as string[][]) {
        const row = t._adopt(new FakeTableRow(this._ctx), t._kids.length);
        for (const text of cells) row._adopt(FakeTableCell._withText(this._ctx, text), row._kids.length);
      }
      return t;
    }
    throw this._ctx.badArgs(`${this._kind()}.${method}`, args);
  }

  _text(): string {
    return this._kids.map((k) => k._text()).join('\n');
  }

  /** A body or cell must end with a paragraph: Docs refuses to remove the final one. */
  _removeKid(el: FakeElement): void {
    if (el instanceof FakeParagraph && this._kids[this._kids.length - 1] === el) {
      throw this._ctx.error("Can't remove the last paragraph in a document section.");
    }
    super._removeKid(el);
  }

  getParagraphs(): FakeParagraph[] {
    return this._paragraphs();
  }

  getTables(): FakeTable[] {
    const out: FakeTable[] = [];
    const walk = (el: FakeElement): void => {
      if (el instanceof FakeTable) out.push(el);
      if (el instanceof FakeParentElement) el._kids.forEach(walk);
    };
    this._kids.forEach(walk);
    return out;
  }

  appendParagraph(paragraph: unknown): FakeParagraph {
    return this._adopt(this._newParagraph('appendParagraph', paragraph, [paragraph]), this._kids.length);
  }

  insertParagraph(childIndex: unknown, paragraph: unknown): FakeParagraph {
    const i = this._insertIndex(childIndex, 'insertParagraph', [childIndex, paragraph]);
    return this._adopt(this._newParagraph('insertParagraph', paragraph, [childIndex, paragraph]), i);
  }

  appendListItem(listItem: unknown): FakeListItem {
    return this._adopt(this._newListItem('appendListItem', listItem, [listItem]), this._kids.length);
  }

  insertListItem(childIndex: unknown, listItem: unknown): FakeListItem {
    const i = this._insertIndex(childIndex, 'insertListItem', [childIndex, listItem]);
    return this._adopt(this._newListItem('insertListItem', listItem, [childIndex, listItem]), i);
  }

  appendTable(table?: unknown): FakeTable {
    return this._adopt(this._newTable('appendTable', table, table === undefined ? [] : [table]), this._kids.length);
  }

  insertTable(childIndex: unknown, table: unknown): FakeTable {
    const i = this._insertIndex(childIndex, 'insertTable', [childIndex, table]);
    if (table === undefined) throw this._ctx.badArgs(`${this._kind()}.insertTable`, [childIndex]);
    return this._adopt(this._newTable('insertTable', table, [childIndex, table]), i);
  }

  removeChild(child: unknown): FakeContainer {
    if (!(child instanceof FakeElement)) throw this._ctx.badArgs(`${this._kind()}.removeChild`, [child]);
    this._removeKid(child);
    return this;
  }

  /** Leaves a single empty paragraph, as Docs does. */
  clear(): FakeContainer {
    for (const k of this._kids) k._parent = null;
    this._kids = [];
    this._adopt(new FakeParagraph(this._ctx, ''), 0);
    return this;
  }

  setText(text: unknown): FakeContainer {
    if (typeof text !== 'string') throw this._ctx.badArgs(`${this._kind()}.setText`, [text]);
    this.clear();
    (this._kids[0] as FakeParagraph)._value = text;
    return this;
  }
}
instrument(FakeContainer, 'Element');

export class FakeBody extends FakeContainer {
  constructor(ctx: FakeContext) {
    super(ctx);
    this._attrs = { MARGIN_TOP: 72, MARGIN_BOTTOM: 72, MARGIN_LEFT: 72, MARGIN_RIGHT: 72, PAGE_WIDTH: 612, PAGE_HEIGHT: 792 };
    this._adopt(new FakeParagraph(ctx, ''), 0);
  }

  _type(): 'BODY_SECTION' {
    return 'BODY_SECTION';
  }

  _clone(): FakeBody {
    const b = new FakeBody(this._ctx);
    b._kids[0]!._parent = null;
    b._kids = [];
    return this._cloneKidsInto(b);
  }

  private _pt(method: string, attr: AttributeName, v: unknown): FakeBody {
    if (typeof v !== 'number' || !(v >= 0)) throw this._ctx.badArgs(`Body.${method}`, [v]);
    this._attrs[attr] = v;
    return this;
  }

  setMarginTop(v: unknown): FakeBody {
    return this._pt('setMarginTop', 'MARGIN_TOP', v);
  }

  setMarginBottom(v: unknown): FakeBody {
    return this._pt('setMarginBottom', 'MARGIN_BOTTOM', v);
  }

  setMarginLeft(v: unknown): FakeBody {
    return this._pt('setMarginLeft', 'MARGIN_LEFT', v);
  }

  setMarginRight(v: unknown): FakeBody {
    return this._pt('setMarginRight', 'MARGIN_RIGHT', v);
  }

  setPageWidth(v: unknown): FakeBody {
    return this._pt('setPageWidth', 'PAGE_WIDTH', v);
  }

  setPageHeight(v: unknown): FakeBody {
    return this._pt('setPageHeight', 'PAGE_HEIGHT', v);
  }

  getMarginTop(): number {
    return this._attrs.MARGIN_TOP as number;
  }

  getMarginBottom(): number {
    return this._attrs.MARGIN_BOTTOM as number;
  }

  getMarginLeft(): number {
    return this._attrs.MARGIN_LEFT as number;
  }

  getMarginRight(): number {
    return this._attrs.MARGIN_RIGHT as number;
  }

  getPageWidth(): number {
    return this._attrs.PAGE_WIDTH as number;
  }

  getPageHeight(): number {
    return this._attrs.PAGE_HEIGHT as number;
  }
}
instrument(FakeBody, 'Body');

export class FakeTableCell extends FakeContainer {
  static _withText(ctx: FakeContext, text: string): FakeTableCell {
    const c = new FakeTableCell(ctx);
    c._adopt(new FakeParagraph(ctx, text), 0);
    return c;
  }

  _type(): 'TABLE_CELL' {
    return 'TABLE_CELL';
  }

  _clone(): FakeTableCell {
    return this._cloneKidsInto(new FakeTableCell(this._ctx));
  }

  setBackgroundColor(color: unknown): FakeTableCell {
    if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) throw this._ctx.badArgs('TableCell.setBackgroundColor', [color]);
    this._attrs.BACKGROUND_COLOR = color.toLowerCase();
    return this;
  }

  getBackgroundColor(): string | null {
    return (this._attrs.BACKGROUND_COLOR as string | undefined) ?? null;
  }

  setWidth(width: unknown): FakeTableCell {
    if (typeof width !== 'number' || !(width >= 0)) throw this._ctx.badArgs('TableCell.setWidth', [width]);
    this._attrs.WIDTH = width;
    return this;
  }

  getWidth(): number | null {
    return (this._attrs.WIDTH as number | undefined) ?? null;
  }

  setVerticalAlignment(alignment: unknown): FakeTableCell {
    if (!has(VerticalAlignment, alignment)) throw this._ctx.badArgs('TableCell.setVerticalAlignment', [alignment]);
    this._attrs.VERTICAL_ALIGNMENT = alignment;
    return this;
  }

  getVerticalAlignment(): unknown {
    return this._attrs.VERTICAL_ALIGNMENT ?? VerticalAlignment.TOP;
  }

  getParentRow(): FakeTableRow | null {
    return this._parent as FakeTableRow | null;
  }
}
instrument(FakeTableCell, 'TableCell');

export class FakeTableRow extends FakeParentElement {
  _type(): 'TABLE_ROW' {
    return 'TABLE_ROW';
  }

  _text(): string {
    return this._kids.map((k) => k._text()).join('\t');
  }

  _clone(): FakeTableRow {
    return this._cloneKidsInto(new FakeTableRow(this._ctx));
  }

  getNumCells(): number {
    return this._kids.length;
  }

  getCell(cellIndex: unknown): FakeTableCell {
    return this._kid(cellIndex, 'getCell') as FakeTableCell;
  }

  appendTableCell(cell?: unknown): FakeTableCell {
    if (cell instanceof FakeTableCell) return this._adopt(cell, this._kids.length);
    if (cell === undefined || typeof cell === 'string') return this._adopt(FakeTableCell._withText(this._ctx, cell ?? ''), this._kids.length);
    throw this._ctx.badArgs('TableRow.appendTableCell', [cell]);
  }

  removeCell(cellIndex: unknown): FakeTableCell {
    const c = this._kid(cellIndex, 'removeCell');
    this._removeKid(c);
    return c as FakeTableCell;
  }

  getParentTable(): FakeTable | null {
    return this._parent as FakeTable | null;
  }
}
instrument(FakeTableRow, 'TableRow');

export class FakeTable extends FakeParentElement {
  _columnWidths = new Map<number, number>();

  _type(): 'TABLE' {
    return 'TABLE';
  }

  _text(): string {
    return this._kids.map((k) => k._text()).join('\n');
  }

  _clone(): FakeTable {
    const t = this._cloneKidsInto(new FakeTable(this._ctx));
    t._columnWidths = new Map(this._columnWidths);
    return t;
  }

  private _row(method: string, row: unknown, args: unknown[]): FakeTableRow {
    if (row === undefined) return new FakeTableRow(this._ctx);
    if (row instanceof FakeTableRow) return row;
    throw this._ctx.badArgs(`Table.${method}`, args);
  }

  getNumRows(): number {
    return this._kids.length;
  }

  getRow(rowIndex: unknown): FakeTableRow {
    return this._kid(rowIndex, 'getRow') as FakeTableRow;
  }

  getCell(rowIndex: unknown, cellIndex: unknown): FakeTableCell {
    return (this._kid(rowIndex, 'getCell') as FakeTableRow)._kid(cellIndex, 'getCell') as FakeTableCell;
  }

  appendTableRow(row?: unknown): FakeTableRow {
    return this._adopt(this._row('appendTableRow', row, row === undefined ? [] : [row]), this._kids.length);
  }

  insertTableRow(childIndex: unknown, row?: unknown): FakeTableRow {
    const args = row === undefined ? [childIndex] : [childIndex, row];
    const i = this._insertIndex(childIndex, 'insertTableRow', args);
    return this._adopt(this._row('insertTableRow', row, args), i);
  }

  removeRow(rowIndex: unknown): FakeTableRow {
    const r = this._kid(rowIndex, 'removeRow');
    this._removeKid(r);
    return r as FakeTableRow;
  }

  setBorderWidth(width: unknown): FakeTable {
    if (typeof width !== 'number' || !(width >= 0)) throw this._ctx.badArgs('Table.setBorderWidth', [width]);
    this._attrs.BORDER_WIDTH = width;
    return this;
  }

  getBorderWidth(): number | null {
    return (this._attrs.BORDER_WIDTH as number | undefined) ?? null;
  }

  setColumnWidth(columnIndex: unknown, width: unknown): FakeTable {
    if (!Number.isInteger(columnIndex) || (columnIndex as number) < 0 || typeof width !== 'number' || !(width >= 0)) {
      throw this._ctx.badArgs('Table.setColumnWidth', [columnIndex, width]);
    }
    this._columnWidths.set(columnIndex as number, width);
    return this;
  }

  getColumnWidth(columnIndex: unknown): number | null {
    if (!Number.isInteger(columnIndex)) throw this._ctx.badArgs('Table.getColumnWidth', [columnIndex]);
    return this._columnWidths.get(columnIndex as number) ?? null;
  }
}
instrument(FakeTable, 'Table');

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
    if (!(this._target instanceof FakeParagraph)) throw this._ctx.error(`Text.${method} with offsets is only supported by the fake inside one paragraph.`);
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
    if (!(this._target instanceof FakeParagraph) || this._from !== 0 || this._to !== null) throw this._ctx.error('Text.setText is only supported by the fake on a whole paragraph.');
    this._target.setText(text);
    return this;
  }

  private _paragraph(method: string): FakeParagraph {
    if (!(this._target instanceof FakeParagraph)) throw this._ctx.error(`Text.${method} is only supported by the fake inside one paragraph.`);
    return this._target;
  }

  /** Removes characters start..endInclusive (offsets within this text). */
  deleteText(startOffset: unknown, endOffsetInclusive: unknown): FakeText {
    const p = this._paragraph('deleteText');
    const limit = (this._to ?? p._value.length) - this._from;
    if (!Number.isInteger(startOffset) || !Number.isInteger(endOffsetInclusive)) throw this._ctx.badArgs('Text.deleteText', [startOffset, endOffsetInclusive]);
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
    return this._style('setForegroundColor', 'FOREGROUND_COLOR', args, (v) => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)) || v === null);
  }

  setAttributes(...args: unknown[]): FakeText {
    const attrs = args[args.length - 1];
    if (!(args.length === 1 || args.length === 3) || typeof attrs !== 'object' || attrs === null) throw this._ctx.badArgs('Text.setAttributes', args);
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

// ---- documents -----------------------------------------------------------------------------------

export interface DocData {
  file: FileData;
  body: FakeBody;
}

export class FakeDocument {
  private _closed = false;

  constructor(
    readonly _ctx: FakeContext,
    readonly _data: DocData,
  ) {}

  private _open(): void {
    if (this._closed) throw this._ctx.error('Document is closed, its contents cannot be updated.');
  }

  getId(): string {
    return this._data.file.id;
  }

  getName(): string {
    return this._data.file.name;
  }

  setName(name: unknown): FakeDocument {
    this._open();
    if (typeof name !== 'string') throw this._ctx.badArgs('Document.setName', [name]);
    this._data.file.name = name;
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this._data.file.id}`;
  }

  getBody(): FakeBody {
    this._open();
    return this._data.body;
  }

  saveAndClose(): void {
    this._closed = true;
  }

  getBlob(): FakeBlob {
    return this._ctx.documents._pdf(this._data);
  }

  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('Document.getAs', [contentType]);
    if (contentType !== MimeType.PDF) throw this._ctx.error(`Converting from ${MimeType.GOOGLE_DOCS} to ${contentType} is not supported.`);
    return this._ctx.documents._pdf(this._data);
  }
}
instrument(FakeDocument, 'Document');

/** Test-side view of every document (not counted). */
export class FakeDocumentStore {
  readonly _docs = new Map<string, DocData>();

  constructor(readonly _ctx: FakeContext) {}

  _register(file: FileData, body: FakeBody): DocData {
    const data = { file, body };
    this._docs.set(file.id, data);
    return data;
  }

  /** A "PDF" whose bytes are the document's text. */
  _pdf(data: DocData): FakeBlob {
    return new FakeBlob(this._ctx, new Uint8Array(Buffer.from(data.body._text(), 'utf8')), MimeType.PDF, `${data.file.name}.pdf`);
  }

  /** A fresh handle on a document, or undefined. */
  get(id: string): FakeDocument | undefined {
    const d = this._docs.get(id);
    return d && new FakeDocument(this._ctx, d);
  }

  all(): FakeDocument[] {
    return [...this._docs.values()].map((d) => new FakeDocument(this._ctx, d));
  }

  byName(name: string): FakeDocument[] {
    return this.all().filter((d) => d._data.file.name === name);
  }

  /** The body's text (paragraphs joined by \n, table cells by \t). */
  text(id: string): string {
    return this._need(id).body._text();
  }

  /** Every table of the body as rows of cell texts. */
  tables(id: string): string[][][] {
    return this._ctx.calls.uncounted(() => this._need(id).body.getTables().map((t) => t._kids.map((r) => (r as FakeTableRow)._kids.map((c) => c._text()))));
  }

  private _need(id: string): DocData {
    const d = this._docs.get(id);
    if (!d) throw new Error(`No fake document with id ${id}`);
    return d;
  }
}

export class FakeDocumentApp {
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly Attribute = Attribute;

  constructor(readonly _ctx: FakeContext) {}

  create(name: unknown): FakeDocument {
    if (typeof name !== 'string' || name === '') throw this._ctx.badArgs('DocumentApp.create', [name]);
    const file = this._ctx.drive._newFile(name, MimeType.GOOGLE_DOCS, [this._ctx.drive._root.id], null);
    return new FakeDocument(this._ctx, this._ctx.documents._register(file, new FakeBody(this._ctx)));
  }

  openById(id: unknown): FakeDocument {
    if (typeof id !== 'string') throw this._ctx.badArgs('DocumentApp.openById', [id]);
    const d = this._ctx.documents._docs.get(id);
    if (!d) throw this._ctx.error('Document is missing (perhaps it was deleted, or you don\'t have read access?)');
    return new FakeDocument(this._ctx, d);
  }
}
instrument(FakeDocumentApp, 'DocumentApp');
