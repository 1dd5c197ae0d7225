/** Range: a rectangle of cells on one sheet. */
import { formatA1 } from './a1';
import { instrument } from './calls';
import type { Cell, CellFormat, Stored } from './cells';
import { displayValue, FORMAT_DEFAULTS, normalizeColor, readValue, userEntered } from './cells';
import type { FakeContext } from './context';
import { isInt } from './context';
import type { FakeSheet } from './spreadsheet';
import { FakeDataValidation, FakeProtection } from './validation';

type FormatKey = keyof typeof FORMAT_DEFAULTS;

export class FakeRange {
  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {}

  // ---- internals ------------------------------------------------------------------------------

  private _cell(i: number, j: number): Cell | undefined {
    return this._sheet._cell(this._row + i, this._col + j);
  }

  private _grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    this._sheet._assertAlive();
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._numCols; j++) row.push(read(this._cell(i, j)));
      out.push(row);
    }
    return out;
  }

  private _forEach(write: (cell: Cell, i: number, j: number) => void): void {
    this._sheet._assertAlive();
    for (let i = 0; i < this._numRows; i++) {
      for (let j = 0; j < this._numCols; j++) write(this._sheet._cellForWrite(this._row + i, this._col + j), i, j);
    }
  }

  /** Apps Script's dimension check for the set*s(values[][]) methods. */
  private _check2d(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) throw this._ctx.badArgs(`Range.${method}`, [data]);
    if (data.length !== this._numRows) {
      throw this._ctx.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`,
      );
    }
    for (const r of data as unknown[][]) {
      if (r.length !== this._numCols) {
        throw this._ctx.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private _fmt<K extends FormatKey>(key: K, cell: Cell | undefined): NonNullable<CellFormat[K]> | (typeof FORMAT_DEFAULTS)[K] {
    return (cell?.format[key] ?? FORMAT_DEFAULTS[key]) as NonNullable<CellFormat[K]>;
  }

  private _setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K]): FakeRange {
    this._forEach((cell) => {
      if (value === undefined) delete cell.format[key];
      else cell.format[key] = value;
    });
    return this;
  }

  private _setFormats<K extends keyof CellFormat>(
    method: string,
    key: K,
    data: unknown,
    convert: (v: unknown) => CellFormat[K],
  ): FakeRange {
    const converted = this._check2d(method, data).map((r) => r.map(convert));
    this._forEach((cell, i, j) => {
      const v = converted[i]![j];
      if (v === undefined) delete cell.format[key];
      else cell.format[key] = v;
    });
    return this;
  }

  private _oneOf(method: string, allowed: readonly string[], v: unknown): string | undefined {
    if (v === null) return undefined;
    if (typeof v !== 'string' || !allowed.includes(v)) throw this._ctx.badArgs(`Range.${method}`, [v]);
    return v;
  }

  private _note(method: string, v: unknown): string {
    if (v === null) return '';
    if (typeof v !== 'string') throw this._ctx.badArgs(`Range.${method}`, [v]);
    return v;
  }

  private _rule(method: string, v: unknown): FakeDataValidation | null {
    if (v === null) return null;
    if (!(v instanceof FakeDataValidation)) throw this._ctx.badArgs(`Range.${method}`, [v]);
    return v;
  }

  // ---- geometry ---------------------------------------------------------------------------------

  getA1Notation(): string {
    return formatA1(this._row, this._col, this._numRows, this._numCols);
  }

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getSheet(): FakeSheet {
    this._sheet._assertAlive();
    return this._sheet;
  }

  offset(rowOffset: unknown, columnOffset: unknown, numRows?: unknown, numColumns?: unknown): FakeRange {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    if (
      !isInt(rowOffset) ||
      !isInt(columnOffset) ||
      (numRows !== undefined && !isInt(numRows)) ||
      (numColumns !== undefined && !isInt(numColumns))
    ) {
      throw this._ctx.badArgs('Range.offset', args);
    }
    return this._sheet._range(this._row + rowOffset, this._col + columnOffset, numRows ?? this._numRows, numColumns ?? this._numCols);
  }

  activate(): FakeRange {
    this._sheet._assertAlive();
    this._sheet._parent._active = this._sheet;
    return this;
  }

  // ---- values -----------------------------------------------------------------------------------

  getValues(): Stored[][] {
    return this._grid((c) => readValue(this._ctx, c));
  }

  getValue(): Stored {
    this._sheet._assertAlive();
    return readValue(this._ctx, this._cell(0, 0));
  }

  setValues(values: unknown): FakeRange {
    const converted = this._check2d('setValues', values).map((r) => r.map((v) => userEntered(this._ctx, v, 'Range.setValues')));
    this._forEach((cell, i, j) => Object.assign(cell, converted[i]![j]));
    return this;
  }

  setValue(...args: unknown[]): FakeRange {
    if (args.length !== 1) throw this._ctx.badArgs('Range.setValue', args);
    const value = args[0];
    const converted = userEntered(this._ctx, value, 'Range.setValue');
    this._forEach((cell) => Object.assign(cell, converted));
    return this;
  }

  getDisplayValues(): string[][] {
    const tz = this._sheet._parent._timeZone;
    return this._grid((c) => displayValue(c, tz));
  }

  getFormulas(): string[][] {
    return this._grid((c) => c?.formula ?? '');
  }

  getFormula(): string {
    this._sheet._assertAlive();
    return this._cell(0, 0)?.formula ?? '';
  }

  setFormula(formula: unknown): FakeRange {
    if (typeof formula !== 'string') throw this._ctx.badArgs('Range.setFormula', [formula]);
    const converted = userEntered(this._ctx, formula, 'Range.setFormula');
    this._forEach((cell) => Object.assign(cell, converted));
    return this;
  }

  setFormulas(formulas: unknown): FakeRange {
    const data = this._check2d('setFormulas', formulas);
    const converted = data.map((r) =>
      r.map((f) => {
        if (typeof f !== 'string') throw this._ctx.badArgs('Range.setFormulas', [formulas]);
        return userEntered(this._ctx, f, 'Range.setFormulas');
      }),
    );
    this._forEach((cell, i, j) => Object.assign(cell, converted[i]![j]));
    return this;
  }

  clearContent(): FakeRange {
    this._forEach((cell) => {
      cell.value = '';
      cell.formula = '';
    });
    return this;
  }

  /** Contents and formats; notes and data validation stay (as in Sheets). */
  clear(): FakeRange {
    this._forEach((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.format = {};
    });
    return this;
  }

  // ---- data validation and notes ----------------------------------------------------------------

  setDataValidation(rule: unknown): FakeRange {
    const r = this._rule('setDataValidation', rule);
    this._forEach((cell) => (cell.validation = r));
    return this;
  }

  setDataValidations(rules: unknown): FakeRange {
    const data = this._check2d('setDataValidations', rules).map((row) => row.map((r) => this._rule('setDataValidations', r)));
    this._forEach((cell, i, j) => (cell.validation = data[i]![j]!));
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    this._sheet._assertAlive();
    return this._cell(0, 0)?.validation ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._grid((c) => c?.validation ?? null);
  }

  setNote(note: unknown): FakeRange {
    const n = this._note('setNote', note);
    this._forEach((cell) => (cell.note = n));
    return this;
  }

  setNotes(notes: unknown): FakeRange {
    const data = this._check2d('setNotes', notes).map((row) => row.map((n) => this._note('setNotes', n)));
    this._forEach((cell, i, j) => (cell.note = data[i]![j]!));
    return this;
  }

  getNote(): string {
    this._sheet._assertAlive();
    return this._cell(0, 0)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._grid((c) => c?.note ?? '');
  }

  // ---- formats ----------------------------------------------------------------------------------

  setBackground(color: unknown): FakeRange {
    return this._setFormat('background', normalizeColor(this._ctx, color, 'Range.setBackground'));
  }

  setBackgrounds(colors: unknown): FakeRange {
    return this._setFormats('setBackgrounds', 'background', colors, (c) => normalizeColor(this._ctx, c, 'Range.setBackgrounds'));
  }

  getBackground(): string {
    this._sheet._assertAlive();
    return this._fmt('background', this._cell(0, 0));
  }

  getBackgrounds(): string[][] {
    return this._grid((c) => this._fmt('background', c));
  }

  setFontWeight(weight: unknown): FakeRange {
    return this._setFormat('fontWeight', this._oneOf('setFontWeight', ['bold', 'normal'], weight));
  }

  setFontWeights(weights: unknown): FakeRange {
    return this._setFormats('setFontWeights', 'fontWeight', weights, (w) => this._oneOf('setFontWeights', ['bold', 'normal'], w));
  }

  getFontWeight(): string {
    this._sheet._assertAlive();
    return this._fmt('fontWeight', this._cell(0, 0));
  }

  getFontWeights(): string[][] {
    return this._grid((c) => this._fmt('fontWeight', c));
  }

  setFontColor(color: unknown): FakeRange {
    return this._setFormat('fontColor', normalizeColor(this._ctx, color, 'Range.setFontColor'));
  }

  getFontColor(): string {
    this._sheet._assertAlive();
    return this._fmt('fontColor', this._cell(0, 0));
  }

  setFontStyle(style: unknown): FakeRange {
    return this._setFormat('fontStyle', this._oneOf('setFontStyle', ['italic', 'normal'], style));
  }

  getFontStyle(): string {
    this._sheet._assertAlive();
    return this._fmt('fontStyle', this._cell(0, 0));
  }

  setFontSize(size: unknown): FakeRange {
    if (!isInt(size) || size < 1) throw this._ctx.badArgs('Range.setFontSize', [size]);
    return this._setFormat('fontSize', size);
  }

  getFontSize(): number {
    this._sheet._assertAlive();
    return this._fmt('fontSize', this._cell(0, 0));
  }

  setNumberFormat(format: unknown): FakeRange {
    if (typeof format !== 'string') throw this._ctx.badArgs('Range.setNumberFormat', [format]);
    return this._setFormat('numberFormat', format);
  }

  setNumberFormats(formats: unknown): FakeRange {
    return this._setFormats('setNumberFormats', 'numberFormat', formats, (f) => {
      if (typeof f !== 'string') throw this._ctx.badArgs('Range.setNumberFormats', [formats]);
      return f;
    });
  }

  getNumberFormat(): string {
    this._sheet._assertAlive();
    return this._fmt('numberFormat', this._cell(0, 0));
  }

  getNumberFormats(): string[][] {
    return this._grid((c) => this._fmt('numberFormat', c));
  }

  setWrap(wrap: unknown): FakeRange {
    if (typeof wrap !== 'boolean') throw this._ctx.badArgs('Range.setWrap', [wrap]);
    return this._setFormat('wrap', wrap);
  }

  setHorizontalAlignment(alignment: unknown): FakeRange {
    return this._setFormat(
      'horizontalAlignment',
      this._oneOf('setHorizontalAlignment', ['left', 'center', 'right', 'normal', 'general'], alignment),
    );
  }

  getHorizontalAlignment(): string {
    this._sheet._assertAlive();
    return this._fmt('horizontalAlignment', this._cell(0, 0));
  }

  setVerticalAlignment(alignment: unknown): FakeRange {
    return this._setFormat('verticalAlignment', this._oneOf('setVerticalAlignment', ['top', 'middle', 'bottom'], alignment));
  }

  /** setBorder(top, left, bottom, right, vertical, horizontal[, color, style]). Recorded, not rendered. */
  setBorder(...args: unknown[]): FakeRange {
    const flagsOk = args.slice(0, 6).every((a) => a === null || typeof a === 'boolean');
    if (!(args.length === 6 || args.length === 8) || !flagsOk) throw this._ctx.badArgs('Range.setBorder', args);
    const stored = args.length === 8 ? [...args.slice(0, 6), normalizeColor(this._ctx, args[6], 'Range.setBorder') ?? null, args[7]] : args;
    return this._setFormat('border', stored);
  }

  // ---- merges and protection ----------------------------------------------------------------------

  /** Merges the cells; like Sheets, only the top-left value survives. */
  merge(): FakeRange {
    this._sheet._merge(this._row, this._col, this._numRows, this._numCols);
    return this;
  }

  getMergedRanges(): FakeRange[] {
    this._sheet._assertAlive();
    const r2 = this.getLastRow();
    const c2 = this.getLastColumn();
    return this._sheet._merges
      .filter((m) => m.row <= r2 && m.row + m.numRows - 1 >= this._row && m.col <= c2 && m.col + m.numCols - 1 >= this._col)
      .map((m) => this._sheet._range(m.row, m.col, m.numRows, m.numCols));
  }

  protect(): FakeProtection {
    this._sheet._assertAlive();
    const p = new FakeProtection(this._ctx, 'RANGE', this._sheet, {
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    });
    this._sheet._protections.push(p);
    return p;
  }
}
instrument(FakeRange, 'Range');

/** Sheet.getRangeList: several ranges of one sheet formatted in one call each. */
export class FakeRangeList {
  constructor(
    readonly _ctx: FakeContext,
    private readonly _ranges: FakeRange[],
  ) {}

  getRanges(): FakeRange[] {
    return [...this._ranges];
  }

  private _each(apply: (r: FakeRange) => void): FakeRangeList {
    for (const r of this._ranges) apply(r);
    return this;
  }

  setFontWeight(weight: unknown): FakeRangeList {
    return this._each((r) => r.setFontWeight(weight));
  }

  setFontSize(size: unknown): FakeRangeList {
    return this._each((r) => r.setFontSize(size));
  }

  setBackground(color: unknown): FakeRangeList {
    return this._each((r) => r.setBackground(color));
  }

  setWrap(wrap: unknown): FakeRangeList {
    return this._each((r) => r.setWrap(wrap));
  }
}
instrument(FakeRangeList, 'RangeList');
