/**
 * The validation sidebar (dist/Validation.html) in headless Chromium over the built bundle and the
 * in-memory fake (test/ui/harness.ts): the menu's Kiểm tra dữ liệu runs the check (Kiểm tra tab,
 * Nhật ký row) and opens the sidebar with its result; the groups and counts are those of core's issue
 * list computed here directly; a problem's button selects its cell in the fake; "Sửa thành "Nữ""
 * changes exactly that cell and the problem goes; a fix whose cell changed meanwhile is refused;
 * each club's standard shows core's figures and bounds; the page fits 300 px in Vietnamese and
 * English, with and without problems (screenshots in out/screenshots/).
 */
import type { Browser } from 'playwright-core';
import { parseA1 } from '../../src/core/a1';
import { generateDemoWard } from '../../src/core/demo';
import { explainWardStandards } from '../../src/core/indicators/standardExplain';
import { checkWard } from '../../src/core/jobs';
import { SHEETS } from '../../src/core/schema/sheets';
import { MEMBERS } from '../../src/core/schema/tables';
import { safeFixes } from '../../src/core/validate/fixes';
import type { Cell } from '../../src/core/values';
import { type Loaded, loadAddOn, setToday, sheetValues, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openSidebar, type PageSession } from './harness';

/** The demo's "as of" day. The bundle's clock is the machine's (its vm realm has its own Date), so
 * comparisons with core use the day the server counted on (`serverToday`), read from the page's state. */
const TODAY = '2026-11-22';

type Grids = Record<string, Cell[][]>;
const copy = (grids: Grids): Grids => Object.fromEntries(Object.entries(grids).map(([k, g]) => [k, g.map((r) => [...r])]));
const setCell = (grid: Cell[][], a1: string, value: Cell) => {
  const { row, column } = parseA1(a1);
  grid[row - 1][column - 1] = value;
};
const GENDER = MEMBERS.columns.find((c) => c.key === 'gender')!.header;
const LOAN_NEED = MEMBERS.columns.find((c) => c.key === 'loanNeed')!.header;

/** The A1 of a member's column on the n-th member row of a club grid whose cell matches `pick`, found from the header. */
function memberCells(grid: Cell[][], header: string, pick: (v: Cell) => boolean): string[] {
  const head = grid.findIndex((r) => r.includes('Họ và tên'));
  const col = grid[head].indexOf(header);
  const out: string[] = [];
  for (let r = head + 1; r < grid.length && grid[r][grid[head].indexOf('Họ và tên')] !== undefined; r++)
    if (pick(grid[r][col])) out.push(`${String.fromCharCode(65 + col)}${r + 1}`);
  return out;
}

/**
 * A ward with misspellings: the demo's planted mistakes ("1.950", "Nu", an impossible date, …) and,
 * in CLB01, two more women typed "Nu" and a loan need typed "co".
 */
const demo = generateDemoWard({ clubs: 3, membersPerClub: [20, 25], today: TODAY });
const MISSPELT = copy(demo.grids);
const extraNu = memberCells(MISSPELT.CLB01, GENDER, (v) => v === 'Nữ').slice(0, 2);
for (const a1 of extraNu) setCell(MISSPELT.CLB01, a1, 'Nu');
const extraCo = memberCells(MISSPELT.CLB01, LOAN_NEED, (v) => v === 'Có' || v === 'Không' || v === '' || v === undefined)[0];
setCell(MISSPELT.CLB01, extraCo, 'co');
/** The demo's own "Nu" (its planted genderNoDiacritics mistake). */
const planted = demo.mistakes.find((m) => m.kind === 'genderNoDiacritics')!;

/**
 * A ward without problems: the demo (seed 4, two clubs) with its planted mistakes repaired as an
 * officer would (safe fixes written, the name filled in, the bad rows deleted), checked clean by core.
 */
const DROP = ['rule.member.duplicateInClub', 'rule.loan.notMember', 'value.date.invalid', 'rule.training.notMember'];
function cleanWard(): Grids {
  const grids = copy(generateDemoWard({ seed: 4, clubs: 2, membersPerClub: [52, 60], today: TODAY }).grids);
  for (let round = 0; round < 6; round++) {
    const { issues } = checkWard(grids, TODAY);
    if (issues.length === 0) return grids;
    for (const f of safeFixes(issues, grids)) setCell(grids[f.sheet], f.a1, f.to);
    const drop = new Map<string, Set<number>>();
    for (const i of issues) {
      if (i.messageKey === 'value.required') setCell(grids[i.sheet], i.a1, `Người Mới ${i.a1}`);
      else if (i.messageKey === 'value.number.invalid') setCell(grids[i.sheet], i.a1, 1_000_000);
      else if (i.messageKey === 'rule.meeting.attendance') setCell(grids[i.sheet], i.a1, 1);
      else if (DROP.includes(i.messageKey)) drop.set(i.sheet, (drop.get(i.sheet) ?? new Set()).add(parseA1(i.a1).row));
    }
    for (const [sheet, rows] of drop) grids[sheet] = grids[sheet].filter((_r, k) => !rows.has(k + 1));
  }
  throw new Error('the clean ward still has problems');
}

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

function ward(grids: Grids, lang: 'vi' | 'en' = 'vi'): Loaded {
  const loaded = loadAddOn(undefined, lang);
  // The bundle's day is the demo's, not the machine's ("Chuẩn CLB (năm 2026)" whatever the year it runs in).
  setToday(loaded.app, TODAY);
  writeGrids(loaded.env, grids);
  return loaded;
}

const open = (loaded: Loaded) => openSidebar(browser!, loaded, 'menuCheck');

/** The day the server's check counted on (the view's `today`). */
const serverToday = (session: PageSession): Promise<string> =>
  session.page.evaluate(() => JSON.parse(document.getElementById('ishc-state')!.textContent!).view.today as string);

function clean(session: PageSession): void {
  expect(session.requests).toEqual([]);
  expect(session.errors).toEqual([]);
}

/** Every user tab's values (the output tabs, which the add-on rewrites, left out). */
function userTabs(loaded: Loaded): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const sheet of loaded.env.spreadsheet.getSheets()) {
    const name = sheet.getName();
    if ([SHEETS.check, SHEETS.log].includes(name as never) || name.startsWith(SHEETS.check)) continue;
    out[name] = sheetValues(loaded.env, name);
  }
  return out;
}

/** The cells that differ between two snapshots of the user tabs. */
function changedCells(before: Record<string, unknown[][]>, after: Record<string, unknown[][]>): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[name] ?? [];
    const b = after[name] ?? [];
    for (let r = 0; r < Math.max(a.length, b.length); r++)
      for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++)
        if ((a[r]?.[c] ?? '') !== (b[r]?.[c] ?? '')) out.push(`${name}!${String.fromCharCode(65 + c)}${r + 1}=${String(b[r]?.[c])}`);
  }
  return out;
}

const logRows = (loaded: Loaded) => sheetValues(loaded.env, SHEETS.log).slice(1);
const issueButton = (session: PageSession, sheet: string, a1: string) =>
  session.page.locator(`details.group[data-sheet="${sheet}"] li`).filter({ has: session.page.locator(`button.cell:text-is("${a1}")`) });

it("the menu runs the check and opens the sidebar: groups by tab and severity with the counts of core's own list", async () => {
  const loaded = ward(MISSPELT);
  const session = await open(loaded);
  const { page } = session;
  expect(loaded.env.ui.sidebars.at(-1)!.getTitle()).toBe('Kiểm tra dữ liệu');
  // The job ran as before: the Kiểm tra tab and a Nhật ký row; no toast with the counts, only "checking".
  expect(logRows(loaded).at(-1)!.slice(2, 5)).toEqual(['Kiểm tra dữ liệu', '', 'xong']);
  expect(loaded.env.ui.toasts.map((t) => t.message)).toEqual(['Đang kiểm tra dữ liệu…']);
  expect(session.calls).toEqual([]);

  // Core's issue list, computed here directly over the same grids (the check's default period: the ward's year).
  const expected = checkWard(MISSPELT, await serverToday(session)).issues;
  const errors = expected.filter((i) => i.severity === 'error').length;
  expect(await page.locator('#totals').textContent()).toBe(`${errors} lỗi, ${expected.length - errors} cảnh báo`);
  expect(String(sheetValues(loaded.env, SHEETS.check)[0][0])).toContain(`(${errors} lỗi, ${expected.length - errors} cảnh báo)`);
  const sheets = [...new Set(expected.map((i) => i.sheet))];
  expect((await page.locator('details.group').evaluateAll((ds) => ds.map((d) => d.getAttribute('data-sheet')))).sort()).toEqual(
    sheets.sort(),
  );
  for (const sheet of sheets) {
    const mine = expected.filter((i) => i.sheet === sheet);
    const e = mine.filter((i) => i.severity === 'error').length;
    const group = page.locator(`details.group[data-sheet="${sheet}"]`);
    expect(await group.locator('summary .counts').textContent()).toBe(`${e} lỗi · ${mine.length - e} cảnh báo`);
    expect(await group.locator('ul.issues li.error').count()).toBe(e);
    expect(await group.locator('ul.issues li.warning').count()).toBe(mine.length - e);
    if (e > 0) expect(await group.locator('h3.error').textContent()).toBe(`Lỗi (${e})`);
    // Each listed cell is one of core's cells of that tab.
    const cells = await group.locator('button.cell').allTextContents();
    expect(cells.sort()).toEqual(mine.map((i) => i.a1 || 'Mở trang').sort());
  }
  // The club's tab is titled with its code and name.
  expect(await page.locator('details.group[data-sheet="CLB01"] summary').textContent()).toMatch(/^CLB01 – .+ \d+ lỗi/);
  // CLB01 has four safe fixes: the planted "1.950", the two "Nu" and "co"; the planted "Nu" is CLB02's only one.
  expect(await page.locator('details.group[data-sheet="CLB01"] button.fixAll').textContent()).toBe('Sửa tất cả gợi ý an toàn (4)');
  expect(await issueButton(session, planted.sheet, planted.a1).locator('button.fix').textContent()).toBe('Sửa thành "Nữ"');

  expect(await session.overflowX()).toBe(0);
  await session.screenshot('validation-problems-vi');
  clean(session);
  await session.close();
}, 60_000);

it("a problem's cell button selects that cell in the fake, by mouse and by keyboard", async () => {
  const loaded = ward(MISSPELT);
  const session = await open(loaded);
  await issueButton(session, planted.sheet, planted.a1).locator('button.cell').click();
  await session.settle();
  expect(loaded.env.ui.selection).toEqual({ sheet: planted.sheet, a1: planted.a1 });
  // Keyboard: focus another problem's button and press Enter.
  const [other] = extraNu;
  await issueButton(session, 'CLB01', other).locator('button.cell').focus();
  await session.page.keyboard.press('Enter');
  await session.settle();
  expect(loaded.env.ui.selection).toEqual({ sheet: 'CLB01', a1: other });
  expect(session.calls.map((c) => c.name)).toEqual(['pageSelectCell', 'pageSelectCell']);
  clean(session);
  await session.close();
}, 60_000);

it('"Sửa thành "Nữ"" writes exactly that cell, clears its on-edit mark, logs it, checks again, and the problem is gone', async () => {
  const loaded = ward(MISSPELT);
  const { env } = loaded;
  // The on-edit check had marked the cell (note "⚠ …" and colour); a user's own note sits beside it.
  const clb = env.spreadsheet.getSheetByName(planted.sheet)!;
  const { row, column } = parseA1(planted.a1);
  env.calls.uncounted(() => {
    clb.getRange(row, column).setNotes([['⚠ "Nu" được hiểu là "Nữ". Sửa thành "Nữ".']]);
    clb.getRange(row, column).setBackgrounds([['#fff2cc']]);
    clb.getRange(row, column + 1).setNotes([['Ghi chú của người dùng']]);
  });
  const session = await open(loaded);
  const { page } = session;
  const before = userTabs(loaded);
  const warnings = Number((await page.locator('#totals').textContent())!.match(/(\d+) cảnh báo/)![1]);
  const logged = logRows(loaded).length;

  await issueButton(session, planted.sheet, planted.a1).getByRole('button', { name: 'Sửa thành "Nữ"' }).click();
  await session.settle();
  expect(changedCells(before, userTabs(loaded))).toEqual([`${planted.sheet}!${planted.a1}=Nữ`]);
  expect(clb.getRange(row, column).getNote()).toBe('');
  expect(clb.getRange(row, column).getBackground()).not.toBe('#fff2cc');
  expect(clb.getRange(row, column + 1).getNote()).toBe('Ghi chú của người dùng');
  // One row for the fix (naming the cell, old → new), one for the check after it.
  const rows = logRows(loaded).slice(logged);
  expect(rows.map((r) => [r[2], r[4]])).toEqual([
    ['Sửa theo gợi ý', 'xong'],
    ['Kiểm tra dữ liệu', 'xong'],
  ]);
  expect(String(rows[0][7])).toContain(`${planted.sheet}!${planted.a1}: "Nu" → "Nữ"`);
  // The new list: that problem gone, one warning fewer, the same as core over the fixed tabs.
  expect(await issueButton(session, planted.sheet, planted.a1).count()).toBe(0);
  expect(await page.locator('#totals').textContent()).toContain(`${warnings - 1} cảnh báo`);
  expect(await page.locator('#status').textContent()).toBe(`Đã sửa 1 ô: ${planted.sheet}!${planted.a1}.`);
  expect(session.calls.map((c) => c.name)).toEqual(['validationFix']);
  clean(session);
  await session.close();
}, 60_000);

it('a fix whose cell changed after the check is refused: nothing written, the page says so and shows the new list', async () => {
  const loaded = ward(MISSPELT);
  const { env } = loaded;
  const session = await open(loaded);
  // Someone else types into the cell after the check.
  const clb = env.spreadsheet.getSheetByName(planted.sheet)!;
  env.calls.uncounted(() => clb.getRange(planted.a1).setValue('Nam'));
  const before = userTabs(loaded);
  await issueButton(session, planted.sheet, planted.a1).getByRole('button', { name: 'Sửa thành "Nữ"' }).click();
  await session.settle();
  expect(changedCells(before, userTabs(loaded))).toEqual([]);
  expect(clb.getRange(planted.a1).getValue()).toBe('Nam');
  const status = session.page.locator('#status');
  expect(await status.textContent()).toContain(`Không sửa ${planted.sheet}!${planted.a1}: ô đã thay đổi sau lần kiểm tra`);
  expect(await status.getAttribute('class')).toContain('error');
  expect(await issueButton(session, planted.sheet, planted.a1).count()).toBe(0);
  expect(
    logRows(loaded)
      .slice(-2)
      .map((r) => [r[2], r[4]]),
  ).toEqual([
    ['Sửa theo gợi ý', 'hủy'],
    ['Kiểm tra dữ liệu', 'xong'],
  ]);
  clean(session);
  await session.close();
}, 60_000);

it('"Sửa tất cả gợi ý an toàn" fixes every safe suggestion of that club, and only those cells', async () => {
  const loaded = ward(MISSPELT);
  const session = await open(loaded);
  const before = userTabs(loaded);
  const fixes = safeFixes(checkWard(MISSPELT, await serverToday(session)).issues, MISSPELT).filter((f) => f.sheet === 'CLB01');
  expect(fixes).toHaveLength(4);
  await session.page.locator('details.group[data-sheet="CLB01"] button.fixAll').click();
  await session.settle();
  expect(changedCells(before, userTabs(loaded)).sort()).toEqual(fixes.map((f) => `CLB01!${f.a1}=${f.to}`).sort());
  expect(await session.page.locator('details.group[data-sheet="CLB01"] button.fix').count()).toBe(0);
  // CLB02's "Nu" was not touched.
  expect(sheetValues(loaded.env, planted.sheet)[parseA1(planted.a1).row - 1][parseA1(planted.a1).column - 1]).toBe('Nu');
  clean(session);
  await session.close();
}, 60_000);

it('each club\'s standard shows core\'s figures and bounds; "Kiểm tra lại" runs the check again with progress', async () => {
  const loaded = ward(MISSPELT);
  const session = await open(loaded);
  const { page } = session;
  const now = await serverToday(session);
  const checked = checkWard(MISSPELT, now);
  const standards = explainWardStandards(checked.ward, { period: checked.period, today: now }, 'vi');
  expect(await page.locator('#h-standards').textContent()).toBe('Chuẩn CLB (năm 2026)');
  for (const club of standards) {
    const block = page.locator(`details.club[data-club="${club.code}"]`);
    expect(await block.locator('summary').textContent()).toContain(club.summary);
    expect(await block.locator('ul.criteria li .text').allTextContents()).toEqual(club.rows.map((r) => r.text));
    expect(await block.locator('ul.criteria li.missed').count()).toBe(club.rows.filter((r) => !r.met).length);
  }
  // The figures, not just the names: e.g. "Số thành viên: 21 — cần 50–70".
  expect(standards[0].rows[0].text).toMatch(/^Số thành viên: \d+ — cần 50–70$/);

  const logged = logRows(loaded).length;
  // While the server works, the progress bar shows and the buttons wait.
  const progress = await page.evaluate(() => {
    (document.getElementById('refresh') as HTMLButtonElement).click();
    return [
      !(document.getElementById('progress') as HTMLElement).hidden,
      (document.getElementById('refresh') as HTMLButtonElement).disabled,
    ];
  });
  expect(progress).toEqual([true, true]);
  await session.settle();
  expect(await page.locator('#progress').isHidden()).toBe(true);
  expect(logRows(loaded).length).toBe(logged + 1);
  expect(session.calls.map((c) => c.name)).toEqual(['validationCheck']);
  clean(session);
  await session.close();
}, 60_000);

it('English, and a ward without problems in both languages, fit the 300 px sidebar', async () => {
  const en = await open(ward(MISSPELT, 'en'));
  expect(await en.page.locator('html').getAttribute('lang')).toBe('en');
  expect(await en.page.getByRole('button', { name: 'Check again' }).isVisible()).toBe(true);
  expect(await en.page.locator('#totals').textContent()).toMatch(/^\d+ errors, \d+ warnings$/);
  expect(await en.page.locator(`details.group[data-sheet="${planted.sheet}"] button.fix`).first().textContent()).toBe('Change to "Nữ"');
  expect(await en.page.locator('#h-standards').textContent()).toBe('Club standard (year 2026)');
  expect(await en.overflowX()).toBe(0);
  await en.screenshot('validation-problems-en');
  clean(en);
  await en.close();

  const grids = cleanWard();
  for (const lang of ['vi', 'en'] as const) {
    const session = await open(ward(grids, lang));
    expect(await session.page.locator('#totals').textContent()).toBe(lang === 'vi' ? 'Không phát hiện lỗi nào.' : 'No problems found.');
    expect(await session.page.locator('details.group').count()).toBe(0);
    expect(await session.page.locator('details.club').count()).toBe(2);
    expect(await session.overflowX()).toBe(0);
    await session.screenshot(`validation-clean-${lang}`);
    clean(session);
    await session.close();
  }
}, 90_000);
