/**
 * Reading one cell the way Vietnamese officers actually type it.
 * Each reader returns the value it could read and, when something is off, a problem to report:
 * an error means the value is unusable; a warning means it was read (e.g. "Nu" as "Nữ") but should be fixed.
 */
import { type IsoDate, isoDate, isoFromSerial, isoFromUtcDate, isValidYmd } from './dates';
import type { MessageKey } from './i18n/messages';
import type { Choice } from './schema/types';
import { foldText, normalizeText } from './text';

export type Cell = string | number | boolean | Date | null | undefined;

export interface Problem {
  key: MessageKey;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

export interface Read<T> {
  value?: T;
  problem?: Problem;
}

export interface ReadContext {
  /** Two-digit years are read as 20yy when that is not after this year, else 19yy. */
  referenceYear: number;
}

const err = (key: MessageKey, params?: Problem['params']): Problem => ({ key, severity: 'error', params });
const warn = (key: MessageKey, params?: Problem['params']): Problem => ({ key, severity: 'warning', params });

/**
 * A spreadsheet error value (#REF!, #N/A, …). Both edges hand core the error's text: Apps Script's
 * getValues returns it as a string, and the command line maps exceljs's `{ error }` to the same
 * string, so one reader check (readCell) reports it on either edge.
 */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

/** The error code a cell shows ("#REF!"), or undefined for any other value. */
export function errorValueOf(cell: Cell): string | undefined {
  if (typeof cell !== 'string' || !cell.includes('#')) return undefined;
  const text = cell.trim().toUpperCase();
  return ERROR_VALUE.test(text) ? text : undefined;
}

/** White space as `\s` and `trim` define it (one UTF-16 code unit). */
export function isSpaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/**
 * Nothing but white space. Normalising keeps every character that is not white space, so a text whose
 * first character is not white space is not blank, known without normalising it (most text cells).
 */
export function isBlank(cell: Cell): boolean {
  if (typeof cell === 'string') return cell === '' || (isSpaceCode(cell.charCodeAt(0)) && normalizeText(cell) === '');
  return cell === null || cell === undefined;
}

export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return normalizeText(cell);
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoFromUtcDate(cell);
  return normalizeText(String(cell));
}

export function readText(cell: Cell): Read<string> {
  const text = cellText(cell);
  return text === '' ? {} : { value: text };
}

function expandYear(yy: number, ctx: ReadContext): number {
  const century = 2000 + yy <= ctx.referenceYear ? 2000 : 1900;
  return century + yy;
}

/** Real dates, Sheets serials, ISO, and d/m/yyyy, d-m-yyyy, d.m.yyyy, d/m/yy. */
export function readDate(cell: Cell, ctx: ReadContext): Read<IsoDate> {
  if (isBlank(cell)) return {};
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { problem: err('value.date.invalid', { value: String(cell) }) } : { value: isoFromUtcDate(cell) };
  }
  if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= 1 && cell < 2958466) return { value: isoFromSerial(cell) };
    return { problem: err('value.date.invalid', { value: String(cell) }) };
  }
  const text = cellText(cell);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(text);
  if (!dmy) return { problem: err('value.date.invalid', { value: text }) };
  const rawYear = Number(dmy[3]);
  if (dmy[3].length === 2) {
    const year = expandYear(rawYear, ctx);
    const read = checkedDate(year, Number(dmy[2]), Number(dmy[1]), text);
    return read.value ? { value: read.value, problem: warn('value.date.twoDigitYear', { value: text, year }) } : read;
  }
  return checkedDate(rawYear, Number(dmy[2]), Number(dmy[1]), text);
}

function checkedDate(year: number, month: number, day: number, text: string): Read<IsoDate> {
  if (!isValidYmd(year, month, day) || year < 1880 || year > 2200) return { problem: err('value.date.invalid', { value: text }) };
  return { value: isoDate(year, month, day) };
}

const SCALE_WORDS: Array<[RegExp, number]> = [
  [/\s*(ty|ti)$/, 1e9],
  [/\s*(trieu|tr)$/, 1e6],
  [/\s*(nghin|ngan|k)$/, 1e3],
];

/**
 * No count or amount in a ward's books comes near a million billion (đồng); a larger number is a typo
 * or an overflow, and a few of them would sum to Infinity.
 */
const LARGEST = 1e15;
const usable = (n: number) => Number.isFinite(n) && Math.abs(n) <= LARGEST;

/** Vietnamese numbers: "1.000.000", "2,5", "25 triệu", "500 nghìn", "1.200.000 đ"; also 1,000,000. */
export function readNumber(cell: Cell): Read<number> {
  if (isBlank(cell)) return {};
  if (typeof cell === 'number') return usable(cell) ? { value: cell } : { problem: err('value.number.invalid', { value: String(cell) }) };
  if (typeof cell === 'boolean' || cell instanceof Date) return { problem: err('value.number.invalid', { value: cellText(cell) }) };
  const original = cellText(cell);
  let text = foldText(original).replace(/\s*(vnd|dong|d)\.?$/, '');
  let factor = 1;
  for (const [re, f] of SCALE_WORDS) {
    if (re.test(text)) {
      text = text.replace(re, '');
      factor = f;
      break;
    }
  }
  text = text.replace(/\s+/g, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  let n: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) n = Number(text.replace(/\./g, '').replace(',', '.'));
  else if (/^\d{1,3}(,\d{3}){2,}$/.test(text)) n = Number(text.replace(/,/g, ''));
  else if (/^\d+(,\d+)?$/.test(text)) n = Number(text.replace(',', '.'));
  else if (/^\d+\.\d{1,2}$/.test(text)) n = Number(text);
  else return { problem: err('value.number.invalid', { value: original }) };
  const value = (negative ? -1 : 1) * n * factor;
  if (!usable(value)) return { problem: err('value.number.invalid', { value: original }) };
  return { value: Math.round(value * 100) / 100 };
}

export function readInteger(cell: Cell): Read<number> {
  const read = readNumber(cell);
  if (read.value !== undefined && !Number.isInteger(read.value))
    return { problem: err('value.integer.invalid', { value: cellText(cell) }) };
  return read;
}

/** A birth year, or a full birth date (which also gives the year). */
export function readYearOrDate(cell: Cell, ctx: ReadContext): Read<{ year: number; date?: IsoDate }> {
  if (isBlank(cell)) return {};
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1880 && cell <= 2200) return { value: { year: cell } };
  const text = cellText(cell);
  if (typeof cell === 'string') {
    if (/^\d{4}$/.test(text)) return { value: { year: Number(text) } };
    const dotted = /^(\d)[.,](\d{3})$/.exec(text);
    if (dotted) {
      const year = Number(dotted[1] + dotted[2]);
      return { value: { year }, problem: warn('value.year.separator', { value: text, year }) };
    }
  }
  if (
    typeof cell === 'number' &&
    cell >= 1.88 &&
    cell <= 2.2 &&
    Number.isInteger(Math.round(cell * 1000)) &&
    cell * 1000 === Math.round(cell * 1000)
  ) {
    // "1.950" typed into a number-formatted cell arrives as 1.95.
    const year = Math.round(cell * 1000);
    return { value: { year }, problem: warn('value.year.separator', { value: text, year }) };
  }
  const date = readDate(cell, ctx);
  if (date.value) return { value: { year: Number(date.value.slice(0, 4)), date: date.value }, problem: date.problem };
  return { problem: err('value.year.invalid', { value: text }) };
}

/** One value out of a list: exact (any case) is fine; a folded or alias match is read with a warning naming the fix. */
/** Each choice list's values in lower case, worked out once per list (every choice cell of a ward is read against one). */
const LOWER_CHOICES = new WeakMap<readonly Choice[], string[]>();

function lowerChoices(choices: readonly Choice[]): string[] {
  let lower = LOWER_CHOICES.get(choices);
  if (!lower) {
    lower = choices.map((c) => c.value.toLowerCase());
    LOWER_CHOICES.set(choices, lower);
  }
  return lower;
}

/**
 * Each choice list's values as typed, each to the value an exact (any case) match reads it as: the
 * first choice equal to it in lower case. Most choice cells hold a value exactly as the dropdown
 * wrote it, read with one lookup.
 */
interface ExactChoices {
  /** Value as typed → value read. */
  typed: Map<string, string>;
  /** The same for the values that are normal text (not blank, as normalizeText leaves them): a cell holding one reads so without normalising. */
  normal: Map<string, string>;
}

const EXACT_CHOICES = new WeakMap<readonly Choice[], ExactChoices>();

function exactChoices(choices: readonly Choice[]): ExactChoices {
  let exact = EXACT_CHOICES.get(choices);
  if (!exact) {
    const lower = lowerChoices(choices);
    const typed = new Map(choices.map((c) => [c.value, choices[lower.indexOf(c.value.toLowerCase())].value]));
    const normal = new Map([...typed].filter(([value]) => value !== '' && normalizeText(value) === value));
    exact = { typed, normal };
    EXACT_CHOICES.set(choices, exact);
  }
  return exact;
}

export function readChoice(cell: Cell, choices: readonly Choice[]): Read<string> {
  const known = exactChoices(choices);
  // A cell holding a choice value as the dropdown writes it (normal text) is read without normalising.
  if (typeof cell === 'string') {
    const typed = known.normal.get(cell);
    if (typed !== undefined) return { value: typed };
  }
  if (isBlank(cell)) return {};
  const text = cellText(cell);
  const typed = known.typed.get(text);
  if (typed !== undefined) return { value: typed };
  const lower = text.toLowerCase();
  const exactAt = lowerChoices(choices).indexOf(lower);
  const exact = exactAt >= 0 ? choices[exactAt] : undefined;
  if (exact) return { value: exact.value };
  const folded = foldText(text);
  const near = choices.find((c) => foldText(c.value) === folded || (c.aliases ?? []).some((a) => foldText(a) === folded));
  if (near) return { value: near.value, problem: warn('value.choice.misspelt', { value: text, suggestion: near.value }) };
  return { problem: err('value.choice.invalid', { value: text, options: choices.map((c) => c.value).join(', ') }) };
}

const YES = ['x', 'v', '✓', '✔', '1', 'true'];
const NO = ['0', 'false', '-'];

/** Có / Không, checkboxes, and an "x" in the cell. */
export function readYesNo(cell: Cell): Read<boolean> {
  if (isBlank(cell)) return {};
  if (typeof cell === 'boolean') return { value: cell };
  if (typeof cell === 'number') {
    if (cell === 1) return { value: true };
    if (cell === 0) return { value: false };
  }
  // As the dropdown writes them (most cells), already normal: no normalising.
  if (cell === 'Có') return { value: true };
  if (cell === 'Không') return { value: false };
  const text = cellText(cell);
  // As the dropdown writes them (most cells): no lower-case copy.
  if (text === 'Có') return { value: true };
  if (text === 'Không') return { value: false };
  const lower = text.toLowerCase();
  if (lower === 'có') return { value: true };
  if (lower === 'không') return { value: false };
  if (YES.includes(lower)) return { value: true };
  if (NO.includes(lower)) return { value: false };
  const folded = foldText(text);
  if (['co', 'c', 'yes', 'y', 'dung'].includes(folded))
    return { value: true, problem: warn('value.choice.misspelt', { value: text, suggestion: 'Có' }) };
  if (['khong', 'k', 'ko', 'kg', 'no', 'n', 'sai'].includes(folded))
    return { value: false, problem: warn('value.choice.misspelt', { value: text, suggestion: 'Không' }) };
  return { problem: err('value.yesNo.invalid', { value: text }) };
}
