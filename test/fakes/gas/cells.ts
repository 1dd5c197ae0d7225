/** The cell model behind the spreadsheet fake and Sheets' rules for values a script writes. */
import type { FakeContext } from './context';
import { isDate, typeName } from './context';
import type { FakeDataValidation } from './validation';

export type Stored = string | number | boolean | Date;

/** Formats the add-on sets; only background and number format are read back. */
export interface CellFormat {
  background?: string;
  fontWeight?: string;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean;
}

export interface Cell {
  value: Stored;
  formula: string;
  note: string;
  validation: FakeDataValidation | null;
  format: CellFormat;
}

/** What getValues returns for a formula cell: the fake does not compute formulas. */
export const FORMULA_PLACEHOLDER = '#FORMULA!';

export const FORMAT_DEFAULTS = {
  background: '#ffffff',
  numberFormat: '0.###############',
} as const;

export function emptyCell(): Cell {
  return { value: '', formula: '', note: '', validation: null, format: {} };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

/**
 * Sheets' user-entered semantics for setValue(s): "=..." is a formula, a leading apostrophe forces
 * text (and is dropped), plain en-US numbers and TRUE/FALSE are parsed. Strings that look like dates
 * are NOT parsed by the fake (Sheets would, by the spreadsheet locale).
 */
/** Sheets refuses a longer text in one cell. */
const MAX_CELL_CHARS = 50000;

export function userEntered(ctx: FakeContext, v: unknown, method: string): { value: Stored; formula: string } {
  if (v === null || v === undefined) return { value: '', formula: '' };
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS)
      throw ctx.error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    if (v.length > 1 && v.startsWith('=')) return { value: '', formula: v };
    if (v.startsWith("'")) return { value: v.slice(1), formula: '' };
    if (/^-?\d+(\.\d+)?$/.test(v)) return { value: Number(v), formula: '' };
    if (/^(true|false)$/i.test(v)) return { value: v.toLowerCase() === 'true', formula: '' };
    return { value: v, formula: '' };
  }
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: '' };
  if (isDate(v)) return { value: new Date(v.getTime()), formula: '' };
  throw ctx.error(`${method}: cannot write a value of type ${typeName(v)} to a cell (only string, number, boolean, Date or null).`);
}

/** The value getValues returns (Dates made in the bundle's realm). */
export function readValue(ctx: FakeContext, cell: Cell | undefined): Stored {
  if (!cell) return '';
  if (cell.formula !== '') return FORMULA_PLACEHOLDER;
  return isDate(cell.value) ? ctx.date(cell.value.getTime()) : cell.value;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
  purple: '#800080',
};

/** Lower-case #rrggbb, as Sheets reports colours; null/'' clear (undefined). Unknown colours throw. */
export function normalizeColor(ctx: FakeContext, c: unknown, method: string): string | undefined {
  if (c === null || c === '') return undefined;
  if (typeof c !== 'string') throw ctx.badArgs(method, [c]);
  const s = c.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`;
  const named = NAMED_COLORS[s];
  if (named) return named;
  throw ctx.error(`${method}: the fake does not know the colour "${c}" (use #rrggbb).`);
}
