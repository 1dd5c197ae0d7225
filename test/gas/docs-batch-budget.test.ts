/**
 * The report's calls on Drive, DriveApp, Docs, DocumentApp and the objects they return, through the
 * built bundle, for every kind, its first report (the template imported, the report folder made or
 * remembered) and a later one, at 6 clubs and a larger ward (50 in the suite; BUDGET_CLUBS=200 runs
 * it at 200): the same calls whatever the rows, at most 15 (issue 11), the ward's chart pictures
 * included.
 *
 * A later report of a kind with charts, 13 calls: the template's metadata (Files.get, which also
 * vouches for the remembered folder), the template read for the check (Documents.get), the copy
 * (Files.copy: name, folder and a draft marker at once), the pictures (DocumentApp.openById,
 * Document.getBody, Body.getParagraphs, one Paragraph.appendInlineImage per chart — 3 in the demo
 * ward —, Document.saveAndClose), the copy read (Documents.get) and filled (Documents.batchUpdate),
 * the completion marker (Files.update). A first report finds or makes the folder and imports the
 * template instead of the Files.get: 15. The lists (no charts): 6, and 8 the first time.
 * The Charts service's calls are counted apart: one drawing (Chart.getAs) per chart; the rest are
 * builder calls made in the script (the data table's columns and rows, the chart's type, title,
 * colours, axis, size, build).
 */
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { defaultReportPeriod, REPORT_KINDS } from '../../src/core/report/kinds';
import { kindDocument } from '../../src/core/report/registry';
import type { GasEnvironment } from '../fakes/gas';
import { loadAddOn, writeGrids } from './harness';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

/** Calls that reach Drive or a document: the services and every object they hand out. */
const DOC_OR_DRIVE =
  /^(Drive|Files|DriveApp|File|Folder|FileIterator|FolderIterator|Docs|Documents|DocumentApp|Document|Body|Paragraph|ListItem|Table\w*|Text|Element|RangeElement|InlineImage)\./;
const CHARTS = /^(Charts|DataTableBuilder|BarChartBuilder|ColumnChartBuilder|Chart)\./;

const pick = (calls: Record<string, number>, re: RegExp) => Object.fromEntries(Object.entries(calls).filter(([name]) => re.test(name)));
const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

interface Run {
  docs: Record<string, number>;
  charts: Record<string, number>;
}

/** Every kind's first and second report on one ward (kinds in menu order: h1 meets an empty Drive). */
function measure(clubs: number): Record<string, [Run, Run]> {
  const { env, app } = loadAddOn();
  writeGrids(env, generateDemoWard({ clubs, today: TODAY }).grids);
  const out: Record<string, [Run, Run]> = {};
  for (const kind of REPORT_KINDS) {
    const runs: Run[] = [];
    for (let run = 0; run < 2; run++) {
      env.calls.reset();
      env.ui.queuePrompt('');
      if (defaultReportPeriod(kind, TODAY)!.end >= TODAY) env.ui.queueAlertAnswer('YES');
      (app as Record<string, () => void>)[`menuReport_${kind.id}`]();
      expect([kind.id, failures(env)]).toEqual([kind.id, []]);
      const calls = env.calls.snapshot();
      runs.push({ docs: pick(calls, DOC_OR_DRIVE), charts: pick(calls, CHARTS) });
    }
    out[kind.id] = runs as [Run, Run];
  }
  return out;
}

const failures = (env: GasEnvironment) =>
  env.ui.alerts.filter((a) => !a.buttons && /không hoàn thành/.test(a.message)).map((a) => a.message);

/** The ward charts a kind's report draws (core computes them; 0 for the lists). */
function chartCount(kind: (typeof REPORT_KINDS)[number]): number {
  const period = defaultReportPeriod(kind, TODAY)!;
  const ward = rollUpGrids(generateDemoWard({ clubs: 6, today: TODAY }).grids, period, TODAY, 'vi', undefined, undefined, []).ward;
  return kindDocument(kind.id).charts?.(ward, period, { today: TODAY, lang: 'vi', provisional: period.end >= TODAY }).length ?? 0;
}

/** A later report: the calls named in the file comment. */
function later(charts: number): Record<string, number> {
  const pictures: Record<string, number> =
    charts > 0
      ? {
          'DocumentApp.openById': 1,
          'Document.getBody': 1,
          'Body.getParagraphs': 1,
          'Paragraph.appendInlineImage': charts,
          'Document.saveAndClose': 1,
        }
      : {};
  return { 'Files.get': 1, 'Documents.get': 2, 'Files.copy': 1, ...pictures, 'Documents.batchUpdate': 1, 'Files.update': 1 };
}

/** A first report: the folder found by name and made (the first kind), or remembered and looked at; the template listed (unless the folder is new) and imported. */
function first(charts: number, freshDrive: boolean): Record<string, number> {
  const { 'Files.get': _, ...rest } = later(charts);
  return freshDrive ? { ...rest, 'Files.list': 1, 'Files.create': 2 } : { ...rest, 'Files.get': 1, 'Files.list': 1, 'Files.create': 1 };
}

const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

test('every kind’s report costs at most 15 Drive and document calls, first or later, the same at 6 clubs as at a large ward', () => {
  const small = measure(6);
  // 50 clubs in the suite (BUDGET_CLUBS=200 runs the 200-club ward).
  const large = measure(Number(process.env.BUDGET_CLUBS ?? 50));
  REPORT_KINDS.forEach((kind, i) => {
    const charts = chartCount(kind);
    for (const [size, runs] of [
      ['small', small[kind.id]!],
      ['large', large[kind.id]!],
    ] as const) {
      const [one, two] = runs;
      expect([kind.id, size, 'first', sorted(one.docs)]).toEqual([kind.id, size, 'first', sorted(first(charts, i === 0))]);
      expect([kind.id, size, 'later', sorted(two.docs)]).toEqual([kind.id, size, 'later', sorted(later(charts))]);
      expect(sum(one.docs)).toBeLessThanOrEqual(charts > 0 ? 15 : 8);
      expect(sum(two.docs)).toBeLessThanOrEqual(charts > 0 ? 13 : 6);
      // The Charts service: one drawing per chart; the builder calls, made in the script, under 20 a chart.
      expect([kind.id, two.charts['Chart.getAs'] ?? 0]).toEqual([kind.id, charts]);
      expect(sum(two.charts)).toBeLessThanOrEqual(20 * charts);
    }
  });
}, 600_000);
