/** The ward's output tabs on the fixture ward (2026-H1, today 15/07/2026), checked against hand counts. */
import { rollUpGrids } from '../../../src/core/jobs';
import { privateLists } from '../../../src/core/output/privateLists';
import type { OutputSheet } from '../../../src/core/output/types';
import { parsePeriod } from '../../../src/core/period';
import { SHEETS } from '../../../src/core/schema/sheets';
import { fixtureWard, TODAY } from '../fixture';

const run = (lang: 'vi' | 'en') => rollUpGrids(fixtureWard(), parsePeriod('2026-H1')!, TODAY, lang);
const vi = run('vi');
const en = run('en');
const tab = (sheets: OutputSheet[], name: string) => sheets.find((s) => s.name === name)!;
/** The shared tabs and the officers' private lists (Mừng thọ, Hưu trí xã hội). */
const withLists = (r: typeof vi, lang: 'vi' | 'en') => [...r.sheets, ...privateLists(r.ward, r.issues, 2026, TODAY, lang).sheets];
const rowOf = (sheet: OutputSheet, code: string) => sheet.rows.findIndex((r) => r[1] === code);

describe('Theo CLB', () => {
  const byClub = tab(vi.sheets, SHEETS.byClub);

  test('club columns, every per-club indicator with its unit, the facts leaders read, then the standard', () => {
    expect(byClub.rows[2]).toEqual([
      'STT',
      'Mã CLB',
      'Tên CLB',
      'Tổ dân phố',
      'Trạng thái',
      'Số thành viên (người)',
      'Số thành viên nữ (người)',
      'Số người cao tuổi tham gia (người)',
      'Số người cao tuổi là nữ (người)',
      'Tỷ lệ nữ trong số người cao tuổi tham gia (%)',
      'Tỷ lệ CLB sinh hoạt hằng tháng đủ 8 nội dung (%)',
      'Tỷ lệ CLB thực hiện chuyển đổi số, chuyển đổi xanh, khởi nghiệp, tạo việc làm (%)',
      'Tỷ lệ Ban chủ nhiệm CLB được tập huấn ban đầu và nhắc lại hằng năm (%)',
      'Tỷ lệ CLB có quỹ tăng thu nhập từ 25 triệu đồng trở lên (%)',
      'Tỷ lệ thành viên có nhu cầu được hỗ trợ vay vốn, tăng thu nhập (%)',
      'Tỷ lệ CLB có cả quỹ tăng thu nhập và quỹ hoạt động (%)',
      'Buổi sinh hoạt',
      'Quỹ tăng thu nhập (đồng)',
      'Quỹ hoạt động (đồng)',
      'Có nhu cầu vay',
      'Được vay / hỗ trợ',
      'Chuẩn CLB',
      'Tiêu chí chưa đạt',
    ]);
    expect(byClub.columnWidths).toHaveLength(23);
  });

  // CLB A counts 8 members: 5 women (An, Cúc, Dung, Gấm, Lan), 5 aged 60+ (An, Bình, Dung, Gấm, Minh),
  // 3 of them women (An, Dung, Gấm) → 60%. April lacked content 5 → not monthly with all 8 (0 of 1 club);
  // a digital meeting in March; An and Bình trained; June income fund 26.000.000 ≥ 25 million and an
  // activity fund; loans: An and Em served of An, Em, Gấm in need → 2/3. 6 meetings. Misses only the size.
  test('CLB A, counted by hand: shares of one club are 0 or 100% for club counts', () => {
    expect(byClub.rows[rowOf(byClub, 'CLBA')]).toEqual([
      1,
      'CLBA',
      'CLB A',
      'G1',
      'Đang hoạt động',
      8,
      5,
      5,
      3,
      0.6,
      0,
      1,
      1,
      1,
      2 / 3,
      1,
      6,
      26000000,
      1500000,
      3,
      2,
      'Chưa đạt',
      'Số thành viên trong khoảng chuẩn',
    ]);
  });

  // CLB C is paused: its register (A and B women, C a man, all born 1950 → 76 at the period end) is shown
  // with its status, 2/3 of its older members women; the club flags have no denominator (it is not one of
  // the active clubs) and show "—"; it is not judged against the standard, and nothing in it is in the totals.
  test('paused CLB C: its own register with its status, not judged, not in the ward totals', () => {
    const row = byClub.rows[rowOf(byClub, 'CLBC')];
    expect(row.slice(4, 10)).toEqual(['Tạm dừng – không tính vào tổng của phường', 3, 2, 3, 2, 2 / 3]);
    expect(row.slice(10, 16)).toEqual(Array(6).fill('—'));
    expect(row.slice(-2)).toEqual(['Không xét', '']);
    const summary = tab(vi.sheets, SHEETS.summary);
    const members = summary.rows.find((r) => r[1] === 'members')!;
    expect(members[4]).toBe(12);
  });

  test('each indicator column formatted by its unit; fund columns as counts; the standard coloured', () => {
    const formats = byClub.formats![rowOf(byClub, 'CLBA') - 3];
    expect(formats.slice(5, 16)).toEqual([...Array(4).fill('#,##0'), ...Array(7).fill('0.0%')]);
    expect(formats.slice(16)).toEqual([null, '#,##0', '#,##0', null, null, null, null]);
    expect(byClub.colours!.map((r) => r[21])).toEqual(['#f4cccc', '#f4cccc', null]);
    // The status cell is grey only for a club left out of the totals.
    expect(byClub.colours!.map((r) => r[4])).toEqual([null, null, '#eeeeee']);
  });

  test('English headers come from the same catalogue', () => {
    const header = tab(en.sheets, SHEETS.byClub).rows[2];
    expect(header.slice(0, 6)).toEqual(['No.', 'Club code', 'Club name', 'Group', 'Status', 'Members (people)']);
    expect(header.slice(-7)).toEqual([
      'Meetings',
      'Income fund (VND)',
      'Activity fund (VND)',
      'Need a loan',
      'Got a loan',
      'Club standard',
      'Criteria missed',
    ]);
  });
});

describe('the other tabs keep their headers, in both languages', () => {
  test.each([
    [
      SHEETS.summary,
      [
        'STT',
        'Mã chỉ tiêu',
        'Chỉ tiêu',
        'Đơn vị',
        'Kết quả',
        'Tử số',
        'Mẫu số',
        'Chỉ tiêu GĐ1 (2025–2030)',
        'Chỉ tiêu GĐ2 (2031–2035)',
        'Đánh giá',
      ],
    ],
    [SHEETS.check, ['STT', 'Mức độ', 'Trang', 'Ô', 'Nội dung', 'Quy tắc']],
    [SHEETS.longevity, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tuổi', 'Hình thức', 'CLB', 'Ô']],
    [SHEETS.pension, ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tuổi', 'Hộ nghèo/cận nghèo', 'Căn cứ', 'CLB', 'Ô']],
  ])('%s', (name, header) => {
    const sheet = tab(withLists(vi, 'vi'), name);
    expect(sheet.rows[sheet.headerRow - 1]).toEqual(header);
    expect(tab(withLists(vi, 'vi'), name).columnWidths).toHaveLength(header.length);
  });

  test('English', () => {
    expect(tab(en.sheets, SHEETS.check).rows[2]).toEqual(['No.', 'Severity', 'Sheet', 'Cell', 'Problem', 'Rule']);
    expect(tab(withLists(en, 'en'), SHEETS.pension).rows[2]).toEqual([
      'No.',
      'Full name',
      'Born',
      'Gender',
      'Age',
      'Household',
      'Ground',
      'Club',
      'Cell',
    ]);
  });

  // elderly_women_share: 6 older women of 8 older members (indicators.test.ts) → 75%, above 40–50%.
  test('Tổng hợp: a share row is its fraction, numerator, denominator, targets and status, coloured', () => {
    const summary = tab(vi.sheets, SHEETS.summary);
    const at = summary.rows.findIndex((r) => r[1] === 'elderly_women_share');
    expect(summary.rows[at].slice(3)).toEqual(['%', 0.75, 6, 8, '40–50%', '50–60%', 'Vượt']);
    expect(summary.formats![at - summary.headerRow].slice(4, 7)).toEqual(['0.0%', '#,##0', '#,##0']);
    expect(summary.colours![at - summary.headerRow]).toEqual([null, null, null, null, '#cfe2f3', null, null, null, null, '#cfe2f3']);
  });
});
