import { fillTable } from '../../../src/core/demo/fillTable';
import type { WardRollUp } from '../../../src/core/indicators/rollup';
import { rollUpGrids } from '../../../src/core/jobs';
import { parsePeriod } from '../../../src/core/period';
import { SIX_MONTH_REPORT } from '../../../src/core/report/defaultTemplate';
import { plainText } from '../../../src/core/report/document';
import type { ReportRecord } from '../../../src/core/report/language';
import { buildSixMonthReportData, wardInText } from '../../../src/core/report/model';
import { renderBlocks } from '../../../src/core/report/renderBlocks';
import { defaultSettings } from '../../../src/core/schema/settings';
import { NARRATIVES } from '../../../src/core/schema/tables';
import { TODAY as FIXTURE_TODAY, fixtureWard } from '../fixture';
import { recountWard } from '../recount';
import { expectFullReport, sampleReport, TODAY } from './sample';

describe('six-month report model', () => {
  const { data, rollup, ward, grids } = sampleReport();
  const indicators = data.indicators as ReportRecord[];
  const clubs = data.clubs as ReportRecord[];

  it('fills the Decree 30 header from the ward settings', () => {
    expect(data.issuer).toBe(ward.settings.issuer.toUpperCase());
    expect(data.doc_number).toBe('Số:      /BC-UBND');
    expect(data.date_line).toBe(`${ward.settings.place}, ngày 05 tháng 7 năm 2026`);
    expect(data.title).toBe('BÁO CÁO');
    expect(data.subtitle).toBe('Kết quả thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau 6 tháng đầu năm 2026');
    expect(data.period_start).toBe('01/01/2026');
    expect(data.period_end).toBe('30/06/2026');
    expect(data.signer_prefix).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(data.signer_deputy).toBe('KT. CHỦ TỊCH');
    expect(data.signer_title).toBe('PHÓ CHỦ TỊCH');
  });

  // Expected figures come from an independent re-count of the demo ward's cells at 30/06/2026,
  // printed the vi-VN way by hand: "1.234" for counts, "45,2%" for shares (",0" dropped).
  const recount = recountWard(grids, '2026-06-30');
  const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1).replace('.', ',').replace(/,0$/, '')}%`;

  it('prints one indicator row per declared indicator, formatted for print', () => {
    expect(indicators).toHaveLength(rollup.indicators.length);
    const elderly = indicators.find((i) => i.id === 'elderly_members')!;
    expect(elderly).toMatchObject({ unit: 'người', target: '≥ 300', value: count(recount.total.elderly_members) });
    const share = indicators.find((i) => i.id === 'elderly_women_share')!;
    expect(share).toMatchObject({
      unit: '%',
      target: '40–50%',
      value: percent(recount.total.elderly_women, recount.total.elderly_members),
    });
    expect(indicators.find((i) => i.id === 'clubs_active')).toMatchObject({ unit: 'CLB', target: '', status: '' });
    for (const row of indicators) expect(row.status).toMatch(/^(Đạt|Chưa đạt|Vượt|Đạt \d+% mục tiêu 2030|)$/);
    // A phase count target (≥ 300 older people by 2030) is progress in a half-year, not "not met".
    const older = recount.total.elderly_members;
    expect(older).toBeLessThan(300);
    expect(indicators.find((i) => i.id === 'elderly_members')!.status).toBe(`Đạt ${Math.round((older / 300) * 100)}% mục tiêu 2030`);
    expect([data.members, data.women_members, data.elderly_members, data.elderly_women, data.elderly_women_share]).toEqual([
      count(recount.total.members),
      count(recount.total.women_members),
      count(recount.total.elderly_members),
      count(recount.total.elderly_women),
      percent(recount.total.elderly_women, recount.total.elderly_members),
    ]);
  });

  it('prints one club row per club founded by the period end, with its re-counted people and its standard check', () => {
    const registry = grids['Danh mục CLB'];
    const h = registry.findIndex((r) => r.includes('Mã CLB'));
    const [code, founded] = ['Mã CLB', 'Ngày thành lập'].map((name) => registry[h].indexOf(name));
    const iso = (dmy: unknown) => String(dmy).split('/').reverse().join('-');
    const registered = registry
      .slice(h + 1)
      .filter((r) => r[code] !== '' && iso(r[founded]) <= '2026-06-30')
      .map((r) => String(r[code]));
    expect(registered.length).toBeGreaterThanOrEqual(5);
    expect(clubs.map((c) => c.code)).toEqual(registered);
    for (const club of clubs) {
      const people = recount.byClub[club.code as string];
      expect([club.members, club.women, club.elderly, club.elderly_women, club.elderly_women_share]).toEqual([
        count(people.members),
        count(people.women_members),
        count(people.elderly_members),
        count(people.elderly_women),
        percent(people.elderly_women, people.elderly_members),
      ]);
      expect(club.standard).toMatch(/^(Đạt chuẩn|Chưa đạt: .+|Không hoạt động)$/);
    }
  });

  it('sends the report up to the province and ends the recipient list the Decree 30 way ("Như trên" for it)', () => {
    expect(data.send_to).toBe(`Ủy ban nhân dân ${ward.settings.province.replace(/^Tỉnh/, 'tỉnh')}`);
    expect(data.recipients).toEqual([
      { name: 'Như trên', end: ';' },
      { name: 'Hội Người cao tuổi tỉnh', end: ';' },
      { name: 'Lưu: VT', end: '.' },
    ]);
  });

  it('prints "—" for a percentage without a denominator and drops the parent body when there is none', () => {
    const empty: WardRollUp = {
      ...rollup,
      clubs: [],
      facts: { ...rollup.facts, elderly_members: 0, elderly_women: 0 },
      indicators: rollup.indicators.map((i) => (i.unit === 'percent' ? { ...i, value: null, status: 'none' } : i)),
    };
    const settings = { ...defaultSettings(), signerTitle: 'Chủ tịch' };
    const d = buildSixMonthReportData({ rollup: empty, ward: { ...ward, settings } }, { today: TODAY });
    expect(d.elderly_women_share).toBe('—');
    expect((d.indicators as ReportRecord[]).find((i) => i.id === 'elderly_women_share')!.value).toBe('—');
    expect(d.has_issuer_parent).toBe(false);
    expect(d.signer_deputy).toBe('');
    expect(d.signer_title).toBe('CHỦ TỊCH');
  });
});

describe('six-month report model in English', () => {
  it('prints English labels and separators', () => {
    const { rollup, ward, grids } = sampleReport();
    const d = buildSixMonthReportData({ rollup, ward }, { today: TODAY, lang: 'en' });
    expect(d.subtitle).toBe('Results of replicating Intergenerational Self-Help Clubs, first half of 2026');
    expect(d.date_line).toBe(`${ward.settings.place}, 5 July 2026`);
    const rows = d.indicators as ReportRecord[];
    expect(rows.find((i) => i.id === 'elderly_members')!.unit).toBe('people');
    for (const row of rows) expect(row.status).toMatch(/^(Met|Not met|Exceeded|\d+% of the 2030 target|)$/);
    const { elderly_women, elderly_members } = recountWard(grids, '2026-06-30').total;
    expect(rows.find((i) => i.id === 'elderly_women_share')!.value).toBe(
      `${((100 * elderly_women) / elderly_members).toFixed(1).replace(/\.0$/, '')}%`,
    );
  });
});

describe('the default six-month template', () => {
  it('renders with every key it uses present', () => {
    const { data } = sampleReport();
    const rendered = renderBlocks(SIX_MONTH_REPORT.blocks, data);
    expect(rendered.missing).toEqual([]);
    expect(rendered.errors).toEqual([]);
    expect(plainText(rendered.blocks)).not.toContain('{{');
  });
});

describe('the default six-month template, rendered by the reference renderer', () => {
  it('holds the title, ward, period, every indicator row and every club row', () => {
    const { data } = sampleReport();
    expectFullReport(plainText(renderBlocks(SIX_MONTH_REPORT.blocks, data).blocks), data);
  });
});

describe('the report’s figure sections on the hand-counted fixture ward (2026-H1)', () => {
  const grids = fixtureWard();
  const result = rollUpGrids(grids, parsePeriod('2026-H1')!, FIXTURE_TODAY);
  const d = buildSixMonthReportData(result, { today: FIXTURE_TODAY });

  it('states meetings, funds, loans, trainings and communication as counted in figures.test.ts', () => {
    expect([d.meetings_held, d.meetings_attendance, d.clubs_every_month, d.clubs_all_contents, d.clubs_digital]).toEqual([
      '11',
      '3',
      '2',
      '2',
      '1',
    ]);
    expect([d.income_fund_end, d.income_fund_change, d.activity_fund_end]).toEqual(['26.000.000', 'tăng 26.000.000', '1.500.000']);
    expect([d.loans_made, d.loans_lent, d.loans_outstanding_amount, d.loans_overdue]).toEqual(['1', '5.000.000', '5.000.000', '0']);
    expect([d.trainings_people, d.trainings_initial, d.trainings_refresher]).toEqual(['2', '1', '1']);
    expect([d.communication_events, d.communication_reached]).toEqual(['1', '300']);
    expect(d.has_missed_months).toBe(false);
  });

  it('compares with the first half of 2025, when only CLB A and CLB C (paused since) existed', () => {
    expect(d.previous_label).toBe('6 tháng đầu năm 2025');
    const rows = d.comparison as ReportRecord[];
    expect(rows.map((r) => r.name)).toEqual([
      'Câu lạc bộ đang hoạt động',
      'Câu lạc bộ đạt chuẩn',
      'Thành viên',
      'Người cao tuổi tham gia',
      'Buổi sinh hoạt',
      'Quỹ tăng thu nhập cuối kỳ (đồng)',
      'Quỹ hoạt động cuối kỳ (đồng)',
      'Dư nợ cho vay cuối kỳ (đồng)',
      'Lượt người được truyền thông',
    ]);
    // 2025-H1: only CLB A was active (B was founded in 2026; C is paused, and status is as of today). A's members
    // on 30/06/2025: An, Bình, Cúc, Dung, Em, Gấm, Khánh (left 03/2026), Lan, Minh = 9; now A has 8 and B 4.
    expect(rows[0]).toMatchObject({ now: '2', before: '1', change: 'tăng 1' });
    expect(rows[2]).toMatchObject({ now: '12', before: '9', change: 'tăng 3' });
    expect(rows[4]).toMatchObject({ now: '11', before: '0', change: 'tăng 11' });
  });

  it('lists each club’s meetings, missed months and balances in the appendix', () => {
    expect(d.club_figures).toEqual([
      { no: '1', code: 'CLBA', held: '6', missed: '—', income_fund: '26.000.000', activity_fund: '1.500.000', outstanding: '5.000.000' },
      { no: '2', code: 'CLBB', held: '5', missed: '—', income_fund: '0', activity_fund: '0', outstanding: '0' },
    ]);
  });
});

describe('the narrative the officer writes once per period', () => {
  const grids = fixtureWard();
  fillTable(grids['Nội dung báo cáo'], NARRATIVES, [
    { period: '2026-H1', section: 'Ưu điểm', text: 'Sinh hoạt đều.' },
    { period: '2026-H2', section: 'Ưu điểm', text: 'Của kỳ khác.' },
    { period: '2026-h1', section: 'Hạn chế', text: 'Thiếu kinh phí.' },
    { period: '2026-H1', section: 'Ưu điểm', text: 'Quỹ minh bạch.' },
    { period: '6 tháng đầu', section: 'Nguyên nhân', text: 'Kỳ ghi sai: không dùng.' },
  ]);
  const result = rollUpGrids(grids, parsePeriod('2026-H1')!, FIXTURE_TODAY);
  const d = buildSixMonthReportData(result, { today: FIXTURE_TODAY });

  it('takes the rows of the period, in the tab’s order, one paragraph each', () => {
    expect(d.strengths).toEqual([{ text: 'Sinh hoạt đều.' }, { text: 'Quỹ minh bạch.' }]);
    expect(d.weaknesses).toEqual([{ text: 'Thiếu kinh phí.' }]);
    expect([d.causes, d.plans, d.proposals]).toEqual([[], [], []]);
  });

  it('flags a period that is not a period id, at its cell', () => {
    const issue = result.issues.find((i) => i.ruleId === 'narrative.period');
    expect(issue).toMatchObject({ sheet: 'Nội dung báo cáo', severity: 'error' });
    expect(issue?.a1).toMatch(/^A\d+$/);
  });

  it('names the ward the way a sentence does', () => {
    expect(wardInText('Phường Bỉm Sơn')).toBe('phường Bỉm Sơn');
    expect(wardInText('Xã Quy Kỳ')).toBe('xã Quy Kỳ');
    expect(wardInText('Phườngx')).toBe('Phườngx');
  });
});
