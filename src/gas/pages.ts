/**
 * The server side of the add-on's pages (src/ui/*.html, built into dist/): the menu items that open
 * them, and the functions they call through google.script.run. What crosses is plain JSON — no Date,
 * no Apps Script object — both ways. Jobs run exactly as the menu's do: inside runLogged (a Nhật ký
 * row whatever happens, `quiet`: the page shows the message instead of an alert), with the same role
 * check, under the document lock, through the same job functions (createReport, exportReportPdf).
 *
 * Report wizard (ReportWizard.html): core's report/wizard.ts decides what it offers and what saving
 * the narrative writes; this file reads the tabs and carries the writes out.
 */
import { appendAll, maxOf } from '../core/collections';
import { defaultPeriodOfWard } from '../core/defaults';
import { rollUpGrids } from '../core/jobs';
import { type DashboardState, dashboardModel } from '../core/output/dashboard';
import type { WardGrids } from '../core/parse/parseWard';
import { structureWarnings } from '../core/parse/renamedTabs';
import { parsePeriod } from '../core/period';
import { REPORT_KINDS, type ReportKind, reportKind } from '../core/report/kinds';
import {
  defaultWizardKind,
  hasNarrativeTable,
  narrativeTexts,
  type PageResult,
  planNarrativeSave,
  type SectionValue,
  type WizardLockResult,
  type WizardMakeResult,
  type WizardPdfResult,
  type WizardSaveResult,
  type WizardState,
  wardProblems,
  wizardKinds,
  wizardLabels,
  wizardLocks,
  wizardRegister,
  wizardSections,
} from '../core/report/wizard';
import { SHEETS } from '../core/schema/sheets';
import { requireRole } from './access';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { lockPeriod, readLocks, unlockPeriod } from './lock';
import { Outputs } from './outputs';
import { refreshProtections } from './protect';
import { readRegister } from './register';
import { createReport, exportReportPdf, periodEnded } from './report';
import { locked, RefusedError, type Run, runLogged } from './run';
import { Tabs } from './tabs';
import { guarded } from './ui';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The built page files (dist/<name>.html; clasp pushes them without the extension). */
export const PAGES = { reportWizard: 'ReportWizard', dashboard: 'Dashboard' } as const;

/**
 * Opens a page in the sidebar (300 px wide in Sheets). `focus` names the part the page opens on (a
 * meta tag the page reads: the page is static, so this is the one thing the menu tells it).
 */
function showSidebar(file: string, title: string, focus = ''): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  if (/^[a-z]+$/.test(focus)) html.setContent(html.getContent().replace('<head>', `<head><meta name="ishc-focus" content="${focus}">`));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuReportWizard(): void {
  guarded(() => showSidebar(PAGES.reportWizard, t('wizard.title')));
}

/** Chốt số liệu and Mở khóa from the menu: the wizard, opened on its lock step (the period chosen in words there). */
export function menuLockWizard(): void {
  guarded(() => showSidebar(PAGES.reportWizard, t('wizard.title'), 'lock'));
}

/** A page's link to a cell: selects it (any page may call this with an issue's sheet and A1). */
export function pageSelectCell(target: { sheet?: unknown; a1?: unknown }): boolean {
  const sheetName = typeof target?.sheet === 'string' ? target.sheet : '';
  const a1 = typeof target?.a1 === 'string' && /^[A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?$/.test(target.a1) ? target.a1 : 'A1';
  const sheet = sheetName ? SpreadsheetApp.getActive().getSheetByName(sheetName) : null;
  if (!sheet) return false;
  sheet.getRange(a1).activate();
  return true;
}

/** The report folder if it exists (opening the page makes nothing). */
function existingFolderUrl(): string {
  const found = DriveApp.getFoldersByName(t('report.folder'));
  return found.hasNext() ? found.next().getUrl() : '';
}

function narrativeGrid(ss: Spreadsheet) {
  const sheet = ss.getSheetByName(SHEETS.narratives);
  return sheet ? readSheetGrid(sheet) : undefined;
}

/** Everything the wizard opens with: kinds and periods in words, the defaults, the narratives, what blocks, the register. */
export function wizardState(): WizardState {
  const ss = SpreadsheetApp.getActive();
  const lang = userLang();
  const now = today();
  const problems: WizardState['problems'] = [];
  try {
    requireRole(ss, 'report');
  } catch (error) {
    if (!(error instanceof RefusedError)) throw error;
    problems.push({ text: error.message, sheet: '', a1: '' });
  }
  const { grids, outputs } = openWard(ss);
  const narratives = grids[SHEETS.narratives];
  appendAll(problems, wardProblems(grids as WardGrids, now, lang));
  return {
    lang,
    today: now,
    labels: wizardLabels(lang),
    kinds: wizardKinds(now, lang),
    defaultKind: defaultWizardKind(now),
    sections: wizardSections(lang),
    narratives: narrativeTexts(narratives),
    narrativeTable: hasNarrativeTable(narratives),
    problems,
    register: wizardRegister(readRegister(ss, outputs), lang),
    folderUrl: existingFolderUrl(),
    locks: wizardLocks(readLocks(ss, outputs)),
  };
}

/** A kind and one of its periods from the page, or a user-facing error. */
function kindAndPeriod(input: { kind?: unknown; period?: unknown }): {
  kind: ReportKind;
  period: NonNullable<ReturnType<typeof parsePeriod>>;
} {
  const kind = typeof input?.kind === 'string' ? reportKind(input.kind) : undefined;
  if (!kind) throw new Error(t('report.badKind', { value: String(input?.kind), count: REPORT_KINDS.length }));
  const period = typeof input?.period === 'string' ? parsePeriod(input.period) : undefined;
  const example = kind.periodOfYear(Number(today().slice(0, 4))) ?? '';
  if (!period || !kind.accepts(period))
    throw new Error(t('report.kindPeriod', { value: String(input?.period), title: t(kind.title), example }));
  return { kind, period };
}

const resultOf = (outcome: { outcome: string; message: string }, done: string): PageResult =>
  outcome.outcome === 'ok' ? { ok: true, message: done } : { ok: false, message: outcome.message };

/**
 * Saves a period's narrative into Nội dung báo cáo: only the rows that period and section own (core's
 * planNarrativeSave), each row's cells in one setValues per run of adjacent columns; then reads the tab
 * again so the page shows what the report will print.
 */
export function wizardSaveNarrative(input: { period?: unknown; texts?: unknown }): WizardSaveResult {
  const sections = wizardSections('vi').map((s) => s.value);
  let cells = 0;
  const outcome = runLogged(
    t('wizard.save'),
    (run: Run) => {
      requireRole(run.ss, 'report', run);
      const period = typeof input?.period === 'string' ? parsePeriod(input.period) : undefined;
      if (!period) throw new RefusedError(t('lock.badPeriod', { value: String(input?.period), example: '2026-H1' }));
      run.period = period.id;
      const given = (input?.texts ?? {}) as Record<string, unknown>;
      const texts: Partial<Record<SectionValue, string>> = {};
      for (const s of sections) if (typeof given[s] === 'string') texts[s] = given[s] as string;
      cells = locked(run, () => writeNarrative(run.ss, period.id, texts));
      run.notes.push(t('wizard.saved', { rows: cells }));
    },
    { quiet: true },
  );
  const ss = SpreadsheetApp.getActive();
  const result = resultOf(outcome, cells > 0 ? t('wizard.saved', { rows: cells }) : t('wizard.unchanged'));
  return { ...result, cells, narratives: narrativeTexts(narrativeGrid(ss)) };
}

function writeNarrative(ss: Spreadsheet, periodId: string, texts: Partial<Record<SectionValue, string>>): number {
  const sheet = ss.getSheetByName(SHEETS.narratives);
  const plan = planNarrativeSave(sheet ? readSheetGrid(sheet) : undefined, periodId, texts);
  if (!plan.ok || !sheet) throw new RefusedError(t(plan.ok ? 'wizard.noNarrativeTab' : plan.messageKey));
  if (plan.writes.length === 0) return 0;
  const lastRow = maxOf(plan.writes.map((w) => w.row + 1));
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  const byRow = new Map<number, Map<number, string>>();
  for (const w of plan.writes) {
    const row = byRow.get(w.row) ?? new Map<number, string>();
    row.set(w.column, w.value);
    byRow.set(w.row, row);
  }
  for (const [row, cells] of byRow) {
    const columns = [...cells.keys()].sort((a, b) => a - b);
    // Adjacent columns in one call; a user's column between ours is never written.
    for (let i = 0; i < columns.length; ) {
      let j = i;
      while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
      const values = columns.slice(i, j + 1).map((c) => toSheetValue(cells.get(c) ?? ''));
      sheet.getRange(row + 1, columns[i] + 1, 1, values.length).setValues([values]);
      i = j + 1;
    }
  }
  return plan.writes.length;
}

/**
 * Tạo báo cáo from the wizard: refused with the page's problems listed when the workbook blocks a
 * report, or when the period has not ended and `provisional` is not ticked; otherwise the menu's job
 * (createReport, then the output protections), and the Doc, folder and register for the page.
 */
export function wizardMakeReport(input: { kind?: unknown; period?: unknown; provisional?: unknown }): WizardMakeResult {
  let made = { url: '', name: '', message: '' };
  const chosen = (() => {
    try {
      return kindAndPeriod(input);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  })();
  const title = chosen instanceof Error ? t('wizard.make') : t(chosen.kind.title);
  const outcome = runLogged(
    title,
    (run) => {
      if (chosen instanceof Error) throw new RefusedError(chosen.message);
      const { kind, period } = chosen;
      run.period = period.id;
      const access = requireRole(run.ss, 'report', run);
      const now = today();
      const provisional = input?.provisional === true;
      if (!periodEnded(period, now) && !provisional) throw new RefusedError(t('report.notEnded', { period: period.id, end: period.end }));
      const { grids } = openWard(run.ss);
      const problems = wardProblems(grids, now, userLang());
      if (problems.length > 0) throw new RefusedError(problems.map((p) => p.text).join('\n'));
      made = locked(run, () => {
        const report = createReport(run.ss, kind.id, period, run, { provisional });
        refreshProtections(run.ss, access, run.outputs);
        return report;
      });
    },
    { quiet: true },
  );
  const ss = SpreadsheetApp.getActive();
  return {
    ...resultOf(outcome, made.message),
    url: made.url,
    name: made.name,
    folderUrl: existingFolderUrl(),
    register: wizardRegister(readRegister(ss), userLang()),
  };
}

/**
 * Chốt số liệu or Mở khóa from the wizard: the menu's job (gas/lock.ts: a period not ended, or
 * already locked, is refused with its message), then the locks as they now are. `ok` says whether
 * the period ends up as asked.
 */
export function wizardLock(input: { period?: unknown; unlock?: unknown }): WizardLockResult {
  const unlock = input?.unlock === true;
  const period = typeof input?.period === 'string' ? parsePeriod(input.period) : undefined;
  let message = '';
  const outcome = runLogged(
    t(unlock ? 'menu.unlock' : 'menu.lock'),
    (run) => {
      const access = requireRole(run.ss, 'lock', run);
      if (!period) throw new RefusedError(t('lock.badPeriod', { value: String(input?.period), example: today().slice(0, 4) }));
      message = locked(run, () => {
        if (unlock) return unlockPeriod(run.ss, period, run);
        const done = lockPeriod(run.ss, period, run);
        // A lock tab made now gets the output tabs' protection (officers only).
        refreshProtections(run.ss, access, run.outputs);
        return done;
      });
    },
    { quiet: true },
  );
  const locks = wizardLocks(readLocks(SpreadsheetApp.getActive()));
  const held = period !== undefined && locks.some((l) => l.period === period.id && !l.damaged);
  if (outcome.outcome !== 'ok') return { ok: false, message: outcome.message, locks };
  return { ok: held !== unlock, message, locks };
}

/** Xuất PDF from the wizard: the menu's export of the latest Doc of the kind and period, as the officer edited it. */
export function wizardExportPdf(input: { kind?: unknown; period?: unknown }): WizardPdfResult {
  let pdf = { url: '', name: '', message: '' };
  const outcome = runLogged(
    t('menu.exportPdf'),
    (run) => {
      requireRole(run.ss, 'report', run);
      const { kind, period } = kindAndPeriod(input);
      run.period = period.id;
      pdf = locked(run, () => exportReportPdf(run.ss, kind.id, period, run));
    },
    { quiet: true },
  );
  return {
    ...resultOf(outcome, pdf.message),
    url: pdf.url,
    register: wizardRegister(readRegister(SpreadsheetApp.getActive()), userLang()),
  };
}

// ---- Bảng điều khiển (Dashboard.html): the leaders' glance, read-only ------------------------------

export function menuDashboard(): void {
  guarded(() => showSidebar(PAGES.dashboard, t('dashboard.title')));
}

/**
 * The ward's indicators against the phase target and each club's standard, computed now from the
 * tabs over the roll-up's default period (core's dashboardModel). It writes nothing, so leaders, who
 * may run no menu action, can open it; the workbook's structure problems come with it.
 */
export function dashboardState(): DashboardState {
  const ss = SpreadsheetApp.getActive();
  const lang = userLang();
  const now = today();
  const { grids, outputs } = openWard(ss);
  const period = defaultPeriodOfWard('rollup', grids, now);
  const result = rollUpGrids(grids, period, now, lang);
  return { ...dashboardModel(result.rollup, now, lang, outputs.current.has('charts')), problems: structureWarnings(result.issues, lang) };
}

/** Selects the Biểu đồ tab (found by its marker, whatever its name). */
export function dashboardOpenCharts(): boolean {
  const tab = Outputs.discover(new Tabs(SpreadsheetApp.getActive())).current.get('charts');
  if (!tab) return false;
  tab.sheet.getRange('A1').activate();
  return true;
}
