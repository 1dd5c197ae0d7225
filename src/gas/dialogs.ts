/**
 * The add-on's dialogs (src/ui/AddClub.html, src/ui/Settings.html, built into dist/): the menu items
 * that show them and the functions they call through google.script.run. Plain JSON both ways. Core
 * decides (core/dialogs/addClubForm.ts, settingsForm.ts: the fields, their rules, what a save writes);
 * this file reads the tabs, runs the jobs as the menu did (runLogged: one Nhật ký row; the role check;
 * under the document lock) and carries the writes out, all or nothing.
 */

import { groupChoices } from '../core/addClub';
import {
  type AddClubField,
  type AddClubResult,
  type AddClubState,
  type FieldProblem,
  fieldOfProblem,
  type PageProblem,
  suggestClubCode,
} from '../core/dialogs/addClubForm';
import { ADD_CLUB_LABELS, labelsOf, SETTINGS_LABELS } from '../core/dialogs/labels';
import { planSettingsSave, type SettingsSaveResult, type SettingsState, settingsSections } from '../core/dialogs/settingsForm';
import type { MessageKey } from '../core/i18n/messages';
import type { Grid } from '../core/parse/locate';
import { parseWard } from '../core/parse/parseWard';
import { readEmails } from '../core/parse/readCell';
import { SHEETS } from '../core/schema/sheets';
import type { Cell } from '../core/values';
import { readAccess, requireRole } from './access';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import { protectNewClubTab, refreshProtections } from './protect';
import { locked, RefusedError, type Run, runLogged } from './run';
import { AddClubRefused, addClubToWorkbook } from './setup';
import { guarded } from './ui';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The built dialog files (dist/<name>.html) and their size in Sheets (a dialog is as wide as it is set). */
export const DIALOGS = {
  addClub: { file: 'AddClub', width: 440, height: 560 },
  settings: { file: 'Settings', width: 480, height: 640 },
} as const;

function showDialog(dialog: (typeof DIALOGS)[keyof typeof DIALOGS], title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(dialog.file).setWidth(dialog.width).setHeight(dialog.height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** The role check as a problem the page lists (opening a page changes nothing, so it is not refused yet). */
function roleProblems(ss: Spreadsheet, action: 'addClub' | 'settings'): PageProblem[] {
  try {
    requireRole(ss, action);
    return [];
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    return [{ text: error.message, sheet: '', a1: '' }];
  }
}

const gridOf = (ss: Spreadsheet, name: string): Grid | undefined => {
  const sheet = ss.getSheetByName(name);
  return sheet ? readSheetGrid(sheet) : undefined;
};

const text = (p: FieldProblem) => t(p.messageKey, p.params);

/**
 * What a page is shown after its job (read again once the job's Nhật ký row is written): a read that
 * fails then must not turn a job that is done into an error, so it gives `fallback` and the page reloads.
 */
function afterwards<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    console.error(`Reading the workbook again for the page failed: ${String(error)}`);
    return fallback;
  }
}

// ---- Thêm câu lạc bộ ----

export function menuAddClub(): void {
  guarded(() => showDialog(DIALOGS.addClub, t('addClub.title')));
}

/** Codes a new club may not take: the registry's codes and every tab's name. */
function takenCodes(ss: Spreadsheet, clubs: Grid | undefined): string[] {
  const registry = clubs ? parseWard({ [SHEETS.clubs]: clubs }, { today: today() }).registry : [];
  return [...new Set([...registry.map((r) => r.code ?? '').filter(Boolean), ...ss.getSheets().map((s) => s.getName())])];
}

export function addClubState(): AddClubState {
  const ss = SpreadsheetApp.getActive();
  const lang = userLang();
  const problems = roleProblems(ss, 'addClub');
  const clubs = gridOf(ss, SHEETS.clubs);
  const groups = groupChoices(gridOf(ss, SHEETS.groups));
  if (!clubs) problems.push({ text: t('addClub.noSetup', { sheet: SHEETS.clubs }), sheet: '', a1: '' });
  else if (groups.length === 0)
    problems.push({ text: t('addClub.noGroups'), sheet: ss.getSheetByName(SHEETS.groups) ? SHEETS.groups : '', a1: 'A3' });
  const taken = takenCodes(ss, clubs);
  return { lang, labels: labelsOf(ADD_CLUB_LABELS, lang), groups, taken, example: suggestClubCode(taken), problems };
}

/**
 * Thêm câu lạc bộ from the dialog: the menu's job (addClubToWorkbook: the tab, then the registry row,
 * undone on failure), the group one of Tổ dân phố's, the board's e-mails in the registry and on the new
 * tab's protection. A refusal names its field.
 */
export function addClubSubmit(input: { code?: unknown; name?: unknown; group?: unknown; boardEmails?: unknown }): AddClubResult {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const club = { code: str(input?.code), name: str(input?.name), group: str(input?.group), boardEmails: str(input?.boardEmails) };
  const fields: Partial<Record<AddClubField, string>> = {};
  let added = { row: 0, code: '' };
  const outcome = runLogged(
    t('menu.addClub'),
    (run: Run) => {
      const access = requireRole(run.ss, 'addClub', run);
      try {
        added = locked(run, () => {
          const done = addClubToWorkbook(run.ss, club, run, { listedGroup: true });
          protectNewClubTab(run.ss, access, done.club.code, readEmails(done.club.boardEmails ?? '').value ?? []);
          return { row: done.row, code: done.club.code };
        });
      } catch (error) {
        const field = error instanceof AddClubRefused ? fieldOfProblem(error.messageKey as MessageKey) : undefined;
        if (field && error instanceof Error) fields[field] = error.message;
        throw error;
      }
    },
    { quiet: true },
  );
  const ok = outcome.outcome === 'ok';
  return {
    ok,
    message: ok ? t('addClub.done', { code: added.code, name: club.name.trim(), row: added.row }) : outcome.message,
    sheet: added.code,
    row: added.row,
    fields,
    taken: afterwards(() => {
      const ss = SpreadsheetApp.getActive();
      return takenCodes(ss, gridOf(ss, SHEETS.clubs));
    }, []),
  };
}

// ---- Cài đặt phường ----

export function menuSettings(): void {
  guarded(() => showDialog(DIALOGS.settings, t('settings.title')));
}

function settingsGrids(ss: Spreadsheet): Record<string, Grid> {
  const grids: Record<string, Grid> = {};
  for (const name of [SHEETS.settings, SHEETS.targets]) {
    const grid = gridOf(ss, name);
    if (grid) grids[name] = grid;
  }
  return grids;
}

export function settingsState(): SettingsState {
  const ss = SpreadsheetApp.getActive();
  const lang = userLang();
  const problems = roleProblems(ss, 'settings');
  const grids = settingsGrids(ss);
  const sections = settingsSections(grids, lang);
  if (sections.length === 0) problems.push({ text: t('settings.noTable'), sheet: '', a1: '' });
  else if (!sections.some((s) => s.fields.some((f) => f.id.startsWith('target:'))))
    problems.push({ text: t('settings.noTargets'), sheet: ss.getSheetByName(SHEETS.targets) ? SHEETS.targets : '', a1: 'A1' });
  return { lang, labels: labelsOf(SETTINGS_LABELS, lang), sections, problems };
}

/**
 * Lưu cài đặt: the cells whose value changed (core's planSettingsSave, over the tabs read under the
 * lock), one setValues per row's run of adjacent cells; a failure puts back the cells already written.
 * Any changed field refused: nothing is written. When the officers, leaders or protection mode
 * changed, the protections follow (refreshProtections with the access read again).
 */
export function settingsSave(input: { values?: unknown }): SettingsSaveResult {
  const values = (input?.values && typeof input.values === 'object' ? input.values : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  let cells = 0;
  let changed: string[] = [];
  const outcome = runLogged(
    t('settings.title'),
    (run: Run) => {
      const access = requireRole(run.ss, 'settings', run);
      locked(run, () => {
        const grids = settingsGrids(run.ss);
        const plan = planSettingsSave(grids, values, userLang());
        if (!plan.ok) {
          if (plan.missing) throw new RefusedError(t(plan.missing));
          for (const [id, problem] of Object.entries(plan.problems)) fields[id] = text(problem);
          throw new RefusedError(t('settings.refused', { count: Object.keys(plan.problems).length }));
        }
        if (plan.writes.length === 0) return;
        writeCells(run.ss, grids, plan.writes);
        cells = plan.writes.length;
        changed = plan.changed;
        run.notes.push(t('settings.saved', { count: changed.length, fields: changed.join('; ') }));
        refreshProtections(run.ss, { ...access, access: readAccess(run.ss) }, run.outputs);
      });
    },
    { quiet: true },
  );
  const ok = outcome.outcome === 'ok';
  return {
    ok,
    message: ok
      ? cells > 0
        ? t('settings.saved', { count: changed.length, fields: changed.join('; ') })
        : t('settings.unchanged')
      : outcome.message,
    cells,
    fields,
    sections: afterwards(() => settingsSections(settingsGrids(SpreadsheetApp.getActive()), userLang()), []),
  };
}

/**
 * Writes cells, one setValues per run of adjacent columns in a row; if any write fails, the runs already
 * written get back the values `grids` (read under the same lock) had there.
 */
function writeCells(
  ss: Spreadsheet,
  grids: Record<string, Grid>,
  writes: Array<{ sheet: string; row: number; column: number; value: Cell }>,
): void {
  const runs: Array<{ sheet: string; row: number; column: number; values: Cell[] }> = [];
  const sorted = [...writes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column - b.column);
  for (const w of sorted) {
    const last = runs.at(-1);
    if (last && last.sheet === w.sheet && last.row === w.row && last.column + last.values.length === w.column) last.values.push(w.value);
    else runs.push({ sheet: w.sheet, row: w.row, column: w.column, values: [w.value] });
  }
  const done: Array<{ range: GoogleAppsScript.Spreadsheet.Range; before: Array<Array<string | number | boolean | Date>> }> = [];
  try {
    for (const r of runs) {
      const sheet = ss.getSheetByName(r.sheet);
      if (!sheet) throw new Error(t('table.missingSheet', { sheet: r.sheet }));
      if (r.row + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), r.row + 1 - sheet.getMaxRows());
      const range = sheet.getRange(r.row + 1, r.column + 1, 1, r.values.length);
      const before = [r.values.map((_, i) => grids[r.sheet]?.[r.row]?.[r.column + i] ?? '')];
      range.setValues([r.values.map(toSheetValue)]);
      done.push({ range, before });
    }
  } catch (error) {
    for (const { range, before } of done.reverse()) {
      try {
        range.setValues(before);
      } catch (undo) {
        console.error(`Putting a setting back failed: ${String(undo)}`);
      }
    }
    throw error;
  }
}
