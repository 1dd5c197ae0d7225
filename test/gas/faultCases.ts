/**
 * The fault-injection suite (run by faults-*.test.ts, split so jest runs the jobs in parallel).
 * All or nothing, proven by fault injection on the built bundle: for each job (set-up, check,
 * roll-up, report, add-club) on a small ward, the Nth service call is made to throw as Apps Script's
 * services do, for a sample of N that includes the first and the last call of every Class.method the
 * job makes (and every call when the job makes few). After each failed run:
 * - the workbook is exactly as before the run or exactly as a clean run leaves it (every tab's
 *   values, names, order, output markers, tab colours and charts — each one's id, title, anchor and the
 *   ranges it reads; Nhật ký aside) — so no input cell changed and no output is half-written or mixed;
 * - Drive holds no half-made report (no Doc with {{ tags but the template) and at most one template;
 * - the lock is released, Nhật ký has one more row, and when nothing was done its outcome is "lỗi";
 * - when the run did not complete, the next run succeeds and leaves what a clean run leaves.
 */
import { createHash } from 'node:crypto';
import { generateDemoWard } from '../../src/core/demo';
import { translate } from '../../src/core/i18n/messages';
import { OUTPUT_KEY, parseOutputMarker } from '../../src/core/output/outputTabs';
import { SHEETS } from '../../src/core/schema/sheets';
import { createGasEnvironment, type FakeRange, type GasEnvironment, loadBundle } from '../fakes/gas';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { metadataOf } from '../fakes/gas/metadata';
import { copyWorkbook } from '../fakes/gas/snapshot';
import { OFFICER, writeGrids } from './harness';

const TODAY = '2026-11-22';

type App = Record<string, (...args: unknown[]) => unknown>;
/** Report templates (one per kind, imported once) and report Docs are told apart by their file descriptions. */
const isTemplateMarker = (description: string | null | undefined) => (description ?? '').startsWith('ishc:report-template:');
/** Samples per job besides the first and last call of each method. */
const SPREAD = 12;

function fresh(): { env: GasEnvironment; app: App } {
  const env = createGasEnvironment({ userLocale: 'vi', spreadsheetName: 'Sổ phường', userEmail: OFFICER });
  return { env, app: loadBundle(env) as App };
}

function logSheet(env: GasEnvironment) {
  const entry = metadataOf(env.spreadsheet).find((e) => e.key === OUTPUT_KEY && parseOutputMarker(e.value)?.id === 'log');
  return entry?.sheet ?? null;
}

function logRows(env: GasEnvironment): unknown[][] {
  const sheet = logSheet(env);
  return sheet ? env.calls.uncounted(() => sheet.getDataRange().getValues()).slice(1) : [];
}

/** The Sổ báo cáo tab (like Nhật ký, a record of runs: its links and times differ from run to run). */
function registerSheet(env: GasEnvironment) {
  const entry = metadataOf(env.spreadsheet).find((e) => e.key === OUTPUT_KEY && parseOutputMarker(e.value)?.id === 'register');
  return entry?.sheet ?? null;
}

/** The register's Doc links (column E). */
function registeredDocs(env: GasEnvironment): string[] {
  const sheet = registerSheet(env);
  return sheet
    ? env.calls
        .uncounted(() => sheet.getDataRange().getValues())
        .slice(1)
        .map((r) => String(r[4]))
    : [];
}

/**
 * The workbook as users see it, Nhật ký aside: one line per tab in order — its name, output marker,
 * colour, number of embedded charts and a hash of its values — so a mismatch names the tabs that differ.
 */
function workbook(env: GasEnvironment): string {
  return env.calls.uncounted(() => {
    const log = logSheet(env);
    const register = registerSheet(env);
    const markers = new Map(
      metadataOf(env.spreadsheet)
        .filter((e) => e.key === OUTPUT_KEY && e.row === null && e.sheet)
        .map((e) => [e.sheet, parseOutputMarker(e.value)?.id ?? '?']),
    );
    const tabs = env.spreadsheet
      .getSheets()
      .filter((s) => s !== log && s !== register)
      .map((s) => {
        const values = JSON.stringify(
          s
            .getDataRange()
            .getValues()
            .map((r) => r.map((v) => (v instanceof Object ? String(v) : v))),
        );
        const charts = s
          .getCharts()
          .map((c) => {
            const at = c.getContainerInfo();
            const ranges = (c.getRanges() as FakeRange[]).map((r) => `${r._sheet._name}!R${r._row}C${r._col}:${r._numRows}x${r._numCols}`);
            return `#${c.getChartId()} ${c.getOptions().get('title')} @${at.getAnchorRow()},${at.getAnchorColumn()} ${ranges.join(',')}`;
          })
          .join('; ');
        return `${s.getName()} | ${markers.get(s) ?? 'user'} | ${s.getTabColor()} | charts: ${charts} | ${createHash('sha1').update(values).digest('hex').slice(0, 12)}`;
      });
    return tabs.join('\n');
  });
}

interface DriveState {
  reports: number;
  /** The URLs of the report Docs (not trashed, not the template). */
  docs: string[];
  templates: number;
  /** Docs other than the template still holding {{ tags. */
  unfilled: string[];
}

function drive(env: GasEnvironment): DriveState {
  const files = [...env.drive._files.values()].filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.spreadsheet');
  const text = (id: string) => env.documents._docs.get(id)?.body._text() ?? '';
  const isTemplate = (f: { description?: string | null }) => isTemplateMarker(f.description);
  return {
    reports: files.filter((f) => !isTemplate(f)).length,
    docs: files
      .filter((f) => !isTemplate(f) && f.mimeType === 'application/vnd.google-apps.document')
      .map((f) => `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`),
    templates: files.filter(isTemplate).length,
    unfilled: files.filter((f) => !isTemplate(f) && text(f.id).includes('{{')).map((f) => f.name),
  };
}

interface JobCase {
  id: string;
  prepare: () => GasEnvironment;
  /** A dialog's job returns its result ({ ok, message }) instead of showing an alert. */
  run: (app: App, env: GasEnvironment) => unknown;
  /** Menu actions the job runs (one Nhật ký row each); a job of several may stop between them. */
  actions?: number;
  /** A dialog's server function: a failure is returned to the page (ok false), never an alert. */
  dialog?: boolean;
  /** Output tabs the clean run writes in place (the same tab, its charts kept), so its faults cover that path. */
  inPlace?: string[];
}

const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 22], today: TODAY });

/** A cell of a club's member register, by its header, in the first body row holding `was`. */
function setMemberCell(env: GasEnvironment, header: string, was: string | undefined, value: string): void {
  const club = env.spreadsheet.getSheetByName('CLB01')!;
  const values = club.getDataRange().getValues();
  const headerRow = values.findIndex((r) => r.includes(header));
  const column = values[headerRow].indexOf(header);
  const row = values.findIndex((r, i) => i > headerRow && (was === undefined || r[column] === was));
  club.getRange(was === undefined ? headerRow + 2 : row + 1, column + 1).setValue(value);
}

/**
 * A ward set up and filled; then (`rolledUp`) rolled up once and changed: 'new-year' changes the
 * reporting year and puts a wrong value in a register, so every output differs; 'same-layout' changes
 * one older member's gender, so the figures change but no output's layout does (the roll-up writes
 * Tổng hợp, Theo CLB and Biểu đồ in place), and puts a club's standard line back to the placeholder,
 * so the roll-up also rewrites that line in the same commit.
 */
function wardEnv(rolledUp?: 'new-year' | 'same-layout'): GasEnvironment {
  const { env, app } = fresh();
  app.menuSetUp();
  writeGrids(env, demo.grids);
  if (rolledUp === 'same-layout') {
    app.menuRollUp();
    setMemberCell(env, 'Giới tính', 'Nữ', 'Nam');
    env.spreadsheet
      .getSheetByName('CLB02')!
      .getRange('A3')
      .setValue(translate('clubStandard.placeholder', {}, 'vi'));
  }
  if (rolledUp === 'new-year') {
    app.menuRollUp();
    // A user changes the reporting year, so the new outputs differ from the old ones everywhere.
    const settings = env.spreadsheet.getSheetByName(SHEETS.settings)!;
    const values = settings.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === 'year');
    settings.getRange(row + 1, 3).setValue(2025);
    // … and puts a wrong value in a register, so the check differs too.
    setMemberCell(env, 'Giới tính', undefined, 'Khác');
  }
  return env;
}

const CASES: JobCase[] = [
  { id: 'set-up', prepare: () => fresh().env, run: (app) => app.menuSetUp() },
  { id: 'check', prepare: () => wardEnv('new-year'), run: (app) => app.menuCheck() },
  { id: 'roll-up', prepare: () => wardEnv('new-year'), run: (app) => app.menuRollUp() },
  {
    // The outputs keep their layout: values written in place before the commit, written back after a failure.
    id: 'roll-up-in-place',
    prepare: () => wardEnv('same-layout'),
    run: (app) => app.menuRollUp(),
    inPlace: [SHEETS.summary, SHEETS.byClub, SHEETS.charts],
  },
  {
    id: 'report',
    prepare: () => wardEnv(),
    run: (app, env) => {
      env.ui.queuePrompt('2026-H1');
      app.menuReport();
    },
  },
  {
    // Another kind, on a period not ended: the provisional question, its own template imported.
    id: 'report-year',
    prepare: () => wardEnv(),
    run: (app, env) => {
      env.ui.queuePrompt('2026');
      env.ui.queueAlertAnswer('YES');
      app.menuReport_year();
    },
  },
  {
    // The report, then its PDF (Xuất PDF báo cáo, kind 1 = 6 tháng).
    id: 'report-pdf',
    prepare: () => wardEnv(),
    actions: 2,
    run: (app, env) => {
      env.ui.queuePrompt('2026-H1');
      app.menuReport();
      env.ui.queuePrompt('1');
      env.ui.queuePrompt('2026-H1');
      app.menuExportPdf();
    },
  },
  {
    // The Thêm câu lạc bộ dialog's submit (board e-mails too: the new tab's protection names them).
    id: 'add-club',
    prepare: () => wardEnv(),
    dialog: true,
    run: (app) => app.addClubSubmit({ code: 'CLB09', name: 'CLB Tổ dân phố 9', group: 'TDP09', boardEmails: 'bcn9@example.vn' }),
  },
  {
    // The Cài đặt phường dialog's save: settings of three rows, a new officer e-mail and two targets.
    id: 'settings',
    prepare: () => wardEnv(),
    dialog: true,
    run: (app) =>
      app.settingsSave({
        values: {
          'setting:province': 'Tỉnh Thanh Hóa mới',
          'setting:year': '2027',
          'setting:officerEmail': `${OFFICER}, pho.phong@example.vn`,
          'setting:standardMaxMembers': '75',
          'target:elderly_members:P1': '≥ 320',
          'target:elderly_members:P2': '≥ 450',
        },
      }),
  },
];

/** Calls inside a Doc's element tree: their last occurrences fall in the same phase as their first (filling the copy). */
const DOC_TREE = /^(Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|Element|RangeElement)\./;

/** The first call of every method, the last of every method outside a Doc's element tree, and an even spread. */
function sample(trace: string[]): number[] {
  const picked = new Set<number>();
  const last = new Map<string, number>();
  trace.forEach((name, i) => {
    if (!last.has(name)) picked.add(i + 1);
    last.set(name, i + 1);
  });
  for (const [name, n] of last) if (!DOC_TREE.test(name)) picked.add(n);
  const step = Math.max(1, Math.floor(trace.length / SPREAD));
  for (let n = 1; n <= trace.length; n += step) picked.add(n);
  return [...picked].sort((a, b) => a - b);
}

/** Defines the tests of the named jobs (call it from a test file, with fake timers set there). */
export function describeFaults(ids: string[]): void {
  describe.each(CASES.filter((c) => ids.includes(c.id)))('a fault at any call of $id', describeJob);
}

function describeJob(job: JobCase): void {
  const template = job.prepare();
  const start = () => {
    const run = fresh();
    copyWorkbook(template, run.env);
    return run;
  };
  const clean = start();
  const before = workbook(clean.env);
  const tracer = armFault(clean.env, null);
  job.run(clean.app, clean.env);
  disarmFaults(clean.env);
  const after = workbook(clean.env);
  const trace = tracer.trace;
  const afterDrive = drive(clean.env);

  test('the clean run does something, leaves one log row and no alert but its own', () => {
    expect(after !== before || afterDrive.reports > 0).toBe(true);
    expect(logRows(clean.env).at(-1)![4]).toBe('xong');
    expect(trace.length).toBeGreaterThan(50);
  });

  if (job.inPlace)
    test('the clean run writes its outputs in place: the same tabs, the same charts, new values', () => {
      const lines = (state: string) => new Map(state.split('\n').map((line) => [line.split(' | ')[0], line]));
      const [was, now] = [lines(before), lines(after)];
      const ids = (env: GasEnvironment) => new Map(env.spreadsheet._sheets.map((s) => [s._name, s._id]));
      const tabs = ids(template);
      for (const name of job.inPlace ?? []) {
        expect([name, ids(clean.env).get(name)]).toEqual([name, tabs.get(name)]);
        expect(now.get(name)).not.toBe(was.get(name));
        // Same charts (ids, titles, anchors, ranges): only the values' hash differs.
        expect(now.get(name)!.split(' | ').slice(0, 4)).toEqual(was.get(name)!.split(' | ').slice(0, 4));
      }
    });

  test.each(sample(trace).map((n) => [n, trace[n - 1]] as const))('call %i (%s)', (n) => {
    const { env, app } = start();
    const logged = logRows(env).length;
    const faults = armFault(env, { at: n });
    const result = job.run(app, env); // a menu action never throws: failures are shown and logged
    disarmFaults(env);
    expect(faults.fired).toEqual({ seq: n, name: trace[n - 1] });

    const state = workbook(env);
    if (state !== after) expect(state).toBe(before);
    const files = drive(env);
    expect(files.unfilled).toEqual([]);
    expect(files.templates).toBeLessThanOrEqual(1);
    // A report Doc (a PDF) is all there or not at all: a job of several actions may have done the first ones only.
    const actions = job.actions ?? 1;
    if (actions === 1) expect([0, afterDrive.reports]).toContain(files.reports);
    else expect(files.reports).toBeLessThanOrEqual(afterDrive.reports);
    expect(registeredDocs(env)).toEqual(files.docs);
    expect(env.locks.isHeld()).toBe(false);
    const rows = logRows(env);
    expect(rows).toHaveLength(logged + (job.actions ?? 1));
    const done = state === after && files.reports === afterDrive.reports;
    if (!done) {
      expect(rows.at(-1)![4]).toBe('lỗi');
      if (job.dialog) expect(result).toMatchObject({ ok: false, message: expect.any(String) });
      else expect(env.ui.alerts.at(-1)?.message).toMatch(/không hoàn thành/);
    }

    if (done) return;
    env.ui.clearPrompts(); // answers the failed run never got to ask for
    job.run(app, env);
    expect(workbook(env)).toBe(after);
    expect(logRows(env).at(-1)![4]).toBe('xong');
    const again = drive(env);
    expect(again.templates).toBe(afterDrive.templates);
    expect(again.unfilled).toEqual([]);
    expect(registeredDocs(env)).toEqual(again.docs);
    expect(env.locks.isHeld()).toBe(false);
  });
}
