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
import { createPrivateLists } from './privateLists';
import { applyProtections, protectionMessage, protectNewClubTab, refreshProtections } from './protect';
import { showReportsDue } from './register';
import { createSixMonthReport } from './report';
import { locked, type Run, runLogged } from './run';
import { addClubToWorkbook, runSetup } from './setup';
import { alertMessage, ask, cancelled, guarded, notify, showLink, toast } from './ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('menu.setup'), 'menuSetUp')
    .addItem(t('menu.addClub'), 'menuAddClub')
    .addSeparator()
    .addItem(t('menu.check'), 'menuCheck')
    .addItem(t('menu.rollUp'), 'menuRollUp')
    .addItem(t('menu.report'), 'menuReport')
    .addItem(t('menu.privateLists'), 'menuPrivateLists')
    .addSeparator()
    .addItem(t('menu.editCheck'), 'menuInstallEditCheck')
    .addItem(t('menu.permissions'), 'menuPermissions')
    .addToUi();
  showReportsDue(_e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function menuSetUp(): void {
  runLogged(t('menu.setup'), (run) => {
    const access = requireRole(run.ss, 'setup', run);
    toast(t('setup.working'));
    const message = locked(run, () => `${runSetup(run.ss, run)}\n${protectionMessage(applyProtections(run.ss, access), access)}`);
    alertMessage(message);
  });
}

export function menuAddClub(): void {
  runLogged(t('menu.addClub'), (run) => {
    const access = requireRole(run.ss, 'addClub', run);
    const title = t('addClub.title');
    const code = ask(title, t('addClub.askCode'));
    if (code === undefined) return cancel(run);
    const name = ask(title, t('addClub.askName'));
    if (name === undefined) return cancel(run);
    const group = ask(title, t('addClub.askGroup'));
    if (group === undefined) return cancel(run);
    const { row, club } = locked(run, () => {
      const added = addClubToWorkbook(run.ss, { code, name, group }, run);
      protectNewClubTab(run.ss, access, added.club.code);
      return added;
    });
    toast(t('addClub.done', { code: club.code, name: club.name, row }));
  });
}

export function menuCheck(): void {
  runLogged(t('menu.check'), (run) => {
    const access = requireRole(run.ss, 'check', run);
    toast(t('check.working'));
    notify(locked(run, () => afterwards(runCheck(run.ss, run), () => refreshProtections(run.ss, access, run.outputs))));
  });
}

export function menuRollUp(): void {
  runLogged(t('menu.rollUp'), (run) => {
    const access = requireRole(run.ss, 'rollUp', run);
    toast(t('rollUp.working'));
    notify(locked(run, () => afterwards(runRollUp(run.ss, undefined, run), () => refreshProtections(run.ss, access, run.outputs))));
  });
}

export function menuReport(): void {
  runLogged(t('menu.report'), (run) => {
    const access = requireRole(run.ss, 'report', run);
    const example = defaultPeriodOfWard('report', readSettingsGrid(run.ss), today()).id;
    const year = example.slice(0, 4);
    const answer = ask(t('menu.report'), t('report.askPeriod', { example, year }), example);
    if (answer === undefined) return cancel(run);
    const period = parsePeriod(answer);
    if (!period) throw new Error(t('report.badPeriod', { value: answer }));
    toast(t('report.working'));
    const report = locked(run, () =>
      afterwards(createSixMonthReport(run.ss, period, run), () => refreshProtections(run.ss, access, run.outputs)),
    );
    showLink(t('menu.report'), report.message, report.url, t('report.open'));
  });
}

/** The named lists (longevity, social pension, full check messages) as a Doc only the officer can open. */
export function menuPrivateLists(): void {
  runLogged(t('menu.privateLists'), (run) => {
    const access = requireRole(run.ss, 'privateLists', run);
    toast(t('privateLists.working'));
    const lists = locked(run, () =>
      afterwards(createPrivateLists(run.ss, undefined, run), () => refreshProtections(run.ss, access, run.outputs)),
    );
    showLink(t('menu.privateLists'), lists.message, lists.url, t('privateLists.open'));
  });
}

/** A job's result, once `then` (protecting what the job made) has run. */
function afterwards<T>(result: T, then: () => void): T {
  then();
  return result;
}

function cancel(run: Run): void {
  run.cancelled = true;
  cancelled();
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
  runLogged(t('menu.permissions'), (run) => {
    const access = requireRole(run.ss, 'permissions', run);
    alertMessage(locked(run, () => protectionMessage(applyProtections(run.ss, access), access)));
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
