/**
 * Chốt số liệu through the built bundle over the fake: the lock keeps the period's snapshot in a
 * hidden, marked, officers-only tab; a later edit is flagged in Kiểm tra with old → new; a report on
 * the locked period is made from the snapshot (the same Doc as before the edit) until the period is
 * unlocked; a fault while locking leaves no lock and no half-made tab.
 */
import { generateDemoWard } from '../../src/core/demo';
import { OUTPUT_KEY, parseOutputMarker } from '../../src/core/output/outputTabs';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { metadataOf } from '../fakes/gas/metadata';
import { ProtectionType } from '../fakes/gas/protection';
import { loadAddOn, OFFICER, setToday, sheetValues, writeGrids } from './harness';

type App = Record<string, (...a: unknown[]) => unknown>;

const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 22], today: '2026-07-05' });

function ward() {
  const loaded = loadAddOn();
  setToday(loaded.app, '2026-07-05');
  loaded.app.menuSetUp();
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

const lockSheets = (env: GasEnvironment) =>
  metadataOf(env.spreadsheet)
    .filter((e) => e.key === OUTPUT_KEY && parseOutputMarker(e.value)?.id === 'locks')
    .map((e) => e.sheet!);

type LockResult = { ok: boolean; message: string; locks: Array<{ period: string; damaged: boolean }> };

/** Chốt số liệu as the wizard's lock step asks it (the menu opens the wizard there). */
function lock(app: App, _env: GasEnvironment, period = '2026-H1', unlock = false): LockResult {
  return app.wizardLock({ period, unlock }) as LockResult;
}

/** The text of the newest report Doc of the 6-month kind. */
function reportText(app: App, env: GasEnvironment): string {
  env.ui.queuePrompt('2026-H1');
  app.menuReport_h1();
  const docs = [...env.drive._files.values()].filter((f) => !f.trashed && f.description?.startsWith('ishc:report:h1:'));
  return env.documents._docs.get(docs.at(-1)!.id)!.body._text();
}

/** CLB01's first woman member becomes a man: one fewer woman in the period. */
function editGender(env: GasEnvironment) {
  const sheet = env.spreadsheet.getSheetByName('CLB01')!;
  const values = sheet.getDataRange().getValues();
  const header = values.findIndex((row) => row.includes('Giới tính'));
  const col = values[header].indexOf('Giới tính');
  const row = values.findIndex((r, i) => i > header && r[col] === 'Nữ');
  sheet.getRange(row + 1, col + 1).setValue('Nam');
}

describe('Chốt số liệu', () => {
  test('keeps the snapshot in a hidden, marked, officers-only tab; a second lock of the period is refused', () => {
    const { env, app } = ward();
    const done = lock(app, env);
    expect(done.ok).toBe(true);
    expect(done.message).toMatch(/^Đã chốt số liệu kỳ 2026-H1/);
    expect(done.locks.map((l) => l.period)).toEqual(['2026-H1']);
    const [sheet] = lockSheets(env);
    expect(sheet.getName()).toBe(SHEETS.locks);
    expect(sheet.isSheetHidden()).toBe(true);
    const rows = sheet.getDataRange().getValues();
    expect(rows[0].slice(0, 3)).toEqual(['Kỳ báo cáo', 'Thao tác', 'Thời điểm']);
    expect(rows.slice(1).every((r) => r[0] === '2026-H1' && r[1] === 'chốt')).toBe(true);
    const [protection] = sheet.getProtections(ProtectionType.SHEET);
    expect(protection.getEditors().map((u) => u.getEmail())).toContain(OFFICER);
    expect(sheetValues(env, SHEETS.log).at(-1)![4]).not.toBe('lỗi');
    expect(lock(app, env).message).toMatch(/đã được chốt/);
    expect(lockSheets(env)).toHaveLength(1);
    expect(sheet.getDataRange().getValues()).toHaveLength(rows.length);
  });

  test('a later edit is flagged in Kiểm tra with old → new; the report stays the locked one until unlocked', () => {
    const { env, app } = ward();
    const before = reportText(app, env);
    lock(app, env);
    editGender(env);
    app.menuCheck();
    const flags = sheetValues(env, SHEETS.check)
      .flat()
      .filter((c) => typeof c === 'string' && c.startsWith('Kỳ 2026-H1 đã chốt số liệu'));
    expect(flags.some((f) => /Số thành viên nữ: \d+ → \d+/.test(f as string))).toBe(true);
    expect(flags.some((f) => (f as string).includes('CLB01 – '))).toBe(true);
    const locked = reportText(app, env);
    expect(locked).toBe(before);
    expect(env.ui.dialogs.at(-1)?.html.getContent()).toContain('số liệu đã chốt');
    // Mở khóa: the report follows the workbook again.
    const undone = lock(app, env, '2026-H1', true);
    expect([undone.ok, undone.message, undone.locks]).toEqual([true, 'Đã mở khóa kỳ 2026-H1.', []]);
    expect(reportText(app, env)).not.toBe(before);
  });

  test('the menu items open the report wizard on its lock step: no period code to type', () => {
    const { env, app } = ward();
    const alerts = env.ui.alerts.length;
    for (const item of ['menuLock', 'menuUnlock']) {
      app[item]();
      const html = env.ui.sidebars.at(-1)!.getContent();
      expect(html).toContain('<meta name="ishc-focus" content="lock">');
      expect(html).toContain('wizardLock');
    }
    expect(env.ui.alerts).toHaveLength(alerts);
  });

  test('a period not yet ended is not locked, and nothing is written', () => {
    const { env, app } = ward();
    const refused = lock(app, env, '2026');
    expect([refused.ok, refused.message]).toEqual([
      false,
      'Kỳ 2026 chưa kết thúc (đến hết ngày 31/12/2026); chỉ chốt số liệu một kỳ đã kết thúc.',
    ]);
    expect(lockSheets(env)).toEqual([]);
  });

  test('a snapshot piece edited by hand: Kiểm tra says the lock is damaged, the report follows the tabs, locking again works', () => {
    const { env, app } = ward();
    lock(app, env);
    editGender(env);
    const locked = reportText(app, env);
    const [sheet] = lockSheets(env);
    const cell = sheet.getRange(2, 7);
    const piece = String(cell.getValue());
    const at = 2000 + piece.slice(2000).search(/\d/);
    cell.setValue(`${piece.slice(0, at)}${(Number(piece[at]) + 1) % 10}${piece.slice(at + 1)}`);
    app.menuCheck();
    const damaged = sheetValues(env, SHEETS.check)
      .flat()
      .filter((c) => typeof c === 'string' && c.startsWith('Bản chốt số liệu kỳ 2026-H1'));
    expect(damaged).toHaveLength(1);
    expect(reportText(app, env)).not.toBe(locked);
    expect(lock(app, env).message).toMatch(/^Đã chốt số liệu kỳ 2026-H1/);
  });

  test.each([
    ['the lock tab header', { method: 'Range.setValues', nth: 1 }],
    ['the snapshot rows', { method: 'Range.setValues', nth: 2 }],
    ['hiding the tab', { method: 'Sheet.hideSheet', nth: 1 }],
  ])('a fault at %s leaves no lock and no half-made tab; the next lock is whole', (_what, plan) => {
    const { env, app } = ward();
    const faults = armFault(env, plan);
    const failed = lock(app, env);
    disarmFaults(env);
    expect(faults.fired).not.toBeNull();
    expect(failed.ok).toBe(false);
    expect(failed.message).toMatch(/không hoàn thành/);
    expect(lockSheets(env)).toEqual([]);
    expect(env.spreadsheet.getSheets().filter((s) => s.getName().startsWith(SHEETS.locks))).toHaveLength(0);
    lock(app, env);
    expect(lockSheets(env)).toHaveLength(1);
  });
});
