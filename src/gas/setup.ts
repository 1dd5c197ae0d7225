/** Thiết lập sổ phường and Thêm câu lạc bộ: drawing tabs from the core's declarations, all or nothing. */

import { type AddClubOptions, type NewClub, planAddClub } from '../core/addClub';
import type { MessageKey } from '../core/i18n/messages';
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
import { RefusedError, type Run } from './run';
import { type StepGate, Steps } from './steps';
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
  /** The new spreadsheet's empty default tab ("Sheet1", "Trang tính1"), removed. */
  removed: string[];
  /** Its steps (one per ward tab, then one per club tab): how many, and where a gated run stopped (continuation.ts). */
  steps?: { total: number; stoppedAt?: number };
}

/** The first tab of a new spreadsheet, as Google names it in English and in Vietnamese. */
export const DEFAULT_TAB_NAMES: readonly string[] = ['Sheet1', 'Trang tính1'];

/**
 * Creates missing ward tabs; on existing tabs only re-installs the in-sheet rules (a paste may have
 * wiped them), located by header names. Never writes a value into an existing tab. If it fails, the
 * tabs it created in this run are deleted again (re-installed rules change no value and stay).
 */
export function setUpWorkbook(ss: Spreadsheet, run?: Run, gate?: StepGate): SetupResult {
  ss.setSpreadsheetLocale('vi_VN');
  ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  const { tabs, outputs, grids } = openWard(ss, run);
  const result: SetupResult = { created: [], updated: [], skipped: [], renamed: [], removed: [] };
  const created: Sheet[] = [];
  const keys = new RuleKeys();
  const specs = wardSheetSpecs();
  const steps = new Steps(gate);
  // A missing ward tab may have been renamed: then making a fresh one would hide the user's table
  // behind defaults ("Phường Mẫu"). The tabs were read once already (openWard).
  const renamed = specs.some((spec) => !tabs.byName(spec.name)) ? findMisplacedWardTables(grids).filter((m) => !m.expectedExists) : [];
  try {
    for (const spec of specs) {
      if (steps.next() === 'skip') continue;
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
      if (sheet && steps.next() === 'run')
        refreshRules(sheet, grids[entry.code!] ?? readSheetGrid(sheet), entry.code!, CLUB_TABLES, result, keys);
    }
    // Last: once this set-up made the workbook a ward, the new spreadsheet's untouched first tab goes.
    if (created.length > 0 && result.created.includes(SHEETS.settings)) removeDefaultTab(tabs, grids, result);
  } catch (error) {
    undoCreated(tabs, created);
    throw error;
  }
  result.steps = { total: steps.total, stoppedAt: steps.stoppedAt };
  return result;
}

/**
 * Deletes a tab still named as Google names a new spreadsheet's first tab when it holds nothing: no
 * value in any cell (the grid set-up read), no formula (getLastRow counts them), and it is not the
 * only tab. Only in the set-up that created the ward tabs, so a "Sheet1" a user kept later (say with
 * a chart over empty cells) is never touched; a renamed tab never matches.
 */
function removeDefaultTab(tabs: Tabs, grids: Record<string, Grid>, result: SetupResult): void {
  for (const name of DEFAULT_TAB_NAMES) {
    const sheet = tabs.byName(name);
    if (!sheet || tabs.count < 2) continue;
    const grid = grids[name] ?? [];
    if (grid.some((row) => row.some((c) => c !== '' && c !== null && c !== undefined))) continue;
    if (sheet.getLastRow() > 0) continue;
    tabs.remove(sheet);
    result.removed.push(name);
  }
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
  return setupMessage(
    {
      created: result.created.length,
      updated: result.updated.length,
      skipped: result.skipped,
      renamed: result.renamed,
      removed: result.removed,
    },
    run,
  );
}

/** What set-up tells the officer (and Nhật ký), from its counts; a continued set-up sums them over its runs. */
export function setupMessage(
  sum: {
    created: number;
    updated: number;
    skipped: string[];
    moreSkipped?: number;
    renamed: Array<Pick<MisplacedTable, 'expected' | 'found'>>;
    /** The new spreadsheet's empty default tab, removed. */
    removed?: string[];
  },
  run?: Run,
): string {
  const lines = [t('setup.done', { created: sum.created, updated: sum.updated })];
  for (const sheet of sum.skipped) lines.push(t('setup.tableMissing', { sheet }));
  if (sum.moreSkipped) lines.push(t('setup.tableMissingMore', { count: sum.moreSkipped }));
  for (const m of sum.renamed) lines.push(t('setup.renamed', { expected: m.expected, found: m.found }));
  for (const sheet of sum.removed ?? []) lines.push(t('setup.defaultTabRemoved', { sheet }));
  run?.notes.push(lines.join(' '));
  return lines.join('\n');
}

/** A club the plan refuses (a bad code, a code taken, …): the message, and its key for the dialog's field. */
export class AddClubRefused extends RefusedError {
  constructor(
    message: string,
    readonly messageKey: MessageKey,
  ) {
    super(message);
  }
}

/**
 * Adds the club's tab, then its registry row (the commit, one setValues); if anything fails the tab
 * is deleted and the row put back as it was, so a retry starts from the same workbook.
 */
export function addClubToWorkbook(
  ss: Spreadsheet,
  input: NewClub,
  run?: Run,
  options: AddClubOptions = {},
): { row: number; club: NewClub } {
  const { tabs, grids } = openWard(ss, run);
  const plan = planAddClub(grids, tabs.names, input, today(), options);
  if (!plan.ok) throw new AddClubRefused(t(plan.messageKey, plan.params), plan.messageKey);
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
