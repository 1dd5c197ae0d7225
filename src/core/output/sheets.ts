/** The add-on's output tabs (Tổng hợp, Theo CLB, Kiểm tra, Mừng thọ, Hưu trí xã hội) built as grids. */
import { formatDateVi, type IsoDate } from '../dates';
import { formatNumberVi, formatPercentVi, formatTarget } from '../format';
import { type Lang, translate } from '../i18n/messages';
import { unitLabel } from '../indicators/declarations';
import type { IndicatorValue, WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import { type Issue, issueMessage } from '../issues';
import type { Ward } from '../model';
import { genderLabel, longevityList, socialPensionList } from '../policy';
import { SHEETS } from '../schema/sheets';
import type { Cell } from '../values';
import { NUMBER_FORMATS, type OutCell, type OutputSheet, STATUS_COLOURS } from './types';

export function formatIndicatorValue(v: Pick<IndicatorValue, 'value' | 'unit'>): string {
  if (v.value === null) return '—';
  return v.unit === 'percent' ? formatPercentVi(v.value) : formatNumberVi(v.value);
}

/** An indicator value as a cell: a number (a fraction for shares) or "—" when there is no denominator. */
export function indicatorCell(v: Pick<IndicatorValue, 'value'>): Cell {
  return v.value === null ? '—' : v.value;
}

export const indicatorFormat = (v: Pick<IndicatorValue, 'unit'>): string => NUMBER_FORMATS[v.unit];

const pad = (row: OutCell[], width: number): OutCell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];

export function sheet(
  name: string,
  title: string,
  subtitle: string,
  header: string[],
  body: OutCell[][],
  widths: number[],
  colours?: OutputSheet['colours'],
  formats?: OutputSheet['formats'],
): OutputSheet {
  const width = header.length;
  return {
    name,
    rows: [pad([title], width), pad([subtitle], width), header, ...body.map((r) => pad(r, width))],
    headerRow: 3,
    columnWidths: widths,
    colours,
    formats,
  };
}

/** Body formats from a column → format map (or a per-row function), null elsewhere. */
export function columnFormats<T>(
  items: T[],
  width: number,
  formatOf: Record<number, string | ((item: T) => string)>,
): Array<Array<string | null>> {
  return items.map((item) =>
    Array.from({ length: width }, (_, c) => {
      const f = formatOf[c];
      return f === undefined ? null : typeof f === 'function' ? f(item) : f;
    }),
  );
}

/** The indicator table both summary tabs draw (ward and province), before any extra columns. */
export interface IndicatorTable {
  header: string[];
  body: OutCell[][];
  colours: Array<Array<string | null>>;
  formats: Array<Array<string | null>>;
  widths: number[];
}

export function indicatorTable(indicators: IndicatorValue[], lang: Lang): IndicatorTable {
  const header =
    lang === 'vi'
      ? [
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
        ]
      : [
          'No.',
          'Indicator id',
          'Indicator',
          'Unit',
          'Value',
          'Numerator',
          'Denominator',
          'Target P1 (2025–2030)',
          'Target P2 (2031–2035)',
          'Status',
        ];
  const body = indicators.map((v, i) => [
    i + 1,
    v.id,
    v.decl.name[lang],
    unitLabel(v.decl, lang),
    indicatorCell(v),
    v.numerator,
    v.denominator ?? '',
    formatTarget(v.targets.P1),
    formatTarget(v.targets.P2),
    translate(`status.${v.status}`, {}, lang),
  ]);
  const colours = indicators.map((v) => header.map((_, c) => (c === header.length - 1 || c === 4 ? STATUS_COLOURS[v.status] : null)));
  const formats = columnFormats(indicators, header.length, { 4: indicatorFormat, 5: NUMBER_FORMATS.count, 6: NUMBER_FORMATS.count });
  return { header, body, colours, formats, widths: [45, 190, 420, 60, 90, 70, 70, 140, 140, 90] };
}

export function summarySheet(rollup: WardRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const t = indicatorTable(rollup.indicators, lang);
  const period = lang === 'vi' ? rollup.period.labelVi : rollup.period.labelEn;
  return sheet(
    SHEETS.summary,
    translate('summary.title', { ward: rollup.ward, period }, lang),
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    t.header,
    t.body,
    t.widths,
    t.colours,
    t.formats,
  );
}

const yesNo = (b: number | boolean, lang: Lang) => translate(b ? 'yes' : 'no', {}, lang);

export function byClubSheet(rollup: WardRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const header =
    lang === 'vi'
      ? [
          'STT',
          'Mã CLB',
          'Tên CLB',
          'Tổ dân phố',
          'Hoạt động',
          'Thành viên',
          'Nữ',
          'Người cao tuổi',
          'NCT nữ',
          'Tỷ lệ nữ NCT',
          'Buổi sinh hoạt',
          'Hằng tháng đủ 8 ND',
          'CĐS / CĐX / KN',
          'BCN được tập huấn',
          'Quỹ tăng thu nhập (đồng)',
          'Quỹ hoạt động (đồng)',
          'Có nhu cầu vay',
          'Được vay / hỗ trợ',
          'Chuẩn CLB',
          'Tiêu chí chưa đạt',
        ]
      : [
          'No.',
          'Club code',
          'Club name',
          'Group',
          'Active',
          'Members',
          'Women',
          'Older people',
          'Older women',
          'Women among older',
          'Meetings',
          'Monthly, all 8',
          'Digital / green / start-up',
          'Board trained',
          'Income fund (VND)',
          'Activity fund (VND)',
          'Need a loan',
          'Got a loan',
          'Club standard',
          'Criteria missed',
        ];
  const body = rollup.clubs.map((c, i) => {
    const f = c.facts;
    const share = c.indicators.find((v) => v.id === 'elderly_women_share');
    const missed = missedLabels(c.standard, lang).join('; ');
    return [
      i + 1,
      c.club.code,
      c.club.entry.name ?? '',
      c.club.entry.group ?? '',
      yesNo(c.active, lang),
      f.members,
      f.women_members,
      f.elderly_members,
      f.elderly_women,
      share ? indicatorCell(share) : '',
      f.meetings,
      yesNo(f.clubs_monthly_8, lang),
      yesNo(f.clubs_digital_green, lang),
      yesNo(f.clubs_board_trained, lang),
      f.income_fund,
      f.activity_fund,
      f.members_in_need,
      f.members_served,
      translate(c.standard.met && c.active ? 'standard.met' : 'standard.notMet', {}, lang),
      c.active ? missed : '',
    ] as OutCell[];
  });
  const colours = rollup.clubs.map((c) =>
    header.map((_, col) => (col === 18 ? (c.standard.met && c.active ? STATUS_COLOURS.met : STATUS_COLOURS.below) : null)),
  );
  const formats = columnFormats(rollup.clubs, header.length, {
    9: NUMBER_FORMATS.percent,
    14: NUMBER_FORMATS.count,
    15: NUMBER_FORMATS.count,
  });
  const period = lang === 'vi' ? rollup.period.labelVi : rollup.period.labelEn;
  return sheet(
    SHEETS.byClub,
    translate('byClub.title', { ward: rollup.ward, period }, lang),
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    header,
    body,
    [45, 80, 220, 130, 75, 80, 60, 90, 70, 90, 80, 100, 100, 100, 130, 120, 90, 90, 100, 320],
    colours,
    formats,
  );
}

export function checkSheet(issues: Issue[], today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const header =
    lang === 'vi' ? ['STT', 'Mức độ', 'Trang', 'Ô', 'Nội dung', 'Quy tắc'] : ['No.', 'Severity', 'Sheet', 'Cell', 'Problem', 'Rule'];
  const body: OutCell[][] = issues.map((issue, i) => [
    i + 1,
    translate(`severity.${issue.severity}`, {}, lang),
    issue.sheet,
    issue.a1 ? { text: issue.a1, sheet: issue.sheet, a1: issue.a1 } : '',
    issueMessage(issue, lang),
    issue.ruleId ?? issue.messageKey,
  ]);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const title =
    issues.length === 0
      ? translate('check.none', {}, lang)
      : translate('check.title', { count: issues.length, errors, warnings: issues.length - errors }, lang);
  const colours = issues.map((i) => header.map((_, c) => (c === 1 ? (i.severity === 'error' ? STATUS_COLOURS.below : '#fff2cc') : null)));
  return sheet(
    SHEETS.check,
    title,
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    header,
    body,
    [45, 80, 140, 60, 560, 200],
    colours,
  );
}

const birthText = (b: { year: number; date?: IsoDate } | undefined): Cell => (b?.date ? formatDateVi(b.date) : (b?.year ?? ''));

export function longevitySheet(ward: Ward, year: number, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const header =
    lang === 'vi'
      ? ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tuổi', 'Hình thức', 'CLB', 'Ô']
      : ['No.', 'Full name', 'Born', 'Gender', 'Age', 'Ceremony', 'Club', 'Cell'];
  const body = longevityList(ward, year).map((e, i) => [
    i + 1,
    e.member.name!,
    birthText(e.member.birth),
    genderLabel(e.member),
    e.age,
    e.ceremony,
    e.club.code,
    { text: e.member.cells.name, sheet: e.club.sheet, a1: e.member.cells.name },
  ]);
  return sheet(
    SHEETS.longevity,
    translate('longevity.title', { year }, lang),
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    header,
    body,
    [45, 200, 90, 70, 50, 140, 80, 60],
  );
}

export function pensionSheet(ward: Ward, year: number, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const header =
    lang === 'vi'
      ? ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Tuổi', 'Hộ nghèo/cận nghèo', 'Căn cứ', 'CLB', 'Ô']
      : ['No.', 'Full name', 'Born', 'Gender', 'Age', 'Household', 'Ground', 'Club', 'Cell'];
  const body = socialPensionList(ward, year).map((e, i) => [
    i + 1,
    e.member.name!,
    birthText(e.member.birth),
    genderLabel(e.member),
    e.age,
    e.member.household ?? '',
    translate(`pension.${e.ground}`, {}, lang),
    e.club.code,
    { text: e.member.cells.name, sheet: e.club.sheet, a1: e.member.cells.name },
  ]);
  return sheet(
    SHEETS.pension,
    translate('pension.title', { year }, lang),
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    header,
    body,
    [45, 200, 90, 70, 50, 120, 260, 80, 60],
  );
}
