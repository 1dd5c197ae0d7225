/**
 * The ward's charts as pictures in the report Doc, through the built bundle over the strict fakes:
 * one inline image per ward chart (the Charts service's PNG of the spec's rows) in the paragraph
 * right after the indicator table, the marker gone; a template without `{{bieu_do}}` gets none; a
 * fault while drawing them leaves no Doc and no Sổ báo cáo row.
 */
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { CHARTS_PARAGRAPH_TEXT } from '../../src/core/report/document';
import { defaultReportPeriod, REPORT_KINDS } from '../../src/core/report/kinds';
import { kindDocument } from '../../src/core/report/registry';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { pngChartText } from '../fakes/gas/charts';
import type { FakeParagraph } from '../fakes/gas/doc-element';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { loadAddOn, sheetValues, writeGrids } from './harness';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 4, today: TODAY });
const H1 = REPORT_KINDS.find((k) => k.id === 'h1')!;
const PERIOD = defaultReportPeriod(H1, TODAY)!;
type App = Record<string, (...args: unknown[]) => unknown>;

function ward() {
  const loaded = loadAddOn();
  writeGrids(loaded.env, demo.grids);
  return { env: loaded.env, app: loaded.app as App };
}

const reportDocs = (env: GasEnvironment) =>
  [...env.drive._files.values()].filter((f) => !f.trashed && f.description?.startsWith('ishc:report:'));

function runH1(env: GasEnvironment, app: App) {
  env.ui.queuePrompt('');
  if (PERIOD.end >= TODAY) env.ui.queueAlertAnswer('YES');
  app.menuReport_h1();
}

/** The ward charts as core draws them for this report (the specs the CLI renders too). */
function expectedCharts() {
  const ward = rollUpGrids(demo.grids, PERIOD, TODAY, 'vi', undefined, undefined, []).ward;
  return kindDocument('h1').charts!(ward, PERIOD, { today: TODAY, lang: 'vi', provisional: PERIOD.end >= TODAY });
}

test('the 6-month report Doc holds one picture per ward chart, right after the indicator table, the marker gone', () => {
  const { env, app } = ward();
  runH1(env, app);
  const [doc] = reportDocs(env);
  expect(doc).toBeDefined();
  const body = env.documents._docs.get(doc!.id)!.body;
  const kids = body._kids;
  const withImages = kids.filter((k) => (k as FakeParagraph)._images?.length > 0) as FakeParagraph[];
  expect(withImages).toHaveLength(1);
  const paragraph = withImages[0]!;
  expect(paragraph._value).toBe('');
  const charts = expectedCharts();
  expect(charts.length).toBeGreaterThanOrEqual(2);
  expect(paragraph._images).toHaveLength(charts.length);
  paragraph._images.forEach((image, i) => {
    const spec = charts[i]!;
    const drawn = pngChartText(image._blob._bytes)!;
    expect([drawn.title, drawn.type, drawn.values]).toEqual([spec.title, spec.type.toUpperCase(), [[spec.header, ...spec.rows]]]);
    expect(image._altTitle).toBe(spec.title);
    // Printed at the text width, its height in the chart's proportions; the PNG at twice that.
    expect(image._width).toBe(440);
    expect(image._height).toBe(Math.round((spec.height * 440) / spec.width));
    expect(image._blob._contentType).toBe('image/png');
  });
  // Right after the indicator table: the table above it lists the ward's indicators.
  const previous = kids[kids.indexOf(paragraph) - 1]!;
  expect(previous._type()).toBe('TABLE');
  expect(previous._text()).toContain(charts[0]!.rows[0]![0]);
  expect(body._text()).not.toMatch(/ISHCBIEUDO|bieu_do/);
  // A real PNG of twice the printed size.
  const bytes = Buffer.from(paragraph._images[0]!._blob._bytes);
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([880, 2 * paragraph._images[0]!._height]);
});

test('a template without {{bieu_do}} gets no picture (one search finds no marker)', () => {
  const { env, app } = ward();
  runH1(env, app);
  // The officer deletes the charts paragraph from the template Doc.
  const template = [...env.drive._files.values()].find((f) => f.description === 'ishc:report-template:h1')!;
  const tbody = env.documents._docs.get(template.id)!.body;
  const placeholder = tbody._kids.find((k) => k._text() === CHARTS_PARAGRAPH_TEXT)!;
  expect(placeholder).toBeDefined();
  placeholder.removeFromParent();
  env.calls.reset();
  runH1(env, app);
  const latest = reportDocs(env).at(-1)!;
  const body = env.documents._docs.get(latest.id)!.body;
  expect(body._kids.filter((k) => (k as FakeParagraph)._images?.length > 0)).toEqual([]);
  expect(body._text()).not.toMatch(/ISHCBIEUDO/);
  expect(env.calls.count('Paragraph.appendInlineImage')).toBe(0);
  expect(env.calls.count('Body.findText')).toBe(1);
});

test('a fault while drawing the pictures leaves no report Doc and no Sổ báo cáo row', () => {
  for (const method of ['Chart.getAs', 'Paragraph.appendInlineImage', 'InlineImage.setHeight', 'Document.saveAndClose']) {
    const { env, app } = ward();
    const registerRows = () => (env.spreadsheet.getSheetByName(SHEETS.register) ? sheetValues(env, SHEETS.register).length : 0);
    const rowsBefore = registerRows();
    const faults = armFault(env, { method, nth: method === 'Document.saveAndClose' ? 1 : 2 });
    runH1(env, app);
    disarmFaults(env);
    expect([method, faults.fired?.name]).toEqual([method, method]);
    expect([method, reportDocs(env)]).toEqual([method, []]);
    expect([method, registerRows()]).toEqual([method, rowsBefore]);
    expect(env.ui.alerts.some((a) => /không hoàn thành/.test(a.message))).toBe(true);
  }
});
