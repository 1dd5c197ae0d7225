/**
 * Apps Script entry points. The build gives each export a top-level `function` so menus,
 * triggers and google.script.run can call it. onOpen only builds the menu (it may run without
 * authorisation); every job reads whole tabs, runs the core, and writes whole tabs.
 */
import { defaultPeriodOfWard } from '../core/defaults';
import { parsePeriod } from '../core/period';
import { requireRole } from './access';
import { today } from './clock';
import { checkEditedRange } from './editCheck';
import { readSettingsGrid } from './grids';
import { t } from './i18n';
import { runCheck, runRollUp } from './jobs';
import { withDocumentLock } from './lock';
import { appendLog } from './log';
import { applyProtections, protectionMessage, protectNewClubTab, refreshProtections } from './protect';
import { createSixMonthReport } from './report';
import { addClubToWorkbook, runSetup } from './setup';
import { alertMessage, ask, cancelled, guarded, showLink, toast } from './ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('menu.setup'), 'menuSetUp')
    .addItem(t('menu.addClub'), 'menuAddClub')
    .addSeparator()
    .addItem(t('menu.check'), 'menuCheck')
    .addItem(t('menu.rollUp'), 'menuRollUp')
    .addItem(t('menu.report'), 'menuReport')
    .addSeparator()
    .addItem(t('menu.editCheck'), 'menuInstallEditCheck')
    .addItem(t('menu.permissions'), 'menuPermissions')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function menuSetUp(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'setup');
    toast(t('setup.working'));
    const message = withDocumentLock(() => `${runSetup(ss)}\n${protectionMessage(applyProtections(ss, run), run)}`);
    alertMessage(message);
  });
}

export function menuAddClub(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'addClub');
    const title = t('addClub.title');
    const code = ask(title, t('addClub.askCode'));
    if (code === undefined) return cancelled();
    const name = ask(title, t('addClub.askName'));
    if (name === undefined) return cancelled();
    const group = ask(title, t('addClub.askGroup'));
    if (group === undefined) return cancelled();
    const { row, club } = withDocumentLock(() => {
      const added = addClubToWorkbook(ss, { code, name, group });
      protectNewClubTab(ss, run, added.club.code);
      return added;
    });
    toast(t('addClub.done', { code: club.code, name: club.name, row }));
  });
}

export function menuCheck(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'check');
    toast(t('check.working'));
    toast(
      withDocumentLock(() => {
        const result = runCheck(ss);
        refreshProtections(ss, run);
        return result;
      }).message,
    );
  });
}

export function menuRollUp(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'rollUp');
    toast(t('rollUp.working'));
    toast(
      withDocumentLock(() => {
        const result = runRollUp(ss);
        refreshProtections(ss, run);
        return result;
      }).message,
    );
  });
}

export function menuReport(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'report');
    const example = defaultPeriodOfWard('report', readSettingsGrid(ss), today()).id;
    const year = example.slice(0, 4);
    const answer = ask(t('menu.report'), t('report.askPeriod', { example, year }), example);
    if (answer === undefined) return cancelled();
    const period = parsePeriod(answer);
    if (!period) throw new Error(t('report.badPeriod', { value: answer }));
    toast(t('report.working'));
    const report = withDocumentLock(() => {
      const made = createSixMonthReport(ss, period);
      refreshProtections(ss, run);
      return made;
    });
    showLink(t('menu.report'), report.message, report.url, t('report.open'));
  });
}

/** Installs the on-edit check once (an installable trigger may touch other cells; simple onEdit cannot show notes reliably). */
export function menuInstallEditCheck(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    requireRole(ss, 'editCheck');
    const exists = ScriptApp.getUserTriggers(ss).some((tr) => tr.getHandlerFunction() === 'onEditCheck');
    if (!exists) ScriptApp.newTrigger('onEditCheck').forSpreadsheet(ss).onEdit().create();
    toast(t(exists ? 'editCheck.already' : 'editCheck.on'));
  });
}

/**
 * Cập nhật phân quyền: every tab's protection from Cấu hình and Danh mục CLB, checked and corrected
 * (after the officers or a board's e-mails change).
 */
export function menuPermissions(): void {
  guarded(() => {
    const ss = SpreadsheetApp.getActive();
    const run = requireRole(ss, 'permissions');
    const message = withDocumentLock(() => {
      appendLog(ss, t('log.permissions'));
      return protectionMessage(applyProtections(ss, run), run);
    });
    alertMessage(message);
  });
}

/**
 * Installable on-edit trigger: checks only the edited range. A failure is logged, not thrown: a
 * thrown trigger error would send the user a failure e-mail for every keystroke.
 */
export function onEditCheck(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range) return;
  try {
    checkEditedRange(e.range);
  } catch (error) {
    console.error(`onEditCheck: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
