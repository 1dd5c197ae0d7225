/**
 * Biểu đồ through the built bundle over the fake: the roll-up draws the tab and one embedded chart
 * per chart spec of core, each reading its own table; a roll-up whose charts keep their layout writes
 * the tables' values in place and the same charts read them; one whose layout changed (or whose tab
 * lost a chart) draws the tab and its charts anew; a chart the user made on another tab is untouched.
 */

import { defaultPeriodOfWard } from '../../src/core/defaults';
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import type { ChartSpec } from '../../src/core/output/charts';
import type { Grid } from '../../src/core/parse/locate';
import { SHEETS } from '../../src/core/schema/sheets';
import type { FakeSheet } from '../fakes/gas';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const { grids } = generateDemoWard({ clubs: 4, membersPerClub: [20, 25], today: '2026-11-22' });
/** What core says the tab should hold, computed here outside the bundle. */
const chartsOf = (g: Record<string, Grid>) => rollUpGrids(g, defaultPeriodOfWard('rollup', g, '2026-11-22'), '2026-11-22').charts;
const expected = chartsOf(grids);

let loaded: Loaded;
const sheet = (name: string) => loaded.env.spreadsheet._sheets.find((s) => s._name === name) as FakeSheet;
const charts = (name: string) => sheet(name)._charts;

beforeAll(() => {
  loaded = loadAddOn();
  loaded.app.menuSetUp();
  writeGrids(loaded.env, grids);
  // A chart of the user's own on Tổ dân phố.
  loaded.env.calls.uncounted(() => {
    const own = loaded.env.spreadsheet.getSheetByName(SHEETS.groups)!;
    own.insertChart(own.newChart().setChartType('PIE').addRange(own.getRange('A1:B4')).setPosition(2, 5, 0, 0).build());
  });
  loaded.env.ui.alerts.length = 0;
});

describe('the roll-up builds Biểu đồ', () => {
  let calls: Record<string, number>;
  beforeAll(() => {
    loaded.env.calls.reset();
    loaded.app.menuRollUp();
    calls = loaded.env.calls.snapshot();
  });

  test('one chart per spec, of its type, where the spec puts it, with its title', () => {
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const drawn = charts(SHEETS.charts);
    expect(drawn.map((c) => [c.type, c.anchorRow, c.anchorColumn, c.options.get('title')])).toEqual(
      expected.map((s) => [s.type === 'bar' ? 'BAR' : 'COLUMN', s.anchor.row, s.anchor.column, s.title]),
    );
  });

  test("each chart reads its table: the header and the rows core computed, read back from the tab's cells", () => {
    for (const [k, c] of charts(SHEETS.charts).entries()) {
      expect(c.ranges).toHaveLength(1);
      const range = c.ranges[0]!;
      expect(range._sheet).toBe(sheet(SHEETS.charts));
      const values = loaded.env.calls.uncounted(() => range.getValues());
      const spec = expected[k]!;
      expect(values).toEqual([spec.header, ...spec.rows.map((r) => r.map((v) => (v === null ? '' : v)))]);
    }
  });

  test('about one service call per chart: one insertChart each, the builder calls a constant per chart', () => {
    expect(calls['Sheet.insertChart']).toBe(expected.length);
    expect(calls['Sheet.newChart']).toBe(expected.length);
    const builder = Object.entries(calls)
      .filter(([name]) => name.startsWith('EmbeddedChartBuilder.'))
      .reduce((n, [, c]) => n + c, 0);
    expect(builder).toBeLessThanOrEqual(12 * expected.length);
  });

  test('a second roll-up leaves the same number of charts, on the same tab; the user’s chart is untouched', () => {
    const before = charts(SHEETS.charts).map((c) => ({ ...c, sheet: null, ranges: null }));
    const own = charts(SHEETS.groups).map((c) => c.id);
    loaded.app.menuRollUp();
    expect(loaded.env.ui.alerts).toEqual([]);
    expect(charts(SHEETS.charts).map((c) => ({ ...c, sheet: null, ranges: null }))).toEqual(before);
    const all = loaded.env.spreadsheet._sheets.flatMap((s) => s._charts);
    expect(all).toHaveLength(expected.length + 1);
    expect(charts(SHEETS.groups).map((c) => c.id)).toEqual(own);
  });
});

/** Each chart on Biểu đồ, as its type, anchor, title and the values its ranges read now. */
function drawnCharts() {
  return loaded.env.calls.uncounted(() =>
    charts(SHEETS.charts).map((c) => ({
      type: c.type,
      anchor: [c.anchorRow, c.anchorColumn],
      title: c.options.get('title'),
      values: c.ranges.map((r) => [r._sheet._name, r.getValues()]),
    })),
  );
}

const specCharts = (specs: ChartSpec[]) =>
  specs.map((s) => ({
    type: s.type === 'bar' ? 'BAR' : 'COLUMN',
    anchor: [s.anchor.row, s.anchor.column],
    title: s.title,
    values: [[SHEETS.charts, [s.header, ...s.rows.map((r) => r.map((v) => (v === null ? '' : v)))]]],
  }));

/** Sets a cell in the grids and in the fake's tab, as a user typing would. */
function typeCell(g: Record<string, Grid>, sheetName: string, row: number, column: number, value: string): void {
  g[sheetName]![row]![column] = value;
  loaded.env.calls.uncounted(() =>
    loaded.env.spreadsheet
      .getSheetByName(sheetName)!
      .getRange(row + 1, column + 1)
      .setValue(value),
  );
}

describe('later roll-ups', () => {
  const now = structuredClone(grids);
  const ids = () => charts(SHEETS.charts).map((c) => c.id);
  const gid = () => loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheetByName(SHEETS.charts)!.getSheetId());

  test('changed figures, same layout: the values are written in place and the same charts read them', () => {
    // An older member's gender changes: the women's share moves, no table changes its size.
    const club = now.CLB01!;
    const header = club.findIndex((r) => r.includes('Giới tính'));
    const column = club[header]!.indexOf('Giới tính');
    const row = club.findIndex((r, i) => i > header && r[column] === 'Nữ');
    typeCell(now, 'CLB01', row, column, 'Nam');
    const specs = chartsOf(now);
    expect(specCharts(specs)).not.toEqual(specCharts(expected));
    const [chartIds, tab, own] = [ids(), gid(), charts(SHEETS.groups).map((c) => c.id)];
    loaded.env.calls.reset();
    loaded.app.menuRollUp();
    expect(loaded.env.ui.alerts).toEqual([]);
    expect(loaded.env.calls.snapshot()['Sheet.insertChart'] ?? 0).toBe(0);
    expect([ids(), gid()]).toEqual([chartIds, tab]);
    expect(drawnCharts()).toEqual(specCharts(specs));
    expect(charts(SHEETS.groups).map((c) => c.id)).toEqual(own);
  });

  test('a changed layout (the ward renamed: every title) draws the tab and its charts anew', () => {
    const settings = now[SHEETS.settings]!;
    typeCell(
      now,
      SHEETS.settings,
      settings.findIndex((r) => r[0] === 'ward'),
      2,
      'Phường Đổi Tên',
    );
    const specs = chartsOf(now);
    const [chartIds, tab, own] = [ids(), gid(), charts(SHEETS.groups).map((c) => c.id)];
    loaded.app.menuRollUp();
    expect(loaded.env.ui.alerts).toEqual([]);
    expect(gid()).not.toBe(tab);
    expect(ids().filter((id) => chartIds.includes(id))).toEqual([]);
    expect(drawnCharts()).toEqual(specCharts(specs));
    expect(loaded.env.spreadsheet._sheets.flatMap((s) => s._charts)).toHaveLength(specs.length + 1);
    expect(charts(SHEETS.groups).map((c) => c.id)).toEqual(own);
  });

  test('a chart deleted from Biểu đồ: the next roll-up draws the tab anew with all of them', () => {
    loaded.env.calls.uncounted(() => {
      const tab = loaded.env.spreadsheet.getSheetByName(SHEETS.charts)!;
      tab.removeChart(tab.getCharts()[1]!);
    });
    const tab = gid();
    loaded.app.menuRollUp();
    expect(gid()).not.toBe(tab);
    expect(drawnCharts()).toEqual(specCharts(chartsOf(now)));
  });
});
