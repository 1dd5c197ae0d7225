/**
 * The narrative report kinds (annual, two-year review, final review) and the Decree 30 details of
 * their template, on the hand-counted fixture ward (test/core/fixture.ts) and on the demo ward.
 */
import { generateDemoWard } from '../../../src/core/demo';
import { parseWard } from '../../../src/core/parse/parseWard';
import { parsePeriod } from '../../../src/core/period';
import { narrativeTemplate } from '../../../src/core/report/defaultTemplate';
import { plainText } from '../../../src/core/report/document';
import { formatDateLine } from '../../../src/core/report/format';
import type { ReportData, ReportRecord } from '../../../src/core/report/language';
import { documentFrame, issuerLines, narrativeKindOf, placeOf } from '../../../src/core/report/model';
import { kindDocument, shippedTemplates } from '../../../src/core/report/registry';
import { renderBlocks } from '../../../src/core/report/renderBlocks';
import { checkTemplate } from '../../../src/core/report/templateCheck';
import { wardSettings } from '../../../src/core/schema/settings';
import { fixtureWard } from '../fixture';

type NarrativeId = 'h1' | 'year' | 'review' | 'final';

/** The fixture ward as parsed on a given day (a club's status and the months expected depend on it). */
const wardOn = (today: string) => parseWard(fixtureWard(), { today });
const report = (kind: NarrativeId, period: string, today: string, provisional = false): ReportData =>
  kindDocument(kind).data(wardOn(today), parsePeriod(period)!, { today, provisional });
const rows = (value: unknown) => value as ReportRecord[];

describe('the annual report on the fixture ward (2026, made on 10/01/2027)', () => {
  const d = report('year', '2026', '2027-01-10');

  it('says it is the year’s report, from its kind', () => {
    expect(d.subtitle).toBe('Kết quả thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau năm 2026');
    expect(d.report_scope).toBe('kết quả thực hiện năm 2026');
    expect([d.period_start, d.period_end]).toEqual(['01/01/2026', '31/12/2026']);
    expect(d.years).toEqual([]);
  });

  it('counts the whole year', () => {
    // Clubs A and B active on 31/12 (C paused). A: An, Bình, Cúc, Dung, Em, Gấm, Lan, Hoa (joined 07/2026);
    // Khánh left 03/2026 and Minh 08/2026; the nameless row is no member. B: Nga, Oanh, Phương, Quang.
    expect([d.clubs_active, d.members]).toEqual(['2', '12']);
    // Meetings: A January–June (6), B February–June (5); neither met July–December.
    expect([d.meetings_held, d.clubs_every_month, d.has_missed_months]).toEqual(['11', '0', true]);
    expect(d.missed_months).toBe(
      'CLBA (07/2026, 08/2026, 09/2026, 10/2026, 11/2026, 12/2026); CLBB (07/2026, 08/2026, 09/2026, 10/2026, 11/2026, 12/2026)',
    );
    // A's last fund row of the year is June's; nothing before the year.
    expect([d.income_fund_end, d.income_fund_change, d.activity_fund_end]).toEqual(['26.000.000', 'tăng 26.000.000', '1.500.000']);
    expect([d.loans_made, d.loans_lent, d.loans_outstanding_amount]).toEqual(['1', '5.000.000', '5.000.000']);
    // An's refresher (03/2026) and Bình's initial training (02/2026); An's 2025 initial is the year before.
    expect([d.trainings_people, d.trainings_initial, d.trainings_refresher]).toEqual(['2', '1', '1']);
    // The March conference (300) and the August broadcast (500).
    expect([d.communication_events, d.communication_reached]).toEqual(['2', '800']);
  });

  it('compares with 2025, when only club A was active, with 9 members and no meeting written', () => {
    expect(d.previous_label).toBe('năm 2025');
    const comparison = rows(d.comparison);
    expect(comparison[0]).toMatchObject({ now: '2', before: '1', change: 'tăng 1' });
    expect(comparison[2]).toMatchObject({ now: '12', before: '9', change: 'tăng 3' });
    expect(comparison[4]).toMatchObject({ now: '11', before: '0', change: 'tăng 11' });
    expect(comparison[8]).toMatchObject({ now: '800', before: '0', change: 'tăng 800' });
  });
});

describe('the two-year review on the fixture ward (2025–2026, made on 10/01/2027)', () => {
  const d = report('review', '2025-2026', '2027-01-10');
  const years = rows(d.years);

  it('is a review of the two years, from 01/01/2025 to 31/12/2026', () => {
    expect(d.subtitle).toBe('Sơ kết 2 năm 2025–2026 thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau');
    expect(d.report_subject).toBe('sơ kết 2 năm 2025–2026 thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau');
    expect([d.period_start, d.period_end]).toEqual(['01/01/2025', '31/12/2026']);
    // Over the two years: A's 6 and B's 5 meetings of 2026; An's 2025 initial training too.
    expect([d.meetings_held, d.trainings_people, d.trainings_initial, d.communication_reached]).toEqual(['11', '2', '2', '800']);
    // 2023–2024 is before the phase: nothing to compare with.
    expect(d.has_previous).toBe(false);
  });

  it('sets the years side by side, counted by hand', () => {
    expect(years).toEqual([
      {
        year: '2025',
        clubs_active: '1',
        clubs_standard: '0',
        members: '9',
        elderly: years[0].elderly,
        meetings: '0',
        income_fund: '0',
        activity_fund: '0',
        outstanding: '0',
        reached: '0',
      },
      {
        year: '2026',
        clubs_active: '2',
        clubs_standard: years[1].clubs_standard,
        members: '12',
        elderly: years[1].elderly,
        meetings: '11',
        income_fund: '26.000.000',
        activity_fund: '1.500.000',
        outstanding: '5.000.000',
        reached: '800',
      },
    ]);
  });

  it('gives each year the figures of that year’s own annual report', () => {
    for (const row of years) {
      const annual = report('year', String(row.year), '2027-01-10');
      expect(row).toEqual({
        year: row.year,
        clubs_active: annual.clubs_active,
        clubs_standard: annual.clubs_standard,
        members: annual.members,
        elderly: annual.elderly_members,
        meetings: annual.meetings_held,
        income_fund: annual.income_fund_end,
        activity_fund: annual.activity_fund_end,
        outstanding: annual.loans_outstanding_amount,
        reached: annual.communication_reached,
      });
    }
  });

  it('judges a phase count target as progress when the review ends before the phase', () => {
    const older = rows(d.indicators).find((i) => i.id === 'elderly_members')!;
    expect(older.status).toMatch(/^Đạt \d+% mục tiêu 2030$/);
  });
});

describe('the final review of phase 1 (made on 10/01/2031)', () => {
  const d = report('final', 'P1', '2031-01-10');

  it('covers 2025–2030, one row per year, and judges phase targets as met or not at the phase end', () => {
    expect(d.subtitle).toBe('Tổng kết thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2025–2030');
    expect(rows(d.years).map((y) => y.year)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    const older = rows(d.indicators).find((i) => i.id === 'elderly_members')!;
    expect(older.target).toBe('≥ 300');
    expect(older.status).toBe('Chưa đạt');
    expect(d.indicators_below).toContain(older.name);
  });
});

describe('a provisional report on a period not ended', () => {
  it('says "tạm tính đến ngày" with today’s date and counts up to today', () => {
    const d = report('year', '2026', '2026-07-15', true);
    expect(d.subtitle).toBe(
      'Kết quả thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau năm 2026 (tạm tính đến ngày 15/07/2026)',
    );
    expect(d.period_end).toBe('15/07/2026');
    // The August broadcast is after today; no month after July is expected yet.
    expect([d.communication_reached, d.meetings_held]).toEqual(['300', '11']);
    expect(report('year', '2026', '2027-01-10').subtitle).not.toContain('tạm tính');
  });

  it('prints a review’s years begun by today only, the current one up to today', () => {
    const d = report('final', 'P1', '2026-07-15', true);
    expect(d.subtitle).toContain('(tạm tính đến ngày 15/07/2026)');
    const years = rows(d.years);
    expect(years.map((y) => y.year)).toEqual(['2025', '2026']);
    expect(years[1].reached).toBe('300');
  });
});

describe('Decree 30 details', () => {
  it('writes the date with a zero before days below 10 and the months January and February', () => {
    expect(formatDateLine('Bỉm Sơn', '2026-01-05')).toBe('Bỉm Sơn, ngày 05 tháng 01 năm 2026');
    expect(formatDateLine('Bỉm Sơn', '2026-12-01')).toBe('Bỉm Sơn, ngày 01 tháng 12 năm 2026');
  });

  it('puts a People’s Committee on two lines, split before the unit’s name', () => {
    expect(issuerLines('ỦY BAN NHÂN DÂN PHƯỜNG BỈM SƠN')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG BỈM SƠN']);
    expect(issuerLines('UBND  xã Quy Kỳ')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ QUY KỲ']);
    expect(issuerLines('UỶ BAN NHÂN DÂN THỊ TRẤN A')).toEqual(['ỦY BAN NHÂN DÂN', 'THỊ TRẤN A']);
    expect(issuerLines('PHÒNG VĂN HÓA - XÃ HỘI')).toEqual(['PHÒNG VĂN HÓA - XÃ HỘI']);
  });

  it('never prints the template’s sample issuer or place once the ward has its own name', () => {
    const named = documentFrame(wardSettings({ ward: 'Phường Ngọc Trạo' }), 'Phường Ngọc Trạo', '2027-01-05', 'vi');
    expect([named.issuer, named.date_line]).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG NGỌC TRẠO', 'Ngọc Trạo, ngày 05 tháng 01 năm 2027']);
    // The ward's own issuer and place are kept.
    const own = documentFrame(
      wardSettings({ ward: 'Xã Quy Kỳ', issuer: 'UBND xã Quy Kỳ', place: 'Quy Kỳ, Thanh Hóa' }),
      'Xã Quy Kỳ',
      '2027-01-05',
      'vi',
    );
    expect([own.issuer, own.date_line]).toEqual(['UBND XÃ QUY KỲ', 'Quy Kỳ, Thanh Hóa, ngày 05 tháng 01 năm 2027']);
    // The untouched sample workbook keeps its sample.
    expect(documentFrame(wardSettings(), 'Phường Mẫu', '2027-01-05', 'vi').date_line).toBe('Mẫu, ngày 05 tháng 01 năm 2027');
    expect(placeOf('Thị trấn Nga Sơn')).toBe('Nga Sơn');
  });

  it('draws the short rules under the issuing body, the motto and the subject line', () => {
    const template = narrativeTemplate('year');
    const header = template.blocks[0];
    if (header.kind !== 'table') throw new Error('the header is a table');
    const [issuer, motto] = header.rows[0].cells.map((c) => c.blocks.at(-1));
    expect(issuer).toMatchObject({ rule: { widthMm: expect.any(Number) } });
    expect(motto).toMatchObject({ rule: { widthMm: expect.any(Number) } });
    const subject = template.blocks.findIndex((b) => b.kind === 'paragraph' && b.runs[0]?.text === '{{subtitle}}');
    expect(template.blocks[subject + 1]).toMatchObject({ rule: { widthMm: expect.any(Number) } });
    // The issuer's column holds "PHƯỜNG …" of a long ward name in 13 pt bold capitals (about 3 mm a letter).
    expect(header.columnsMm[0]).toBeGreaterThanOrEqual('PHƯỜNG NGHI SƠN ĐÔNG'.length * 3);
  });

  it('keeps the closing sentence with "Nơi nhận" and the signature', () => {
    const blocks = narrativeTemplate('h1').blocks;
    const closing = blocks.findIndex((b) => b.kind === 'paragraph' && b.runs[0]?.text.startsWith('Trên đây là báo cáo'));
    expect(blocks[closing]).toMatchObject({ keepWithNext: true });
    expect(blocks[closing + 1].kind).toBe('table');
  });
});

describe('every narrative kind on the demo ward', () => {
  const TODAY = '2031-01-10';
  const ward = parseWard(generateDemoWard({ today: '2026-07-05' }).grids, { today: TODAY });
  const cases: Array<[NarrativeId, string]> = [
    ['h1', '2026-H1'],
    ['year', '2026'],
    ['review', '2025-2026'],
    ['final', 'P1'],
  ];

  it.each(cases)('%s %s: its template passes the check against its data and renders every name', (kind, period) => {
    const doc = kindDocument(kind);
    const data = doc.data(ward, parsePeriod(period)!, { today: TODAY });
    expect(checkTemplate(doc.template.blocks, data)).toEqual([]);
    const rendered = renderBlocks(doc.template.blocks, data);
    expect(rendered.missing).toEqual([]);
    expect(rendered.errors).toEqual([]);
    const text = plainText(rendered.blocks);
    expect(text).not.toContain('{{');
    expect(text).toContain(`\n${data.subtitle}\n`);
    expect(text).toContain(`Trên đây là báo cáo ${data.report_subject} của Ủy ban nhân dân ${data.ward_in_text}./.`);
    expect(text).toContain('ỦY BAN NHÂN DÂN / PHƯỜNG ');
    expect(text.includes('Năm | CLB hoạt động')).toBe(kind === 'review' || kind === 'final');
    expect(narrativeKindOf(parsePeriod(period)!)).toBe(kind);
  });

  it('ships one template per narrative kind, each under its own name', () => {
    const names = shippedTemplates().map((t) => t.name);
    for (const name of ['report-6-thang', 'report-nam', 'report-so-ket', 'report-tong-ket']) expect(names).toContain(name);
  });
});
