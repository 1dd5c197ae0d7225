/*
 * Reference copy (test only, never shipped): src/core/parse/readTable.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** Turns a located table's body into row records plus the issues its cells raise. */

import { columnLetter, toA1 } from '../../../../src/core/a1';
import type { Issue } from '../../../../src/core/issues';
import type { Column, RecordOf, Table } from '../../../../src/core/schema/types';
import type { ReadContext } from '../values';
import { isBlank } from '../values';
import { type Grid, type LocatedTable, repeatsHeader } from './locate';
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
    return { column, c, letter: c === undefined ? '' : columnLetter(c + 1) };
  });
  const positions = [...columns.values()];
  for (let r = located.headerRow + 1; r < located.endRow; r++) {
    const line = grid[r] ?? [];
    if (positions.every((c) => isBlank(line[c])) || repeatsHeader(line, located)) continue;
    // The record itself, its values first (as declared), then sheet, row, cells and any unread columns.
    const values: Record<string, unknown> = {};
    const cells: Record<string, string> = {};
    let unread: string[] | undefined;
    for (const { column, c, letter } of placed) {
      cells[column.key] = c === undefined ? '' : `${letter}${r + 1}`;
      if (c === undefined) continue;
      const a1 = cells[column.key];
      const read = readCell(column, line[c], ctx);
      // A value outside the column's bounds is reported below and, like an unreadable one, not used.
      const usable = read.value !== undefined && inBounds(column, read.value);
      if (usable) values[column.key] = read.value;
      else if (read.problem || read.value !== undefined) {
        unread ??= [];
        unread.push(column.key);
      }
      if (read.problem)
        issues.push({
          sheet,
          a1,
          severity: read.problem.severity,
          messageKey: read.problem.key,
          params: { ...read.problem.params, column: column.header },
        });
      else if (read.value === undefined && column.required)
        issues.push({ sheet, a1, severity: 'error', messageKey: 'value.required', params: { column: column.header } });
      const n = read.value;
      if (typeof n === 'number') {
        if (column.min !== undefined && n < column.min)
          issues.push({
            sheet,
            a1,
            severity: 'error',
            messageKey: 'value.belowMin',
            params: { value: n, min: column.min, column: column.header },
          });
        if (column.max !== undefined && n > column.max)
          issues.push({
            sheet,
            a1,
            severity: 'error',
            messageKey: 'value.aboveMax',
            params: { value: n, max: column.max, column: column.header },
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
