/**
 * The on-edit check, on the edited range only:
 * - marks wrong cells (note + colour), clears the marks it made once a cell is fixed, and leaves
 *   users' own notes and colours alone; on a club tab this includes the rules that need only that
 *   tab's rows (scope 'tab' in core/validate/rules.ts), computed from the one read of the tab;
 * - writes the declared in-sheet rules (dropdowns, date and number rules, help text) on the cells of
 *   a table's body the range meets: pasting over cells replaces their data validation with the
 *   pasted cells' (usually none). The rules are the add-on's own, so they are written, not read and
 *   compared (comparing cost four DataValidation getters per rule: 44 calls on an 11-column paste);
 *   cells between them without a declared rule keep theirs (read, written back as they are). Values
 *   are never written.
 *
 * Spreadsheet calls per edit: the range's sheet, its name, row, column and size (6); the tab's values
 * (1); the range's notes (1), and its colours and the user's locale only when a mark appears or goes;
 * then setNotes + setBackgrounds when one does, and when the range meets a table's body one
 * setDataValidations on the smallest block holding its declared cells (plus getRange when that block
 * is not the whole range, and getDataValidations when it holds cells without a declared rule). So a
 * typed edit of a clean cell costs 9 or 10 calls, a pasted block 14, whatever its size. Output tabs
 * and the guide tab cost only the sheet's name. Rule builders neither read nor write the
 * spreadsheet (and write.ts builds each rule once per execution).
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
  ruleBlock,
} from '../core/editMarks';
import type { Lang } from '../core/i18n/messages';
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
  restoreRules(sheet, range, box, declaredRulesIn(name, grid, box));
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
 * One setDataValidations of the declared rules. When every cell of their block has one, on that block
 * with nothing read; otherwise the range's rules are read and written back with the declared ones in
 * place (one read and one write, no getRange), so cells without a declared rule keep theirs.
 */
function restoreRules(sheet: Sheet, range: Range, box: Box, rules: DeclaredRule[]): void {
  const block = ruleBlock(box, rules);
  if (!block) return;
  if (block.complete) {
    const built = block.specs.map((line) => line.map((spec) => buildRule(spec!.rule, spec!.help)));
    const target = block.whole ? range : sheet.getRange(box.top + block.top, box.left + block.left, built.length, built[0].length);
    target.setDataValidations(built);
    return;
  }
  const next = range.getDataValidations();
  for (const [r, line] of block.specs.entries())
    for (const [c, spec] of line.entries()) if (spec) next[block.top + r][block.left + c] = buildRule(spec.rule, spec.help);
  range.setDataValidations(next as DataValidation[][]);
}
