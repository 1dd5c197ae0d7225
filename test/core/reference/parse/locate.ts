/*
 * Reference copy (test only, never shipped): src/core/parse/locate.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/**
 * Finding tables inside a grid by their header names, never by fixed positions:
 * columns may be reordered, extra columns added and rows inserted.
 */

import type { Column, Table } from '../../../../src/core/schema/types';
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

/** Folded header names per declared column, folded once (locating tables folds every row against them). */
const FOLDED_NAMES = new WeakMap<Column, string[]>();

function headerNames(column: Column): string[] {
  let names = FOLDED_NAMES.get(column);
  if (!names) {
    // Each folded name once (a header and an alias may fold alike): their positions in a row are then disjoint.
    names = [...new Set([column.header, ...(column.aliases ?? [])].map((name) => foldText(name)))];
    FOLDED_NAMES.set(column, names);
  }
  return names;
}

/** Longer text is never a header (the longest declared one has under 40 characters). */
const MAX_HEADER_LENGTH = 200;

/**
 * A cell as a header candidate: folded text, or '' for what cannot be a header (numbers, dates,
 * booleans, long text), which is then never folded: locating runs over every row of every tab.
 */
const headerKey = (cell: Cell): string =>
  typeof cell === 'string' && cell !== '' && cell.length <= MAX_HEADER_LENGTH ? foldText(cell) : '';

/** Where each header name stands in a row (left to right), built only for rows that hold one. */
type RowIndex = Map<string, number[]>;

/** Every folded header name of a table's columns, aliases included: the only texts a header row is matched by. */
const TABLE_NAMES = new WeakMap<Table, ReadonlySet<string>>();

function namesOf(table: Table): ReadonlySet<string> {
  let names = TABLE_NAMES.get(table);
  if (!names) {
    names = new Set(table.columns.flatMap(headerNames));
    TABLE_NAMES.set(table, names);
  }
  return names;
}

/**
 * The row's index of header names, or undefined when the row holds none (most rows: a table's
 * body). Each cell is folded once (folding is memoised, so a text the ward repeats costs a lookup);
 * texts that are no header name of the tables looked for are left out, as matching never asks for them.
 */
function indexRow(cells: readonly Cell[], names: (text: string) => boolean): { texts: boolean; row?: RowIndex } {
  let texts = false;
  let row: RowIndex | undefined;
  for (let i = 0; i < cells.length; i++) {
    const text = headerKey(cells[i]);
    if (text === '') continue;
    texts = true;
    if (!names(text)) continue;
    row ??= new Map();
    const at = row.get(text);
    if (at) at.push(i);
    else row.set(text, [i]);
  }
  return { texts, row };
}

/** Column positions of a table's columns in one row, when the row holds every anchor header. */
function matchHeaderRow(row: RowIndex, table: Table): { columns: Map<string, number>; duplicates: Column[] } | undefined {
  if (table.columns.some((c) => c.anchor && !headerNames(c).some((name) => row.has(name)))) return undefined;
  const columns = new Map<string, number>();
  const duplicates: Column[] = [];
  for (const column of table.columns) {
    // Positions of distinct names are distinct cells, each list left to right: the first is the least of the lists' firsts.
    let first = -1;
    let hits = 0;
    for (const name of headerNames(column)) {
      const at = row.get(name);
      if (!at) continue;
      hits += at.length;
      if (first < 0 || at[0] < first) first = at[0];
    }
    if (hits > 0) columns.set(column.key, first);
    if (hits > 1) duplicates.push(column);
  }
  return { columns, duplicates };
}

function isTitleRow(row: Cell[], tables: readonly Table[]): boolean {
  const texts = row.map((c) => cellText(c)).filter((t) => t !== '');
  if (texts.length !== 1) return false;
  const text = foldText(texts[0]);
  return tables.some((t) => text === foldText(t.title) || text === foldText(t.titleEn));
}

/** The header rows of `tables` top down, each table at its first (with `firstOnly`, the first found alone). */
function scanHeaders(grid: Grid, tables: readonly Table[], firstOnly: boolean): LocatedTable[] {
  const found: LocatedTable[] = [];
  const foundIds = new Set<string>();
  const names = tables.length === 1 ? namesOf(tables[0]) : new Set(tables.flatMap((t) => [...namesOf(t)]));
  const isName = (text: string) => names.has(text);
  // A table without anchor headers matches any row holding text (none is declared so today).
  const anyRowMatches = tables.some((t) => !t.columns.some((c) => c.anchor));
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells) continue;
    // Each row is folded and indexed once, whatever the number of tables looked for; a row holding no
    // header name cannot hold every anchor header of a table, so it is not matched against any.
    const { texts, row } = indexRow(cells, isName);
    if (!texts || (!row && !anyRowMatches)) continue;
    const index: RowIndex = row ?? new Map();
    for (const table of tables) {
      if (foundIds.has(table.id)) continue;
      const match = matchHeaderRow(index, table);
      if (match) {
        found.push({ table, headerRow: r, endRow: grid.length, columns: match.columns, duplicates: match.duplicates });
        foundIds.add(table.id);
        if (firstOnly) return found;
        break;
      }
    }
  }
  return found;
}

/** 0-based row of the topmost header of any of `tables` (what locateTables would find first), reading no further. */
export function firstHeaderRow(grid: Grid, tables: readonly Table[]): number | undefined {
  return scanHeaders(grid, tables, true)[0]?.headerRow;
}

/**
 * Locates each of `tables` in the grid. A table's body runs from below its header to the next
 * located header (less that table's title row), or to the end of the grid.
 */
export function locateTables(grid: Grid, tables: readonly Table[]): Map<string, LocatedTable> {
  const found = scanHeaders(grid, tables, false);
  found.sort((a, b) => a.headerRow - b.headerRow);
  for (let i = 0; i < found.length - 1; i++) {
    let end = found[i + 1].headerRow;
    while (end - 1 > found[i].headerRow && isTitleRow(grid[end - 1] ?? [], tables)) end -= 1;
    found[i].endRow = end;
  }
  return new Map(found.map((f) => [f.table.id, f]));
}

/**
 * A body row that repeats the table's header (pasted again at a page break, or with a copied block):
 * every anchor column holds its own header. It is no record.
 */
export function repeatsHeader(row: Cell[], located: LocatedTable): boolean {
  return located.table.columns.every((c) => {
    if (!c.anchor) return true;
    const at = located.columns.get(c.key);
    return at !== undefined && headerNames(c).includes(headerKey(row[at]));
  });
}

/** One table of a `locateTables` result, typed as its declaration (so its rows read as that table's records). */
export function locatedOf<T extends Table>(found: Map<string, LocatedTable>, table: T): LocatedTable<T> | undefined {
  const located = found.get(table.id);
  return located && { ...located, table };
}
