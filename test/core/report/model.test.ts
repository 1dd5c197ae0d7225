import type { WardRollUp } from '../../../src/core/indicators/rollup';
import { SIX_MONTH_REPORT } from '../../../src/core/report/defaultTemplate';
import { plainText } from '../../../src/core/report/document';
import type { ReportRecord } from '../../../src/core/report/language';
import { buildSixMonthReportData } from '../../../src/core/report/model';
import { renderBlocks } from '../../../src/core/report/renderBlocks';
import { defaultSettings } from '../../../src/core/schema/settings';
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
    for (const row of indicators) expect(['Đạt', 'Chưa đạt', 'Vượt', '']).toContain(row.status);
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

  it('ends the recipient list the Decree 30 way', () => {
    expect(data.recipients).toEqual([
      { name: 'UBND tỉnh (để b/c)', end: ';' },
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
    const d = buildSixMonthReportData(empty, settings, { today: TODAY });
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
    const d = buildSixMonthReportData(rollup, ward.settings, { today: TODAY, lang: 'en' });
    expect(d.subtitle).toBe('Results of replicating Intergenerational Self-Help Clubs, first half of 2026');
    expect(d.date_line).toBe(`${ward.settings.place}, 5 July 2026`);
    const rows = d.indicators as ReportRecord[];
    expect(rows.find((i) => i.id === 'elderly_members')!.unit).toBe('people');
    for (const row of rows) expect(['Met', 'Not met', 'Exceeded', '']).toContain(row.status);
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
