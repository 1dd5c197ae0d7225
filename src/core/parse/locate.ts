/**
 * Finding tables inside a grid by their header names, never by fixed positions:
 * columns may be reordered, extra columns added and rows inserted.
 */

import type { Column, Table } from '../schema/types';
import { foldText } from '../text';
import type { Cell } from '../values';
import { cellText } from '../values';

export type Grid = Cell[][];

export interface LocatedTable<T extends Table = Table> {
  table: T;
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  /** 0-based index of the first row after the table's body. */
  endRow: number;
  /** column key -> 0-based grid column. */
  columns: Map<string, number>;
  /** Headers that appear twice: the first is used. */
  duplicates: Column[];
}

function headerNames(column: Column): string[] {
  return [column.header, ...(column.aliases ?? [])].map(foldText);
}

/** Column positions of a table's columns in one row, when the row holds every anchor header. */
function matchHeaderRow(row: Cell[], table: Table): { columns: Map<string, number>; duplicates: Column[] } | undefined {
  const folded = row.map((c) => foldText(cellText(c)));
  const columns = new Map<string, number>();
  const duplicates: Column[] = [];
  for (const column of table.columns) {
    const names = headerNames(column);
    const hits = folded.flatMap((text, i) => (text !== '' && names.includes(text) ? [i] : []));
    if (hits.length > 0) columns.set(column.key, hits[0]);
    if (hits.length > 1) duplicates.push(column);
  }
  const anchors = table.columns.filter((c) => c.anchor);
  return anchors.every((a) => columns.has(a.key)) ? { columns, duplicates } : undefined;
}

function isTitleRow(row: Cell[], tables: readonly Table[]): boolean {
  const texts = row.map((c) => cellText(c)).filter((t) => t !== '');
  if (texts.length !== 1) return false;
  const text = foldText(texts[0]);
  return tables.some((t) => text === foldText(t.title) || text === foldText(t.titleEn));
}

/**
 * Locates each of `tables` in the grid. A table's body runs from below its header to the next
 * located header (less that table's title row), or to the end of the grid.
 */
export function locateTables(grid: Grid, tables: readonly Table[]): Map<string, LocatedTable> {
  const found: LocatedTable[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((c) => cellText(c) === '')) continue;
    for (const table of tables) {
      if (found.some((f) => f.table.id === table.id)) continue;
      const match = matchHeaderRow(row, table);
      if (match) {
        found.push({ table, headerRow: r, endRow: grid.length, columns: match.columns, duplicates: match.duplicates });
        break;
      }
    }
  }
  found.sort((a, b) => a.headerRow - b.headerRow);
  for (let i = 0; i < found.length - 1; i++) {
    let end = found[i + 1].headerRow;
    while (end - 1 > found[i].headerRow && isTitleRow(grid[end - 1] ?? [], tables)) end -= 1;
    found[i].endRow = end;
  }
  return new Map(found.map((f) => [f.table.id, f]));
}

/** One table of a `locateTables` result, typed as its declaration (so its rows read as that table's records). */
export function locatedOf<T extends Table>(found: Map<string, LocatedTable>, table: T): LocatedTable<T> | undefined {
  const located = found.get(table.id);
  return located && { ...located, table };
}
