/** Range: a rectangle of cells on one sheet; RangeList: several ranges of one sheet. */
import { instrument } from './calls';
import type { Cell, CellFormat, Stored } from './cells';
import { FORMAT_DEFAULTS, normalizeColor, readValue, userEntered } from './cells';
import type { FakeContext } from './context';
import { isInt } from './context';
import { addRangeMetadata, type FakeDeveloperMetadata, rangeMetadata } from './metadata';
import { guardWrites } from './protection';
import type { FakeSheet } from './spreadsheet';
import { FakeDataValidation } from './validation';

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
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._numCols; j++) row.push(read(this._cell(i, j)));
      out.push(row);
    }
    return out;
  }

  private _forEach(write: (cell: Cell, i: number, j: number) => void): void {
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

  getRow(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getSheet(): FakeSheet {
    return this._sheet;
  }

  /** Selects the range (and shows its tab): recorded as env.ui.selection. */
  activate(): FakeRange {
    const column = (n: number): string => (n <= 0 ? '' : column(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
    const corner = (r: number, c: number) => `${column(c)}${r}`;
    const last = corner(this._row + this._numRows - 1, this._col + this._numCols - 1);
    const first = corner(this._row, this._col);
    this._ctx.ui.selection = { sheet: this._sheet.getName(), a1: first === last ? first : `${first}:${last}` };
    return this;
  }

  // ---- developer metadata (metadata.ts): whole rows only --------------------------------------

  addDeveloperMetadata(...args: unknown[]): FakeRange {
    addRangeMetadata(this, args);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return rangeMetadata(this);
  }

  // ---- values -----------------------------------------------------------------------------------

  getValues(): Stored[][] {
    return this._grid((c) => readValue(this._ctx, c));
  }

  getValue(): Stored {
    return readValue(this._ctx, this._cell(0, 0));
  }

  setValues(values: unknown): FakeRange {
    const converted = this._check2d('setValues', values).map((r) => r.map((v) => userEntered(this._ctx, v, 'Range.setValues')));
    this._forEach((cell, i, j) => Object.assign(cell, converted[i]![j]));
    return this;
  }

  setValue(...args: unknown[]): FakeRange {
    if (args.length !== 1) throw this._ctx.badArgs('Range.setValue', args);
    const converted = userEntered(this._ctx, args[0], 'Range.setValue');
    this._forEach((cell) => Object.assign(cell, converted));
    return this;
  }

  getFormulas(): string[][] {
    return this._grid((c) => c?.formula ?? '');
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
    return this._cell(0, 0)?.validation ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._grid((c) => c?.validation ?? null);
  }

  setNotes(notes: unknown): FakeRange {
    const data = this._check2d('setNotes', notes).map((row) => row.map((n) => this._note('setNotes', n)));
    this._forEach((cell, i, j) => (cell.note = data[i]![j]!));
    return this;
  }

  getNote(): string {
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
    return this._cell(0, 0)?.format.background ?? FORMAT_DEFAULTS.background;
  }

  getBackgrounds(): string[][] {
    return this._grid((c) => c?.format.background ?? FORMAT_DEFAULTS.background);
  }

  setFontWeight(weight: unknown): FakeRange {
    if (weight !== null && weight !== 'bold' && weight !== 'normal') throw this._ctx.badArgs('Range.setFontWeight', [weight]);
    return this._setFormat('fontWeight', weight ?? undefined);
  }

  setFontSize(size: unknown): FakeRange {
    if (!isInt(size) || size < 1) throw this._ctx.badArgs('Range.setFontSize', [size]);
    return this._setFormat('fontSize', size);
  }

  setNumberFormats(formats: unknown): FakeRange {
    return this._setFormats('setNumberFormats', 'numberFormat', formats, (f) => {
      if (typeof f !== 'string') throw this._ctx.badArgs('Range.setNumberFormats', [formats]);
      return f;
    });
  }

  getNumberFormats(): string[][] {
    return this._grid((c) => c?.format.numberFormat ?? FORMAT_DEFAULTS.numberFormat);
  }

  setWrap(wrap: unknown): FakeRange {
    if (typeof wrap !== 'boolean') throw this._ctx.badArgs('Range.setWrap', [wrap]);
    return this._setFormat('wrap', wrap);
  }
}
guardWrites(FakeRange, (range: FakeRange) => range._sheet);
instrument(FakeRange, 'Range');

/** Sheet.getRangeList: several ranges of one sheet formatted in one call each. */
export class FakeRangeList {
  constructor(
    readonly _ctx: FakeContext,
    private readonly _ranges: FakeRange[],
  ) {}

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

  /** The same value into every cell of every range (Apps Script's RangeList.setValue). */
  setValue(value: unknown): FakeRangeList {
    return this._each((r) => r.setValue(value));
  }

  /** Removes the notes of every range. */
  clearNote(): FakeRangeList {
    return this._each((r) => r.setNotes(Array.from({ length: r.getNumRows() }, () => Array.from({ length: r.getNumColumns() }, () => ''))));
  }
}
instrument(FakeRangeList, 'RangeList');
