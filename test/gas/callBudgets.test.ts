/**
 * Service-call budgets of the add-on's jobs, through the built bundle over the counting fake, at two
 * ward sizes. Each budget is a formula of the workbook's tab count (and of what the job must write),
 * so a call added per tab or per row fails here. The job's calls are counted as the fake counts them
 * (every `Class.method`); the budgets are the levels the code reaches today (docs/ARCHITECTURE.md,
 * "Service calls per job"), not the issue-11 targets where those are not met yet.
 */
import { PASTED_ROWS } from '../../bench/gasJobs';
import { generateDemoWard } from '../../src/core/demo';
import { locateTables } from '../../src/core/parse/locate';
import { MEMBERS } from '../../src/core/schema/tables';
import type { FakeRange } from '../fakes/gas';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

/**
 * Constant part of a menu run: lock, log row, output discovery and commit, locale, access check,
 * protections of new outputs; the roll-up draws four output tabs (widths and number formats per column;
 * Biểu đồ's tab, before its charts, about 30 calls: discovery, staging, marker, header, formats, protection).
 */
const RUN_CONSTANT = 75;
const ROLLUP_CONSTANT = 230;
/** Biểu đồ: per chart newChart, setChartType, getRange, addRange, setPosition, the title, the height of a tall chart, build, insertChart (was 14). */
const PER_CHART = 9;

function chartCount(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().reduce((n, s) => n + s.getCharts().length, 0));
}

function counted(loaded: Loaded, job: () => void): { total: number; calls: Record<string, number> } {
  loaded.env.calls.reset();
  job();
  const result = { total: loaded.env.calls.total(), calls: loaded.env.calls.snapshot() };
  loaded.env.calls.reset();
  return result;
}

function tabCount(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().length);
}

/** Tabs the outputs link to: the HYPERLINK gids in the workbook's formulas (a job reads each linked tab's id once). */
function linkedTabs(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => {
    const gids = new Set<string>();
    for (const sheet of loaded.env.spreadsheet.getSheets())
      for (const row of sheet.getDataRange().getFormulas()) for (const f of row) for (const m of f.matchAll(/#gid=(\d+)/g)) gids.add(m[1]);
    return gids.size;
  });
}

describe.each([6, 60])('call budgets at %i clubs', (clubs) => {
  const { grids } = generateDemoWard({ clubs, membersPerClub: [20, 25], today: '2026-11-22' });
  let loaded: Loaded;

  beforeAll(() => {
    loaded = loadAddOn();
    loaded.app.menuSetUp();
    writeGrids(loaded.env, grids);
    loaded.app.menuSetUp();
    loaded.env.ui.alerts.length = 0;
  });

  test('Kiểm tra dữ liệu: a name, a range and its values per tab, one id per linked tab, the rest constant', () => {
    const { total, calls } = counted(loaded, () => loaded.app.menuCheck());
    const tabs = tabCount(loaded);
    expect(calls['Range.getValues']).toBeLessThanOrEqual(tabs + 2);
    expect(calls['Sheet.getSheetId'] ?? 0).toBe(linkedTabs(loaded));
    expect(total).toBeLessThanOrEqual(3 * tabs + linkedTabs(loaded) + RUN_CONSTANT);
  });

  test('Tổng hợp chỉ tiêu: the same reads; a second run (club lines unchanged) writes a constant number of cells', () => {
    const first = counted(loaded, () => loaded.app.menuRollUp());
    const tabs = tabCount(loaded);
    // The first roll-up writes each club's standard line (getRange ×2, marker read and add, re-read, write, tab colour).
    const charts = chartCount(loaded);
    expect(first.calls['Sheet.insertChart']).toBe(charts);
    expect(first.total).toBeLessThanOrEqual(3 * tabs + linkedTabs(loaded) + ROLLUP_CONSTANT + PER_CHART * charts + 7 * clubs);
    const again = counted(loaded, () => loaded.app.menuRollUp());
    expect(again.calls['Range.setValue'] ?? 0).toBe(0);
    expect(again.total).toBeLessThanOrEqual(3 * tabs + linkedTabs(loaded) + ROLLUP_CONSTANT + PER_CHART * charts);
  });

  test('the on-edit check of a pasted block costs the same whatever its rows', () => {
    const range = loaded.env.calls.uncounted(() => {
      const sheet = loaded.env.spreadsheet.getSheetByName('CLB01')!;
      const located = locateTables(grids.CLB01!, [MEMBERS]).get(MEMBERS.id)!;
      const columns = [...located.columns.values()];
      const left = Math.min(...columns);
      const width = Math.max(...columns) - left + 1;
      const block = sheet.getRange(located.headerRow + 2, left + 1, PASTED_ROWS, width);
      block.setValues(block.getValues());
      return block;
    }) as FakeRange;
    const { total, calls } = counted(loaded, () => loaded.app.onEditCheck({ range }));
    // 14 service calls plus the getters of each distinct rule object read back (4 per rule, one per declared column).
    const getters = Object.entries(calls)
      .filter(([name]) => name.startsWith('DataValidation.'))
      .reduce((n, [, c]) => n + c, 0);
    expect(total - getters).toBeLessThanOrEqual(14);
    expect(getters).toBeLessThanOrEqual(4 * 12);
  });

  test('Thiết lập sổ phường again: a bounded number of calls per tab', () => {
    const { total } = counted(loaded, () => loaded.app.menuSetUp());
    const tabs = tabCount(loaded);
    expect(total).toBeLessThanOrEqual(40 * tabs + RUN_CONSTANT);
  });
});
