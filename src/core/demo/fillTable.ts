/**
 * Writing rows into a table of a template grid, found the way the parser finds it (by its
 * headers): rows go into the section's blank rows, and rows are inserted when those run out.
 */
import { toA1 } from '../a1';
import { locateTables, type Grid } from '../parse/locate';
import { CLUB_TABLES } from '../schema/tables';
import type { Table } from '../schema/types';
import { type Cell, isBlank } from '../values';

/** One table row to write: column key → cell; keys left out stay blank. */
export type RowValues = Record<string, Cell>;

export interface FilledTable {
  /** 1-based sheet row of each written record, in order. */
  rows: number[];
  /** column key → 0-based grid column. */
  columns: Map<string, number>;
}

function locate(grid: Grid, table: Table) {
  const located = locateTables(grid, table.scope === 'club' ? CLUB_TABLES : [table]).get(table.id);
  if (!located) throw new Error(`Template has no table "${table.id}"`);
  return located;
}

/** Appends `records` after the table's existing rows. Fill a sheet's tables top to bottom: inserting rows shifts the tables below. */
export function fillTable(grid: Grid, table: Table, records: RowValues[]): FilledTable {
  const located = locate(grid, table);
  const width = Math.max(...grid.map((r) => r.length), ...[...located.columns.values()].map((c) => c + 1));
  const used = (r: number) => (grid[r] ?? []).some((c) => !isBlank(c));
  let start = located.headerRow + 1;
  while (start < located.endRow && used(start)) start += 1;
  // Keep the blank spacer row above the next section's title, as the template draws it.
  const limit = located.endRow < grid.length ? located.endRow - 1 : located.endRow;
  let free = 0;
  while (start + free < limit && !used(start + free)) free += 1;
  if (records.length > free) {
    const extra = Array.from({ length: records.length - free }, () => Array<Cell>(width).fill(''));
    grid.splice(start + free, 0, ...extra);
  }
  const rows = records.map((record, i) => {
    const line = Array<Cell>(width).fill('');
    for (const [key, value] of Object.entries(record)) {
      const column = located.columns.get(key);
      if (column === undefined) throw new Error(`Table "${table.id}" has no column "${key}"`);
      line[column] = value ?? '';
    }
    grid[start + i] = line;
    return start + i + 1;
  });
  return { rows, columns: located.columns };
}

/** A1 address of one written record's cell. */
export function cellOf(filled: FilledTable, index: number, key: string): string {
  const column = filled.columns.get(key);
  if (column === undefined || filled.rows[index] === undefined) throw new Error(`No cell for record ${index}, column "${key}"`);
  return toA1(filled.rows[index], column + 1);
}

/** Sets the value of one setting row (Mã → Giá trị) in the Cấu hình grid. */
export function setSettingValues(grid: Grid, table: Table, values: Record<string, Cell>): void {
  const located = locate(grid, table);
  const keyColumn = located.columns.get('key')!;
  const valueColumn = located.columns.get('value')!;
  for (const [key, value] of Object.entries(values)) {
    const r = grid.findIndex((row, i) => i > located.headerRow && row[keyColumn] === key);
    if (r < 0) throw new Error(`Template has no setting "${key}"`);
    grid[r][valueColumn] = value;
  }
}
