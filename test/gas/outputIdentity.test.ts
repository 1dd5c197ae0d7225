/**
 * Apps Script hands out a new Sheet object on every call, so a Sheet found through a developer
 * metadata location is never `===` the one from getSheets(). The fake keeps one object per sheet;
 * here a metadata location hands out a stand-in (a Proxy: same sheet, other identity), as Apps
 * Script does, and the jobs must still find, replace and rename their outputs (outputs.ts matches
 * the marked tab by its name).
 */
import { generateDemoWard } from '../../src/core/demo';
import { FakeDeveloperMetadataLocation } from '../fakes/gas/metadata';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const proto = FakeDeveloperMetadataLocation.prototype as unknown as { getSheet: (...args: unknown[]) => object | null };
const original = proto.getSheet;

beforeAll(() => {
  proto.getSheet = function (this: unknown, ...args: unknown[]) {
    const sheet = original.apply(this, args);
    return sheet === null ? null : new Proxy(sheet, {});
  };
});
afterAll(() => {
  proto.getSheet = original;
});

const names = (loaded: Loaded) => loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().map((s) => s.getName()));

test('a second check and roll-up replace their outputs in place, under their own names, with no copy left over', () => {
  const loaded = loadAddOn();
  loaded.app.menuSetUp();
  loaded.env.ui.alerts.length = 0;
  writeGrids(loaded.env, generateDemoWard({ clubs: 3, membersPerClub: [20, 25], today: '2026-11-22' }).grids);
  loaded.app.menuCheck();
  loaded.app.menuRollUp();
  const first = names(loaded);
  loaded.app.menuCheck();
  loaded.app.menuRollUp();
  expect(loaded.env.ui.alerts.map((a) => a.message)).toEqual([]);
  expect(names(loaded)).toEqual(first);
  expect(first.filter((n) => /\(\d+\)$|đang ghi/.test(n))).toEqual([]);
});
