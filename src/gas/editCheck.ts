/**
 * The on-edit check, on the edited range only:
 * - marks wrong cells (note + colour), clears the marks it made once a cell is fixed, and leaves
 *   users' own notes and colours alone; on a club tab this includes the rules that need only that
 *   tab's rows (scope 'tab' in core/validate/rules.ts), computed from the one read of the tab;
 * - puts back the declared in-sheet rules (dropdowns, date and number rules, help text) on the cells
 *   of a table's body where they are missing or differ: pasting over cells replaces their data
 *   validation with the pasted cells' (usually none). Values are never written.
 *
 * Spreadsheet calls per edit, reads before writes: getDataRange().getValues() of the tab,
 * getNotes and getBackgrounds of the range, getDataValidations of the range when it meets a table's
 * body; then setNotes + setBackgrounds only when a mark appears or goes, and one setDataValidations
 * only when a rule was lost (on the smallest block of the range holding every lost rule).
 * So 3 or 4 reads and at most 3 writes, whatever the size of the range (before rules were restored:
 * 3 reads and at most 2 writes). Output tabs and the guide tab cost only the sheet's name. Rule
 * builders and DataValidation getters neither read nor write the spreadsheet.
 */
import { parseA1 } from '../core/a1';
import { issueMessage } from '../core/issues';
import type { ValidationSpec } from '../core/layout/types';
import { validationsFor } from '../core/layout/validations';
import type { Grid, LocatedTable } from '../core/parse/locate';
import { locateTables } from '../core/parse/locate';
import { readTable } from '../core/parse/readTable';
import { OUTPUT_SHEETS, WARD_SHEETS } from '../core/schema/sheets';
import { CLUB_TABLES, WARD_TABLES } from '../core/schema/tables';
import type { Table } from '../core/schema/types';
import { clubTabIssues } from '../core/validate';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { userLang } from './i18n';
import { buildRule } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const MARK = '⚠ ';
const COLOURS = { error: '#f4cccc', warning: '#fff2cc' } as const;

/** The edited rectangle, 1-based. */
interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Mark {
  message: string;
  severity: 'error' | 'warning';
}

/** A declared rule over the rows `first..last` (1-based, inclusive) of one column, clipped to a table's body. */
interface DeclaredRule {
  spec: ValidationSpec;
  first: number;
  last: number;
}

export function checkEditedRange(range: Range): number {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (OUTPUT_SHEETS.includes(name)) return 0;
  const clubTab = !WARD_SHEETS.includes(name);
  const tables = clubTab ? CLUB_TABLES : WARD_TABLES.filter((w) => w.sheet === name);
  if (tables.length === 0) return 0;
  const grid = readSheetGrid(sheet);
  const box: Box = { top: range.getRow(), left: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
  const located = [...locateTables(grid, tables).values()];
  const found = findMarks(name, grid, located, box, clubTab);
  const rules = declaredRulesIn(grid, tables, located, box);

  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const validations = rules.length > 0 ? range.getDataValidations() : [];

  writeMarks(range, found, notes, backgrounds);
  if (rules.length > 0) restoreRules(sheet, range, box, rules, validations);
  return found.size;
}

/**
 * Issues that fall inside the box, by "row,column" offset in the box. A club tab gets its cell issues
 * and the rules that need only its own rows (a person twice in the club, a loan to a non-member,
 * attendance over members, dates out of order); a ward tab its cell issues.
 */
function findMarks(name: string, grid: Grid, located: LocatedTable[], box: Box, clubTab: boolean): Map<string, Mark> {
  const now = today();
  const year = Number(now.slice(0, 4));
  const touched = located.filter((t) => !(t.endRow < box.top || t.headerRow + 1 >= box.top + box.rows));
  if (touched.length === 0) return new Map();
  const issues = clubTab
    ? clubTabIssues(name, grid, { today: now })
    : touched.flatMap((table) => readTable(name, grid, table, { referenceYear: year, workbookYear: year }).issues);
  const found = new Map<string, Mark>();
  const lang = userLang();
  for (const issue of issues) {
    if (!issue.a1 || issue.messageKey === 'value.required') continue;
    const { row, column } = parseA1(issue.a1);
    if (row < box.top || row >= box.top + box.rows || column < box.left || column >= box.left + box.cols) continue;
    const key = `${row - box.top},${column - box.left}`;
    if (!found.has(key) || issue.severity === 'error') found.set(key, { message: issueMessage(issue, lang), severity: issue.severity });
  }
  return found;
}

function writeMarks(range: Range, found: Map<string, Mark>, notes: string[][], backgrounds: string[][]): void {
  let changed = false;
  const nextNotes = notes.map((line, r) =>
    line.map((note, c) => {
      const hit = found.get(`${r},${c}`);
      const ours = note.startsWith(MARK);
      const next = hit ? MARK + hit.message : ours ? '' : note;
      if (next !== note) changed = true;
      return next;
    }),
  );
  const nextBackgrounds = backgrounds.map((line, r) =>
    line.map((bg, c) => {
      const hit = found.get(`${r},${c}`);
      if (hit) return COLOURS[hit.severity];
      return notes[r][c].startsWith(MARK) ? (null as unknown as string) : bg;
    }),
  );
  if (changed || found.size > 0) {
    range.setNotes(nextNotes);
    range.setBackgrounds(nextBackgrounds);
  }
}

/**
 * The rules setup installs (validationsFor), clipped to the box. validationsFor keeps a section's
 * rules within its body (only a tab's last table runs on below the grid, for typing room); the clip
 * to the body here guards the next section's title and header all the same.
 */
function declaredRulesIn(grid: Grid, tables: readonly Table[], located: LocatedTable[], box: Box): DeclaredRule[] {
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

/** One setDataValidations over the smallest block of the box holding every missing or different rule. */
function restoreRules(sheet: Sheet, range: Range, box: Box, rules: DeclaredRule[], current: (DataValidation | null)[][]): void {
  const next = current.map((line) => [...line]);
  const seen = new Map<DataValidation, string>();
  const keyOf = (rule: DataValidation): string => {
    const known = seen.get(rule);
    if (known !== undefined) return known;
    const key = ruleKey(rule);
    seen.set(rule, key);
    return key;
  };
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (const { spec, first, last } of rules) {
    const c = spec.column - box.left;
    const wanted = buildRule(spec.rule, spec.help);
    for (let r = first - box.top; r <= last - box.top; r++) {
      const actual = current[r][c];
      if (actual && keyOf(actual) === keyOf(wanted)) continue;
      next[r][c] = wanted;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (top > bottom) return;
  const block = next.slice(top, bottom + 1).map((line) => line.slice(left, right + 1));
  const whole = top === 0 && left === 0 && bottom === box.rows - 1 && right === box.cols - 1;
  const target = whole ? range : sheet.getRange(box.top + top, box.left + left, bottom - top + 1, right - left + 1);
  target.setDataValidations(block);
}

/** What makes two rules the same to users: criteria, their values, whether invalid input is kept, the help text. */
function ruleKey(rule: DataValidation): string {
  return [
    String(rule.getCriteriaType()),
    criteriaValueKey(rule.getCriteriaValues()),
    String(rule.getAllowInvalid()),
    rule.getHelpText(),
  ].join('\u0000');
}

function criteriaValueKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(criteriaValueKey).join(',')}]`;
  if (Object.prototype.toString.call(value) === '[object Date]') return `date:${(value as Date).getTime()}`;
  if (value !== null && typeof value === 'object') return '{object}'; // a range: never one of our declared rules
  return JSON.stringify(value) ?? String(value);
}
