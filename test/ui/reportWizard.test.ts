/**
 * The report wizard sidebar (dist/ReportWizard.html) in headless Chromium, its google.script.run
 * calls answered by the built bundle over the in-memory fake (test/ui/harness.ts): the menu opens it,
 * it offers the report due next in words, saves the narrative into Nội dung báo cáo (only the rows it
 * owns), makes the Doc in the fake Drive when "Tạo báo cáo" is clicked, exports the PDF from the
 * edited Doc, lists blocking problems, and fits the 300 px sidebar in Vietnamese and English.
 * Screenshots go to out/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { translate } from '../../src/core/i18n/messages';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { type Loaded, loadAddOn, sheetValues, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openSidebar, type PageSession } from './harness';

// 22 November 2026: the annual report of 2026 is due on 10 December (the period has not ended);
// the six-month report of 2026 (ended 30 June) can be made final.
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
const FOLDER = 'Báo cáo CLB LTHTGN';
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

const liveFiles = (env: GasEnvironment) =>
  [...env.drive._files.values()].filter((f) => !f.trashed && f.parents.some((p) => env.drive._folders.get(p)?.name === FOLDER));
const reportDocs = (env: GasEnvironment) => liveFiles(env).filter((f) => f.description?.startsWith('ishc:report:'));
const docText = (env: GasEnvironment, id: string) => env.documents._docs.get(id)!.body._text();

async function open(loaded: Loaded): Promise<PageSession> {
  return openSidebar(browser!, loaded, 'menuReportWizard');
}

/** Nothing fetched, no page error, no value that google.script.run could not carry. */
function clean(session: PageSession): void {
  expect(session.requests).toEqual([]);
  expect(session.errors).toEqual([]);
}

it('the menu opens the wizard in the sidebar on the report due next, in words, and it fits 300 px', async () => {
  const loaded = ward();
  loaded.app.onOpen({ authMode: 'FULL' });
  const reports = loaded.env.ui.menus[0].items.find((i) => 'submenu' in i && i.submenu === 'Báo cáo');
  expect(reports && 'items' in reports && reports.items[0]).toEqual({ caption: 'Lập báo cáo (trợ lý)…', functionName: 'menuReportWizard' });

  const session = await open(loaded);
  const { page } = session;
  expect(loaded.env.ui.sidebars.at(-1)!.getTitle()).toBe('Lập báo cáo');
  // Due next on 22 November: the annual report of 2026 (10 December), shown in words, not "2026".
  expect(await page.getByLabel('Loại báo cáo').inputValue()).toBe('year');
  expect(await page.locator('#kind option:checked').textContent()).toBe('Báo cáo năm');
  expect(await page.locator('#period option:checked').textContent()).toBe('Cả năm 2026');
  expect(await page.locator('#due').textContent()).toBe('Hạn nộp 10/12/2026.');
  const sixMonth = await page.evaluate(() => {
    const select = document.getElementById('kind') as HTMLSelectElement;
    select.value = 'h1';
    select.dispatchEvent(new Event('change'));
    return [...(document.getElementById('period') as HTMLSelectElement).options].map((o) => o.textContent);
  });
  expect(sixMonth).toContain('6 tháng đầu năm 2026');
  const review = await page.evaluate(() => {
    const select = document.getElementById('kind') as HTMLSelectElement;
    select.value = 'review';
    select.dispatchEvent(new Event('change'));
    return (document.getElementById('period') as HTMLSelectElement).selectedOptions[0].textContent;
  });
  expect(review).toBe('2 năm 2025–2026');
  await page.selectOption('#kind', 'year');

  // The year has not ended: the provisional tick is shown, and Tạo báo cáo waits for it.
  const tick = page.getByLabel('Lập báo cáo tạm tính (số liệu đến hôm nay)');
  expect(await tick.isVisible()).toBe(true);
  const make = page.getByRole('button', { name: 'Tạo báo cáo' });
  expect(await make.isDisabled()).toBe(true);
  expect(await page.locator('#makeStatus').textContent()).toContain('tạm tính');
  await tick.check();
  expect(await make.isDisabled()).toBe(false);
  // An ended period hides it.
  await page.selectOption('#kind', 'h1');
  expect(await tick.isVisible()).toBe(false);

  // The demo's narrative of 2026-H1 is loaded into the boxes.
  expect(await page.getByLabel('Ưu điểm').inputValue()).toContain('Các câu lạc bộ duy trì sinh hoạt hằng tháng');
  expect(await page.getByLabel('Ưu điểm').inputValue()).toContain('\nQuỹ tăng thu nhập');
  expect(await session.overflowX()).toBe(0);
  await session.screenshot('report-wizard-vi');
  clean(session);
  await session.close();
}, 60_000);

it('saves the narrative into Nội dung báo cáo: only the rows of that period and section, and reads them back', async () => {
  const loaded = ward();
  const before = sheetValues(loaded.env, SHEETS.narratives);
  const session = await open(loaded);
  const { page } = session;
  await page.selectOption('#kind', 'h1');
  // Ưu điểm: first paragraph kept, second replaced, a third added; Hạn chế emptied; Đề xuất typed anew.
  const strengths = (await page.getByLabel('Ưu điểm').inputValue()).split('\n');
  await page.getByLabel('Ưu điểm').fill(`${strengths[0]}\nĐoạn thứ hai mới\n=Đoạn thứ ba, không phải công thức`);
  await page.getByLabel('Hạn chế').fill('');
  await page.getByLabel('Đề xuất, kiến nghị').fill('Đề nghị tỉnh hỗ trợ kinh phí tập huấn');
  await page.getByRole('button', { name: 'Lưu nội dung' }).click();
  await session.settle();
  expect(await page.locator('#saveStatus').textContent()).toMatch(/^Đã lưu \d+ ô/);

  const after = sheetValues(loaded.env, SHEETS.narratives);
  const header = before.findIndex((r) => r.includes('Kỳ báo cáo'));
  const col = (name: string) => before[header].indexOf(name);
  const [P, S, T] = [col('Kỳ báo cáo'), col('Phần'), col('Nội dung')];
  const rowsOf = (grid: unknown[][], section: string) =>
    grid.filter((r, i) => i > header && String(r[P]) === '2026-H1' && r[S] === section).map((r) => r[T]);
  expect(rowsOf(after, 'Ưu điểm')).toEqual([strengths[0], 'Đoạn thứ hai mới', '=Đoạn thứ ba, không phải công thức']);
  expect(rowsOf(after, 'Hạn chế')).toEqual([]);
  expect(rowsOf(after, 'Đề xuất, kiến nghị')).toEqual(['Đề nghị tỉnh hỗ trợ kinh phí tập huấn']);
  expect(rowsOf(after, 'Nguyên nhân')).toEqual(rowsOf(before, 'Nguyên nhân'));
  // The text starting with "=" went in as text, not a formula.
  const sheet = loaded.env.spreadsheet.getSheetByName(SHEETS.narratives)!;
  expect(
    sheet
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== ''),
  ).toEqual([]);
  // Every other cell is as it was: compare cell by cell, outside the three columns and the rows written.
  const changedRows = new Set<number>();
  after.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) if ((before[r]?.[c] ?? '') !== row[c]) changedRows.add(r);
  });
  for (const r of changedRows) {
    expect(r).toBeGreaterThan(header);
    after[r].forEach((v, c) => {
      if (![P, S, T].includes(c)) expect(v).toBe(before[r]?.[c] ?? '');
    });
  }

  // A new page reads the tab again and shows what was saved.
  await session.close();
  const again = await open(loaded);
  await again.page.selectOption('#kind', 'h1');
  expect(await again.page.getByLabel('Ưu điểm').inputValue()).toBe(`${strengths[0]}\nĐoạn thứ hai mới\n=Đoạn thứ ba, không phải công thức`);
  expect(await again.page.getByLabel('Hạn chế').inputValue()).toBe('');
  clean(session);
  clean(again);
  await again.close();
}, 60_000);

it('"Tạo báo cáo" makes the Doc in the fake Drive with the narrative typed; "Xuất PDF" exports the edited Doc; the register lists both', async () => {
  const loaded = ward();
  const { env } = loaded;
  const session = await open(loaded);
  const { page } = session;
  expect(await page.locator('#register').textContent()).toContain('Chưa có báo cáo nào.');
  await page.selectOption('#kind', 'h1');
  await page.getByLabel('Phương hướng, nhiệm vụ').fill('Thành lập thêm 2 câu lạc bộ mới trong 6 tháng cuối năm');
  // Unsaved text is saved first, then the report is made from it.
  await page.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await session.settle();
  expect(session.calls.map((c) => c.name)).toEqual(['wizardState', 'wizardSaveNarrative', 'wizardMakeReport']);
  const [doc] = reportDocs(env);
  expect(doc.description).toBe('ishc:report:h1:2026-H1');
  expect(docText(env, doc.id)).toContain('Thành lập thêm 2 câu lạc bộ mới trong 6 tháng cuối năm');
  const docLink = page.locator('#docLinks').getByRole('link', { name: 'Mở bản Google Doc' });
  expect(await docLink.getAttribute('href')).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
  expect(await docLink.getAttribute('target')).toBe('_blank');
  const folder = [...env.drive._folders.values()].find((f) => f.name === FOLDER)!;
  expect(await page.getByRole('link', { name: 'Mở thư mục báo cáo' }).getAttribute('href')).toContain(folder.id);
  expect(await page.locator('#register li').first().textContent()).toContain('Báo cáo 6 tháng – 6 tháng đầu năm 2026');
  expect(await page.locator('#step-make').getAttribute('class')).toBe('done');

  // The officer edits the Doc, then exports: the PDF holds the edit.
  env.calls.uncounted(() => env.documents._docs.get(doc.id)!.body.appendParagraph('Ý kiến bổ sung sau khi đọc lại'));
  await page.getByRole('button', { name: 'Xuất PDF' }).click();
  await session.settle();
  const pdf = liveFiles(env).find((f) => f.mimeType === 'application/pdf')!;
  expect(Buffer.from(pdf.bytes!).toString('utf8')).toContain('Ý kiến bổ sung sau khi đọc lại');
  expect(await page.locator('#pdfLinks').getByRole('link', { name: 'Mở bản PDF' }).getAttribute('href')).toContain(pdf.id);
  expect(await page.locator('#register li').first().getByRole('link', { name: 'Mở bản PDF' }).getAttribute('href')).toContain(pdf.id);
  // Each action is one Nhật ký row, as from the menu.
  const log = sheetValues(env, SHEETS.log).slice(1);
  expect(log.map((r) => [r[2], r[3], r[4]])).toEqual([
    ['Lưu nội dung', '2026-H1', 'xong'],
    ['Báo cáo 6 tháng', '2026-H1', 'xong'],
    ['Xuất PDF báo cáo', '2026-H1', 'xong'],
  ]);
  expect(await session.overflowX()).toBe(0);
  await session.screenshot('report-wizard-made-vi');
  clean(session);
  await session.close();
}, 60_000);

it('a period not ended is refused without the tick, also when the page is bypassed, and made provisional with it', async () => {
  const loaded = ward();
  const refused = loaded.app.wizardMakeReport({ kind: 'year', period: '2026', provisional: false }) as { ok: boolean; message: string };
  expect(refused.ok).toBe(false);
  expect(refused.message).toBe(translate('report.notEnded', { period: '2026', end: '2026-12-31' }, 'vi'));
  expect(reportDocs(loaded.env)).toEqual([]);
  expect(loaded.env.ui.alerts).toEqual([]);

  const session = await open(loaded);
  await session.page.getByLabel('Lập báo cáo tạm tính (số liệu đến hôm nay)').check();
  await session.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await session.settle();
  const [doc] = reportDocs(loaded.env);
  expect(doc.description).toBe('ishc:report:year:2026:provisional');
  expect(await session.page.locator('#register .tag').first().textContent()).toBe('tạm tính');
  clean(session);
  await session.close();
}, 60_000);

it('lists what blocks a report, with a link to the cell, and makes nothing (vi and en screenshots)', async () => {
  for (const lang of ['vi', 'en'] as const) {
    // Not a ward workbook: an empty spreadsheet.
    const empty = loadAddOn(undefined, lang);
    const session = await open(empty);
    const problems = session.page.locator('#problems');
    expect(await problems.textContent()).toContain(translate('wizard.notWard', {}, lang));
    expect(await session.page.getByRole('button', { name: translate('wizard.make', {}, lang) }).isDisabled()).toBe(true);
    expect(await session.overflowX()).toBe(0);
    await session.screenshot(`report-wizard-problems-${lang}`);
    clean(session);
    await session.close();
  }
  // A ward workbook just set up (no club, no member): named, with a link to Danh mục CLB that selects it.
  const loaded = loadAddOn();
  loaded.app.menuSetUp();
  expect(loaded.env.spreadsheet.getSheetByName('Danh mục CLB')).not.toBeNull();
  const session = await open(loaded);
  expect(await session.page.locator('#problems').textContent()).toContain('Sổ phường chưa điền');
  await session.page.getByRole('button', { name: 'Đến ô Danh mục CLB!A1' }).click();
  await session.settle();
  expect(loaded.env.ui.selection).toEqual({ sheet: 'Danh mục CLB', a1: 'A1' });
  const bypass = loaded.app.wizardMakeReport({ kind: 'h1', period: '2026-H1' }) as { ok: boolean; message: string };
  expect(bypass.ok).toBe(false);
  expect(bypass.message).toContain('Sổ phường chưa điền');
  expect(reportDocs(loaded.env)).toEqual([]);
  clean(session);
  await session.close();
}, 60_000);

it('is complete in English from the catalogue, fits 300 px, and is usable by keyboard alone', async () => {
  const loaded = ward('en');
  const session = await open(loaded);
  const { page } = session;
  const text = ((await page.locator('body').textContent()) ?? '').replace(/\s+/g, ' ');
  for (const key of ['wizard.kind', 'wizard.period', 'wizard.make', 'wizard.pdf', 'wizard.register', 'wizard.section.strengths'] as const) {
    expect(text).toContain(translate(key, {}, 'en'));
  }
  expect(text).toContain('Whole year 2026');
  for (const key of ['wizard.kind', 'wizard.make', 'wizard.save', 'wizard.step.make', 'wizard.section.strengths'] as const) {
    expect(text).not.toContain(translate(key, {}, 'vi'));
  }
  expect(await session.overflowX()).toBe(0);
  await session.screenshot('report-wizard-en');

  // Keyboard: Tab to the report select, choose the six-month report with the arrow keys, Tab to the button, Enter.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('kind');
  await page.keyboard.press('ArrowUp');
  expect(await page.locator('#kind').inputValue()).toBe('h1');
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'make'; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('make');
  await page.keyboard.press('Enter');
  await session.settle();
  expect(reportDocs(loaded.env).map((d) => d.description)).toEqual(['ishc:report:h1:2026-H1']);
  expect(await page.locator('#makeStatus').getAttribute('class')).toContain('ok');
  await session.screenshot('report-wizard-made-en');
  clean(session);
  await session.close();
}, 60_000);

it('Chốt số liệu from the menu: the wizard opens on its lock step; lock and unlock in words, with a confirmation', async () => {
  const loaded = ward();
  const session = await openSidebar(browser!, loaded, 'menuLock');
  const { page } = session;
  // The lock step has the focus; the period is chosen in words (2026-H1 ended on 30 June).
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('lock');
  // The report due next is the year 2026, still running: the step offers the last ended year.
  expect(await page.locator('#period option:checked').textContent()).toBe('Cả năm 2025');
  await page.selectOption('#kind', 'h1');
  await page.selectOption('#period', '2026-H1');
  expect(await page.locator('#lockState').textContent()).toBe('Kỳ này chưa chốt số liệu.');
  await page.getByRole('button', { name: 'Chốt số liệu kỳ này' }).click();
  expect(await page.locator('#lockQuestion').textContent()).toBe('Chốt số liệu 6 tháng đầu năm 2026 như sổ hiện nay?');
  // Hủy: nothing locked.
  await page.getByRole('button', { name: 'Hủy' }).click();
  expect(loaded.env.spreadsheet.getSheets().some((s) => s.getName() === SHEETS.locks)).toBe(false);
  await page.getByRole('button', { name: 'Chốt số liệu kỳ này' }).click();
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  await page.locator('#lockStatus.ok').waitFor();
  expect(await page.locator('#lockStatus').textContent()).toMatch(/^Đã chốt số liệu kỳ 2026-H1/);
  expect(await page.locator('#lockState').textContent()).toMatch(
    /^Kỳ này đã chốt số liệu lúc \d{4}-\d\d-\d\d \d\d:\d\d \(vhxh\.bimson@example\.com\)\.$/,
  );
  expect(loaded.env.spreadsheet.getSheetByName(SHEETS.locks)!.isSheetHidden()).toBe(true);
  expect(await session.overflowX()).toBe(0);
  await session.screenshot('report-wizard-locked-vi');
  // A period still running cannot be locked: the button waits.
  await page.selectOption('#kind', 'year');
  await page.selectOption('#period', '2026');
  expect(await page.getByRole('button', { name: 'Chốt số liệu kỳ này' }).isDisabled()).toBe(true);
  expect(await page.locator('#lockState').textContent()).toBe('Kỳ này chưa chốt số liệu. Chỉ chốt được khi kỳ đã kết thúc.');
  // Mở khóa.
  await page.selectOption('#kind', 'h1');
  await page.selectOption('#period', '2026-H1');
  await page.getByRole('button', { name: 'Mở khóa kỳ này' }).click();
  expect(await page.locator('#lockQuestion').textContent()).toBe('Mở khóa 6 tháng đầu năm 2026? Báo cáo kỳ này sẽ lập theo sổ hiện nay.');
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  await page.locator('#lockStatus.ok').waitFor();
  expect(await page.locator('#lockStatus').textContent()).toBe('Đã mở khóa kỳ 2026-H1.');
  expect(await page.locator('#lockState').textContent()).toBe('Kỳ này chưa chốt số liệu.');
  clean(session);
  await session.close();
}, 60_000);

it('a report kind’s menu item opens the wizard on that kind with its period list focused; Xuất PDF on the PDF step', async () => {
  const loaded = ward();
  const session = await openSidebar(browser!, loaded, 'menuWizard_longevity');
  expect(await session.page.locator('#kind').inputValue()).toBe('longevity');
  expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('period');
  // A list of named people: no narrative to write.
  expect(await session.page.locator('#narrative').isHidden()).toBe(true);
  clean(session);
  await session.close();
  const pdf = await openSidebar(browser!, loaded, 'menuExportPdfWizard');
  expect(await pdf.page.evaluate(() => document.activeElement?.id)).toBe('pdf');
  clean(pdf);
  await pdf.close();
}, 60_000);
