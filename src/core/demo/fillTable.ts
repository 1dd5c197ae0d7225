/**
 * Writing rows into the tables of a template grid, found the way the parser finds them (by their
 * headers): rows go into each section's blank rows, and rows are inserted when those run out.
 */

import { toA1 } from '../a1';
import { maxOf } from '../collections';
import { type Grid, locateTables } from '../parse/locate';
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

const isUsed = (grid: Grid, r: number) => (grid[r] ?? []).some((c) => !isBlank(c));

/**
 * Appends each table's records after its existing rows. The grid is searched once; sections are
 * filled top to bottom, shifting the ones below by the rows inserted above them.
 */
export function fillTables(grid: Grid, tables: readonly Table[], records: Record<string, RowValues[]>): Map<string, FilledTable> {
  const located = [...locateTables(grid, tables).values()].sort((a, b) => a.headerRow - b.headerRow);
  const width = maxOf(grid.map((r) => r.length));
  const filled = new Map<string, FilledTable>();
  let shift = 0;
  for (const { table, headerRow, endRow, columns } of located) {
    const list = records[table.id] ?? [];
    const end = endRow + shift;
    let start = headerRow + shift + 1;
    while (start < end && isUsed(grid, start)) start += 1;
    // Keep the blank spacer row above the next section's title, as the template draws it.
    const limit = end < grid.length ? end - 1 : end;
    let free = 0;
    while (start + free < limit && !isUsed(grid, start + free)) free += 1;
    const inserted = Math.max(0, list.length - free);
    grid.splice(start + free, 0, ...Array.from({ length: inserted }, () => Array<Cell>(width).fill('')));
    shift += inserted;
    const rows = list.map((record, i) => {
      const line = Array<Cell>(width).fill('');
      for (const [key, value] of Object.entries(record)) {
        const column = columns.get(key);
        if (column === undefined) throw new Error(`Table "${table.id}" has no column "${key}"`);
        line[column] = value ?? '';
      }
      grid[start + i] = line;
      return start + i + 1;
    });
    filled.set(table.id, { rows, columns });
  }
  for (const id of Object.keys(records)) if (!filled.has(id)) throw new Error(`Template has no table "${id}"`);
  return filled;
}

/** Appends `records` to one table (a club table is located among its tab's other sections). */
export function fillTable(grid: Grid, table: Table, records: RowValues[]): FilledTable {
  return fillTables(grid, table.scope === 'club' ? CLUB_TABLES : [table], { [table.id]: records }).get(table.id)!;
}

/** A1 address of one written record's cell. */
export function cellOf(filled: FilledTable, index: number, key: string): string {
  const column = filled.columns.get(key);
  if (column === undefined || filled.rows[index] === undefined) throw new Error(`No cell for record ${index}, column "${key}"`);
  return toA1(filled.rows[index], column + 1);
}

/** Sets the value of setting rows (Mã → Giá trị) in the Cấu hình grid. */
export function setSettingValues(grid: Grid, table: Table, values: Record<string, Cell>): void {
  const located = locateTables(grid, [table]).get(table.id);
  if (!located) throw new Error(`Template has no table "${table.id}"`);
  const keyColumn = located.columns.get('key')!;
  const valueColumn = located.columns.get('value')!;
  for (const [key, value] of Object.entries(values)) {
    const r = grid.findIndex((row, i) => i > located.headerRow && row[keyColumn] === key);
    if (r < 0) throw new Error(`Template has no setting "${key}"`);
    grid[r][valueColumn] = value;
  }
}
