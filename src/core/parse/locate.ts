/**
 * Finding tables inside a grid by their header names, never by fixed positions:
 * columns may be reordered, extra columns added and rows inserted.
 */

import type { Column, Table } from '../schema/types';
import { foldText } from '../text';
import type { Cell } from '../values';
import { cellText, isBlank } from '../values';

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

/**
 * The first letters of a list of folded names, for a test that needs no folding: a text starting
 * with a printable ASCII character (not a space) folds to a text starting with that character in
 * lower case (folding only decomposes, drops marks, maps đ and lowers; an ASCII character is its own
 * decomposition and stays first), so such a text can fold to one of the names only when the names
 * hold that first letter. Most body cells ("Có", "Không", dates, amounts typed as text) are told
 * apart from every header name without a lookup.
 */
type FirstLetters = Uint8Array;

const COLUMN_FIRSTS = new WeakMap<Column, FirstLetters>();

/** firstLetters of a column's header names, once per column. */
function columnFirsts(column: Column): FirstLetters {
  let firsts = COLUMN_FIRSTS.get(column);
  if (!firsts) {
    firsts = firstLetters(headerNames(column));
    COLUMN_FIRSTS.set(column, firsts);
  }
  return firsts;
}

function firstLetters(names: Iterable<string>): FirstLetters {
  const firsts = new Uint8Array(128);
  for (const name of names) {
    const c = name.charCodeAt(0);
    if (c < 128) firsts[c] = 1;
  }
  return firsts;
}

/** Printable ASCII other than the space: the characters whose folding is known without folding. */
const isPlainFirst = (c: number): boolean => c > 0x20 && c < 0x7f;

/** An ASCII letter in lower case (what folding makes of it); other characters as they are. */
const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** Whether a text cell can fold to one of the names whose first letters are `firsts` (false: it cannot; true: fold and look). */
const mayBeNamed = (text: string, firsts: FirstLetters): boolean => {
  const c = text.charCodeAt(0);
  return !isPlainFirst(c) || firsts[lowerAscii(c)] === 1;
};

/** Where each header name stands in a row (left to right), built only for rows that hold an anchor header. */
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
 * What scanning for a list of tables needs, worked out once per list: every header name of the
 * tables (a header row's index holds only these), the anchor names alone (a row holding none of
 * them cannot hold every anchor header of a table, so only rows holding one are indexed and
 * matched), and whether a table without anchors is looked for (it matches any row holding text).
 */
interface ScanIndex {
  names: ReadonlySet<string>;
  anchors: ReadonlySet<string>;
  anchorFirsts: FirstLetters;
  anyRowMatches: boolean;
  /** Distinct table ids: the scan stops once each is found. */
  ids: number;
}

const SCAN_INDEX = new WeakMap<readonly Table[], ScanIndex>();

function scanIndexOf(tables: readonly Table[]): ScanIndex {
  let index = SCAN_INDEX.get(tables);
  if (!index) {
    const anchors = new Set(tables.flatMap((t) => t.columns.filter((c) => c.anchor).flatMap(headerNames)));
    index = {
      names: tables.length === 1 ? namesOf(tables[0]) : new Set(tables.flatMap((t) => [...namesOf(t)])),
      anchors,
      anchorFirsts: firstLetters(anchors),
      anyRowMatches: tables.some((t) => !t.columns.some((c) => c.anchor)),
      ids: new Set(tables.map((t) => t.id)).size,
    };
    SCAN_INDEX.set(tables, index);
  }
  return index;
}

/** A row's scan: it holds text (a header candidate), and it holds an anchor header name. */
const NO_TEXT = 0;
const TEXT = 1;
const ANCHOR = 2;

/**
 * Whether the row holds text and an anchor header name: each cell that can be a header is folded
 * at most once (folding is memoised, so a text the ward repeats costs a lookup), and not at all when
 * its first letter rules out every anchor name; nothing is built. Most rows (a table's body) hold no
 * anchor name and are done with here.
 */
function scanRow(cells: readonly Cell[], anchors: ReadonlySet<string>, firsts: FirstLetters): number {
  let seen = NO_TEXT;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell !== 'string' || cell === '' || cell.length > MAX_HEADER_LENGTH) continue;
    if (isPlainFirst(cell.charCodeAt(0))) {
      // Its folded text starts with that letter: it is text, and an anchor name only if one starts so.
      seen = TEXT;
      if (!mayBeNamed(cell, firsts)) continue;
    }
    const text = foldText(cell);
    if (text === '') continue;
    if (anchors.has(text)) return ANCHOR;
    seen = TEXT;
  }
  return seen;
}

/** The row's index of header names (texts that are no header name of the tables looked for are left out: matching never asks for them). */
function indexRow(cells: readonly Cell[], names: ReadonlySet<string>): RowIndex {
  const row: RowIndex = new Map();
  for (let i = 0; i < cells.length; i++) {
    const text = headerKey(cells[i]);
    if (text === '' || !names.has(text)) continue;
    const at = row.get(text);
    if (at) at.push(i);
    else row.set(text, [i]);
  }
  return row;
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
  // The one cell holding text, or undefined when none or more than one does.
  let only: string | undefined;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (only !== undefined) return false;
    only = cellText(cell);
  }
  if (only === undefined) return false;
  const text = foldText(only);
  return tables.some((t) => text === foldText(t.title) || text === foldText(t.titleEn));
}

/** The header rows of `tables` top down, each table at its first (with `firstOnly`, the first found alone). */
function scanHeaders(grid: Grid, tables: readonly Table[], firstOnly: boolean): LocatedTable[] {
  const found: LocatedTable[] = [];
  const foundIds = new Set<string>();
  const { names, anchors, anchorFirsts, anyRowMatches, ids } = scanIndexOf(tables);
  for (let r = 0; r < grid.length && foundIds.size < ids; r++) {
    const cells = grid[r];
    if (!cells) continue;
    // A row holding no anchor header name cannot hold every anchor header of a table, so it is not
    // matched against any (a table without anchors matches any row holding text).
    const scan = scanRow(cells, anchors, anchorFirsts);
    if (scan === NO_TEXT || (scan === TEXT && !anyRowMatches)) continue;
    const index = indexRow(cells, names);
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
  return headerRepeat(located)(row);
}

/**
 * repeatsHeader for one located table, its anchor columns placed once (readTable asks at every row):
 * a row whose first anchor cell is no text that can be a header is done with at once.
 */
export function headerRepeat(located: LocatedTable): (row: readonly Cell[]) => boolean {
  const anchors: Array<{ at: number | undefined; names: string[]; firsts: FirstLetters }> = [];
  for (const c of located.table.columns)
    if (c.anchor) anchors.push({ at: located.columns.get(c.key), names: headerNames(c), firsts: columnFirsts(c) });
  return (row) => {
    for (let i = 0; i < anchors.length; i++) {
      const { at, names, firsts } = anchors[i];
      if (at === undefined) return false;
      const cell = row[at];
      if (typeof cell === 'string' && cell !== '' && !mayBeNamed(cell, firsts)) return false;
      if (!names.includes(headerKey(cell))) return false;
    }
    return true;
  };
}

/** One table of a `locateTables` result, typed as its declaration (so its rows read as that table's records). */
export function locatedOf<T extends Table>(found: Map<string, LocatedTable>, table: T): LocatedTable<T> | undefined {
  const located = found.get(table.id);
  return located && { ...located, table };
}
