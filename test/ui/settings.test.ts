/**
 * The Cài đặt phường dialog (dist/Settings.html) in headless Chromium over the built bundle and the
 * fake (test/ui/harness.ts): it shows the workbook's current settings and targets; a change writes only
 * the cells that changed (the Cấu hình and Chỉ tiêu tabs compared cell by cell) and one Nhật ký row;
 * a bad e-mail is named under its field as it is typed, and refused by the server with nothing written
 * even when the page is bypassed; a minimum above its maximum is refused; it fits without horizontal
 * scroll in Vietnamese and English. Screenshots go to out/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { type Loaded, loadAddOn, OFFICER, sheetValues, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openDialog, type PageSession, SCREENSHOTS } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: [
    'nextTick',
    'setImmediate',
    'setTimeout',
    'setInterval',
    'queueMicrotask',
    'performance',
    'hrtime',
    'clearTimeout',
    'clearInterval',
  ],
});

const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 25], today: '2026-11-22' });
/** The dialog's size in Sheets (src/gas/dialogs.ts DIALOGS.settings). */
const SIZE = { width: 480, height: 640 };
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

function ward(lang: 'vi' | 'en' = 'vi'): Loaded {
  const loaded = loadAddOn(undefined, lang);
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

const open = async (loaded: Loaded) => openDialog(browser!, loaded, 'menuSettings', SIZE);
const userTabs = (env: GasEnvironment) => env.spreadsheet.getSheets().filter((s) => s.getName() !== SHEETS.log);
const snapshot = (env: GasEnvironment) => Object.fromEntries(userTabs(env).map((s) => [s.getName(), sheetValues(env, s.getName())]));
/** Nhật ký's rows below its header (the tab is made with the first row). */
const logRows = (env: GasEnvironment) => (env.spreadsheet.getSheetByName(SHEETS.log) ? sheetValues(env, SHEETS.log).length - 1 : 0);

/** The cells of a tab that differ, as "A1 notation: old → new". */
function diff(before: unknown[][], after: unknown[][]): string[] {
  const out: string[] = [];
  for (let r = 0; r < Math.max(before.length, after.length); r++)
    for (let c = 0; c < Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0); c++) {
      const [a, b] = [before[r]?.[c] ?? '', after[r]?.[c] ?? ''];
      if (a !== b) out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${String(a)} → ${String(b)}`);
    }
  return out;
}

/** The row (1-based) of a grid whose first cell is `key`. */
const rowOf = (grid: unknown[][], key: string) => grid.findIndex((r) => r[0] === key) + 1;

function clean(session: PageSession): void {
  expect(session.requests).toEqual([]);
  expect(session.errors).toEqual([]);
}

/**
 * What the officer sees in the dialog (its height, not the whole page: the footer with Lưu cài đặt stays
 * at the bottom of the dialog while the fields scroll), after scrolling to `selector` when given.
 */
async function shot(session: PageSession, name: string, selector?: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (selector) await session.page.locator(selector).scrollIntoViewIfNeeded();
  await session.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function fits(session: PageSession): Promise<void> {
  expect(await session.overflowX()).toBe(0);
  await session.page.setViewportSize({ width: 300, height: SIZE.height });
  expect(await session.overflowX()).toBe(0);
  await session.page.setViewportSize(SIZE);
}

it('shows the workbook’s current settings and targets, and a change writes only the cells that changed, with one Nhật ký row', async () => {
  const loaded = ward();
  const { env } = loaded;
  const settings = sheetValues(env, SHEETS.settings);
  const targets = sheetValues(env, SHEETS.targets);
  const value = (key: string) => String(settings[rowOf(settings, key) - 1][2]);
  const session = await open(loaded);
  const { page } = session;
  expect(session.title).toBe('Cài đặt phường');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-setting:ward');
  // Current values, read from the tabs themselves.
  expect(await page.getByLabel('Tên phường / xã').inputValue()).toBe(value('ward'));
  expect(await page.getByLabel('Năm báo cáo').inputValue()).toBe(value('year'));
  expect(await page.getByLabel('Email cán bộ phụ trách').inputValue()).toBe(value('officerEmail'));
  expect(await page.getByLabel('Chuẩn CLB: số thành viên tối thiểu').inputValue()).toBe(value('standardMinMembers'));
  const elderly = targets[rowOf(targets, 'elderly_members') - 1];
  expect(await page.locator('[id="f-target:elderly_members:P1"]').inputValue()).toBe(String(elderly[3]));
  expect(await page.locator('[id="f-target:elderly_members:P2"]').inputValue()).toBe(String(elderly[4]));
  expect(await page.getByRole('button', { name: 'Lưu cài đặt' }).isDisabled()).toBe(true);
  await fits(session);
  await shot(session, 'settings-vi');
  await shot(session, 'settings-vi-targets', '[id="f-target:elderly_members:P1"]');

  // Change three things; type one field and put it back (not changed, not written).
  await page.getByLabel('Năm báo cáo').fill('2027');
  await page.getByLabel('Tỉnh / thành phố').fill('Tỉnh X');
  await page.getByLabel('Tỉnh / thành phố').fill(value('province'));
  await page.locator('[id="f-target:elderly_members:P1"]').fill('≥320');
  // Typed differently, the same value ("≥400" is "≥ 400"): sent, but its cell is not written.
  await page.locator('[id="f-target:elderly_members:P2"]').fill(String(elderly[4]).replace(' ', ''));
  await page.getByLabel('Email lãnh đạo').fill('LanhDao.Moi@Example.vn; pho.chutich@example.vn');
  expect(await page.locator('#pending').textContent()).toBe('4 ô đã sửa, chưa lưu.');
  const logged = logRows(env);
  const before = snapshot(env);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await session.settle();
  expect(await page.locator('#status').textContent()).toBe(
    'Đã lưu 3 ô: Năm báo cáo; Email lãnh đạo; Số người cao tuổi (60+) tham gia CLB (P1).'.replace(
      'Số người cao tuổi (60+) tham gia CLB',
      String(elderly[1]),
    ),
  );

  const after = snapshot(env);
  const year = rowOf(settings, 'year');
  const leader = rowOf(settings, 'leaderEmail');
  const target = rowOf(targets, 'elderly_members');
  expect(diff(before[SHEETS.settings], after[SHEETS.settings])).toEqual([
    `C${year}: ${value('year')} → 2027`,
    `C${leader}: ${value('leaderEmail')} → lanhdao.moi@example.vn, pho.chutich@example.vn`,
  ]);
  expect(diff(before[SHEETS.targets], after[SHEETS.targets])).toEqual([`D${target}: ${elderly[3]} → ≥ 320`]);
  for (const tab of Object.keys(before).filter((t) => t !== SHEETS.settings && t !== SHEETS.targets))
    expect([tab, diff(before[tab], after[tab])]).toEqual([tab, []]);
  expect(logRows(env)).toBe(logged + 1);
  const log = sheetValues(env, SHEETS.log).at(-1)!;
  expect(log).toContain('xong');
  expect(log.join(' ')).toContain('Năm báo cáo');
  // The page shows the workbook as saved: nothing pending.
  expect(await page.getByLabel('Năm báo cáo').inputValue()).toBe('2027');
  expect(await page.locator('#pending').textContent()).toBe('');
  // The roll-up reads the new year as its default period.
  loaded.app.menuRollUp();
  expect(String(sheetValues(env, SHEETS.summary).slice(0, 3).flat().join(' '))).toContain('2027');
  clean(session);
  await session.close();
}, 60_000);

it('a bad e-mail is named under its field as it is typed and refused with nothing written, even when the page is bypassed', async () => {
  const loaded = ward();
  const { env } = loaded;
  const session = await open(loaded);
  const { page } = session;
  await page.getByLabel('Năm báo cáo').fill('2027');
  await page.getByLabel('Email cán bộ phụ trách').fill(`${OFFICER}, pho phong@example`);
  const error = page.locator('[id="e-setting:officerEmail"]');
  expect(await error.textContent()).toBe('"pho" không phải địa chỉ email hợp lệ.');
  expect(await page.getByRole('button', { name: 'Lưu cài đặt' }).isDisabled()).toBe(true);
  // Other rules, as typed: a number outside its bounds, text where a number goes, a target that is no target.
  await page.getByLabel('Chuẩn CLB: tỷ lệ nữ tối đa (%)').fill('120');
  expect(await page.locator('[id="e-setting:standardMaxWomenShare"]').textContent()).toBe('"120" lớn hơn mức tối đa 100.');
  await page.getByLabel('Chuẩn CLB: số thành viên tối thiểu').fill('năm mươi');
  expect(await page.locator('[id="e-setting:standardMinMembers"]').textContent()).toBe(
    '"năm mươi" không phải số. Viết ví dụ 1.000.000 hoặc 25 triệu.',
  );
  await page.locator('[id="f-target:elderly_members:P2"]').fill('nhiều');
  expect(await page.locator('[id="e-target:elderly_members:P2"]').textContent()).toContain('không phải chỉ tiêu hợp lệ');
  await fits(session);
  await shot(session, 'settings-vi-errors', '[id="f-setting:officerEmail"]');
  await shot(session, 'settings-vi-errors-targets', '[id="f-target:elderly_members:P2"]');
  expect(session.calls.map((c) => c.name)).toEqual(['settingsState']);

  // The page bypassed: the server refuses the whole save (the good year too), naming the field.
  const logged = logRows(env);
  const before = snapshot(env);
  const answer = await page.evaluate(
    (officer) =>
      new Promise((resolve) => {
        type Run = { withSuccessHandler(h: (v: unknown) => void): Run; settingsSave(arg: unknown): void };
        (window as unknown as { google: { script: { run: Run } } }).google.script.run
          .withSuccessHandler(resolve)
          .settingsSave({ values: { 'setting:year': '2027', 'setting:officerEmail': `${officer}, pho phong@example` } });
      }),
    OFFICER,
  );
  await session.settle();
  expect(answer).toMatchObject({
    ok: false,
    cells: 0,
    message: 'Chưa lưu gì: 1 ô có giá trị không hợp lệ (đánh dấu đỏ). Sửa rồi lưu lại.',
    fields: { 'setting:officerEmail': '"pho" không phải địa chỉ email hợp lệ.' },
  });
  expect(snapshot(env)).toEqual(before);
  expect(logRows(env)).toBe(logged + 1);
  clean(session);
  await session.close();
}, 60_000);

it('a minimum above its maximum is refused under the maximum, nothing written', async () => {
  const loaded = ward();
  const { env } = loaded;
  const session = await open(loaded);
  const { page } = session;
  await page.getByLabel('Chuẩn CLB: số thành viên tối thiểu').fill('80');
  const before = snapshot(env);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await session.settle();
  expect(await page.locator('[id="e-setting:standardMaxMembers"]').textContent()).toBe('Mức tối đa (70) nhỏ hơn mức tối thiểu (80).');
  expect(await page.locator('#status').textContent()).toContain('Chưa lưu gì');
  expect(snapshot(env)).toEqual(before);
  clean(session);
  await session.close();
}, 60_000);

it('English: every section from the catalogue, with and without errors, fits; the folded settings open by keyboard', async () => {
  const loaded = ward('en');
  const session = await open(loaded);
  const { page } = session;
  expect(session.title).toBe('Ward settings');
  for (const title of ['Ward and reporting year', 'Who is in charge', 'Club standard', 'Plan targets'])
    expect(await page.getByRole('heading', { name: title }).isVisible()).toBe(true);
  expect(await page.getByLabel('Reporting year').isVisible()).toBe(true);
  // The rarely changed settings are folded; Enter on the summary opens them.
  expect(await page.getByLabel('Signer title').isVisible()).toBe(false);
  await page.locator('summary').focus();
  await page.keyboard.press('Enter');
  expect(await page.getByLabel('Signer title').isVisible()).toBe(true);
  await fits(session);
  await shot(session, 'settings-en');
  await shot(session, 'settings-en-other', '[id="f-setting:signerTitle"]');
  await page.getByLabel('Leader e-mail').fill('not-an-email');
  await page.getByLabel('Reporting year').fill('1999');
  expect(await page.locator('[id="e-setting:leaderEmail"]').textContent()).toBe('"not-an-email" is not a valid e-mail address.');
  expect(await page.locator('[id="e-setting:year"]').textContent()).toBe('"1999" is below the minimum 2000.');
  await fits(session);
  await shot(session, 'settings-en-errors');
  clean(session);
  await session.close();
}, 60_000);
