/**
 * Biểu đồ's chart specs on the hand-counted fixture ward (2026-H1; figures counted in
 * indicators.test.ts), and the tab's tables: each chart's range holds exactly its table.
 */
import { rollUpGrids } from '../../../src/core/jobs';
import { chartsSheet } from '../../../src/core/output/charts';
import { parsePeriod } from '../../../src/core/period';
import { fixtureWard, TODAY } from '../fixture';

const result = rollUpGrids(fixtureWard(), parsePeriod('2026-H1')!, TODAY);
const charts = result.charts;
const chart = (id: string) => charts.find((c) => c.id === id)!;
const P1 = 'Chỉ tiêu giai đoạn 2025–2030';
const P2 = 'Chỉ tiêu giai đoạn 2031–2035';

describe('which charts (declarations: percent indicators with a target; counts at ward level only)', () => {
  test('one ward share chart, one per ward count with a target (clubs_new, elderly_members), one per per-club share with a target', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'ward-percent',
      'ward-clubs_new',
      'ward-elderly_members',
      'club-elderly_women_share',
      'club-clubs_monthly_8',
      'club-clubs_digital_green',
      'club-boards_trained',
      'club-clubs_fund_25m',
      'club-loan_need_met',
      'club-clubs_both_funds',
    ]);
  });
});

describe('values and targets, counted by hand', () => {
  test('ward shares: result, then the phase 1 and phase 2 targets (lower bound of a band)', () => {
    const c = chart('ward-percent');
    expect(c).toMatchObject({ type: 'bar', unit: 'percent', title: 'Các tỷ lệ của Phường Thử so với chỉ tiêu' });
    expect(c.header).toEqual(['Chỉ số', 'Kết quả', P1, P2]);
    expect(c.rows).toEqual([
      ['Tỷ lệ CLB đã thành lập được duy trì hoạt động', 2 / 3, 1, 1],
      ['Tỷ lệ nữ trong số người cao tuổi tham gia', 0.75, 0.4, 0.5],
      ['Tỷ lệ tổ dân phố có CLB', 0.5, 0.2, 1],
      ['Tỷ lệ tổ dân phố có CLB hoạt động đạt chuẩn', 0, 0.5, 1],
      ['Tỷ lệ CLB sinh hoạt hằng tháng đủ 8 nội dung', 0.5, 0.2, null],
      ['Tỷ lệ CLB thực hiện chuyển đổi số, chuyển đổi xanh, khởi nghiệp, tạo việc làm', 0.5, 0.5, null],
      ['Tỷ lệ Ban chủ nhiệm CLB được tập huấn ban đầu và nhắc lại hằng năm', 0.5, 1, 1],
      ['Tỷ lệ CLB có quỹ tăng thu nhập từ 25 triệu đồng trở lên', 0.5, 0.3, null],
      ['Tỷ lệ thành viên có nhu cầu được hỗ trợ vay vốn, tăng thu nhập', 2 / 3, 0.5, null],
      ['Tỷ lệ hội viên, người cao tuổi và cộng đồng được tuyên truyền', 0.1, 0.2, 0.3],
      ['Tỷ lệ CLB có cả quỹ tăng thu nhập và quỹ hoạt động', 0.5, 1, 1],
    ]);
  });

  test('ward counts: 2 new clubs against 5 and 5; 8 older members against 300 and 400', () => {
    expect(chart('ward-clubs_new').rows).toEqual([['Số CLB thành lập mới trong giai đoạn', 2, 5, 5]]);
    expect(chart('ward-elderly_members').rows).toEqual([['Số người cao tuổi tham gia', 8, 300, 400]]);
    expect(chart('ward-elderly_members')).toMatchObject({ type: 'column', unit: 'count' });
  });

  // Active clubs only (C is paused). A: older women An, Dung, Gấm of 5 older; B: 3 of 3.
  test('per club: A and B, a phase 2 column only where the indicator has a phase 2 target', () => {
    expect(chart('club-elderly_women_share').header).toEqual(['CLB', 'Kết quả', P1, P2]);
    expect(chart('club-elderly_women_share').rows).toEqual([
      ['CLBA', 3 / 5, 0.4, 0.5],
      ['CLBB', 1, 0.4, 0.5],
    ]);
    expect(chart('club-clubs_monthly_8').header).toEqual(['CLB', 'Kết quả', P1]);
    expect(chart('club-clubs_monthly_8').rows).toEqual([
      ['CLBA', 0, 0.2],
      ['CLBB', 1, 0.2],
    ]);
    expect(chart('club-boards_trained').rows).toEqual([
      ['CLBA', 1, 1, 1],
      ['CLBB', 0, 1, 1],
    ]);
    // A: An and Em served of An, Em, Gấm in need; B has nobody in need (no value, not 0%).
    expect(chart('club-loan_need_met').rows).toEqual([
      ['CLBA', 2 / 3, 0.5],
      ['CLBB', null, 0.5],
    ]);
  });

  test('English labels from the catalogue', () => {
    const en = rollUpGrids(fixtureWard(), parsePeriod('2026-H1')!, TODAY, 'en').charts;
    expect(en[0].header).toEqual(['Indicator', 'Result', 'Target, phase 2025–2030', 'Target, phase 2031–2035']);
    expect(en[3].title).toBe('Women among older members – by club against targets');
  });
});

describe('the Biểu đồ tab', () => {
  const sheet = result.sheets.find((s) => s.name === 'Biểu đồ')!;

  test('is one of the roll-up outputs and carries the charts', () => {
    expect(sheet.charts).toBe(result.charts);
    expect(sheet.rows[0][0]).toBe('BIỂU ĐỒ CHỈ TIÊU – Phường Thử – 6 tháng đầu năm 2026');
    expect(sheet.rows[1][0]).toBe('Cập nhật ngày 15/07/2026');
  });

  test("each chart's range holds its header and rows, formatted as its unit", () => {
    for (const c of charts) {
      const { row, column, numRows, numColumns } = c.range;
      const block = sheet.rows.slice(row - 1, row - 1 + numRows).map((r) => r.slice(column - 1, column - 1 + numColumns));
      expect(block).toEqual([c.header, ...c.rows]);
      expect(sheet.tableHeaderRows).toContain(row);
      const formats = sheet.formats!.slice(row - sheet.headerRow, row - sheet.headerRow + c.rows.length).map((f) => f.slice(1, numColumns));
      expect(new Set(formats.flat())).toEqual(new Set([c.unit === 'percent' ? '0.0%' : '#,##0']));
    }
  });

  test('charts sit right of the tables, each ending before the next table starts (21 px rows)', () => {
    for (const [k, c] of charts.entries()) {
      expect(c.anchor).toEqual({ row: c.range.row, column: 6 });
      const next = charts[k + 1];
      if (next) expect(c.anchor.row + Math.ceil(c.height / 21)).toBeLessThan(next.range.row);
    }
  });

  test('a ward without active clubs has only the ward charts', () => {
    const rollup = { ...result.rollup, clubs: result.rollup.clubs.map((c) => ({ ...c, active: false })) };
    expect(chartsSheet(rollup, TODAY).charts.map((c) => c.id)).toEqual(['ward-percent', 'ward-clubs_new', 'ward-elderly_members']);
  });
});
