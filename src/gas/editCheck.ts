/**
 * The on-edit check, on the edited range only:
 * - marks wrong cells (note + colour), clears the marks it made once a cell is fixed, and leaves
 *   users' own notes and colours alone; on a club tab this includes the rules that need only that
 *   tab's rows (scope 'tab' in core/validate/rules.ts), computed from the one read of the tab;
 * - restores the declared in-sheet rules (dropdowns, date and number rules, help text) on the cells
 *   of a table's body the range meets: pasting over cells replaces their data validation with the
 *   pasted cells' (none from cells without a rule, another column's or another sheet's rule from cells
 *   with one). One getDataValidations reads the range's columns over the range and the declared
 *   body rows of the tables it meets; each declared cell of the range then gets its column's rule as
 *   the nearest intact cell of the same table outside the range holds it (the rule object read is
 *   written back: no builder, no getter), and only a column with no rule anywhere else in its table
 *   body has its rule built. One setDataValidations writes the range's rules, every edit that meets a
 *   declared cell: a rule pasted from elsewhere (not null, but not ours) is replaced too, which
 *   telling it apart from ours would have cost four DataValidation getters per cell. Cells of the
 *   range without a declared rule keep theirs (written back as read). Values are never written.
 *
 * Spreadsheet calls per edit: the range's sheet, its name, row, column and size (6); the tab's values
 * (1); the range's notes (1), and its colours and the user's locale only when a mark appears or goes;
 * then setNotes + setBackgrounds when one does, and when the range meets a table's body getRange,
 * getDataValidations and setDataValidations (3). So a typed edit of a clean cell costs 11 calls, a
 * pasted block with marks 15, whatever its size, in a fresh execution (every trigger run) as in one
 * that already built rules; a column whose every cell lost its rule adds its rule's building (a
 * builder's criteria, help text and build, and newDataValidation once per execution, setAllowInvalid
 * only when it changes: write.ts buildRule). Output tabs and the guide tab cost only the sheet's name.
 */
import { columnLetter, toA1 } from '../core/a1';
import {
  type Box,
  type DeclaredRule,
  declaredRulesIn,
  editableTables,
  editIssues,
  type Marks,
  marksInBox,
  nextMarks,
  restoredRules,
  ruleRead,
} from '../core/editMarks';
import type { Lang } from '../core/i18n/messages';
import type { Grid } from '../core/parse/locate';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { userLang } from './i18n';
import { buildRule } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export function checkEditedRange(range: Range): number {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (editableTables(name).tables.length === 0) return 0;
  const grid = readSheetGrid(sheet);
  const box: Box = { top: range.getRow(), left: range.getColumn(), rows: range.getNumRows(), cols: range.getNumColumns() };
  let lang: Lang | undefined;
  const found = marksInBox(editIssues(name, grid, box, today()), box, () => (lang ??= userLang()));
  writeMarks(range, found);
  restoreRules(sheet, range, box, grid, declaredRulesIn(name, grid, box));
  return found.size;
}

function writeMarks(range: Range, found: Marks): void {
  const next = nextMarks(found, range.getNotes(), () => range.getBackgrounds());
  if (!next) return;
  range.setNotes(next.notes);
  // null clears a colour, as Apps Script documents for setBackgrounds.
  range.setBackgrounds(next.backgrounds as string[][]);
}

/**
 * One read of the rules (the range's columns over the range and the declared bodies it meets) and one
 * write of the range's rules with the declared ones restored (core/editMarks.ts restoredRules).
 */
function restoreRules(sheet: Sheet, range: Range, box: Box, grid: Grid, rules: DeclaredRule[]): void {
  const read = ruleRead(box, rules, grid.length);
  if (!read) return;
  const source = read.whole
    ? range
    : read.open
      ? sheet.getRange(`${toA1(read.top, box.left)}:${columnLetter(box.left + box.cols - 1)}`)
      : sheet.getRange(read.top, box.left, read.bottom - read.top + 1, box.cols);
  const next = restoredRules(box, rules, source.getDataValidations(), read.top, (spec) => buildRule(spec.rule, spec.help));
  range.setDataValidations(next.rules as DataValidation[][]);
}
