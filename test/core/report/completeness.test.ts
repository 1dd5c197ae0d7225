/**
 * Completeness and timeliness, hand-counted on the fixture ward (test/core/fixture.ts), period
 * 2026-H1, today 15 Jul 2026:
 * - CLBA (founded 03/2025): meetings 01–06/2026 (6 of 6 months), fund rows 05 and 06 (2 of 6) → 8/12;
 * - CLBB (founded 01/02/2026): expected 02–06 (5 months), meetings 02–06 (5), no fund row → 5/10;
 * - CLBC is paused: not expected to report.
 * Ward: 13/22.
 */
import { checkWard } from '../../../src/core/jobs';
import { parseWard } from '../../../src/core/parse/parseWard';
import { parsePeriod } from '../../../src/core/period';
import { completeness, completenessFields, timeliness } from '../../../src/core/report/completeness';
import type { RegisterEntry } from '../../../src/core/report/register';
import { fixtureWard, TODAY } from '../fixture';

const H1 = parsePeriod('2026-H1')!;
const ward = () => parseWard(fixtureWard(), { today: TODAY });

describe('completeness', () => {
  test('months with meeting and fund rows over the months each active club was expected to report', () => {
    const c = completeness(ward(), H1, TODAY);
    expect(c.clubs.map((k) => [k.code, k.expected.length, k.meetingMonths, k.fundMonths])).toEqual([
      ['CLBA', 6, 6, 2],
      ['CLBB', 5, 5, 0],
    ]);
    expect(c.clubs[0].missingFunds).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(c.clubs[1].missingMeetings).toEqual([]);
    expect([c.reported, c.expected]).toEqual([13, 22]);
  });

  test('months after today are not expected yet', () => {
    const c = completeness(ward(), H1, '2026-04-15');
    expect(c.clubs.map((k) => [k.code, k.expected.length, k.meetingMonths, k.fundMonths])).toEqual([
      ['CLBA', 4, 4, 0],
      ['CLBB', 3, 3, 0],
    ]);
  });

  test('the report appendix: per club and the ward rate, summed, not averaged', () => {
    const fields = completenessFields(ward(), H1, TODAY, 'vi');
    expect(fields.completeness).toEqual([
      {
        no: '1',
        code: 'CLBA',
        meetings_months: '6/6',
        fund_months: '2/6',
        rate: '66,7%',
        missing: 'thiếu dòng quỹ 01/2026, 02/2026, 03/2026, 04/2026',
      },
      {
        no: '2',
        code: 'CLBB',
        meetings_months: '5/5',
        fund_months: '0/5',
        rate: '50%',
        missing: 'thiếu dòng quỹ 02/2026, 03/2026, 04/2026, 05/2026, 06/2026',
      },
    ]);
    // 13/22, not the mean of 66.7% and 50%.
    expect(fields.completeness_rate).toBe('59,1%');
  });

  test('Kiểm tra shows the section below the issues: codes only, the rate as a number', () => {
    const { sheet, issues } = checkWard(fixtureWard(), TODAY, 'vi', H1, []);
    const title = sheet.rows.findIndex((r) => String(r[0]).startsWith('MỨC ĐẦY ĐỦ SỐ LIỆU'));
    expect(title).toBe(3 + issues.length + 1);
    expect(sheet.rows[title][0]).toBe('MỨC ĐẦY ĐỦ SỐ LIỆU 6 tháng đầu năm 2026: 59,1% (13/22 tháng có sổ sinh hoạt và sổ quỹ)');
    expect(sheet.rows[title + 2]).toEqual(['STT', 'Mã CLB', 'Tháng có sinh hoạt', 'Tháng có dòng quỹ', 'Tỷ lệ báo cáo', 'Còn thiếu']);
    expect(sheet.rows.slice(title + 3, title + 6).map((r) => r.slice(0, 5))).toEqual([
      [1, 'CLBA', 6, 2, 8 / 12],
      [2, 'CLBB', 5, 0, 5 / 10],
      [3, 'Toàn phường', 11, 2, 13 / 22],
    ]);
    expect(sheet.formats![title + 3 - sheet.headerRow][4]).toBe('0.0%');
    // The body's formats and colours stay the shape of the body.
    expect(sheet.colours).toHaveLength(sheet.rows.length - sheet.headerRow);
    expect(sheet.rows.every((r) => r.length === 6)).toBe(true);
    // No personal names from the fixture's registers.
    expect(JSON.stringify(sheet.rows.slice(title))).not.toMatch(/Nguyễn|Phan Thị|Trần/);
  });
});

describe('timeliness', () => {
  const made = (kind: RegisterEntry['kind'], period: string, created: string, provisional = false): RegisterEntry => ({
    kind,
    period,
    created,
    by: '',
    doc: 'D',
    pdf: '',
    fingerprint: '',
    provisional,
  });
  const year = parsePeriod('2026')!;
  const rows = (register: RegisterEntry[], today: string) =>
    timeliness(register, year, today).map((t) => `${t.kind.id} ${t.period.id} ${t.due} ${t.created ?? '-'} ${t.status}`);

  test('made on or before the deadline is on time, after it late; none after it is missing', () => {
    expect(rows([made('h1', '2026-H1', '2026-06-10 23:50')], '2026-12-20')).toEqual([
      'h1 2026-H1 2026-06-10 2026-06-10 onTime',
      'year 2026 2026-12-10 - missing',
      'review 2025-2026 2026-12-10 - missing',
    ]);
    expect(rows([made('h1', '2026-H1', '2026-06-11 07:00'), made('year', '2026', '2026-12-01 09:00')], '2026-12-20').slice(0, 2)).toEqual([
      'h1 2026-H1 2026-06-10 2026-06-11 late',
      'year 2026 2026-12-10 2026-12-01 onTime',
    ]);
  });

  test('a provisional report does not count as made; reports not yet in their notice window are left out', () => {
    expect(rows([made('h1', '2026-H1', '2026-06-01', true)], '2026-06-05')).toEqual(['h1 2026-H1 2026-06-10 - provisional']);
    expect(rows([], '2026-05-24')).toEqual([]);
    expect(rows([], '2026-05-25')).toEqual(['h1 2026-H1 2026-06-10 - pending']);
  });

  test('Kiểm tra shows timeliness only where the register was read', () => {
    const has = (register?: RegisterEntry[]) =>
      checkWard(fixtureWard(), TODAY, 'vi', H1, register).sheet.rows.some((r) => r[0] === 'BÁO CÁO ĐÚNG HẠN');
    expect(has(undefined)).toBe(false);
    expect(has([])).toBe(true);
  });
});
