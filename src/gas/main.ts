/**
 * Apps Script entry points. The build gives each export a top-level `function` so menus,
 * triggers and google.script.run can call it. onOpen only builds the menu (it may run without
 * authorisation); every job reads whole tabs, runs the core, and writes whole tabs.
 */
import { type Period, parsePeriod } from '../core/period';
import { defaultReportPeriod, REPORT_KINDS, type ReportKind, reportKind } from '../core/report/kinds';
import { requireRole } from './access';
import { now, today } from './clock';
import { menuSetUpContinued, SLICE_BUDGET_MS, showContinuationNotice } from './continuation';
import { checkEditedRange } from './editCheck';
import { createMainMenu } from './host';
import { t } from './i18n';
import { runRollUp } from './jobs';
import { checkForPage, menuLockWizard, showCheckResult } from './pages';
import { createPrivateLists } from './privateLists';
import { applyProtections, protectionMessage, refreshProtections } from './protect';
import { showReportsDue } from './register';
import { createReport, exportReportPdf, periodEnded } from './report';
import { reportWizardFunction } from './reportMenu';
import { locked, type Run, runLogged } from './run';
import { alertMessage, ask, cancelled, confirm, guarded, notify, showLink, toast } from './ui';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  // Báo cáo: one item per report kind (core's REPORT_KINDS; the build makes each item's function), then the PDF export.
  const reports = ui.createMenu(t('menu.reports'));
  // The wizard (a sidebar) first: kind and period in words, the narrative, the Doc, the PDF, the register.
  reports.addItem(t('menu.reportWizard'), 'menuReportWizard').addSeparator();
  // Each kind's item opens the wizard on that kind; the PDF item on its PDF step (no period code to type).
  for (const kind of REPORT_KINDS) reports.addItem(t(kind.title), reportWizardFunction(kind.id));
  reports.addSeparator().addItem(t('menu.exportPdf'), 'menuExportPdfWizard');
  // The add-on menu under Extensions, or in the bound-template build a menu of its own (host.ts).
  createMainMenu(ui)
    .addItem(t('menu.setup'), 'menuSetUp')
    .addItem(t('menu.addClub'), 'menuAddClub')
    .addItem(t('menu.settings'), 'menuSettings')
    .addSeparator()
    .addItem(t('menu.check'), 'menuCheck')
    .addItem(t('menu.rollUp'), 'menuRollUp')
    .addItem(t('menu.dashboard'), 'menuDashboard')
    .addSubMenu(reports)
    .addItem(t('menu.privateLists'), 'menuPrivateLists')
    .addItem(t('menu.lock'), 'menuLock')
    .addItem(t('menu.unlock'), 'menuUnlock')
    .addSeparator()
    .addItem(t('menu.editCheck'), 'menuInstallEditCheck')
    .addItem(t('menu.permissions'), 'menuPermissions')
    .addToUi();
  showReportsDue(_e);
  showContinuationNotice(_e);
}

// Thêm câu lạc bộ and Cài đặt phường: dialogs (src/ui/AddClub.html, Settings.html) instead of prompts.
export { addClubState, addClubSubmit, menuAddClub, menuSettings, settingsSave, settingsState } from './dialogs';
// The pages' menu items and server functions (google.script.run calls top-level functions by name).
export {
  dashboardOpenCharts,
  dashboardState,
  menuDashboard,
  menuExportPdfWizard,
  menuReportWizard,
  menuReportWizardKind,
  pageSelectCell,
  validationCheck,
  validationFix,
  wizardExportPdf,
  wizardLock,
  wizardMakeReport,
  wizardSaveNarrative,
  wizardState,
} from './pages';

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Thiết lập sổ phường: on a large ward it goes on by itself past Apps Script's 6 minutes (continuation.ts). */
export function menuSetUp(): void {
  menuSetUpContinued(now() + SLICE_BUDGET_MS);
}

// The continuation's trigger function (a one-off time-based trigger calls it by name).
export { continueJob } from './continuation';

/** Kiểm tra dữ liệu: the check job (Kiểm tra tab, Nhật ký row), then its result in the validation sidebar (pages.ts). */
export function menuCheck(): void {
  runLogged(t('menu.check'), (run) => showCheckResult(checkForPage(run, { toast: true })));
}

export function menuRollUp(): void {
  runLogged(t('menu.rollUp'), (run) => {
    const access = requireRole(run.ss, 'rollUp', run);
    toast(t('rollUp.working'));
    notify(locked(run, () => afterwards(runRollUp(run.ss, undefined, run), () => refreshProtections(run.ss, access, run.outputs))));
  });
}

/**
 * A report kind's menu item (the build gives each kind a top-level `menuReport_<kind>` calling
 * this): asks the period (the kind's next due one by default); for a period not ended yet, asks
 * whether to make a provisional report and stops if not; then makes the Doc and shows its link.
 */
export function menuReportKind(kindId: string): void {
  const kind = reportKind(kindId);
  if (!kind) throw new Error(`Unknown report kind ${kindId}`);
  const title = t(kind.title);
  runLogged(title, (run) => {
    const access = requireRole(run.ss, 'report', run);
    const now = today();
    const period = askKindPeriod(kind, title, now);
    if (!period) return cancel(run);
    let provisional = false;
    if (!periodEnded(period, now)) {
      provisional = confirm(title, t('report.askProvisional', { period: period.id, end: period.end, today: now }));
      if (!provisional) {
        run.period = period.id;
        run.cancelled = true;
        alertMessage(t('report.notEnded', { period: period.id, end: period.end }));
        return;
      }
    }
    toast(t('report.working'));
    const report = locked(run, () =>
      afterwards(createReport(run.ss, kind.id, period, run, { provisional }), () => refreshProtections(run.ss, access, run.outputs)),
    );
    showLink(title, report.message, report.url, t('report.open'));
  });
}

/** The period of a kind the user names (empty: the default); undefined when cancelled. */
function askKindPeriod(kind: ReportKind, title: string, now: string): Period | undefined {
  const example = defaultReportPeriod(kind, now)?.id ?? now.slice(0, 4);
  const answer = ask(title, t('report.askKindPeriod', { title, example }), example);
  if (answer === undefined) return undefined;
  const period = parsePeriod(answer);
  if (!period || !kind.accepts(period)) throw new Error(t('report.kindPeriod', { value: answer, title, example }));
  return period;
}

/**
 * Chốt số liệu and Mở khóa: the report wizard opened on its lock step, where the period is chosen in
 * words and its state shown (pages.ts wizardLock runs the job).
 */
export function menuLock(): void {
  menuLockWizard();
}

export function menuUnlock(): void {
  menuLockWizard();
}

/** The six-month report: the menu item of versions before report kinds (a sheet opened before an update still calls it). */
export function menuReport(): void {
  menuReportKind('h1');
}

/** Xuất PDF báo cáo: the PDF of the latest report Doc of a kind and period, as the officer has edited it. */
export function menuExportPdf(): void {
  const title = t('menu.exportPdf');
  runLogged(title, (run) => {
    requireRole(run.ss, 'report', run);
    const choices = REPORT_KINDS.map((k, i) => `${i + 1}. ${t(k.title)}`).join('\n');
    const answer = ask(title, t('report.askExportKind', { choices }), '1');
    if (answer === undefined) return cancel(run);
    const kind = /^\d+$/.test(answer) ? REPORT_KINDS[Number(answer) - 1] : undefined;
    if (!kind) throw new Error(t('report.badKind', { value: answer, count: REPORT_KINDS.length }));
    const period = askKindPeriod(kind, t(kind.title), today());
    if (!period) return cancel(run);
    const pdf = locked(run, () => exportReportPdf(run.ss, kind.id, period, run));
    showLink(title, pdf.message, pdf.url, t('report.openPdf'));
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
