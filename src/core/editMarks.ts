/**
 * The on-edit check's rules, decided here so they are tested directly; src/gas/editCheck.ts only
 * reads the edited range, calls these, and writes what they return.
 * - which tabs and tables an edit can touch (none on output tabs);
 * - which issues mark which cells of the edited box (errors win over warnings; a missing value is
 *   not marked while typing, Kiểm tra reports it);
 * - the next notes and colours: our marks carry a "⚠ " prefix, so users' own notes and colours
 *   are left alone and our marks are cleared once a cell is fixed;
 * - which declared in-sheet rules (dropdowns, date and number rules) the box should hold, which rows
 *   to read them from, and the box's rules after restoring them (from intact cells of the same
 *   column and table, so nothing is built when one exists).
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

/**
 * A declared rule over the rows `first..last` (1-based, inclusive) of one column, clipped to the edited
 * box, and the rows `bodyFirst..bodyLast` it is declared on in the table's body (the rows another
 * cell of the column can lend its rule from).
 */
export interface DeclaredRule {
  spec: ValidationSpec;
  first: number;
  last: number;
  bodyFirst: number;
  bodyLast: number;
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
export function marksInBox(issues: Issue[], box: Box, lang: Lang | (() => Lang)): Marks {
  const found: Marks = new Map();
  for (const issue of issues) {
    if (!issue.a1 || issue.messageKey === 'value.required') continue;
    const { row, column } = parseA1(issue.a1);
    if (!inBox(box, row, column)) continue;
    const key = `${row - box.top},${column - box.left}`;
    if (!found.has(key) || issue.severity === 'error')
      found.set(key, { message: issueMessage(issue, typeof lang === 'function' ? lang() : lang), severity: issue.severity });
  }
  return found;
}

/**
 * The box's notes and colours after marking: a marked cell gets our note and colour; a cell we had
 * marked and is now fine loses both; anything else (users' notes and colours) stays. Undefined when
 * nothing needs writing. `backgrounds` may be given as a function, called only when something does.
 */
export function nextMarks(
  found: Marks,
  notes: string[][],
  backgroundsOf: string[][] | (() => string[][]),
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
  const backgrounds = typeof backgroundsOf === 'function' ? backgroundsOf() : backgroundsOf;
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
    if (first <= last) out.push({ spec, first, last, bodyFirst: spec.row, bodyLast: Math.min(spec.row + spec.numRows - 1, bodyLast) });
  }
  return out;
}

/**
 * The rows whose rules the on-edit check reads, over the box's columns, in one read: the box and the
 * declared body rows of every rule it meets, so a damaged cell can take its column's rule from an
 * intact cell of the same table. `open` when the bottom lies past the rows known to exist (the last
 * table of a tab declares rules below its last filled row, room to type; the read then runs to the
 * sheet's last row, whatever that is). `whole` when the rows are the box's own. Undefined when the
 * box holds no declared cell.
 */
export interface RuleRead {
  top: number;
  bottom: number;
  open: boolean;
  whole: boolean;
}

export function ruleRead(box: Box, rules: DeclaredRule[], knownRows: number): RuleRead | undefined {
  if (rules.length === 0) return undefined;
  const boxBottom = box.top + box.rows - 1;
  const top = Math.min(box.top, ...rules.map((r) => r.bodyFirst));
  const bottom = Math.max(boxBottom, ...rules.map((r) => r.bodyLast));
  const open = bottom > Math.max(knownRows, boxBottom);
  return { top, bottom, open, whole: top === box.top && bottom === boxBottom };
}

/**
 * The box's rules after restoring the declared ones, from `read` (the rules of `ruleRead`'s rows over
 * the box's columns, null where a cell has none; an open read may hold more or fewer rows below the
 * box than asked). Every declared cell of the box gets its column's rule as an intact cell of the same
 * table holds it: the nearest cell of the column's declared body outside the box whose rule is not
 * null (the box's own cells are what the edit changed). A column with no such cell gets `build(spec)`.
 * Cells of the box without a declared rule keep what they hold. The rule objects are passed through
 * as they are: nothing here asks what a rule is (a rule is opaque to core, and asking costs calls).
 */
export function restoredRules<R>(
  box: Box,
  rules: DeclaredRule[],
  read: (R | null)[][],
  readTop: number,
  build: (spec: ValidationSpec) => R,
): { rules: (R | null)[][]; built: number } {
  const boxBottom = box.top + box.rows - 1;
  const readBottom = readTop + read.length - 1;
  const next = read.slice(box.top - readTop, box.top - readTop + box.rows).map((line) => line.slice());
  let built = 0;
  const at = (row: number, c: number): R | null => (row >= readTop && row <= readBottom ? (read[row - readTop][c] ?? null) : null);
  for (const declared of rules) {
    const c = declared.spec.column - box.left;
    let rule: R | null = null;
    const above = box.top - declared.bodyFirst;
    const below = declared.bodyLast - boxBottom;
    for (let d = 1; rule === null && (d <= above || d <= below); d++) {
      if (d <= above) rule = at(box.top - d, c);
      if (rule === null && d <= below) rule = at(boxBottom + d, c);
    }
    if (rule === null) {
      rule = build(declared.spec);
      built++;
    }
    for (let row = declared.first; row <= declared.last; row++) next[row - box.top][c] = rule;
  }
  return { rules: next, built };
}
