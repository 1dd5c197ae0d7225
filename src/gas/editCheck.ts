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
import {
  type Box,
  type DeclaredRule,
  declaredRulesIn,
  editableTables,
  editIssues,
  type Marks,
  marksInBox,
  nextMarks,
  restoreBlock,
} from '../core/editMarks';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { userLang } from './i18n';
import { buildRule, RuleKeys } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export function checkEditedRange(range: Range): number {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (editableTables(name).tables.length === 0) return 0;
  const grid = readSheetGrid(sheet);
  const box: Box = { top: range.getRow(), left: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
  const found = marksInBox(editIssues(name, grid, box, today()), box, userLang());
  const rules = declaredRulesIn(name, grid, box);

  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const validations = rules.length > 0 ? range.getDataValidations() : [];

  writeMarks(range, found, notes, backgrounds);
  if (rules.length > 0) restoreRules(sheet, range, box, rules, validations);
  return found.size;
}

function writeMarks(range: Range, found: Marks, notes: string[][], backgrounds: string[][]): void {
  const next = nextMarks(found, notes, backgrounds);
  if (!next) return;
  range.setNotes(next.notes);
  // null clears a colour, as Apps Script documents for setBackgrounds.
  range.setBackgrounds(next.backgrounds as string[][]);
}

/** One setDataValidations over the smallest block of the box holding every missing or different rule. */
function restoreRules(sheet: Sheet, range: Range, box: Box, rules: DeclaredRule[], current: (DataValidation | null)[][]): void {
  const keys = new RuleKeys();
  const block = restoreBlock(
    box,
    rules,
    current,
    (spec) => buildRule(spec.rule, spec.help),
    (a, b) => keys.same(a, b),
  );
  if (!block) return;
  const height = block.rules.length;
  const width = block.rules[0].length;
  const target = block.whole ? range : sheet.getRange(box.top + block.top, box.left + block.left, height, width);
  target.setDataValidations(block.rules);
}
