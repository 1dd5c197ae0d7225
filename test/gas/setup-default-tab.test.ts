/**
 * Thiết lập sổ phường on a new spreadsheet removes the empty first tab Google made ("Sheet1" in English,
 * "Trang tính1" in Vietnamese), through the built bundle over the fake; it keeps that tab when anything
 * is typed in it, when the user renamed it, and on a later set-up of a workbook that is already a ward.
 */
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { loadAddOn } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const tabs = (env: GasEnvironment) => env.spreadsheet.getSheets().map((s) => s.getName());
/** The ward tabs set-up draws, in order (a new spreadsheet's own first tab aside). */
const WARD_TABS = [SHEETS.guide, SHEETS.settings, SHEETS.targets, SHEETS.groups, SHEETS.clubs, SHEETS.activities, SHEETS.narratives];

test.each(['Sheet1', 'Trang tính1'])(
  'a new spreadsheet’s empty "%s" is removed by the set-up that makes it a ward, and the alert says so',
  (name) => {
    const { env, app } = loadAddOn();
    expect(tabs(env)).toEqual(['Sheet1']);
    env.spreadsheet.getSheetByName('Sheet1')!.setName(name);
    app.menuSetUp();
    expect(tabs(env).filter((t) => t !== SHEETS.log)).toEqual(WARD_TABS);
    expect(env.ui.alerts.at(-1)!.message).toContain(`Đã xóa trang trống "${name}"`);
  },
);

test.each([
  ['a value typed in it', (env: GasEnvironment) => env.spreadsheet.getSheetByName('Sheet1')!.getRange('D7').setValue('ghi chú')],
  ['a blank-looking value (a space)', (env: GasEnvironment) => env.spreadsheet.getSheetByName('Sheet1')!.getRange('A1').setValue(' ')],
  ['a zero', (env: GasEnvironment) => env.spreadsheet.getSheetByName('Sheet1')!.getRange('Z1000').setValue(0)],
])('"Sheet1" with %s is kept', (_label, fill) => {
  const { env, app } = loadAddOn();
  fill(env);
  const before = env.spreadsheet.getSheetByName('Sheet1')!.getDataRange().getValues();
  app.menuSetUp();
  expect(tabs(env)).toContain('Sheet1');
  expect(env.spreadsheet.getSheetByName('Sheet1')!.getDataRange().getValues()).toEqual(before);
  expect(env.ui.alerts.at(-1)!.message).not.toContain('Đã xóa trang trống');
});

test('an empty tab the user renamed is kept', () => {
  const { env, app } = loadAddOn();
  env.spreadsheet.getSheetByName('Sheet1')!.setName('Sheet1 (của tôi)');
  app.menuSetUp();
  expect(tabs(env)[0]).toBe('Sheet1 (của tôi)');
});

test('a later set-up of a workbook that is already a ward leaves an empty "Sheet1" alone', () => {
  const { env, app } = loadAddOn();
  app.menuSetUp();
  env.spreadsheet.insertSheet('Sheet1');
  app.menuSetUp();
  expect(tabs(env)).toContain('Sheet1');
});
