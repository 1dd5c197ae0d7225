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

/** Folded header names per declared column, computed once (every row of every grid is matched against them). */
const HEADER_NAMES = new WeakMap<Column, string[]>();

function headerNames(column: Column): string[] {
  let names = HEADER_NAMES.get(column);
  if (!names) {
    names = [column.header, ...(column.aliases ?? [])].map(foldText);
    HEADER_NAMES.set(column, names);
  }
  return names;
}

/** Where each folded text stands in one row (non-blank cells only): the row is folded once for every table. */
type RowTexts = Map<string, number[]>;

function rowTexts(row: Cell[]): RowTexts {
  const texts: RowTexts = new Map();
  row.forEach((c, i) => {
    // No header is blank or a number: skip folding those (most cells of a long register).
    if (c === '' || c === null || c === undefined || typeof c === 'number') return;
    const text = foldText(cellText(c));
    if (text === '') return;
    const at = texts.get(text);
    if (at) at.push(i);
    else texts.set(text, [i]);
  });
  return texts;
}

/** The row's columns holding one of a column's header names, left to right. */
function hitsOf(texts: RowTexts, column: Column): number[] {
  const hits: number[] = [];
  for (const name of headerNames(column)) for (const i of texts.get(name) ?? []) hits.push(i);
  return hits.sort((a, b) => a - b);
}

/** Column positions of a table's columns in one row, when the row holds every anchor header. */
function matchHeaderRow(texts: RowTexts, table: Table): { columns: Map<string, number>; duplicates: Column[] } | undefined {
  // Most rows are body rows: give up at the first anchor header they lack.
  if (!table.columns.every((c) => !c.anchor || hitsOf(texts, c).length > 0)) return undefined;
  const columns = new Map<string, number>();
  const duplicates: Column[] = [];
  for (const column of table.columns) {
    const hits = hitsOf(texts, column);
    if (hits.length > 0) columns.set(column.key, hits[0]);
    if (hits.length > 1) duplicates.push(column);
  }
  return { columns, duplicates };
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
    if (row.every((c) => c === '' || c === null || c === undefined || cellText(c) === '')) continue;
    let texts: RowTexts | undefined;
    for (const table of tables) {
      if (found.some((f) => f.table.id === table.id)) continue;
      texts ??= rowTexts(row);
      const match = matchHeaderRow(texts, table);
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
