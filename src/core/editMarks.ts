/**
 * The on-edit check's rules, decided here so they are tested directly; src/gas/editCheck.ts only
 * reads the edited range, calls these, and writes what they return.
 * - which tabs and tables an edit can touch (none on output tabs);
 * - which issues mark which cells of the edited box (errors win over warnings; a missing value is
 *   not marked while typing, Kiểm tra reports it);
 * - the next notes and colours: our marks carry a "⚠ " prefix, so users' own notes and colours
 *   are left alone and our marks are cleared once a cell is fixed;
 * - which declared in-sheet rules (dropdowns, date and number rules) the box should hold, and the
 *   smallest block to put back when a paste wiped some.
 */
import { parseA1 } from './a1';
import type { IsoDate } from './dates';
import type { Lang } from './i18n/messages';
import { type Issue, issueMessage, type Severity } from './issues';
import type { ValidationSpec } from './layout/types';
import { validationsFor } from './layout/validations';
import { type Grid, type LocatedTable, locateTables } from './parse/locate';
import { readTable } from './parse/readTable';
import { OUTPUT_SHEETS, WARD_SHEETS } from './schema/sheets';
import { CLUB_TABLES, WARD_TABLES } from './schema/tables';
import type { Table } from './schema/types';
import { clubTabIssues } from './validate';

/** Our notes start with this, which tells them from users' notes. */
export const MARK = '⚠ ';
export const MARK_COLOURS: Record<Severity, string> = { error: '#f4cccc', warning: '#fff2cc' };

/** The edited rectangle, 1-based. */
export interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface Mark {
  message: string;
  severity: Severity;
}

/** Marks by "row,column" offset inside the box. */
export type Marks = Map<string, Mark>;

/** A declared rule over the rows `first..last` (1-based, inclusive) of one column, clipped to a table's body. */
export interface DeclaredRule {
  spec: ValidationSpec;
  first: number;
  last: number;
}

/** The tables an edit on this tab can touch: a club tab's sections, a ward tab's own table, nothing on output tabs. */
export function editableTables(name: string): { tables: readonly Table[]; clubTab: boolean } {
  if (OUTPUT_SHEETS.includes(name)) return { tables: [], clubTab: false };
  const clubTab = !WARD_SHEETS.includes(name);
  return { tables: clubTab ? CLUB_TABLES : WARD_TABLES.filter((w) => w.sheet === name), clubTab };
}

const inBox = (box: Box, row: number, column: number) =>
  row >= box.top && row < box.top + box.rows && column >= box.left && column < box.left + box.cols;

/**
 * The issues of the tab that fall in the box. A club tab gets its cell issues and the rules that need
 * only its own rows (a person twice in the club, a loan to a non-member, attendance over members,
 * dates out of order); a ward tab the cell issues of the tables the box meets.
 */
export function editIssues(name: string, grid: Grid, box: Box, today: IsoDate): Issue[] {
  const { tables, clubTab } = editableTables(name);
  const located = [...locateTables(grid, tables).values()];
  const touched = located.filter((t) => !(t.endRow < box.top || t.headerRow + 1 >= box.top + box.rows));
  if (touched.length === 0) return [];
  const year = Number(today.slice(0, 4));
  return clubTab
    ? clubTabIssues(name, grid, { today })
    : touched.flatMap((table) => readTable(name, grid, table, { referenceYear: year, workbookYear: year }).issues);
}

/** One mark per cell of the box that has an issue; an error wins over a warning; a missing value is not marked while typing. */
export function marksInBox(issues: Issue[], box: Box, lang: Lang): Marks {
  const found: Marks = new Map();
  for (const issue of issues) {
    if (!issue.a1 || issue.messageKey === 'value.required') continue;
    const { row, column } = parseA1(issue.a1);
    if (!inBox(box, row, column)) continue;
    const key = `${row - box.top},${column - box.left}`;
    if (!found.has(key) || issue.severity === 'error') found.set(key, { message: issueMessage(issue, lang), severity: issue.severity });
  }
  return found;
}

/**
 * The box's notes and colours after marking: a marked cell gets our note and colour; a cell we had
 * marked and is now fine loses both; anything else (users' notes and colours) stays. Undefined when
 * nothing needs writing.
 */
export function nextMarks(
  found: Marks,
  notes: string[][],
  backgrounds: string[][],
): { notes: string[][]; backgrounds: (string | null)[][] } | undefined {
  let changed = false;
  const nextNotes = notes.map((line, r) =>
    line.map((note, c) => {
      const hit = found.get(`${r},${c}`);
      const next = hit ? MARK + hit.message : note.startsWith(MARK) ? '' : note;
      if (next !== note) changed = true;
      return next;
    }),
  );
  if (!changed && found.size === 0) return undefined;
  const nextBackgrounds = backgrounds.map((line, r) =>
    line.map((bg, c): string | null => {
      const hit = found.get(`${r},${c}`);
      if (hit) return MARK_COLOURS[hit.severity];
      return notes[r][c].startsWith(MARK) ? null : bg;
    }),
  );
  return { notes: nextNotes, backgrounds: nextBackgrounds };
}

/**
 * The rules setup installs (validationsFor), clipped to the box. validationsFor keeps a section's
 * rules within its body (only a tab's last table runs on below the grid, for typing room); the clip
 * to the body here guards the next section's title and header all the same.
 */
export function declaredRulesIn(name: string, grid: Grid, box: Box): DeclaredRule[] {
  const { tables } = editableTables(name);
  const located: LocatedTable[] = [...locateTables(grid, tables).values()];
  const out: DeclaredRule[] = [];
  for (const spec of validationsFor(grid, tables)) {
    if (spec.column < box.left || spec.column >= box.left + box.cols) continue;
    const table = located.find((t) => t.headerRow + 2 === spec.row);
    if (!table) continue;
    const bodyLast = table.endRow < grid.length ? table.endRow : spec.row + spec.numRows - 1;
    const first = Math.max(spec.row, box.top);
    const last = Math.min(spec.row + spec.numRows - 1, bodyLast, box.top + box.rows - 1);
    if (first <= last) out.push({ spec, first, last });
  }
  return out;
}

/** What to write back: a block of the box (0-based offsets) holding every missing or different rule. */
export interface RestoreBlock<R> {
  top: number;
  left: number;
  rules: (R | null)[][];
  /** The block is the whole box. */
  whole: boolean;
}

/**
 * The smallest block of the box that puts back every declared rule a cell lacks (or holds another
 * rule instead of), keeping the other cells' current rules. `wanted` builds a spec's rule, `same`
 * says whether two rules are the same to users. Undefined when every rule is in place.
 */
export function restoreBlock<R>(
  box: Box,
  rules: DeclaredRule[],
  current: (R | null)[][],
  wanted: (spec: ValidationSpec) => R,
  same: (a: R, b: R) => boolean,
): RestoreBlock<R> | undefined {
  const next = current.map((line) => [...line]);
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const { spec, first, last } of rules) {
    const c = spec.column - box.left;
    const rule = wanted(spec);
    for (let r = first - box.top; r <= last - box.top; r++) {
      const actual = current[r][c];
      if (actual && same(actual, rule)) continue;
      next[r][c] = rule;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (top > bottom) return undefined;
  return {
    top,
    left,
    rules: next.slice(top, bottom + 1).map((line) => line.slice(left, right + 1)),
    whole: top === 0 && left === 0 && bottom === box.rows - 1 && right === box.cols - 1,
  };
}
