/*
 * Reference copy (test only, never shipped): src/core/parse/readCell.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** Reads one cell by its column's declared type: the single place where column types meet readers. */
import type { Column, ColumnType, ColumnValues, Target, ValueOf } from '../../../../src/core/schema/types';
import { foldText } from '../text';
import {
  type Cell,
  cellText,
  errorValueOf,
  isBlank,
  type Read,
  type ReadContext,
  readChoice,
  readDate,
  readInteger,
  readNumber,
  readText,
  readYearOrDate,
  readYesNo,
} from '../values';

/** Month of a meeting or fund row: "06/2026", "6/2026", "2026-06", "Tháng 6/2026", a date, or a bare 1–12 in the workbook year. */
export function readMonth(cell: Cell, ctx: ReadContext & { workbookYear: number }): Read<string> {
  if (isBlank(cell)) return {};
  if (cell instanceof Date) return { value: readDate(cell, ctx).value?.slice(0, 7) };
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1 && cell <= 12)
    return { value: `${ctx.workbookYear}-${String(cell).padStart(2, '0')}` };
  const text = foldText(cellText(cell)).replace(/^(thang|t)\s*/, '');
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { value: `${m[2]}-${m[1].padStart(2, '0')}` };
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { value: `${m[1]}-${m[2].padStart(2, '0')}` };
  m = /^(\d{1,2})$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { value: `${ctx.workbookYear}-${m[1].padStart(2, '0')}` };
  const date = readDate(cell, ctx);
  if (date.value) return { value: date.value.slice(0, 7) };
  return { problem: { key: 'value.month.invalid', severity: 'error', params: { value: cellText(cell) } } };
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

export function readEmails(cell: Cell): Read<string[]> {
  if (isBlank(cell)) return {};
  const parts = cellText(cell)
    .split(/[,;\s]+/)
    .filter((p) => p !== '');
  const bad = parts.find((p) => !EMAIL.test(p));
  if (bad) return { problem: { key: 'value.email.invalid', severity: 'error', params: { value: bad } } };
  return { value: parts.map((p) => p.toLowerCase()) };
}

/** "≥ 300", ">= 300", "300", "40–50%", "40 - 50 %", "100%"; "—" or blank for no target. */
export function readTarget(cell: Cell): Read<Target> {
  if (isBlank(cell)) return {};
  if (typeof cell === 'number') return { value: { min: cell, percent: false } };
  const text = cellText(cell);
  if (/^[—–-]+$/.test(text)) return {};
  const percent = text.includes('%');
  const body = text.replace(/%/g, '').replace(/\s+/g, '');
  const num = (s: string) => readNumber(s).value;
  let min: number | undefined;
  let max: number | undefined;
  const atLeast = /^(?:≥|>=|>)(.+)$/.exec(body);
  const atMost = /^(?:≤|<=|<)(.+)$/.exec(body);
  const range = /^([\d.,]+)[–—-]([\d.,]+)$/.exec(body);
  if (atLeast) min = num(atLeast[1]);
  else if (atMost) max = num(atMost[1]);
  else if (range) {
    min = num(range[1]);
    max = num(range[2]);
  } else min = num(body);
  const bad = (min === undefined && max === undefined) || (min !== undefined && max !== undefined && min > max);
  if (bad) return { problem: { key: 'value.target.invalid', severity: 'error', params: { value: text } } };
  const scale = (n: number | undefined) => (n === undefined ? undefined : percent ? n / 100 : n);
  return { value: { min: scale(min), max: scale(max), percent } };
}

type ParseCtx = ReadContext & { workbookYear: number };

/** One reader per column type, checked against the value type the declarations promise (ColumnValues). */
const READERS: { [K in ColumnType]: (cell: Cell, column: Column, ctx: ParseCtx) => Read<ColumnValues[K]> } = {
  text: (cell) => readText(cell),
  integer: (cell) => readInteger(cell),
  number: (cell) => readNumber(cell),
  money: (cell) => readNumber(cell),
  date: (cell, _column, ctx) => readDate(cell, ctx),
  yearOrDate: (cell, _column, ctx) => readYearOrDate(cell, ctx),
  yesNo: (cell) => readYesNo(cell),
  choice: (cell, column) => readChoice(cell, column.choices ?? []),
  month: (cell, _column, ctx) => readMonth(cell, ctx),
  email: (cell) => readEmails(cell),
  target: (cell) => readTarget(cell),
};

export function readCell<C extends Column>(column: C, cell: Cell, ctx: ParseCtx): Read<ValueOf<C>> {
  // An error cell (#REF!, #N/A, …) is reported as such whatever the column, never as a missing value.
  const error = errorValueOf(cell);
  if (error) return { problem: { key: 'value.errorCell', severity: 'error', params: { code: error } } };
  // READERS is typed per column type; a choice column's reader only ever returns one of its own choices.
  return READERS[column.type](cell, column, ctx) as Read<ValueOf<C>>;
}
