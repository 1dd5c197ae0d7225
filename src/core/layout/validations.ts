/** In-sheet rules (dropdowns, date and number checks, help text) derived from column declarations. */

import { maxOf } from '../collections';
import type { Grid } from '../parse/locate';
import { locateTables } from '../parse/locate';
import type { Column, Table } from '../schema/types';
import type { RuleSpec, ValidationSpec } from './types';

export const YES_NO = ['Có', 'Không'];

export function ruleFor(column: Column): { rule?: RuleSpec; numberFormat?: string } {
  switch (column.type) {
    case 'choice':
      return { rule: { kind: 'list', values: (column.choices ?? []).map((c) => c.value) } };
    case 'yesNo':
      return { rule: { kind: 'list', values: YES_NO } };
    case 'date':
      return { rule: { kind: 'date' }, numberFormat: 'dd/mm/yyyy' };
    case 'integer':
    case 'number':
      return { rule: { kind: 'number', min: column.min, max: column.max } };
    case 'money':
      return { rule: { kind: 'number', min: column.min, max: column.max }, numberFormat: '#,##0' };
    default:
      return {};
  }
}

/**
 * Rules for every located table of a grid, over its body. The last table of a tab reaches at least
 * `table.blankRows` rows down (room to type); a table with another below it stops at its body, so
 * its rules never spill onto the next section's title and header rows.
 * The same function serves a freshly drawn tab and a tab users have filled and rearranged.
 */
export function validationsFor(grid: Grid, tables: readonly Table[]): ValidationSpec[] {
  const out: ValidationSpec[] = [];
  const found = [...locateTables(grid, tables).values()];
  const lastHeader = maxOf(found.map((l) => l.headerRow));
  for (const located of found) {
    const firstRow = located.headerRow + 2;
    const body = located.endRow - located.headerRow - 1;
    const numRows = located.headerRow === lastHeader ? Math.max(body, located.table.blankRows, 1) : Math.max(body, 1);
    for (const column of located.table.columns) {
      const c = located.columns.get(column.key);
      const { rule, numberFormat } = ruleFor(column);
      if (c === undefined || !rule) continue;
      out.push({ row: firstRow, column: c + 1, numRows, rule, help: column.help, numberFormat });
    }
  }
  return out;
}
