/** Thiết lập sổ phường and Thêm câu lạc bộ: drawing tabs from the core's declarations. */

import { type NewClub, planAddClub } from '../core/addClub';
import { validationsFor } from '../core/layout/validations';
import { wardSheetSpecs } from '../core/layout/wardLayout';
import { locateTables } from '../core/parse/locate';
import { parseWard } from '../core/parse/parseWard';
import { findMisplacedWardTables, type MisplacedTable } from '../core/parse/renamedTabs';
import { SHEETS } from '../core/schema/sheets';
import { CLUB_TABLES, WARD_TABLES } from '../core/schema/tables';
import { today } from './clock';
import { readSheetGrid, readWardGrids } from './grids';
import { t } from './i18n';
import { appendLog } from './log';
import { applyValidations, createSheetFromSpec, toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetupResult {
  created: string[];
  updated: string[];
  skipped: string[];
  /** Ward tabs not created because their table was found on a tab of another name (renamed). */
  renamed: MisplacedTable[];
}

/**
 * Creates missing ward tabs; on existing tabs only re-installs the in-sheet rules (a paste may have
 * wiped them), located by header names. Never writes a value into an existing tab.
 */
export function setUpWorkbook(ss: Spreadsheet): SetupResult {
  ss.setSpreadsheetLocale('vi_VN');
  ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  const result: SetupResult = { created: [], updated: [], skipped: [], renamed: [] };
  const specs = wardSheetSpecs();
  // A missing ward tab may have been renamed: then making a fresh one would hide the user's table
  // behind defaults ("Phường Mẫu"). Look (one read per tab, only when a ward tab is missing).
  const renamed = specs.some((spec) => !ss.getSheetByName(spec.name))
    ? findMisplacedWardTables(readWardGrids(ss)).filter((m) => !m.expectedExists)
    : [];
  for (const spec of specs) {
    const sheet = ss.getSheetByName(spec.name);
    const found = renamed.find((m) => m.expected === spec.name);
    if (!sheet && found) {
      result.renamed.push(found);
      continue;
    }
    if (!sheet) {
      createSheetFromSpec(ss, spec);
      result.created.push(spec.name);
      continue;
    }
    const tables = WARD_TABLES.filter((w) => w.sheet === spec.name);
    if (tables.length === 0) continue;
    refreshRules(sheet, tables, result);
  }
  const ward = parseWard(readWardGrids(ss), { today: today() });
  for (const entry of ward.registry) {
    const sheet = entry.code ? ss.getSheetByName(entry.code) : null;
    if (sheet) refreshRules(sheet, CLUB_TABLES, result);
  }
  return result;
}

function refreshRules(sheet: GoogleAppsScript.Spreadsheet.Sheet, tables: typeof WARD_TABLES, result: SetupResult): void {
  const grid = readSheetGrid(sheet);
  if (locateTables(grid, tables).size === 0) {
    result.skipped.push(sheet.getName());
    return;
  }
  applyValidations(sheet, { validations: validationsFor(grid, tables) });
  result.updated.push(sheet.getName());
}

export function runSetup(ss: Spreadsheet): string {
  const result = setUpWorkbook(ss);
  appendLog(ss, t('log.setup'));
  const lines = [t('setup.done', { created: result.created.length, updated: result.updated.length })];
  for (const sheet of result.skipped) lines.push(t('setup.tableMissing', { sheet }));
  for (const m of result.renamed) lines.push(t('setup.renamed', { expected: m.expected, found: m.found }));
  return lines.join('\n');
}

/** Adds the registry row and the club's tab, as core plans them. */
export function addClubToWorkbook(ss: Spreadsheet, input: NewClub): { row: number; club: NewClub } {
  const grids = readWardGrids(ss);
  const plan = planAddClub(
    grids,
    ss.getSheets().map((s) => s.getName()),
    input,
    today(),
  );
  if (!plan.ok) throw new Error(t(plan.messageKey, plan.params));
  const registry = ss.getSheetByName(SHEETS.clubs)!;
  if (plan.row > registry.getMaxRows()) registry.insertRowsAfter(registry.getMaxRows(), plan.row - registry.getMaxRows() + 10);
  registry.getRange(plan.row, 1, 1, plan.values.length).setValues([plan.values.map(toSheetValue)]);
  createSheetFromSpec(ss, plan.sheet);
  appendLog(ss, t('log.addClub', { code: plan.club.code }));
  return { row: plan.row, club: plan.club };
}
