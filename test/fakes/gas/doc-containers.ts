/** Container elements: Body and TableCell (paragraphs and tables), Table and TableRow. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { FakeElement, FakeListItem, FakeParagraph, FakeParentElement } from './doc-element';
import type { AttributeName } from './doc-model';
import { has, VerticalAlignment } from './doc-model';

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

  appendParagraph(paragraph: unknown): FakeParagraph {
    return this._adopt(this._newParagraph('appendParagraph', paragraph, [paragraph]), this._kids.length);
  }

  insertParagraph(childIndex: unknown, paragraph: unknown): FakeParagraph {
    const i = this._insertIndex(childIndex, 'insertParagraph', [childIndex, paragraph]);
    return this._adopt(this._newParagraph('insertParagraph', paragraph, [childIndex, paragraph]), i);
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

  removeChild(child: unknown): this {
    if (!(child instanceof FakeElement)) throw this._ctx.badArgs(`${this._kind()}.removeChild`, [child]);
    this._removeKid(child);
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

  /** Every paragraph of the body in document order, those in table cells and list items included. */
  getParagraphs(): FakeParagraph[] {
    return this._paragraphs();
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

  setVerticalAlignment(alignment: unknown): FakeTableCell {
    if (!has(VerticalAlignment, alignment)) throw this._ctx.badArgs('TableCell.setVerticalAlignment', [alignment]);
    this._attrs.VERTICAL_ALIGNMENT = alignment;
    return this;
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
}
instrument(FakeTableRow, 'TableRow');

export class FakeTable extends FakeParentElement {
  _type(): 'TABLE' {
    return 'TABLE';
  }

  _text(): string {
    return this._kids.map((k) => k._text()).join('\n');
  }

  _clone(): FakeTable {
    return this._cloneKidsInto(new FakeTable(this._ctx));
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

  /** Checked like Apps Script, not stored: nothing reads widths back. */
  setColumnWidth(columnIndex: unknown, width: unknown): FakeTable {
    if (!Number.isInteger(columnIndex) || (columnIndex as number) < 0 || typeof width !== 'number' || !(width >= 0)) {
      throw this._ctx.badArgs('Table.setColumnWidth', [columnIndex, width]);
    }
    return this;
  }
}
instrument(FakeTable, 'Table');
