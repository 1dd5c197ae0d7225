/**
 * The ward's charts as pictures in the report Doc, through the built bundle over the strict fakes:
 * one inline image per ward chart (the Charts service's PNG of the spec's rows, at its printed size)
 * in the paragraph right after the indicator table, the {{bieu_do}} tag gone; found by its place
 * among the Doc's paragraphs (either reading of getParagraphs), by search when neither fits, or by
 * the DocumentApp renderer's marker for a template the batch cannot express; a template without
 * {{bieu_do}} gets none; pictures that land anywhere else, or a fault while drawing them, leave no
 * Doc and no Sổ báo cáo row.
 */
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { CHARTS_PARAGRAPH_TEXT } from '../../src/core/report/document';
import { defaultReportPeriod, REPORT_KINDS } from '../../src/core/report/kinds';
import { kindDocument } from '../../src/core/report/registry';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { pngChartText } from '../fakes/gas/charts';
import { FakeBody } from '../fakes/gas/doc-containers';
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

/** The report Doc's body and its paragraph holding pictures (the test fails if there is not exactly one). */
function picturedParagraph(env: GasEnvironment) {
  const docs = reportDocs(env);
  expect(docs).toHaveLength(1);
  const body = env.documents._docs.get(docs[0]!.id)!.body;
  const withImages = body._paragraphs().filter((k) => k._images.length > 0);
  expect(withImages).toHaveLength(1);
  return { body, paragraph: withImages[0]! };
}

/** Pictures right after the indicator table (whose first row names the first chart's first indicator), no tag or marker left. */
function expectPicturesUnderTable(env: GasEnvironment) {
  const { body, paragraph } = picturedParagraph(env);
  const charts = expectedCharts();
  expect(paragraph._value).toBe('');
  expect(paragraph._images).toHaveLength(charts.length);
  const kids = body._kids;
  const previous = kids[kids.indexOf(paragraph) - 1]!;
  expect(previous._type()).toBe('TABLE');
  expect(previous._text()).toContain(charts[0]!.rows[0]![0]);
  expect(body._text()).not.toMatch(/ISHCBIEUDO|bieu_do/);
  return paragraph;
}

test('the 6-month report Doc holds one picture per ward chart, right after the indicator table, at its printed size', () => {
  const { env, app } = ward();
  runH1(env, app);
  const paragraph = expectPicturesUnderTable(env);
  const charts = expectedCharts();
  expect(charts.length).toBeGreaterThanOrEqual(2);
  paragraph._images.forEach((image, i) => {
    const spec = charts[i]!;
    const drawn = pngChartText(image._blob._bytes)!;
    expect([drawn.title, drawn.type, drawn.values]).toEqual([spec.title, spec.type.toUpperCase(), [[spec.header, ...spec.rows]]]);
    // Drawn at its printed size (the text width, its height in the chart's proportions): Docs shows it so, unsized.
    const height = Math.round((spec.height * 440) / spec.width);
    expect([image._width, image._height]).toEqual([440, height]);
    const bytes = Buffer.from(image._blob._bytes);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([440, height]);
    expect(image._blob._contentType).toBe('image/png');
    // No alternative text (the title is in the picture): three calls a picture saved.
    expect(image._altTitle).toBe('');
  });
  // The Docs API reads them where they are: in the paragraph after the table, one index each, 440 pt wide.
  const doc = reportDocs(env)[0]!;
  const json = env.calls.uncounted(() =>
    (env.globals.Docs as { Documents: { get(id: string): Record<string, unknown> } }).Documents.get(doc.id),
  );
  const objects = Object.values(json.inlineObjects as Record<string, { inlineObjectProperties: { embeddedObject: { size: unknown } } }>);
  expect(objects.map((o) => o.inlineObjectProperties.embeddedObject.size)).toEqual(
    charts.map((c) => ({
      width: { magnitude: 440, unit: 'PT' },
      height: { magnitude: Math.round((c.height * 440) / c.width), unit: 'PT' },
    })),
  );
  // Found by its place: no search, no text read or written through DocumentApp.
  for (const method of ['Body.findText', 'Paragraph.getText', 'Paragraph.setText', 'InlineImage.setWidth', 'InlineImage.setAltTitle'])
    expect([method, env.calls.count(method)]).toEqual([method, 0]);
});

describe('the charts paragraph found whatever getParagraphs counts', () => {
  const real = FakeBody.prototype.getParagraphs;
  afterEach(() => {
    FakeBody.prototype.getParagraphs = real;
  });

  test('the body’s own paragraphs only (table cells left out): the same place', () => {
    FakeBody.prototype.getParagraphs = function (this: FakeBody) {
      return this._kids.filter((k): k is FakeParagraph => k._type() === 'PARAGRAPH' || k._type() === 'LIST_ITEM');
    };
    const { env, app } = ward();
    runH1(env, app);
    expectPicturesUnderTable(env);
    expect(env.calls.count('Body.findText')).toBe(0);
  });

  test('a list matching neither reading: the paragraph is searched by its tag', () => {
    FakeBody.prototype.getParagraphs = function (this: FakeBody) {
      return real.call(this).slice(1);
    };
    const { env, app } = ward();
    runH1(env, app);
    expectPicturesUnderTable(env);
    expect(env.calls.count('Body.findText')).toBe(2);
  });

  test('pictures that land in another paragraph fail the report: no Doc, no Sổ báo cáo row', () => {
    // Same length, shifted by one: the pictures would go in the paragraph before the charts paragraph.
    FakeBody.prototype.getParagraphs = function (this: FakeBody) {
      const list = real.call(this);
      return [list[0]!, ...list.slice(0, -1)];
    };
    const { env, app } = ward();
    runH1(env, app);
    expect(reportDocs(env)).toEqual([]);
    expect(env.spreadsheet.getSheetByName(SHEETS.register)).toBeNull();
    expect(env.ui.alerts.some((a) => /không hoàn thành/.test(a.message))).toBe(true);
    // Said in the officer's language, from the catalogue.
    expect(env.ui.alerts.some((a) => a.message.includes('Không đặt được biểu đồ vào đoạn {{bieu_do}}'))).toBe(true);
  });
});

test('a template the batch cannot express: the DocumentApp renderer’s marker places the pictures', () => {
  const { env, app } = ward();
  runH1(env, app);
  // The officer adds a repeated section holding a table (the batch renderer refuses it, before any write).
  const template = [...env.drive._files.values()].find((f) => f.description === 'ishc:report-template:h1')!;
  const tbody = env.documents._docs.get(template.id)!.body;
  env.calls.uncounted(() => {
    tbody.appendParagraph('{{#clubs}}');
    tbody.appendTable([['Câu lạc bộ']]);
    tbody.appendParagraph('{{/clubs}}');
  });
  env.calls.reset();
  runH1(env, app);
  const latest = reportDocs(env).at(-1)!;
  const body = env.documents._docs.get(latest.id)!.body;
  const pictured = body._paragraphs().filter((k) => k._images.length > 0);
  expect(pictured).toHaveLength(1);
  expect(pictured[0]!._images).toHaveLength(expectedCharts().length);
  expect(body._text()).not.toMatch(/ISHCBIEUDO|bieu_do/);
  expect(env.calls.count('Documents.batchUpdate')).toBe(0);
  expect(env.calls.count('Body.findText')).toBeGreaterThan(0);
});

test('a template without {{bieu_do}} gets no picture, and no chart is drawn nor the Doc opened for it', () => {
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
  expect(body._paragraphs().filter((k) => k._images.length > 0)).toEqual([]);
  expect(body._text()).not.toMatch(/ISHCBIEUDO/);
  for (const method of ['DocumentApp.openById', 'Paragraph.appendInlineImage', 'Chart.getAs', 'Charts.newDataTable'])
    expect([method, env.calls.count(method)]).toEqual([method, 0]);
});

test('a fault while drawing or placing the pictures, or filling around them, leaves no report Doc and no Sổ báo cáo row', () => {
  for (const [method, nth] of [
    ['Chart.getAs', 2],
    ['DocumentApp.openById', 1],
    ['Body.getParagraphs', 1],
    ['Paragraph.appendInlineImage', 2],
    ['Document.saveAndClose', 1],
    ['Documents.get', 2],
    ['Documents.batchUpdate', 1],
    ['Files.update', 1],
  ] as const) {
    const { env, app } = ward();
    const registerRows = () => (env.spreadsheet.getSheetByName(SHEETS.register) ? sheetValues(env, SHEETS.register).length : 0);
    const rowsBefore = registerRows();
    const faults = armFault(env, { method, nth });
    runH1(env, app);
    disarmFaults(env);
    expect([method, faults.fired?.name]).toEqual([method, method]);
    expect([method, reportDocs(env)]).toEqual([method, []]);
    // The copy is in the trash, never marked complete.
    const copies = [...env.drive._files.values()].filter((f) => f.name.startsWith('Báo cáo'));
    expect([method, copies.every((f) => f.trashed === true && !f.description?.startsWith('ishc:report:'))]).toEqual([method, true]);
    expect([method, registerRows()]).toEqual([method, rowsBefore]);
    expect(env.ui.alerts.some((a) => /không hoàn thành/.test(a.message))).toBe(true);
  }
});
