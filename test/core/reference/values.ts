/*
 * Reference copy (test only, never shipped): src/core/values.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/**
 * Reading one cell the way Vietnamese officers actually type it.
 * Each reader returns the value it could read and, when something is off, a problem to report:
 * an error means the value is unusable; a warning means it was read (e.g. "Nu" as "Nữ") but should be fixed.
 */

import type { MessageKey } from '../../../src/core/i18n/messages';
import type { Choice } from '../../../src/core/schema/types';
import { type IsoDate, isoDate, isoFromSerial, isoFromUtcDate, isValidYmd } from './dates';
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

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === '' || (typeof cell === 'string' && normalizeText(cell) === '');
}

export function cellText(cell: Cell): string {
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

export function readChoice(cell: Cell, choices: readonly Choice[]): Read<string> {
  if (isBlank(cell)) return {};
  const text = cellText(cell);
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
  const text = cellText(cell);
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
