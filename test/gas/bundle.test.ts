/** Every menu action of the built dist/Code.js, end to end, over the strict fake services. */
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { parsePeriod } from '../../src/core/period';
import { SHEETS } from '../../src/core/schema/sheets';
import { recountWard } from '../core/recount';
import { loadAddOn, sheetValues, writeGrids } from './harness';
import { shownValidation } from './validationState';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const MENU = [
  'Thiết lập sổ phường',
  'Thêm câu lạc bộ',
  'Cài đặt phường…',
  'Kiểm tra dữ liệu',
  'Tổng hợp chỉ tiêu',
  'Bảng điều khiển chỉ tiêu…',
  'Danh sách chính sách (riêng cán bộ)',
  'Chốt số liệu kỳ báo cáo',
  'Mở khóa kỳ đã chốt',
  'Bật kiểm tra khi nhập',
  'Cập nhật phân quyền',
];

describe('onOpen', () => {
  test('builds the add-on menu in Vietnamese, every item a top-level function of the bundle', () => {
    const { env, app } = loadAddOn();
    app.onOpen({ authMode: 'LIMITED' });
    const items = env.ui.menus[0].items.flatMap((i) => ('caption' in i ? [i] : []));
    expect(items.map((i) => i.caption)).toEqual(MENU);
    for (const i of items) expect(typeof app[(i as { functionName: string }).functionName]).toBe('function');
    // Báo cáo: the wizard (test/ui/reportWizard.test.ts), one item per report kind, then the PDF export (test/gas/report-kinds.test.ts runs them).
    const reports = env.ui.menus[0].items.find((i) => 'submenu' in i) as { submenu: string; items: { caption?: string }[] };
    expect(reports.submenu).toBe('Báo cáo');
    expect(reports.items.flatMap((i) => (i.caption ? [i.caption] : []))).toEqual([
      'Lập báo cáo (trợ lý)…',
      'Báo cáo 6 tháng',
      'Báo cáo năm',
      'Báo cáo sơ kết 2 năm',
      'Báo cáo tổng kết giai đoạn',
      'Danh sách mừng thọ',
      'Danh sách đề nghị hưởng trợ cấp hưu trí xã hội',
      'Xuất PDF báo cáo',
    ]);
    expect(env.calls.count('Spreadsheet.getSheets')).toBe(0);
  });
});

describe('Thiết lập sổ phường', () => {
  test('creates the ward tabs with headers, frozen rows and dropdowns, and keeps existing data', () => {
    const { env, app } = loadAddOn();
    app.menuSetUp();
    for (const name of [SHEETS.guide, SHEETS.settings, SHEETS.targets, SHEETS.groups, SHEETS.clubs, SHEETS.activities])
      expect(env.spreadsheet.getSheetByName(name)).not.toBeNull();
    const registry = env.spreadsheet.getSheetByName(SHEETS.clubs)!;
    expect(registry.getRange(2, 1, 1, 3).getValues()[0]).toEqual(['Mã CLB', 'Tên CLB', 'Tổ dân phố']);
    expect(registry.getFrozenRows()).toBe(2);
    const status = registry.getRange(3, 6).getDataValidation()!;
    expect(status.getCriteriaValues()[0]).toEqual(['Đang hoạt động', 'Tạm dừng', 'Giải thể']);
    expect(env.spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');

    registry.getRange(3, 1, 1, 3).setValues([['CLB01', 'CLB Tổ 1', 'TDP01']]);
    registry.getRange(3, 6).setDataValidation(null);
    app.menuSetUp();
    expect(registry.getRange(3, 1, 1, 3).getValues()[0]).toEqual(['CLB01', 'CLB Tổ 1', 'TDP01']);
    expect(registry.getRange(3, 6).getDataValidation()).not.toBeNull();
    expect(env.ui.alerts.at(-1)!.message).toMatch(/tạo 0 trang/);
  });
});

describe('a ward of several clubs', () => {
  const demo = generateDemoWard({ clubs: 3, today: TODAY });

  test('Thêm câu lạc bộ opens its dialog; its submit adds the registry row and the club tab, and refuses a code taken', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuAddClub();
    expect(env.ui.dialogs.at(-1)!.title).toBe('Thêm câu lạc bộ');
    expect(env.ui.dialogs.at(-1)!.html.getContent()).toContain('addClubState');
    const added = app.addClubSubmit({ code: 'CLB09', name: 'CLB Tổ dân phố 9', group: 'TDP09' }) as { ok: boolean; message: string };
    expect(added).toMatchObject({ ok: true, message: expect.stringContaining('CLB09') });
    const club = env.spreadsheet.getSheetByName('CLB09');
    expect(club).not.toBeNull();
    expect(sheetValues(env, 'CLB09').some((r) => r.includes('Họ và tên'))).toBe(true);
    expect(sheetValues(env, SHEETS.clubs).some((r) => r[0] === 'CLB09' && r[1] === 'CLB Tổ dân phố 9')).toBe(true);

    const again = app.addClubSubmit({ code: 'clb09', name: 'Trùng', group: 'TDP09' }) as { ok: boolean; message: string; fields: object };
    expect(again).toMatchObject({ ok: false, fields: { code: expect.stringContaining('đã có') } });
    expect(env.ui.alerts).toEqual([]);
  });

  test('Kiểm tra dữ liệu lists every issue with a link to its cell, in one write', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuCheck();
    const rows = sheetValues(env, SHEETS.check);
    const formulas = env.spreadsheet.getSheetByName(SHEETS.check)!.getDataRange().getFormulas();
    expect(rows.length).toBeGreaterThan(3 + 3);
    expect(formulas.slice(3).every((r) => r[3] === '' || /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+"/.test(r[3]))).toBe(true);
    // Every mistake the generator planted is listed on its own tab, linked to its own cell.
    expect(demo.mistakes).toHaveLength(8);
    const linked = new Set(formulas.slice(3).map((r, i) => `${rows[3 + i][2]}|${r[3]}`));
    for (const m of demo.mistakes) {
      const gid = env.spreadsheet.getSheetByName(m.sheet)!.getSheetId();
      expect(linked).toContain(`${m.sheet}|=HYPERLINK("#gid=${gid}&range=${m.a1}","${m.a1}")`);
    }
    // The result is shown in the validation sidebar, with the counts of the tab.
    const shown = shownValidation(env);
    expect(env.ui.sidebars.at(-1)!.getTitle()).toBe('Kiểm tra dữ liệu');
    expect(String(rows[0][0])).toContain(`${shown.view!.errors} lỗi, ${shown.view!.warnings} cảnh báo`);
  });

  test('Tổng hợp chỉ tiêu writes Tổng hợp and Theo CLB with the people an independent re-count of the cells finds', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuRollUp();
    const recount = recountWard(demo.grids, '2026-12-31');
    const summary = sheetValues(env, SHEETS.summary);
    const row = (id: string) => summary.find((r) => r[1] === id)!;
    // Columns: value, numerator, denominator.
    expect([row('members'), row('women_members'), row('elderly_members'), row('elderly_women')].map((r) => r[4])).toEqual([
      recount.total.members,
      recount.total.women_members,
      recount.total.elderly_members,
      recount.total.elderly_women,
    ]);
    const share = row('elderly_women_share');
    expect([share[5], share[6]]).toEqual([recount.total.elderly_women, recount.total.elderly_members]);
    expect([row('loan_need_met')[5], row('loan_need_met')[6]]).toEqual([recount.total.members_served, recount.total.members_in_need]);
    // Values are numbers (fractions for shares) shown through number formats, so leaders can chart them.
    expect(share[4]).toBeCloseTo(recount.total.elderly_women / recount.total.elderly_members, 9);
    const formats = env.spreadsheet.getSheetByName(SHEETS.summary)!.getDataRange().getNumberFormats();
    expect(formats[summary.indexOf(share)][4]).toBe('0.0%');
    expect(formats[summary.indexOf(row('members'))][4]).toBe('#,##0');
    const byClubGrid = sheetValues(env, SHEETS.byClub);
    const header = byClubGrid[2];
    const col = (name: string) => header.indexOf(name);
    const byClub = byClubGrid.slice(3).filter((r) => r[1] !== '');
    expect(
      Object.fromEntries(
        byClub.map((r) => [
          r[col('Mã CLB')],
          {
            members: r[col('Số thành viên (người)')],
            women_members: r[col('Số thành viên nữ (người)')],
            elderly_members: r[col('Số người cao tuổi tham gia (người)')],
            elderly_women: r[col('Số người cao tuổi là nữ (người)')],
            members_in_need: r[col('Có nhu cầu vay')],
            members_served: r[col('Được vay / hỗ trợ')],
          },
        ]),
      ),
    ).toEqual(recount.byClub);
    expect(byClub.map((r) => r[col('Mã CLB')])).toEqual(['CLB01', 'CLB02', 'CLB03']);
  });

  test("each club tab shows its own standard result above its tables, and a user's text there is left alone", () => {
    const { env, app } = loadAddOn();
    const grids = structuredClone(demo.grids);
    grids.CLB02[2][0] = 'Ghi chú của Ban chủ nhiệm';
    writeGrids(env, grids);
    app.menuRollUp();
    const expected = rollUpGrids(grids, parsePeriod('2026')!, TODAY).rollup;
    for (const club of expected.clubs) {
      const sheet = env.spreadsheet.getSheetByName(club.club.code)!;
      const line = String(sheet.getRange('A3').getValue());
      if (club.club.code === 'CLB02') {
        expect(line).toBe('Ghi chú của Ban chủ nhiệm');
        continue;
      }
      expect(line).toMatch(club.standard!.met ? /^Chuẩn CLB \(năm 2026\): Đạt chuẩn$/ : /^Chuẩn CLB \(năm 2026\): Chưa đạt – thiếu: /);
      expect(sheet.getTabColor()).toBe(club.standard!.met ? '#d9ead3' : '#f4cccc');
    }
    // An unchanged result costs nothing the next time.
    env.calls.reset();
    app.menuRollUp();
    expect(env.calls.count('Sheet.setTabColor')).toBe(0);
  });

  test('reads are one getValues per tab and do not grow with members; each output tab is one setValues', () => {
    const small = loadAddOn();
    writeGrids(small.env, generateDemoWard({ clubs: 3, membersPerClub: [20, 25], today: TODAY }).grids);
    small.app.menuRollUp();
    const big = loadAddOn();
    writeGrids(big.env, generateDemoWard({ clubs: 3, membersPerClub: [60, 70], today: TODAY }).grids);
    big.app.menuRollUp();
    const tabs = 7 + 3 + 1; // ward tabs, club tabs, and the new spreadsheet's empty Sheet1
    for (const { env } of [small, big]) {
      // + 2: the role check reads Cấu hình and Danh mục CLB before the job
      expect(env.calls.count('Sheet.getSheetValues')).toBe(tabs + 2);
      // The empty Sheet1 has no block to read in one call: it is read as getDataRange().getValues()
      expect(env.calls.count('Range.getValues')).toBe(1);
      // 5 output tabs + the audit-log header the first time (its rows go through Sheet.appendRow)
      expect(env.calls.count('Range.setValues')).toBeLessThanOrEqual(5 + 1);
      // The club standard line on each of the 3 club tabs, each cell read again just before it is written
      expect(env.calls.count('Range.setValue')).toBe(3);
      expect(env.calls.count('Range.getValue')).toBe(3);
    }
    expect(big.env.calls.total('Range')).toBe(small.env.calls.total('Range'));
  });

  test('user text never becomes a formula in output tabs', () => {
    const { env, app } = loadAddOn();
    const grids = structuredClone(demo.grids);
    const club = grids.CLB01;
    const header = club.findIndex((r) => r.includes('Họ và tên'));
    const nameCol = club[header].indexOf('Họ và tên');
    club[header + 1][nameCol] = '=HYPERLINK("http://evil","x")';
    club[header + 1][club[header].indexOf('Năm sinh')] = 1951;
    writeGrids(env, grids);
    app.menuRollUp();
    for (const name of [SHEETS.check, SHEETS.summary, SHEETS.byClub]) {
      const formulas = env.spreadsheet.getSheetByName(name)!.getDataRange().getFormulas();
      expect(formulas.flat().filter((f) => f && !f.startsWith('=HYPERLINK("#gid='))).toEqual([]);
    }
  });
});

describe('the on-edit check', () => {
  test('marks a wrong cell with a note and colour, clears it when fixed, in five service calls', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, generateDemoWard({ clubs: 3, today: TODAY }).grids);
    app.menuInstallEditCheck();
    expect(env.triggers.map((t) => t.getHandlerFunction())).toEqual(['onEditCheck']);
    const sheet = env.spreadsheet.getSheetByName('CLB01')!;
    const grid = sheet.getDataRange().getValues();
    const header = grid.findIndex((r) => r.includes('Giới tính'));
    const col = grid[header].indexOf('Giới tính') + 1;
    const cell = sheet.getRange(header + 2, col);
    cell.setValue('Khác');
    env.calls.reset();
    app.onEditCheck({ range: cell });
    expect(cell.getNote()).toMatch(/^⚠ "Khác" không có trong danh sách/);
    expect(cell.getBackground()).toBe('#f4cccc');
    const calls = env.calls.snapshot();
    expect(calls['Sheet.getSheetValues']).toBe(1);
    expect((calls['Range.setNotes'] ?? 0) + (calls['Range.setBackgrounds'] ?? 0)).toBe(2);
    cell.setValue('Nữ');
    app.onEditCheck({ range: cell });
    expect(cell.getNote()).toBe('');
  });

  test('a failing on-edit check is logged, never thrown (a thrown trigger error e-mails the user at every edit)', () => {
    const { app } = loadAddOn();
    const broken = {
      getSheet: () => {
        throw new Error('Service Spreadsheets timed out');
      },
    };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => app.onEditCheck({ range: broken })).not.toThrow();
    spy.mockRestore();
  });

  test('on a club tab it also catches rules across rows: the same person twice, a loan to a non-member', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, generateDemoWard({ clubs: 3, today: TODAY }).grids);
    const sheet = env.spreadsheet.getSheetByName('CLB02')!;
    const grid = sheet.getDataRange().getValues();
    const header = grid.findIndex((r) => r.includes('Họ và tên') && r.includes('Năm sinh'));
    const [nameCol, birthCol] = [grid[header].indexOf('Họ và tên'), grid[header].indexOf('Năm sinh')];
    const blank = grid.findIndex((r, i) => i > header && r[nameCol] === '');
    // The officer types the first member again on the first blank row of the register.
    const row = sheet.getRange(blank + 1, nameCol + 1, 1, birthCol - nameCol + 1);
    row.setValues([[grid[header + 1][nameCol], ...grid[header + 1].slice(nameCol + 1, birthCol + 1)]]);
    env.calls.reset();
    app.onEditCheck({ range: row });
    expect(sheet.getRange(blank + 1, nameCol + 1).getNote()).toMatch(/^⚠ ".+" \(\d{4}\) đã có ở dòng \d+ của CLB này\. Xóa dòng trùng\.$/);
    expect(env.calls.count('Sheet.getSheetValues')).toBe(1);
    // A loan to someone not in the register.
    const loanHeader = grid.findIndex((r) => r.includes('Số tiền vay (đồng)'));
    const borrower = grid[loanHeader].indexOf('Người vay');
    const loanRow = grid.findIndex((r, i) => i > loanHeader && r[borrower] === '');
    const cell = sheet.getRange(loanRow + 1, borrower + 1);
    cell.setValue('Người Lạ Hoắc');
    app.onEditCheck({ range: cell });
    expect(cell.getNote()).toMatch(/không có trong sổ thành viên/);
  });
});

describe('Báo cáo → Báo cáo 6 tháng', () => {
  test('imports the template Doc once, fills a copy in the Drive folder and shows its link', () => {
    const { env, app } = loadAddOn();
    const demo = generateDemoWard({ clubs: 3, today: TODAY });
    writeGrids(env, demo.grids);
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    const [folder] = env.drive.findFolders('Báo cáo CLB LTHTGN');
    expect(folder).toBeDefined();
    const docs = env.documents.all();
    expect(env.ui.alerts.map((a) => a.message)).toEqual([]);
    const report = docs.find((d) => d.getName().startsWith('Báo cáo 6 tháng CLB LTHTGN'))!;
    expect(report).toBeDefined();
    const text = report.getBody().getText();
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('6 tháng đầu năm 2026');
    expect(text).not.toMatch(/\{\{/);
    // Every club name of the registry's cells (all three founded by 30/06/2026).
    const registry = demo.grids[SHEETS.clubs];
    const names = registry.slice(registry.findIndex((r) => r.includes('Tên CLB')) + 1).flatMap((r) => (r[1] ? [String(r[1])] : []));
    expect(names).toHaveLength(3);
    for (const name of names) expect(text).toContain(name);
    expect(env.ui.dialogs.at(-1)!.html.getContent()).toContain(report.getId());
    const inFolder = env.drive
      .allFiles()
      .filter((f) => env.drive.pathOf(f).includes('Báo cáo CLB LTHTGN'))
      .map((f) => f.getName());
    // The Doc only: its PDF is exported after the officer's edits (Xuất PDF báo cáo).
    expect(inFolder.sort()).toEqual([report.getName(), 'Mẫu báo cáo 6 tháng CLB LTHTGN'].sort());

    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    expect(env.documents.all().filter((d) => d.getName().startsWith('Mẫu báo cáo'))).toHaveLength(1);
  });
});
