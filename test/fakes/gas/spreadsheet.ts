/** SpreadsheetApp, Spreadsheet and Sheet. */
import { parseA1 } from './a1';
import { instrument } from './calls';
import type { Cell } from './cells';
import { emptyCell, hasContent, normalizeColor } from './cells';
import {
  type ChartData,
  chartsOf,
  type FakeEmbeddedChart,
  type FakeEmbeddedChartBuilder,
  insertChart,
  newChartBuilder,
  removeChart,
  updateChart,
} from './charts';
import type { FakeContext } from './context';
import { assertTimeZone, isInt } from './context';
import type { FileData } from './drive';
import { addMetadata, FakeDeveloperMetadata, FakeDeveloperMetadataFinder, metadataOf, sheetMetadata, shiftRowMetadata } from './metadata';
import { type FakeProtection, guardWrites, ProtectionType, protectSheet, sheetProtections } from './protection';
import { FakeRange, FakeRangeList } from './range';
import { FakeUi } from './ui';
import { FakeDataValidationBuilder, FakeUser } from './validation';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';

export class FakeSheet {
  _maxRows = 1000;
  _maxCols = 26;
  /** Sparse grid, 0-based: _rows[row - 1][col - 1]. */
  _rows: ((Cell | undefined)[] | undefined)[] = [];
  _frozenRows = 0;
  _tabColor: string | null = null;
  _hidden = false;
  /** Embedded charts, in insertion order (charts.ts). */
  _charts: ChartData[] = [];

  constructor(
    readonly _ctx: FakeContext,
    readonly _parent: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {}

  // ---- internals used by Range and Spreadsheet --------------------------------------------------

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

  private _ints(method: string, args: unknown[]): number[] {
    if (!args.every(isInt)) throw this._ctx.badArgs(`Sheet.${method}`, args);
    return args as number[];
  }

  // ---- identity ---------------------------------------------------------------------------------

  getName(): string {
    return this._name;
  }

  getSheetId(): number {
    return this._id;
  }

  setName(name: unknown): FakeSheet {
    if (typeof name !== 'string') throw this._ctx.badArgs('Sheet.setName', [name]);
    if (name.trim() === '') throw this._ctx.error('Invalid argument: name');
    const taken = this._parent._sheets.some((s) => s !== this && s._name.toLowerCase() === name.toLowerCase());
    if (taken) throw this._ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._name = name;
    return this;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this._parent._sheets.indexOf(this) + 1;
  }

  // ---- developer metadata (metadata.ts) --------------------------------------------------------

  addDeveloperMetadata(...args: unknown[]): FakeSheet {
    addMetadata(this._ctx, this._parent, 'Sheet.addDeveloperMetadata', args, this, null);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return sheetMetadata(this);
  }

  // ---- ranges -----------------------------------------------------------------------------------

  getRange(...args: unknown[]): FakeRange {
    if (args.length === 1 && typeof args[0] === 'string') return this._rangeFromA1(args[0]);
    if (args.length < 2 || args.length > 4 || !args.every(isInt)) throw this._ctx.badArgs('Sheet.getRange', args);
    const [row, col, numRows = 1, numCols = 1] = args as number[];
    return this._range(row!, col!, numRows, numCols);
  }

  /** Ranges by A1 notation, all on this sheet; an empty list or a bad notation throws, as in Apps Script. */
  getRangeList(a1Notations: unknown): FakeRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || !a1Notations.every((a) => typeof a === 'string'))
      throw this._ctx.badArgs('Sheet.getRangeList', [a1Notations]);
    return new FakeRangeList(
      this._ctx,
      (a1Notations as string[]).map((a1) => this._rangeFromA1(a1)),
    );
  }

  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(this._lastRow(), 1), Math.max(this._lastCol(), 1));
  }

  getLastRow(): number {
    return this._lastRow();
  }

  /** Writes one row after the last row with content, growing the sheet if needed (as users' entries are parsed). */
  appendRow(rowContents: unknown): FakeSheet {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw this._ctx.badArgs('Sheet.appendRow', [rowContents]);
    const row = this._lastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxCols) this._maxCols = rowContents.length;
    this._range(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  getMaxRows(): number {
    return this._maxRows;
  }

  getMaxColumns(): number {
    return this._maxCols;
  }

  // ---- rows and columns -------------------------------------------------------------------------

  insertRowsAfter(afterPosition: unknown, howMany: unknown): FakeSheet {
    const [after, n] = this._ints('insertRowsAfter', [afterPosition, howMany]) as [number, number];
    if (after < 1 || after > this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    if (n < 1) throw this._ctx.badArgs('Sheet.insertRowsAfter', [afterPosition, howMany]);
    if (after < this._rows.length) this._rows.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    this._maxRows += n;
    shiftRowMetadata(this, after, n);
    return this;
  }

  deleteRows(rowPosition: unknown, howMany: unknown): void {
    const [start, n] = this._ints('deleteRows', [rowPosition, howMany]) as [number, number];
    if (start < 1 || n < 1 || start + n - 1 > this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    if (this._maxRows - n <= this._frozenRows) throw this._ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(start - 1, n);
    this._maxRows -= n;
    shiftRowMetadata(this, start, -n);
  }

  setFrozenRows(rows: unknown): void {
    const [n] = this._ints('setFrozenRows', [rows]) as [number];
    if (n < 0 || n >= this._maxRows) throw this._ctx.error(ROWS_OUT_OF_BOUNDS);
    this._frozenRows = n;
  }

  getFrozenRows(): number {
    return this._frozenRows;
  }

  /** Apps Script refuses to hide the last visible sheet. */
  hideSheet(): FakeSheet {
    const visible = this._parent._sheets.filter((s) => s !== this && !s._hidden);
    if (visible.length === 0) throw this._ctx.error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): FakeSheet {
    const [after, n] = this._ints('insertColumnsAfter', [afterPosition, howMany]) as [number, number];
    if (after < 1 || after > this._maxCols) throw this._ctx.error(COLUMNS_OUT_OF_BOUNDS);
    if (n < 1) throw this._ctx.badArgs('Sheet.insertColumnsAfter', [afterPosition, howMany]);
    for (const row of this._rows) if (row && after < row.length) row.splice(after, 0, ...new Array<undefined>(n).fill(undefined));
    this._maxCols += n;
    return this;
  }

  /** Checked like Apps Script, not stored: nothing reads widths back. */
  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): FakeSheet {
    const args = [startColumn, numColumns, width];
    const [start, n, w] = this._ints('setColumnWidths', args) as [number, number, number];
    if (start < 1 || n < 1 || start + n - 1 > this._maxCols) throw this._ctx.error(COLUMNS_OUT_OF_BOUNDS);
    if (w < 0) throw this._ctx.badArgs('Sheet.setColumnWidths', args);
    return this;
  }

  // ---- clearing ---------------------------------------------------------------------------------

  private _eachCell(fn: (cell: Cell) => void): FakeSheet {
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

  // ---- appearance -------------------------------------------------------------------------------

  setTabColor(color: unknown): FakeSheet {
    this._tabColor = normalizeColor(this._ctx, color, 'Sheet.setTabColor') ?? null;
    return this;
  }

  getTabColor(): string | null {
    return this._tabColor;
  }

  // ---- embedded charts (charts.ts) ----------------------------------------------------------------

  newChart(): FakeEmbeddedChartBuilder {
    return newChartBuilder(this);
  }

  insertChart(chart: unknown): void {
    insertChart(this, chart);
  }

  updateChart(chart: unknown): void {
    updateChart(this, chart);
  }

  removeChart(chart: unknown): void {
    removeChart(this, chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    return chartsOf(this);
  }

  // ---- protection (protection.ts) ---------------------------------------------------------------

  protect(): FakeProtection {
    return protectSheet(this);
  }

  getProtections(type: unknown): FakeProtection[] {
    return sheetProtections(this, type);
  }
}
guardWrites(FakeSheet, (sheet: FakeSheet) => sheet);
instrument(FakeSheet, 'Sheet');

export class FakeSpreadsheet {
  _sheets: FakeSheet[] = [];
  /** Where insertSheet puts a new sheet: after the active one, which it then becomes. */
  _active: FakeSheet;
  _locale = 'en_US';

  constructor(
    readonly _ctx: FakeContext,
    readonly _file: FileData,
  ) {
    this._active = new FakeSheet(_ctx, this, 'Sheet1', 0);
    this._sheets.push(this._active);
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
    const taken = name.toLowerCase();
    if (this._sheets.some((s) => s._name.toLowerCase() === taken)) {
      throw this._ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this._ctx, this, name, 100000000 + this._ctx.next('sheetId'));
    this._sheets.splice(index ?? this._sheets.indexOf(this._active) + 1, 0, sheet);
    this._active = sheet;
    return sheet;
  }

  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof FakeSheet) || sheet._parent !== this) throw this._ctx.badArgs('Spreadsheet.deleteSheet', [sheet]);
    const at = this._sheets.indexOf(sheet);
    if (at < 0) throw this._ctx.error('Sheet not found.');
    if (this._sheets.length === 1) throw this._ctx.error("You can't remove all the sheets in a document.");
    this._sheets.splice(at, 1);
    if (this._active === sheet) this._active = this._sheets[Math.max(0, at - 1)]!;
  }

  addDeveloperMetadata(...args: unknown[]): FakeSpreadsheet {
    addMetadata(this._ctx, this, 'Spreadsheet.addDeveloperMetadata', args, null, null);
    return this;
  }

  /** Spreadsheet-level metadata only (not its sheets' or rows'). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return metadataOf(this)
      .filter((e) => e.sheet === null)
      .map((e) => new FakeDeveloperMetadata(this._ctx, this, e));
  }

  /** A finder over all the spreadsheet's metadata: its own, its sheets' and their rows'. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this._ctx, this);
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

  /** Checked like Apps Script, not stored: the fake renders no dates, so nothing reads the zone back. */
  setSpreadsheetTimeZone(timezone: unknown): void {
    assertTimeZone(this._ctx, timezone, 'Spreadsheet.setSpreadsheetTimeZone');
  }

  /** null for a file in a shared drive. */
  getOwner(): FakeUser | null {
    const owner = this._ctx.users.owner;
    return owner === null ? null : new FakeUser(this._ctx, owner);
  }
}
instrument(FakeSpreadsheet, 'Spreadsheet');

export class FakeSpreadsheetApp {
  private readonly _ui: FakeUi;
  readonly ProtectionType = ProtectionType;

  constructor(
    readonly _ctx: FakeContext,
    readonly _spreadsheet: FakeSpreadsheet,
  ) {
    this._ui = new FakeUi(_ctx);
  }

  getActive(): FakeSpreadsheet {
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
