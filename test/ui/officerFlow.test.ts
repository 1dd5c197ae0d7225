/**
 * Issue 10's acceptance: a ward officer, on a new spreadsheet, does the whole year's work from the
 * menu and the add-on's pages without typing a code or reading the guide — set-up, ward settings,
 * adding a club, the check with a misspelling fixed in one click, the roll-up (with its charts), the
 * narrative and the annual report — in headless Chromium over the built bundle and the in-memory
 * fake. What the officer types is only what a ward knows (its name, its groups, its members, the
 * report's prose); every choice (club group, report kind, period) is picked from a list.
 */
import type { Browser } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { SHEETS } from '../../src/core/schema/sheets';
import { MEMBERS } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';
import { loadAddOn, setToday, sheetValues, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openDialog, openSidebar } from './harness';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** The members the officer types into the new club's tab: the demo's first club, one woman written "Nu". */
const demo = generateDemoWard({ clubs: 1, membersPerClub: [24, 24], today: '2026-12-20' });
const GENDER = MEMBERS.columns.find((c) => c.key === 'gender')!.header;

function clubGridWithMisspelling(): { grid: Cell[][]; a1: string } {
  const grid = demo.grids.CLB01.map((row) => [...row]);
  const head = grid.findIndex((row) => row.includes(GENDER));
  const col = grid[head].indexOf(GENDER);
  const row = grid.findIndex((r, i) => i > head && r[col] === 'Nữ');
  grid[row][col] = 'Nu';
  return { grid, a1: `${String.fromCharCode(65 + col)}${row + 1}` };
}

it('set-up, settings, a club added, a misspelling fixed, roll-up with charts, the narrative and the annual report: no code typed', async () => {
  const loaded = loadAddOn();
  const { env, app } = loaded;
  setToday(app, '2027-01-05');
  expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);

  // 1. Thiết lập sổ phường: one menu click; the empty Sheet1 goes.
  app.menuSetUp();
  const tabs = env.spreadsheet.getSheets().map((s) => s.getName());
  expect(tabs).toEqual(expect.arrayContaining([SHEETS.settings, SHEETS.clubs, SHEETS.groups]));
  expect(tabs).not.toContain('Sheet1');

  // 2. Cài đặt phường: the ward's name, typed into its field.
  const settings = await openDialog(browser!, loaded, 'menuSettings', { width: 480, height: 640 });
  await settings.page.getByLabel('Tên phường / xã').fill('Phường Ngọc Trạo');
  await settings.page.getByLabel('Tỉnh / thành phố').fill('Tỉnh Thanh Hóa');
  await settings.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await settings.settle();
  expect(sheetValues(env, SHEETS.settings).flat()).toContain('Phường Ngọc Trạo');
  expect(settings.errors).toEqual([]);
  await settings.close();

  // 3. The ward's residential groups, typed into Tổ dân phố as the tab asks.
  writeGrids(env, { [SHEETS.groups]: demo.grids[SHEETS.groups] });

  // 4. Thêm câu lạc bộ: the code suggested, the group picked from the list.
  const add = await openDialog(browser!, loaded, 'menuAddClub', { width: 440, height: 560 });
  const suggested = await add.page.getByLabel('Mã CLB').getAttribute('placeholder');
  expect(suggested).toBe('ví dụ CLB01');
  await add.page.getByLabel('Mã CLB').fill('CLB01');
  await add.page.getByLabel('Tên câu lạc bộ').fill('CLB Liên thế hệ tổ dân phố 1');
  await add.page.getByLabel('Tổ dân phố / thôn').selectOption({ index: 1 });
  await add.page.getByRole('button', { name: 'Thêm câu lạc bộ' }).click();
  await add.settle();
  await add.page.getByRole('button', { name: 'Mở trang CLB01' }).waitFor();
  expect(env.spreadsheet.getSheetByName('CLB01')).not.toBeNull();
  expect(add.errors).toEqual([]);
  await add.close();

  // 5. The club's members, typed into its tab (one woman written "Nu").
  const { grid, a1 } = clubGridWithMisspelling();
  writeGrids(env, { CLB01: grid });

  // 6. Kiểm tra dữ liệu: the sidebar lists the misspelling; one click writes "Nữ" into that cell only.
  const check = await openSidebar(browser!, loaded, 'menuCheck');
  const issue = check.page
    .locator('details.group[data-sheet="CLB01"] li')
    .filter({ has: check.page.locator(`button.cell:text-is("${a1}")`) });
  await issue.getByRole('button', { name: 'Sửa thành "Nữ"' }).click();
  await check.settle();
  expect(env.spreadsheet.getSheetByName('CLB01')!.getRange(a1).getValue()).toBe('Nữ');
  expect(await check.page.locator('#status').textContent()).toBe(`Đã sửa 1 ô: CLB01!${a1}.`);
  expect(check.errors).toEqual([]);
  await check.close();

  // 7. Tổng hợp chỉ tiêu: the master sheet and the leaders' charts, the same number after a second run.
  app.menuRollUp();
  const charts = () => env.spreadsheet.getSheetByName(SHEETS.charts)!.getCharts().length;
  const first = charts();
  expect(first).toBeGreaterThan(0);
  app.menuRollUp();
  expect(charts()).toBe(first);
  expect(env.spreadsheet.getSheetByName(SHEETS.summary)).not.toBeNull();

  // 8. The report wizard: the annual report of 2026 picked from the lists, the narrative written, the Doc made.
  const wizard = await openSidebar(browser!, loaded, 'menuReportWizard');
  await wizard.page.selectOption('#kind', { label: 'Báo cáo năm' });
  await wizard.page.selectOption('#period', { label: 'Cả năm 2026' });
  expect(await wizard.page.getByLabel(/tạm tính/).isVisible()).toBe(false);
  await wizard.page.getByLabel('Ưu điểm').fill('Câu lạc bộ mới sinh hoạt đều đặn hằng tháng.');
  await wizard.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await wizard.settle();
  await wizard.page.locator('#docLinks a').first().waitFor();
  const docs = [...env.drive._files.values()].filter((f) => !f.trashed && f.description === 'ishc:report:year:2026');
  expect(docs).toHaveLength(1);
  const text = env.documents._docs.get(docs[0].id)!.body._text();
  // The ward's own name everywhere, the sample's nowhere: the issuer, the date line, the addressee.
  expect(text).toContain('PHƯỜNG NGỌC TRẠO');
  expect(text).toContain('Ngọc Trạo, ngày 05 tháng 01 năm 2027');
  expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa.');
  expect(text).not.toMatch(/Mẫu/);
  expect(text).toContain('Câu lạc bộ mới sinh hoạt đều đặn hằng tháng.');
  expect(text).toContain('CLB01');
  expect(wizard.errors).toEqual([]);
  await wizard.close();

  // No prompt box on the way (the fake throws on a prompt the test did not script), and every step left its Nhật ký row.
  const log = sheetValues(env, SHEETS.log)
    .slice(1)
    .map((r) => [r[2], r[4]]);
  expect(log.every(([, outcome]) => outcome === 'xong')).toBe(true);
  expect(log.map(([action]) => action)).toEqual(
    expect.arrayContaining(['Thiết lập sổ phường', 'Thêm câu lạc bộ', 'Kiểm tra dữ liệu', 'Tổng hợp chỉ tiêu', 'Báo cáo năm']),
  );
}, 120_000);
