/**
 * Biểu đồ through the built bundle over the fake: the roll-up draws the tab and one embedded chart
 * per chart spec of core, each reading its own table; a second roll-up leaves the same charts (the old
 * tab goes with its charts); a chart the user made on another tab is untouched; one insertChart per chart.
 */

import { defaultPeriodOfWard } from '../../src/core/defaults';
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { SHEETS } from '../../src/core/schema/sheets';
import type { FakeSheet } from '../fakes/gas';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const { grids } = generateDemoWard({ clubs: 4, membersPerClub: [20, 25], today: '2026-11-22' });
/** What core says the tab should hold, computed here outside the bundle. */
const expected = rollUpGrids(grids, defaultPeriodOfWard('rollup', grids, '2026-11-22'), '2026-11-22').charts;

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

  test('a second roll-up leaves the same number of charts, on the new tab only; the user’s chart is untouched', () => {
    const before = charts(SHEETS.charts).map((c) => ({ ...c, id: null, sheet: null, ranges: null }));
    const own = charts(SHEETS.groups).map((c) => c.id);
    loaded.app.menuRollUp();
    expect(loaded.env.ui.alerts).toEqual([]);
    expect(charts(SHEETS.charts).map((c) => ({ ...c, id: null, sheet: null, ranges: null }))).toEqual(before);
    const all = loaded.env.spreadsheet._sheets.flatMap((s) => s._charts);
    expect(all).toHaveLength(expected.length + 1);
    expect(charts(SHEETS.groups).map((c) => c.id)).toEqual(own);
  });
});
