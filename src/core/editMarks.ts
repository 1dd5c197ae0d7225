/**
 * The on-edit check's rules, decided here so they are tested directly; src/gas/editCheck.ts only
 * reads the edited range, calls these, and writes what they return.
 * - which tabs and tables an edit can touch (none on output tabs);
 * - which issues mark which cells of the edited box (errors win over warnings; a missing value is
 *   not marked while typing, Kiểm tra reports it);
 * - the next notes and colours: our marks carry a "⚠ " prefix, so users' own notes and colours
 *   are left alone and our marks are cleared once a cell is fixed;
 * - which declared in-sheet rules (dropdowns, date and number rules) the box should hold, and the
 *   smallest block to write them on.
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
    if (first <= last) out.push({ spec, first, last });
  }
  return out;
}

/**
 * The block of the box to write the declared rules on: the smallest one holding every declared cell
 * (0-based offsets in the box), each cell's spec or null where no rule is declared. The rules are the
 * add-on's own, so the on-edit check writes them without reading and comparing what the cells hold;
 * only when the block has undeclared cells (`complete` false) must their current rules be read, to
 * be written back as they are. Undefined when the box holds no declared cell.
 */
export interface RuleBlock {
  top: number;
  left: number;
  specs: (ValidationSpec | null)[][];
  /** Every cell of the block has a declared rule. */
  complete: boolean;
  /** The block is the whole box. */
  whole: boolean;
}

export function ruleBlock(box: Box, rules: DeclaredRule[]): RuleBlock | undefined {
  if (rules.length === 0) return undefined;
  let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { spec, first, last } of rules) {
    top = Math.min(top, first - box.top);
    bottom = Math.max(bottom, last - box.top);
    left = Math.min(left, spec.column - box.left);
    right = Math.max(right, spec.column - box.left);
  }
  const specs: (ValidationSpec | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    new Array<ValidationSpec | null>(right - left + 1).fill(null),
  );
  for (const { spec, first, last } of rules)
    for (let r = first - box.top; r <= last - box.top; r++) specs[r - top][spec.column - box.left - left] = spec;
  return {
    top,
    left,
    specs,
    complete: specs.every((line) => line.every((s) => s !== null)),
    whole: top === 0 && left === 0 && bottom === box.rows - 1 && right === box.cols - 1,
  };
}
