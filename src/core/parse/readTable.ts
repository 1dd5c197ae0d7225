/** Turns a located table's body into row records plus the issues its cells raise. */

import { toA1 } from '../a1';
import type { Issue } from '../issues';
import type { Table } from '../schema/types';
import type { ReadContext } from '../values';
import { isBlank } from '../values';
import type { Grid, LocatedTable } from './locate';
import { readCell } from './readCell';

export interface RowRecord {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  values: Record<string, unknown>;
  /** A1 address of a column's cell in this row ("" when the column is absent). */
  cells: Record<string, string>;
}

export interface TableRead {
  rows: RowRecord[];
  issues: Issue[];
}

export type ParseContext = ReadContext & { workbookYear: number };

export function readTable(sheet: string, grid: Grid, located: LocatedTable, ctx: ParseContext): TableRead {
  const { table, columns } = located;
  const issues: Issue[] = located.duplicates.map((c) => ({
    sheet,
    a1: toA1(located.headerRow + 1, (columns.get(c.key) ?? 0) + 1),
    severity: 'warning',
    messageKey: 'table.duplicateHeader',
    params: { column: c.header, table: table.title },
  }));
  const rows: RowRecord[] = [];
  for (let r = located.headerRow + 1; r < located.endRow; r++) {
    const line = grid[r] ?? [];
    if ([...columns.values()].every((c) => isBlank(line[c]))) continue;
    const record: RowRecord = { sheet, row: r + 1, values: {}, cells: {} };
    for (const column of table.columns) {
      const c = columns.get(column.key);
      record.cells[column.key] = c === undefined ? '' : toA1(r + 1, c + 1);
      if (c === undefined) continue;
      const a1 = record.cells[column.key];
      const read = readCell(column, line[c], ctx);
      if (read.value !== undefined) record.values[column.key] = read.value;
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
    rows.push(record);
  }
  return { rows, issues };
}

/** Issue raised when a table cannot be found at all. */
export function missingTableIssue(sheet: string, table: Table): Issue {
  const headers = table.columns
    .filter((c) => c.anchor)
    .map((c) => c.header)
    .join(', ');
  return { sheet, a1: '', severity: 'error', messageKey: 'table.missingHeader', params: { table: table.title, headers } };
}
