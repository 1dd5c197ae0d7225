/** Thiết lập sổ phường and Thêm câu lạc bộ: drawing tabs from the core's declarations, all or nothing. */

import { type NewClub, planAddClub } from '../core/addClub';
import { validationsFor } from '../core/layout/validations';
import { wardSheetSpecs } from '../core/layout/wardLayout';
import { type Grid, locateTables } from '../core/parse/locate';
import { parseWard } from '../core/parse/parseWard';
import { findMisplacedWardTables, type MisplacedTable } from '../core/parse/renamedTabs';
import { SHEETS } from '../core/schema/sheets';
import { CLUB_TABLES, WARD_TABLES } from '../core/schema/tables';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t } from './i18n';
import { openWard } from './jobs';
import type { Run } from './run';
import type { Tabs } from './tabs';
import { applyValidations, createSheetFromSpec, RuleKeys, toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  created: string[];
  updated: string[];
  skipped: string[];
  /** Ward tabs not created because their table was found on a tab of another name (renamed). */
  renamed: MisplacedTable[];
}

/**
 * Creates missing ward tabs; on existing tabs only re-installs the in-sheet rules (a paste may have
 * wiped them), located by header names. Never writes a value into an existing tab. If it fails, the
 * tabs it created in this run are deleted again (re-installed rules change no value and stay).
 */
export function setUpWorkbook(ss: Spreadsheet, run?: Run): SetupResult {
  ss.setSpreadsheetLocale('vi_VN');
  ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  const { tabs, outputs, grids } = openWard(ss, run);
  const result: SetupResult = { created: [], updated: [], skipped: [], renamed: [] };
  const created: Sheet[] = [];
  const keys = new RuleKeys();
  const specs = wardSheetSpecs();
  // A missing ward tab may have been renamed: then making a fresh one would hide the user's table
  // behind defaults ("Phường Mẫu"). The tabs were read once already (openWard).
  const renamed = specs.some((spec) => !tabs.byName(spec.name)) ? findMisplacedWardTables(grids).filter((m) => !m.expectedExists) : [];
  try {
    for (const spec of specs) {
      const sheet = tabs.byName(spec.name);
      const found = renamed.find((m) => m.expected === spec.name);
      if (!sheet && found) {
        result.renamed.push(found);
        continue;
      }
      if (!sheet) {
        created.push(createSheetFromSpec(tabs, spec));
        result.created.push(spec.name);
        continue;
      }
      const tables = WARD_TABLES.filter((w) => w.sheet === spec.name);
      if (tables.length === 0) continue;
      refreshRules(sheet, grids[spec.name] ?? readSheetGrid(sheet), spec.name, tables, result, keys);
    }
    const ward = parseWard({ [SHEETS.clubs]: grids[SHEETS.clubs] ?? [] }, { today: today() });
    for (const entry of ward.registry) {
      const sheet = entry.code && !outputs.marked.has(entry.code) ? tabs.byName(entry.code) : undefined;
      if (sheet) refreshRules(sheet, grids[entry.code!] ?? readSheetGrid(sheet), entry.code!, CLUB_TABLES, result, keys);
    }
  } catch (error) {
    undoCreated(tabs, created);
    throw error;
  }
  return result;
}

function undoCreated(tabs: Tabs, created: Sheet[]): void {
  for (const sheet of created.reverse()) {
    try {
      tabs.remove(sheet);
    } catch (error) {
      console.error(`Deleting a tab set-up created failed: ${String(error)}`);
    }
  }
}

/** `grid` is the tab as the job read it (once, in openWard); rules already right cost one read (write.ts). */
function refreshRules(sheet: Sheet, grid: Grid, name: string, tables: typeof WARD_TABLES, result: SetupResult, keys: RuleKeys): void {
  if (locateTables(grid, tables).size === 0) {
    result.skipped.push(name);
    return;
  }
  applyValidations(sheet, { validations: validationsFor(grid, tables) }, { keepOthers: true, keys });
  result.updated.push(name);
}

export function runSetup(ss: Spreadsheet, run?: Run): string {
  const result = setUpWorkbook(ss, run);
  const lines = [t('setup.done', { created: result.created.length, updated: result.updated.length })];
  for (const sheet of result.skipped) lines.push(t('setup.tableMissing', { sheet }));
  for (const m of result.renamed) lines.push(t('setup.renamed', { expected: m.expected, found: m.found }));
  run?.notes.push(lines.join(' '));
  return lines.join('\n');
}

/**
 * Adds the club's tab, then its registry row (the commit, one setValues); if anything fails the tab
 * is deleted and the row put back as it was, so a retry starts from the same workbook.
 */
export function addClubToWorkbook(ss: Spreadsheet, input: NewClub, run?: Run): { row: number; club: NewClub } {
  const { tabs, grids } = openWard(ss, run);
  const plan = planAddClub(grids, tabs.names, input, today());
  if (!plan.ok) throw new Error(t(plan.messageKey, plan.params));
  const registry = tabs.byName(SHEETS.clubs)!;
  const sheet = createSheetFromSpec(tabs, plan.sheet);
  let target: GoogleAppsScript.Spreadsheet.Range | undefined;
  try {
    if (plan.row > registry.getMaxRows()) registry.insertRowsAfter(registry.getMaxRows(), plan.row - registry.getMaxRows() + 10);
    target = registry.getRange(plan.row, 1, 1, plan.values.length);
    target.setValues([plan.values.map(toSheetValue)]);
  } catch (error) {
    try {
      // The planned row was blank: a write that landed before the failure is cleared.
      target?.setValues([plan.values.map(() => '')]);
      tabs.remove(sheet);
    } catch (undo) {
      console.error(`Undoing a failed Thêm câu lạc bộ failed: ${String(undo)}`);
    }
    throw error;
  }
  run?.notes.push(t('log.addClub', { code: plan.club.code }));
  return { row: plan.row, club: plan.club };
}
