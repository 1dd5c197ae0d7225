/**
 * The server side of the add-on's pages (src/ui/*.html, built into dist/): the menu items that open
 * them, and the functions they call through google.script.run. What crosses is plain JSON — no Date,
 * no Apps Script object — both ways. Jobs run exactly as the menu's do: inside runLogged (a Nhật ký
 * row whatever happens, `quiet`: the page shows the message instead of an alert), with the same role
 * check, under the document lock, through the same job functions (createReport, exportReportPdf).
 *
 * Report wizard (ReportWizard.html): core's report/wizard.ts decides what it offers and what saving
 * the narrative writes; this file reads the tabs and carries the writes out.
 *
 * Validation sidebar (Validation.html): Kiểm tra dữ liệu shows its result there (core's
 * validate/page.ts draws the view, validate/fixes.ts decides which fixes are safe and still apply).
 */
import { parseA1 } from '../core/a1';
import { appendAll, maxOf, minOf } from '../core/collections';
import { defaultPeriodOfWard } from '../core/defaults';
import { MARK } from '../core/editMarks';
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
import { planFixes, type SafeFix } from '../core/validate/fixes';
import { type ValidationState, validationLabels, validationView } from '../core/validate/page';
import { requireRole } from './access';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import { openWard, runCheck } from './jobs';
import { lockPeriod, readLocks, unlockPeriod } from './lock';
import { Outputs } from './outputs';
import { refreshProtections } from './protect';
import { readRegister } from './register';
import { createReport, existingReportFolderUrl, exportReportPdf, periodEnded } from './report';
import { locked, RefusedError, type Run, runLogged } from './run';
import { Tabs } from './tabs';
import { guarded, notify, toast } from './ui';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The built page files (dist/<name>.html; clasp pushes them without the extension). */
export const PAGES = { reportWizard: 'ReportWizard', dashboard: 'Dashboard', validation: 'Validation' } as const;

/**
 * Opens a page in the sidebar (300 px wide in Sheets). `focus` names the part the page opens on (a
 * meta tag the page reads: the page is static, so this is the one thing the menu tells it).
 */
function showSidebar(file: string, title: string, focus = ''): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  if (/^[a-z][a-z0-9-]*$/.test(focus))
    html.setContent(html.getContent().replace('<head>', `<head><meta name="ishc-focus" content="${focus}">`));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function menuReportWizard(): void {
  guarded(() => showSidebar(PAGES.reportWizard, t('wizard.title')));
}

/** A report kind's menu item: the wizard opened on that kind (its period chosen there, in words). */
export function menuReportWizardKind(kindId: string): void {
  guarded(() => showSidebar(PAGES.reportWizard, t('wizard.title'), `kind-${reportKind(kindId)?.id ?? ''}`));
}

/** Xuất PDF báo cáo from the menu: the wizard opened on its PDF step. */
export function menuExportPdfWizard(): void {
  guarded(() => showSidebar(PAGES.reportWizard, t('wizard.title'), 'pdf'));
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
const existingFolderUrl = (): string => existingReportFolderUrl();

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
  // Outside the document lock: read only (a job running now may have staging tabs).
  const { grids, outputs } = openWard(ss, undefined, { readOnly: true });
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
      made = locked(run, () => {
        // The tabs are read once, under the lock; problems that stop a report refuse it before any Doc is made.
        const refuse = (grids: WardGrids) => {
          const problems = wardProblems(grids, now, userLang());
          return problems.length > 0 ? problems.map((p) => p.text).join('\n') : undefined;
        };
        const report = createReport(run.ss, kind.id, period, run, { provisional, refuse });
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

// ---- Validation sidebar ------------------------------------------------------------------------

type CheckDone = ReturnType<typeof runCheck>;

/** The sidebar's state from a finished check (the same result the Kiểm tra tab was drawn from). */
function validationStateOf(done: CheckDone, extra: Partial<ValidationState> = {}): ValidationState {
  const lang = userLang();
  const { checked, grids } = done;
  return {
    ok: true,
    message: '',
    lang,
    labels: validationLabels(lang),
    structure: done.structure,
    notices: done.notices,
    view: validationView({ issues: checked.issues, ward: checked.ward, grids, period: checked.period, today: today(), lang }),
    fixed: 0,
    stale: 0,
    ...extra,
  };
}

/** A state without a view: the page shows the message and keeps what it had. */
function failedState(message: string, extra: Partial<ValidationState> = {}): ValidationState {
  const lang = userLang();
  return { ok: false, message, lang, labels: validationLabels(lang), structure: [], notices: [], view: null, fixed: 0, stale: 0, ...extra };
}

/**
 * Kiểm tra dữ liệu, as the menu runs it: the role check, then under the lock the check job (Kiểm tra
 * tab, club rules at the period end) and the output protections. Returns what the job returned.
 */
export function checkForPage(run: Run, opts: { toast?: boolean } = {}): CheckDone {
  const access = requireRole(run.ss, 'check', run);
  // From the menu, a toast while it runs; the sidebar shows its own progress.
  if (opts.toast) toast(t('check.working'));
  return locked(run, () => {
    const done = runCheck(run.ss, run);
    refreshProtections(run.ss, access, run.outputs);
    return done;
  });
}

/**
 * The menu's answer after a check: the validation sidebar, opened with the result in it (appended
 * as JSON, `<` escaped, so the page needs no second read of the workbook). Should the sidebar fail
 * to open, the summary still reaches the user as before (a toast, or an alert for structure problems).
 */
export function showCheckResult(done: CheckDone): void {
  try {
    const state = validationStateOf(done);
    const json = JSON.stringify(state).replace(/</g, '\\u003c');
    const html = HtmlService.createHtmlOutputFromFile(PAGES.validation)
      .setTitle(t('validation.title'))
      .append(`<script type="application/json" id="ishc-state">${json}</script>`);
    SpreadsheetApp.getUi().showSidebar(html);
  } catch (error) {
    console.error(`Showing the validation sidebar failed: ${error instanceof Error ? error.message : String(error)}`);
    notify(done);
  }
}

/** Kiểm tra lại from the sidebar: the menu's job, logged, its result (or its refusal) for the page. */
export function validationCheck(): ValidationState {
  let done: CheckDone | undefined;
  const outcome = runLogged(
    t('menu.check'),
    (run) => {
      done = checkForPage(run);
    },
    { quiet: true },
  );
  return done && outcome.outcome === 'ok' ? validationStateOf(done) : failedState(outcome.message);
}

/** The fixes a page sent, kept only when each has the shape of a SafeFix (anything else is dropped). */
function fixRequests(value: unknown): SafeFix[] {
  if (!Array.isArray(value)) return [];
  const isCell = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  return value
    .filter(
      (f): f is SafeFix =>
        typeof f === 'object' &&
        f !== null &&
        typeof f.sheet === 'string' &&
        typeof f.a1 === 'string' &&
        /^[A-Z]{1,3}[0-9]{1,7}$/.test(f.a1) &&
        isCell(f.seen) &&
        (typeof f.to === 'string' || typeof f.to === 'number'),
    )
    .map((f) => ({ sheet: f.sheet, a1: f.a1, seen: f.seen, to: f.to }));
}

const cellNames = (fixes: readonly SafeFix[]) => fixes.map((f) => `${f.sheet}!${f.a1}`).join(', ');

/**
 * Sửa theo gợi ý: writes each requested fix that still applies (core's planFixes over the tab read
 * again under the lock: the cell still holds what the check saw, and core still suggests the same
 * value), into that cell only, and clears the on-edit check's mark on it; a fix whose cell changed is
 * refused. One Nhật ký row names every cell written (old → new) and every cell refused. Then the
 * check runs again (its own row) and the page gets the new list with what was done.
 */
export function validationFix(input: { fixes?: unknown }): ValidationState {
  const requested = fixRequests(input?.fixes);
  const applied: SafeFix[] = [];
  const refused: SafeFix[] = [];
  const outcome = runLogged(
    t('validation.fixAction'),
    (run) => {
      requireRole(run.ss, 'check', run);
      locked(run, () => {
        const bySheet = new Map<string, SafeFix[]>();
        for (const f of requested) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
        for (const [name, fixes] of bySheet) {
          const sheet = run.ss.getSheetByName(name);
          const plan = sheet ? planFixes(name, fixes, readSheetGrid(sheet), today()) : { apply: [], stale: fixes };
          if (sheet && plan.apply.length > 0) writeFixes(sheet, plan.apply);
          appendAll(applied, plan.apply);
          appendAll(refused, plan.stale);
        }
      });
      for (const f of applied)
        run.notes.push(t('validation.fixedCell', { sheet: f.sheet, a1: f.a1, from: String(f.seen), to: String(f.to) }));
      if (refused.length > 0) run.notes.push(t('validation.stale', { cells: cellNames(refused) }));
      // Nothing written: the row says so (hủy), as for any action that changed nothing.
      if (applied.length === 0) run.cancelled = true;
    },
    { quiet: true },
  );
  if (outcome.outcome !== 'ok' && outcome.outcome !== 'cancelled') return failedState(outcome.message);
  const parts: string[] = [];
  if (applied.length > 0) parts.push(t('validation.fixed', { count: applied.length, cells: cellNames(applied) }));
  if (refused.length > 0) parts.push(t('validation.stale', { cells: cellNames(refused) }));
  const after = validationCheck();
  return {
    ...after,
    ok: after.ok && refused.length === 0,
    message: [...parts, after.message].filter(Boolean).join('\n'),
    fixed: applied.length,
    stale: refused.length,
  };
}

/**
 * The fixes of one tab: one RangeList.setValue per distinct new value (a tab's "Nu" cells all become
 * "Nữ" in one call), then the on-edit check's marks (note "⚠ …" and its colour) cleared on those
 * cells only, read from the box around them; a user's own note or colour stays.
 */
function writeFixes(sheet: GoogleAppsScript.Spreadsheet.Sheet, fixes: readonly SafeFix[]): void {
  const byValue = new Map<string | number, string[]>();
  for (const f of fixes) byValue.set(f.to, [...(byValue.get(f.to) ?? []), f.a1]);
  for (const [value, cells] of byValue) sheet.getRangeList(cells).setValue(typeof value === 'string' ? toSheetValue(value) : value);
  const at = fixes.map((f) => parseA1(f.a1));
  const top = minOf(at.map((p) => p.row));
  const left = minOf(at.map((p) => p.column));
  const box = sheet.getRange(top, left, maxOf(at.map((p) => p.row)) - top + 1, maxOf(at.map((p) => p.column)) - left + 1);
  const notes = box.getNotes();
  const marked = fixes.filter((_f, i) => (notes[at[i].row - top]?.[at[i].column - left] ?? '').startsWith(MARK)).map((f) => f.a1);
  if (marked.length === 0) return;
  sheet.getRangeList(marked).clearNote().setBackground(null);
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
  const { grids, outputs } = openWard(ss, undefined, { readOnly: true });
  const period = defaultPeriodOfWard('rollup', grids, now);
  const result = rollUpGrids(grids, period, now, lang);
  return { ...dashboardModel(result.rollup, now, lang, outputs.current.has('charts')), problems: structureWarnings(result.issues, lang) };
}

/** Selects the Biểu đồ tab (found by its marker, whatever its name). */
export function dashboardOpenCharts(): boolean {
  const tab = Outputs.discover(new Tabs(SpreadsheetApp.getActive()), { readOnly: true }).current.get('charts');
  if (!tab) return false;
  tab.sheet.getRange('A1').activate();
  return true;
}
