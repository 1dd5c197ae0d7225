/** SpreadsheetApp, Spreadsheet and Sheet. */
import { parseA1 } from './a1';
import { instrument } from './calls';
import type { Cell } from './cells';
import { emptyCell, hasContent, normalizeColor } from './cells';
import type { FakeContext } from './context';
import { assertTimeZone, isInt, makeEnum } from './context';
import type { FileData } from './drive';
import { FakeRange, FakeRangeList } from './range';
import { FakeUi } from './ui';
import type { ProtectedArea } from './validation';
import { DataValidationCriteria, FakeDataValidationBuilder, FakeProtection, ProtectionType } from './validation';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';

interface NamedRange extends ProtectedArea {
  sheet: FakeSheet;
}

/** Row bounds after deleting rows start..start+n-1; null when the whole span was deleted. */
function afterDelete(r1: number, r2: number, start: number, n: number): [number, number] | null {
  const end = start + n - 1;
  const a = r1 < start ? r1 : r1 > end ? r1 - n : start;
  const b = r2 < start ? r2 : r2 > end ? r2 - n : start - 1;
  return b < a ? null : [a, b];
}

export class FakeSheet {
  _maxRows = 1000;
  _maxCols = 26;
  /** Sparse grid, 0-based: _rows[row - 1][col - 1]. */
  _rows: ((Cell | undefined)[] | undefined)[] = [];
  _frozenRows = 0;
  _frozenCols = 0;
  _colWidths = new Map<number, number>();
  _tabColor: string | null = null;
  _hidden = false;
  _deleted = false;
  _protections: FakeProtection[] = [];
  _merges: ProtectedArea[] = [];

  constructor(
    readonly _ctx: FakeContext,
    readonly _parent: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {}

  // ---- internals used by Range, Protection and Spreadsheet --------------------------------------

  _assertAlive(): void {
    if (this._deleted) throw this._ctx.error(`The sheet "${this._name}" has been deleted.`);
  }

  _cell(row: number, col: number): Cell | undefined {
    return this._rows[row - 1]?.[col - 1];
  }

  _cellForWrite(row: number, col: number): Cell {
    let line = this._rows[row - 1];
    if (!line) {
      line = [];
      this._rows[row - 1] = line;
    }
    let cell = line[col - 1];
    if (!cell) {
      cell = emptyCell();
      line[col - 1] = cell;
    }
    return cell;
  }

  /** The checks Sheet.getRange(row, column, numRows, numColumns) makes. */
  _range(row: number, col: number, numRows: number, numCols: number): FakeRange {
    this._assertAlive();
    if (row < 1) throw this._ctx.error('The starting row of the range is too small.');
    if (col < 1) throw this._ctx.error('The starting column of the range is too small.');
    if (numRows < 1) throw this._ctx.error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw this._ctx.error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) throw this._ctx.error(OUTSIDE);
    return new FakeRange(this._ctx, this, row, col, numRows, numCols);
  }

  /** A1 notation relative to this sheet (a `Sheet!` prefix selects that sheet instead). */
  _rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) throw this._ctx.error('Range not found');
    const sheet = ref.sheetName === null ? this : this._parent._sheets.find((s) => s._name === ref.sheetName);
    if (!sheet) throw this._ctx.error('Range not found');
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startCol ?? 1;
    const r2 = ref.endRow ?? sheet._maxRows;
    const c2 = ref.endCol ?? sheet._maxCols;
    return sheet._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  _lastRow(): number {
    for (let r = this._rows.length; r >= 1; r--) if (this._rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  _lastCol(): number {
    let last = 0;
    for (const row of this._rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (hasContent(row[c - 1])) last = c;
    }
    return last;
  }

  _merge(row: number, col: number, numRows: number, numCols: number): void {
    this._assertAlive();
    const inside = (m: ProtectedArea): boolean =>
      m.row >= row && m.col >= col && m.row + m.numRows <= row + numRows && m.col + m.numCols <= col + numCols;
    const overlaps = (m: ProtectedArea): boolean =>
      m.row < row + numRows && row < m.row + m.numRows && m.col < col + numCols && col < m.col + m.numCols;
    if (this._merges.some((m) => overlaps(m) && !inside(m)))
      throw this._ctx.error('You must select all cells in a merged range to merge or unmerge them.');
    this._merges = this._merges.filter((m) => !inside(m));
    if (numRows === 1 && numCols === 1) return;
    this._merges.push({ row, col, numRows, numCols });
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numCols; j++) {
        const cell = (i > 0 || j > 0) && this._cell(row + i, col + j);
        if (cell) {
          cell.value = '';
          cell.formula = '';
        }
      }
    }
  }

  /** Moves everything with coordinates on one axis (merges, protections, named ranges) like Sheets does. */
  private _remap(axis: 'row' | 'col', map: (a: number, b: number) => [number, number] | null): void {
    const remap = <T extends ProtectedArea>(area: T): T | null => {
      const start = axis === 'row' ? area.row : area.col;
      const size = axis === 'row' ? area.numRows : area.numCols;
      const m = map(start, start + size - 1);
      if (!m) return null;
      if (axis === 'row') [area.row, area.numRows] = [m[0], m[1] - m[0] + 1];
      else [area.col, area.numCols] = [m[0], m[1] - m[0] + 1];
      return area;
    };
    this._merges = this._merges.filter((m) => remap(m) !== null);
    this._protections = this._protections.filter((p) => p._area === null || remap(p._area) !== null);
    for (const [name, nr] of this._parent._namedRanges) if (nr.sheet === this && remap(nr) === null) this._parent._namedRanges.delete(name);
  }

  private _insertRows(after: number, n: number): void {
    if (after < this._rows.length) this._rows.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    this._maxRows += n;
    this._remap('row', (a, b) => [a > after ? a + n : a, b > after ? b + n : b]);
  }

  private _count(method: string, args: unknown[]): void {
    if (!args.every(isInt)) throw this._ctx.badArgs(`Sheet.${method}`, args);
  }

  // ---- identity ---------------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }

  setName(name: unknown): FakeSheet {
    this._assertAlive();
    if (typeof name !== 'string') throw this._ctx.badArgs('Sheet.setName', [name]);
    if (name !== this._name) this._parent._assertNameFree(name, this);
    this._name = name;
    return this;
  }

  getSheetId(): number {
    return this._id;
  }

  getIndex(): number {
    this._assertAlive();
    return this._parent._sheets.indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this._parent;
  }

  // ---- ranges -----------------------------------------------------------------------------------

  getRange(...args: unknown[]): FakeRange {
    this._assertAlive();
    if (args.length === 1 && typeof args[0] === 'string') return this._rangeFromA1(args[0]);
    if (args.length < 2 || args.length > 4 || !args.every(isInt)) throw this._ctx.badArgs('Sheet.getRange', args);
    const [row, col, numRows = 1, numCols = 1] = args as number[];
    return this._range(row!, col!, numRows, numCols);
  }

  /** Ranges by A1 notation, all on this sheet; an empty list or a bad notation throws, as in Apps Script. */
  getRangeList(a1Notations: unknown): FakeRangeList {
    this._assertAlive();
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || !a1Notations.every((a) => typeof a === 'string'))
      throw this._ctx.badArgs('Sheet.getRangeList', [a1Notations]);
    return new FakeRangeList(
      this._ctx,
      (a1Notations as string[]).map((a1) => this._rangeFromA1(a1)),
    );
  }

  getDataRange(): FakeRange {
    this._assertAlive();
    return this._range(1, 1, Math.max(this._lastRow(), 1), Math.max(this._lastCol(), 1));
  }

  getLastRow(): number {
    this._assertAlive();
    return this._lastRow();
  }

  getLastColumn(): number {
    this._assertAlive();
    return this._lastCol();
  }

  getMaxRows(): number {
    this._assertAlive();
    return this._maxRows;
  }

  getMaxColumns(): number {
    this._assertAlive();
    return this._maxCols;
  }

  // ---- rows -------------------------------------------------------------------------------------

  insertRowsAfter(afterPosition: unknown, howMany: unknown): FakeSheet {
    this._assertAlive();
    this._count('insertRowsAfter', [afterPosition, howMany]);
    const after = afterPosition as number;
    const n = howMany as number;
    if (after < 1 || after > this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    if (n < 1) throw this._ctx.badArgs('Sheet.insertRowsAfter', [afterPosition, howMany]);
    this._insertRows(after, n);
    return this;
  }

  /** insertRows(rowIndex[, numRows]): inserts blank rows before rowIndex. */
  insertRows(rowIndex: unknown, numRows: unknown = 1): void {
    this._assertAlive();
    this._count('insertRows', [rowIndex, numRows]);
    const at = rowIndex as number;
    const n = numRows as number;
    if (at < 1 || at > this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    if (n < 1) throw this._ctx.badArgs('Sheet.insertRows', [rowIndex, numRows]);
    this._insertRows(at - 1, n);
  }

  deleteRows(rowPosition: unknown, howMany: unknown): void {
    this._assertAlive();
    this._count('deleteRows', [rowPosition, howMany]);
    const start = rowPosition as number;
    const n = howMany as number;
    if (start < 1 || n < 1 || start + n - 1 > this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    if (this._maxRows - n <= this._frozenRows) throw this._ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(start - 1, n);
    this._maxRows -= n;
    this._remap('row', (r1, r2) => afterDelete(r1, r2, start, n));
  }

  setFrozenRows(rows: unknown): void {
    this._assertAlive();
    this._count('setFrozenRows', [rows]);
    if ((rows as number) < 0 || (rows as number) >= this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    this._frozenRows = rows as number;
  }

  getFrozenRows(): number {
    this._assertAlive();
    return this._frozenRows;
  }

  setFrozenColumns(columns: unknown): void {
    this._assertAlive();
    this._count('setFrozenColumns', [columns]);
    if ((columns as number) < 0 || (columns as number) >= this._maxCols) throw this._ctx.error('Those columns are out of bounds.');
    this._frozenCols = columns as number;
  }

  getFrozenColumns(): number {
    this._assertAlive();
    return this._frozenCols;
  }

  // ---- columns ----------------------------------------------------------------------------------

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): FakeSheet {
    this._assertAlive();
    this._count('insertColumnsAfter', [afterPosition, howMany]);
    const after = afterPosition as number;
    const n = howMany as number;
    if (after < 1 || after > this._maxCols) throw this._ctx.error('Those columns are out of bounds.');
    if (n < 1) throw this._ctx.badArgs('Sheet.insertColumnsAfter', [afterPosition, howMany]);
    for (const row of this._rows) if (row && after < row.length) row.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    const widths = [...this._colWidths].map(([c, w]): [number, number] => [c > after ? c + n : c, w]);
    this._colWidths = new Map(widths);
    this._maxCols += n;
    this._remap('col', (a, b) => [a > after ? a + n : a, b > after ? b + n : b]);
    return this;
  }

  setColumnWidth(columnPosition: unknown, width: unknown): FakeSheet {
    return this._widths('setColumnWidth', [columnPosition, width], columnPosition as number, 1, width as number);
  }

  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): FakeSheet {
    return this._widths('setColumnWidths', [startColumn, numColumns, width], startColumn as number, numColumns as number, width as number);
  }

  private _widths(method: string, args: unknown[], start: number, n: number, width: number): FakeSheet {
    this._assertAlive();
    this._count(method, args);
    if (start < 1 || n < 1 || start + n - 1 > this._maxCols) throw this._ctx.error('Those columns are out of bounds.');
    if (width < 0) throw this._ctx.badArgs(`Sheet.${method}`, args);
    for (let c = start; c < start + n; c++) this._colWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: unknown): number {
    this._assertAlive();
    this._count('getColumnWidth', [columnPosition]);
    const c = columnPosition as number;
    if (c < 1 || c > this._maxCols) throw this._ctx.error('Those columns are out of bounds.');
    return this._colWidths.get(c) ?? 100;
  }

  // ---- clearing ---------------------------------------------------------------------------------

  private _eachCell(fn: (cell: Cell) => void): FakeSheet {
    this._assertAlive();
    for (const row of this._rows) for (const cell of row ?? []) if (cell) fn(cell);
    return this;
  }

  /** Contents and formats (notes and data validation stay). */
  clear(): FakeSheet {
    return this._eachCell((c) => {
      c.value = '';
      c.formula = '';
      c.format = {};
    });
  }

  clearContents(): FakeSheet {
    return this._eachCell((c) => {
      c.value = '';
      c.formula = '';
    });
  }

  clearNotes(): FakeSheet {
    return this._eachCell((c) => (c.note = ''));
  }

  clearFormats(): FakeSheet {
    return this._eachCell((c) => (c.format = {}));
  }

  // ---- appearance -------------------------------------------------------------------------------

  setTabColor(color: unknown): FakeSheet {
    this._assertAlive();
    this._tabColor = normalizeColor(this._ctx, color, 'Sheet.setTabColor') ?? null;
    return this;
  }

  getTabColor(): string | null {
    return this._tabColor;
  }

  activate(): FakeSheet {
    this._assertAlive();
    this._parent._active = this;
    return this;
  }

  hideSheet(): FakeSheet {
    this._assertAlive();
    if (this._parent._sheets.every((s) => s === this || s._hidden)) throw this._ctx.error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this._assertAlive();
    this._hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this._assertAlive();
    return this._hidden;
  }

  // ---- protection -------------------------------------------------------------------------------

  /** Returns the sheet's existing protection if it has one, like Apps Script. */
  protect(): FakeProtection {
    this._assertAlive();
    const existing = this._protections.find((p) => p._type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(this._ctx, 'SHEET', this, null);
    this._protections.push(p);
    return p;
  }

  getProtections(type: unknown): FakeProtection[] {
    this._assertAlive();
    if (type !== ProtectionType.RANGE && type !== ProtectionType.SHEET) throw this._ctx.badArgs('Sheet.getProtections', [type]);
    return this._protections.filter((p) => p._type === type);
  }
}
instrument(FakeSheet, 'Sheet');

export class FakeSpreadsheet {
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _locale = 'en_US';
  _timeZone: string;
  _namedRanges = new Map<string, NamedRange>();

  constructor(
    readonly _ctx: FakeContext,
    readonly _file: FileData,
  ) {
    this._timeZone = _ctx.timeZone;
    this._active = new FakeSheet(_ctx, this, 'Sheet1', 0);
    this._sheets.push(this._active);
  }

  _assertNameFree(name: string, except?: FakeSheet): void {
    if (this._sheets.some((s) => s !== except && s._name.toLowerCase() === name.toLowerCase())) {
      throw this._ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  private _own(method: string, sheet: unknown): FakeSheet {
    if (!(sheet instanceof FakeSheet) || sheet._parent !== this) throw this._ctx.badArgs(`Spreadsheet.${method}`, [sheet]);
    sheet._assertAlive();
    return sheet;
  }

  getId(): string {
    return this._file.id;
  }

  getName(): string {
    return this._file.name;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._file.id}/edit`;
  }

  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }

  getSheetByName(name: unknown): FakeSheet | null {
    if (typeof name !== 'string') throw this._ctx.badArgs('Spreadsheet.getSheetByName', [name]);
    return this._sheets.find((s) => s._name === name) ?? null;
  }

  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index). The new sheet goes after the active one and becomes active. */
  insertSheet(...args: unknown[]): FakeSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (args.length === 1 && typeof args[0] === 'string') name = args[0];
    else if (args.length === 1 && isInt(args[0])) index = args[0];
    else if (args.length === 2 && typeof args[0] === 'string' && isInt(args[1])) [name, index] = [args[0], args[1]];
    else if (args.length !== 0) throw this._ctx.badArgs('Spreadsheet.insertSheet', args);
    if (index !== undefined && (index < 0 || index > this._sheets.length))
      throw this._ctx.error(`The sheet index ${index} is out of range.`);
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this._assertNameFree(name);
    const sheet = new FakeSheet(this._ctx, this, name, 100000000 + this._ctx.next('sheetId'));
    this._sheets.splice(index ?? this._sheets.indexOf(this._active) + 1, 0, sheet);
    this._active = sheet;
    return sheet;
  }

  deleteSheet(sheet: unknown): void {
    const s = this._own('deleteSheet', sheet);
    if (this._sheets.length === 1) throw this._ctx.error("You can't remove all the sheets in a document.");
    const i = this._sheets.indexOf(s);
    this._sheets.splice(i, 1);
    s._deleted = true;
    for (const [name, nr] of this._namedRanges) if (nr.sheet === s) this._namedRanges.delete(name);
    if (this._active === s) this._active = this._sheets[Math.max(0, i - 1)]!;
  }

  getActiveSheet(): FakeSheet {
    return this._active;
  }

  setActiveSheet(sheet: unknown): FakeSheet {
    this._active = this._own('setActiveSheet', sheet);
    return this._active;
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    const args = [msg, title, timeoutSeconds].filter((a) => a !== undefined);
    if (
      typeof msg !== 'string' ||
      (title !== undefined && typeof title !== 'string') ||
      (timeoutSeconds !== undefined && typeof timeoutSeconds !== 'number')
    ) {
      throw this._ctx.badArgs('Spreadsheet.toast', args);
    }
    this._ctx.ui.toasts.push({ message: msg, title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }

  setSpreadsheetLocale(locale: unknown): void {
    if (typeof locale !== 'string') throw this._ctx.badArgs('Spreadsheet.setSpreadsheetLocale', [locale]);
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw this._ctx.error(`Invalid locale: ${locale}`);
    this._locale = locale;
  }

  getSpreadsheetLocale(): string {
    return this._locale;
  }

  setSpreadsheetTimeZone(timezone: unknown): void {
    this._timeZone = assertTimeZone(this._ctx, timezone, 'Spreadsheet.setSpreadsheetTimeZone');
  }

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }

  getRangeByName(name: unknown): FakeRange | null {
    if (typeof name !== 'string') throw this._ctx.badArgs('Spreadsheet.getRangeByName', [name]);
    const nr = this._namedRanges.get(name);
    return nr ? nr.sheet._range(nr.row, nr.col, nr.numRows, nr.numCols) : null;
  }

  setNamedRange(name: unknown, range: unknown): void {
    if (typeof name !== 'string' || !(range instanceof FakeRange)) throw this._ctx.badArgs('Spreadsheet.setNamedRange', [name, range]);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      throw this._ctx.error(`Invalid named range name: ${name}`);
    }
    if (range._sheet._parent !== this) throw this._ctx.badArgs('Spreadsheet.setNamedRange', [name, range]);
    range._sheet._assertAlive();
    this._namedRanges.set(name, {
      sheet: range._sheet,
      row: range._row,
      col: range._col,
      numRows: range._numRows,
      numCols: range._numCols,
    });
  }

  /** A1 notation, with a sheet prefix ("'Tab name'!A1:C3") or relative to the active sheet. */
  getRange(a1Notation: unknown): FakeRange {
    if (typeof a1Notation !== 'string') throw this._ctx.badArgs('Spreadsheet.getRange', [a1Notation]);
    return this._active._rangeFromA1(a1Notation);
  }
}
instrument(FakeSpreadsheet, 'Spreadsheet');

export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'] as const);

export class FakeSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  private readonly _ui: FakeUi;

  constructor(
    readonly _ctx: FakeContext,
    readonly _spreadsheet: FakeSpreadsheet,
  ) {
    this._ui = new FakeUi(_ctx);
  }

  getActive(): FakeSpreadsheet {
    return this._spreadsheet;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this._spreadsheet;
  }

  getUi(): FakeUi {
    if (!this._ctx.ui.available) throw this._ctx.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._ctx);
  }

  flush(): void {}
}
instrument(FakeSpreadsheetApp, 'SpreadsheetApp');
