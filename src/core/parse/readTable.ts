/** Turns a located table's body into row records plus the issues its cells raise. */

import { columnLetter, toA1 } from '../a1';
import type { Issue } from '../issues';
import type { Column, RecordOf, Table } from '../schema/types';
import type { Cell, ReadContext } from '../values';
import { isBlank } from '../values';
import { type Grid, headerRepeat, type LocatedTable } from './locate';
import { readCell } from './readCell';

export interface TableRead<T extends Table> {
  rows: RecordOf<T>[];
  issues: Issue[];
}

export type ParseContext = ReadContext & { workbookYear: number };

export function readTable<T extends Table>(sheet: string, grid: Grid, located: LocatedTable<T>, ctx: ParseContext): TableRead<T> {
  const { table, columns } = located;
  const issues: Issue[] = located.duplicates.map((c) => ({
    sheet,
    a1: toA1(located.headerRow + 1, (columns.get(c.key) ?? 0) + 1),
    severity: 'warning',
    messageKey: 'table.duplicateHeader',
    params: { column: c.header, table: table.title },
  }));
  const rows: RecordOf<T>[] = [];
  // Per column, once per table (not per row): its grid column and column letter, undefined when not found.
  const placed = table.columns.map((column) => {
    const c = columns.get(column.key);
    return { column, key: column.key, c, letter: c === undefined ? '' : columnLetter(c + 1) };
  });
  const positions = [...columns.values()];
  const repeats = headerRepeat(located);
  for (let r = located.headerRow + 1; r < located.endRow; r++) {
    const line = grid[r] ?? [];
    if (isBlankRow(line, positions) || repeats(line)) continue;
    // The record itself, its values first (as declared), then sheet, row, cells and any unread columns.
    const values: Record<string, unknown> = {};
    const cells: Record<string, string> = {};
    let unread: string[] | undefined;
    for (let k = 0; k < placed.length; k++) {
      const { column, key, c, letter } = placed[k];
      if (c === undefined) {
        cells[key] = '';
        continue;
      }
      const a1 = addressOf(c, r, letter);
      cells[key] = a1;
      const read = readCell(column, line[c], ctx);
      const value = read.value;
      const problem = read.problem;
      // A value outside the column's bounds is reported below and, like an unreadable one, not used.
      if (value !== undefined && inBounds(column, value)) values[key] = value;
      else if (problem || value !== undefined) {
        unread ??= [];
        unread.push(key);
      }
      if (problem)
        issues.push({
          sheet,
          a1,
          severity: problem.severity,
          messageKey: problem.key,
          params: { ...problem.params, column: column.header },
        });
      else if (value === undefined && column.required)
        issues.push({ sheet, a1, severity: 'error', messageKey: 'value.required', params: { column: column.header } });
      if (typeof value === 'number') {
        if (column.min !== undefined && value < column.min)
          issues.push({
            sheet,
            a1,
            severity: 'error',
            messageKey: 'value.belowMin',
            params: { value, min: column.min, column: column.header },
          });
        if (column.max !== undefined && value > column.max)
          issues.push({
            sheet,
            a1,
            severity: 'error',
            messageKey: 'value.aboveMax',
            params: { value, max: column.max, column: column.header },
          });
      }
    }
    values.sheet = sheet;
    values.row = r + 1;
    values.cells = cells;
    if (unread) values.unread = unread;
    // Keys are exactly the declared columns' and each value is readCell's for that column: the record type.
    rows.push(values as RecordOf<T>);
  }
  return { rows, issues };
}

/**
 * A1 addresses by 0-based column and row, each made once: club tabs share one layout, so the same
 * addresses recur in every tab, and every record holds one per column (a ward's records hold about
 * as many addresses as it has cells). Bounded: larger sheets' addresses are made as needed.
 */
const ADDRESSES: Array<Array<string | undefined>> = [];
const ADDRESSED_COLUMNS = 32;
const ADDRESSED_ROWS = 2048;

function addressOf(c: number, r: number, letter: string): string {
  if (c >= ADDRESSED_COLUMNS || r >= ADDRESSED_ROWS) return letter + String(r + 1);
  let column = ADDRESSES[c];
  if (!column) {
    column = new Array<string | undefined>(ADDRESSED_ROWS).fill(undefined);
    ADDRESSES[c] = column;
  }
  let a1 = column[r];
  if (a1 === undefined) {
    a1 = letter + String(r + 1);
    column[r] = a1;
  }
  return a1;
}

/** Whether every located column of the row is blank (a row with nothing in the table's columns is no record). */
function isBlankRow(line: readonly Cell[], positions: readonly number[]): boolean {
  for (let i = 0; i < positions.length; i++) if (!isBlank(line[positions[i]])) return false;
  return true;
}

/** A number outside its column's declared bounds is reported (below) and not used: a negative population or fund counts nothing. */
function inBounds(column: Column, value: unknown): boolean {
  if (typeof value !== 'number') return true;
  return (column.min === undefined || value >= column.min) && (column.max === undefined || value <= column.max);
}

/** Issue raised when a table cannot be found at all. */
export function missingTableIssue(sheet: string, table: Table): Issue {
  const headers = table.columns
    .filter((c) => c.anchor)
    .map((c) => c.header)
    .join(', ');
  return { sheet, a1: '', severity: 'error', messageKey: 'table.missingHeader', params: { table: table.title, headers } };
}
