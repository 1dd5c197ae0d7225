/**
 * Pages read the ward outside the document lock (the dashboard, the report wizard's state and its
 * pre-check), so they must write nothing: a tab marked with a generation not yet committed may be
 * the staging tab of a roll-up running at this moment in another execution, not a failed run's
 * leftover. Only a job under the lock tidies leftovers.
 */
import { generateDemoWard } from '../../src/core/demo';
import { OUTPUT_KEY, outputMarker } from '../../src/core/output/outputTabs';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const STAGING = 'Tổng hợp (đang ghi)';
/** Calls that change the workbook, by the fake's method names. */
const WRITES = /\.(set|insert|delete|add|remove|append|clear|protect|hide|copy|move)/;

const names = (loaded: Loaded) => loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().map((s) => s.getName()));

let loaded: Loaded;

beforeAll(() => {
  loaded = loadAddOn();
  loaded.app.menuSetUp();
  writeGrids(loaded.env, generateDemoWard({ clubs: 3, membersPerClub: [20, 25], today: '2026-11-22' }).grids);
  loaded.app.menuRollUp();
  loaded.env.ui.alerts.length = 0;
  // Another execution's roll-up, between drawing its staging tab and committing: marked with the next generation.
  loaded.env.calls.uncounted(() => {
    const generation = Number(loaded.env.spreadsheet.createDeveloperMetadataFinder().withKey('ishc.generation').find()[0]?.getValue() ?? 0);
    loaded.env.spreadsheet.insertSheet(STAGING).addDeveloperMetadata(OUTPUT_KEY, outputMarker('summary', generation + 1));
  });
});

test.each(['dashboardState', 'wizardState', 'dashboardOpenCharts'])('%s writes nothing and leaves a running job’s staging tab', (page) => {
  const before = names(loaded);
  loaded.env.calls.reset();
  loaded.app[page]();
  const writes = Object.keys(loaded.env.calls.snapshot()).filter((m) => WRITES.test(m) && m !== 'Range.activate');
  expect(writes).toEqual([]);
  expect(names(loaded)).toEqual(before);
  expect(names(loaded)).toContain(STAGING);
});

test('the dashboard counts the committed outputs and the ward, not the staging tab', () => {
  const state = loaded.app.dashboardState() as { indicators: unknown[]; heading: string };
  expect(state.indicators.length).toBeGreaterThan(0);
  expect(state.heading).toMatch(/Phường/);
});

test('a job under the lock tidies it: the next roll-up deletes the leftover', () => {
  loaded.app.menuRollUp();
  expect(names(loaded)).not.toContain(STAGING);
});
