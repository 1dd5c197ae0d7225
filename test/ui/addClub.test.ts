/**
 * The Thêm câu lạc bộ dialog (dist/AddClub.html) in headless Chromium, its google.script.run calls
 * answered by the built bundle over the in-memory fake (test/ui/harness.ts): a bad code is named under
 * the field as it is typed, before any submit; the residential groups offered are the workbook's; the
 * submit makes the club's tab and registry row in the fake (the same tab the job draws from core's
 * declaration, and the same as the job run without the page); keyboard only works; the dialog fits
 * without horizontal scroll in Vietnamese and English. Screenshots go to out/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { clubSheetSpec } from '../../src/core/layout/wardLayout';
import { SHEETS } from '../../src/core/schema/sheets';
import { type GasEnvironment, protectionOf } from '../fakes/gas';
import { type Loaded, loadAddOn, OFFICER, sheetValues, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openDialog, type PageSession } from './harness';

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
/** The dialog's size in Sheets (src/gas/dialogs.ts DIALOGS.addClub). */
const SIZE = { width: 440, height: 560 };
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

const open = async (loaded: Loaded) => openDialog(browser!, loaded, 'menuAddClub', SIZE);
const tabs = (env: GasEnvironment) => env.spreadsheet.getSheets().map((s) => s.getName());

function clean(session: PageSession): void {
  expect(session.requests).toEqual([]);
  expect(session.errors).toEqual([]);
}

/** Fits the dialog, and the narrowest add-on page (the 300 px sidebar) too. */
async function fits(session: PageSession): Promise<void> {
  expect(await session.overflowX()).toBe(0);
  await session.page.setViewportSize({ width: 300, height: SIZE.height });
  expect(await session.overflowX()).toBe(0);
  await session.page.setViewportSize(SIZE);
}

it('a bad club code is named under the field as it is typed, before any submit, and the button waits', async () => {
  const loaded = ward();
  const session = await open(loaded);
  const { page } = session;
  expect(session.title).toBe('Thêm câu lạc bộ');
  // Focus starts in the code field, with the next free code as the example.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
  expect(await page.getByLabel('Mã CLB').getAttribute('placeholder')).toBe('ví dụ CLB03');
  const submit = page.getByRole('button', { name: 'Thêm câu lạc bộ' });
  expect(await submit.isDisabled()).toBe(true);
  const error = page.locator('#code-error');
  expect(await error.isVisible()).toBe(false);

  await page.getByLabel('Mã CLB').pressSequentially('CLB 9');
  expect(await error.textContent()).toBe('Mã CLB "CLB 9" không hợp lệ: dùng chữ, số, dấu gạch, tối đa 30 ký tự.');
  expect(await page.getByLabel('Mã CLB').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Mã CLB').fill('clb01');
  expect(await error.textContent()).toBe('Mã CLB "clb01" đã có (trong danh mục hoặc là tên trang tính). Chọn mã khác.');
  await page.getByLabel('Mã CLB').fill('Tổng hợp');
  expect(await error.textContent()).toContain('không hợp lệ');
  await page.getByLabel('Tên câu lạc bộ').fill('CLB Liên thế hệ tổ 9');
  await page.getByLabel('Email Ban chủ nhiệm (không bắt buộc)').fill('bcn9@example, ');
  await page.getByLabel('Tên câu lạc bộ').focus();
  expect(await page.locator('#boardEmails-error').textContent()).toBe('"bcn9@example" không phải địa chỉ email hợp lệ.');
  expect(await submit.isDisabled()).toBe(true);
  // Nothing was sent to the server: the checks are the page's own (core's rules).
  expect(session.calls.map((c) => c.name)).toEqual(['addClubState']);
  await fits(session);
  await session.screenshot('add-club-vi-errors');

  await page.getByLabel('Mã CLB').fill('CLB09');
  expect(await error.isVisible()).toBe(false);
  await page.getByLabel('Email Ban chủ nhiệm (không bắt buộc)').fill('');
  expect(await submit.isDisabled()).toBe(true); // no group chosen yet
  await page.getByLabel('Tổ dân phố / thôn').selectOption('TDP09');
  expect(await submit.isDisabled()).toBe(false);
  clean(session);
  await session.close();
}, 60_000);

it('the residential-group dropdown lists the groups of the workbook’s Tổ dân phố tab, in its order', async () => {
  const loaded = ward();
  // One more group typed by the user, and a blank row before it: the dropdown follows the tab.
  const groups = loaded.env.spreadsheet.getSheetByName(SHEETS.groups)!;
  const rows = sheetValues(loaded.env, SHEETS.groups).length;
  groups.getRange(rows + 2, 1, 1, 2).setValues([['TDP11', 'Thôn Đông Sơn']]);
  const session = await open(loaded);
  const options = await session.page
    .locator('#group option')
    .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
  // Expected straight from the tab's cells: code and name of each row that has a code.
  const expected = sheetValues(loaded.env, SHEETS.groups)
    .slice(2)
    .filter((r) => r[0] !== '')
    .map((r) => [String(r[0]), `${r[0]} – ${r[1]}`]);
  expect(expected).toHaveLength(11);
  expect(options).toEqual([['', '— Chọn tổ dân phố —'], ...expected]);
  clean(session);
  await session.close();
}, 60_000);

it('submitting makes the club’s tab and registry row in the fake, as the job draws it, then opens the new tab', async () => {
  const loaded = ward();
  const { env } = loaded;
  const registryBefore = sheetValues(env, SHEETS.clubs);
  const session = await open(loaded);
  const { page } = session;
  // Keyboard only: type, Tab to the next field, arrow through the dropdown, Enter submits.
  await page.keyboard.type('CLB09');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CLB Liên thế hệ tổ dân phố 9');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowDown');
  expect(await page.getByLabel('Tổ dân phố / thôn').inputValue()).toBe('TDP09');
  await page.keyboard.press('Tab');
  await page.keyboard.type('BCN9@Example.vn, thuky9@example.vn');
  await page.keyboard.press('Enter');
  await session.settle();
  expect(await page.locator('#done').textContent()).toContain('Đã thêm CLB CLB09 – CLB Liên thế hệ tổ dân phố 9');
  await fits(session);
  await session.screenshot('add-club-vi-done');

  // The tab, cell for cell, is core's declaration of a club tab (as set-up and the CLI draw it) …
  expect(tabs(env)).toContain('CLB09');
  const drawn = sheetValues(env, 'CLB09');
  const spec = clubSheetSpec('CLB09', 'CLB Liên thế hệ tổ dân phố 9', 'TDP09').rows.map((r) => r.map((c) => String(c ?? '')));
  while (spec.at(-1)?.every((c) => c === '')) spec.pop(); // the data range ends at the last row with a value
  expect(drawn.map((r) => r.map(String))).toEqual(spec);
  // … and the same tab the job makes when run without the page.
  const direct = ward();
  const result = direct.app.addClubSubmit({
    code: 'CLB09',
    name: 'CLB Liên thế hệ tổ dân phố 9',
    group: 'TDP09',
    boardEmails: 'bcn9@example.vn, thuky9@example.vn',
  }) as { ok: boolean };
  expect(result.ok).toBe(true);
  expect(drawn).toEqual(sheetValues(direct.env, 'CLB09'));
  expect(env.spreadsheet.getSheetByName('CLB09')!.getFrozenRows()).toBe(direct.env.spreadsheet.getSheetByName('CLB09')!.getFrozenRows());
  expect(sheetValues(env, SHEETS.clubs)).toEqual(sheetValues(direct.env, SHEETS.clubs));

  // One registry row, below the clubs, with the e-mails as the registry keeps them; nothing else changed.
  const registry = sheetValues(env, SHEETS.clubs);
  const changed = registry.flatMap((row, r) => (row.some((v, c) => v !== (registryBefore[r]?.[c] ?? '')) ? [r] : []));
  expect(changed).toHaveLength(1);
  expect(registry[changed[0]]).toEqual([
    'CLB09',
    'CLB Liên thế hệ tổ dân phố 9',
    'TDP09',
    '',
    '',
    'Đang hoạt động',
    'bcn9@example.vn, thuky9@example.vn',
  ]);
  // The board may edit its tab (and the officer): the protection names them.
  const editors = protectionOf(env.spreadsheet.getSheetByName('CLB09')!)!
    .getEditors()
    .map((u) => u.getEmail())
    .sort();
  expect(editors).toEqual(['bcn9@example.vn', OFFICER, 'thuky9@example.vn'].sort());

  await page.getByRole('button', { name: 'Mở trang CLB09' }).click();
  await session.settle();
  expect(env.ui.selection).toEqual({ sheet: 'CLB09', a1: 'A1' });
  expect(await session.closed()).toBe(true);
  expect(env.ui.alerts).toEqual([]);
  clean(session);
  await session.close();
}, 60_000);

it('a code taken between opening and submitting is refused under its field, nothing written', async () => {
  const loaded = ward();
  const { env } = loaded;
  const session = await open(loaded);
  const { page } = session;
  await page.getByLabel('Mã CLB').fill('CLB09');
  await page.getByLabel('Tên câu lạc bộ').fill('CLB tổ 9');
  await page.getByLabel('Tổ dân phố / thôn').selectOption('TDP09');
  // Someone else makes a tab CLB09 meanwhile.
  env.spreadsheet.insertSheet('CLB09');
  const before = tabs(env);
  const registry = sheetValues(env, SHEETS.clubs);
  await page.getByRole('button', { name: 'Thêm câu lạc bộ' }).click();
  await session.settle();
  expect(await page.locator('#code-error').textContent()).toContain('đã có');
  expect(await page.locator('#status').textContent()).toBe('Chưa thêm: sửa các ô được đánh dấu.');
  expect(await page.getByRole('button', { name: 'Thêm câu lạc bộ' }).isDisabled()).toBe(true);
  expect(tabs(env).filter((t) => t !== SHEETS.log)).toEqual(before.filter((t) => t !== SHEETS.log));
  expect(sheetValues(env, SHEETS.clubs)).toEqual(registry);
  clean(session);
  await session.close();
}, 60_000);

it('English: the same dialog from the catalogue, with and without errors, fits', async () => {
  const loaded = ward('en');
  const session = await open(loaded);
  const { page } = session;
  expect(session.title).toBe('Add club');
  await fits(session);
  await session.screenshot('add-club-en');
  await page.getByLabel('Club code').fill('CLB01');
  await page.getByLabel('Club name').fill('x');
  await page.getByLabel('Club name').fill('');
  await page.getByLabel('Board e-mails (optional)').fill('nobody');
  await page.getByLabel('Club code').focus();
  expect(await page.locator('#code-error').textContent()).toBe(
    'Club code "CLB01" already exists (in the registry or as a sheet name). Choose another.',
  );
  expect(await page.locator('#name-error').textContent()).toBe('The club name cannot be empty.');
  expect(await page.locator('#boardEmails-error').textContent()).toBe('"nobody" is not a valid e-mail address.');
  await fits(session);
  await session.screenshot('add-club-en-errors');
  clean(session);
  await session.close();
}, 60_000);

it('a ward with no residential group listed says where to add them, and adds nothing', async () => {
  const loaded = ward();
  const grid = demo.grids[SHEETS.groups].map((r, i) => (i < 2 ? r : r.map(() => '')));
  writeGrids(loaded.env, { [SHEETS.groups]: grid });
  const session = await open(loaded);
  const { page } = session;
  expect(await page.locator('#problems').textContent()).toContain('Trang "Tổ dân phố" chưa có tổ nào.');
  expect(await page.getByRole('button', { name: 'Thêm câu lạc bộ' }).isDisabled()).toBe(true);
  await fits(session);
  await session.screenshot('add-club-vi-no-groups');
  await page.getByRole('button', { name: 'Mở trang Tổ dân phố' }).click();
  await session.settle();
  expect(loaded.env.ui.selection?.sheet).toBe(SHEETS.groups);
  clean(session);
  await session.close();
}, 60_000);
