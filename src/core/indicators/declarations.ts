/**
 * Every indicator of the plans, declared once as data (DHIS2-style): a numerator fact, an optional
 * denominator fact, a unit and default targets per phase. Roll-up, master sheet, province sums,
 * report placeholders and docs/ all read this list. Percentages are always numerator-sum over
 * denominator-sum, never averages of percentages.
 */
import { type Lang, translate } from '../i18n/messages';
import type { PhaseId } from '../period';
import type { Target } from '../schema/types';
import type { FactId } from './facts';

export interface IndicatorDecl {
  id: string;
  name: { vi: string; en: string };
  /** How it is computed, in words, for docs and the Tổng hợp tab. */
  definition: { vi: string; en: string };
  numerator: FactId;
  denominator?: FactId;
  /** 'percent': numerator ÷ denominator × 100; 'count': the numerator itself. */
  unit: 'count' | 'percent';
  /** What the numerator counts, for the unit column ("CLB", "người", "tổ"). */
  subject: 'clubs' | 'people' | 'groups';
  /** Shown per club in Theo CLB (a club-level value exists). */
  perClub: boolean;
  targets: Partial<Record<PhaseId, Target>>;
}

const atLeast = (min: number): Target => ({ min, percent: false });
const pct = (min: number, max?: number): Target => ({ min: min / 100, max: max === undefined ? undefined : max / 100, percent: true });

export const INDICATORS: IndicatorDecl[] = [
  {
    id: 'clubs_active',
    name: { vi: 'Số CLB đang hoạt động', en: 'Active clubs' },
    definition: {
      vi: 'CLB trong danh mục có trạng thái "Đang hoạt động", thành lập trước cuối kỳ',
      en: 'Registered clubs with status "active", established by the period end',
    },
    numerator: 'clubs_active',
    subject: 'clubs',
    unit: 'count',
    perClub: false,
    targets: {},
  },
  {
    id: 'clubs_new',
    name: { vi: 'Số CLB thành lập mới trong giai đoạn', en: 'New clubs established in the phase' },
    definition: {
      vi: 'CLB có ngày thành lập từ đầu giai đoạn đến cuối kỳ',
      en: 'Clubs established between the phase start and the period end',
    },
    numerator: 'clubs_new_in_phase',
    subject: 'clubs',
    unit: 'count',
    perClub: false,
    targets: { P1: atLeast(5), P2: atLeast(5) },
  },
  {
    id: 'clubs_maintained',
    name: { vi: 'Tỷ lệ CLB đã thành lập được duy trì hoạt động', en: 'Established clubs still operating' },
    definition: { vi: 'CLB đang hoạt động / CLB đã thành lập', en: 'Active clubs / clubs ever established' },
    numerator: 'clubs_active',
    denominator: 'clubs_registered',
    subject: 'clubs',
    unit: 'percent',
    perClub: false,
    targets: { P1: pct(100), P2: pct(100) },
  },
  {
    id: 'members',
    name: { vi: 'Số thành viên', en: 'Members' },
    definition: {
      vi: 'Thành viên có tên, đã tham gia và chưa rời CLB tại cuối kỳ',
      en: 'Named members who joined by and had not left at the period end',
    },
    numerator: 'members',
    subject: 'people',
    unit: 'count',
    perClub: true,
    targets: {},
  },
  {
    id: 'women_members',
    name: { vi: 'Số thành viên nữ', en: 'Women members' },
    definition: { vi: 'Thành viên có giới tính Nữ', en: 'Members whose gender is Nữ' },
    numerator: 'women_members',
    subject: 'people',
    unit: 'count',
    perClub: true,
    targets: {},
  },
  {
    id: 'elderly_members',
    name: { vi: 'Số người cao tuổi tham gia', en: 'Older people taking part' },
    definition: { vi: 'Thành viên đủ 60 tuổi trở lên tại cuối kỳ', en: 'Members aged 60 or over at the period end' },
    numerator: 'elderly_members',
    subject: 'people',
    unit: 'count',
    perClub: true,
    targets: { P1: atLeast(300), P2: atLeast(400) },
  },
  {
    id: 'elderly_women',
    name: { vi: 'Số người cao tuổi là nữ', en: 'Older women' },
    definition: { vi: 'Thành viên nữ đủ 60 tuổi trở lên', en: 'Women members aged 60 or over' },
    numerator: 'elderly_women',
    subject: 'people',
    unit: 'count',
    perClub: true,
    targets: {},
  },
  {
    id: 'elderly_women_share',
    name: { vi: 'Tỷ lệ nữ trong số người cao tuổi tham gia', en: 'Women among older members' },
    definition: { vi: 'Người cao tuổi là nữ / người cao tuổi tham gia', en: 'Older women / older members' },
    numerator: 'elderly_women',
    denominator: 'elderly_members',
    subject: 'people',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(40, 50), P2: pct(50, 60) },
  },
  {
    id: 'groups_with_club',
    name: { vi: 'Tỷ lệ tổ dân phố có CLB', en: 'Residential groups with a club' },
    definition: {
      vi: 'Tổ dân phố có ít nhất 1 CLB đang hoạt động / tổng số tổ dân phố',
      en: 'Groups with at least one active club / all groups',
    },
    numerator: 'groups_with_club',
    denominator: 'groups_total',
    subject: 'groups',
    unit: 'percent',
    perClub: false,
    targets: { P1: pct(20), P2: pct(100) },
  },
  {
    id: 'groups_with_standard_club',
    name: { vi: 'Tỷ lệ tổ dân phố có CLB hoạt động đạt chuẩn', en: 'Groups with a club that meets the standard' },
    definition: {
      vi: 'Tổ dân phố có ít nhất 1 CLB đạt chuẩn / tổng số tổ dân phố',
      en: 'Groups with at least one standard club / all groups',
    },
    numerator: 'groups_with_standard_club',
    denominator: 'groups_total',
    subject: 'groups',
    unit: 'percent',
    perClub: false,
    targets: { P1: pct(50), P2: pct(100) },
  },
  {
    id: 'clubs_monthly_8',
    name: { vi: 'Tỷ lệ CLB sinh hoạt hằng tháng đủ 8 nội dung', en: 'Clubs meeting monthly with all 8 contents' },
    definition: {
      vi: 'CLB có buổi sinh hoạt trong mọi tháng của kỳ, mỗi buổi đủ 8 nội dung / CLB đang hoạt động',
      en: 'Clubs with a meeting every month of the period, each covering all 8 contents / active clubs',
    },
    numerator: 'clubs_monthly_8',
    denominator: 'clubs_active',
    subject: 'clubs',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(20) },
  },
  {
    id: 'clubs_digital_green',
    name: {
      vi: 'Tỷ lệ CLB thực hiện chuyển đổi số, chuyển đổi xanh, khởi nghiệp, tạo việc làm',
      en: 'Clubs doing digital, green, start-up or jobs work',
    },
    definition: {
      vi: 'CLB có ít nhất 1 buổi sinh hoạt lồng ghép các nội dung này trong kỳ / CLB đang hoạt động',
      en: 'Clubs with at least one such meeting in the period / active clubs',
    },
    numerator: 'clubs_digital_green',
    denominator: 'clubs_active',
    subject: 'clubs',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(50) },
  },
  {
    id: 'boards_trained',
    name: {
      vi: 'Tỷ lệ Ban chủ nhiệm CLB được tập huấn ban đầu và nhắc lại hằng năm',
      en: 'Club boards trained (initial and yearly refresher)',
    },
    definition: {
      vi: 'CLB có mọi thành viên Ban chủ nhiệm đã tập huấn ban đầu và được tập huấn trong năm / CLB đang hoạt động',
      en: 'Clubs whose whole board had initial training and a training this year / active clubs',
    },
    numerator: 'clubs_board_trained',
    denominator: 'clubs_active',
    subject: 'clubs',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(100), P2: pct(100) },
  },
  {
    id: 'clubs_fund_25m',
    name: { vi: 'Tỷ lệ CLB có quỹ tăng thu nhập từ 25 triệu đồng trở lên', en: 'Clubs whose income fund reaches 25 million VND' },
    definition: {
      vi: 'CLB có số dư quỹ tăng thu nhập cuối kỳ ≥ mức cấu hình / CLB đang hoạt động',
      en: 'Clubs with an income-fund balance at the period end at or above the setting / active clubs',
    },
    numerator: 'clubs_fund_25m',
    denominator: 'clubs_active',
    subject: 'clubs',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(30, 50) },
  },
  {
    id: 'loan_need_met',
    name: { vi: 'Tỷ lệ thành viên có nhu cầu được hỗ trợ vay vốn, tăng thu nhập', en: 'Members needing a loan who got one' },
    definition: {
      vi: 'Thành viên có nhu cầu đã được vay / hỗ trợ sinh kế ÷ thành viên có nhu cầu',
      en: 'Members in need who got a loan or livelihood support / members in need',
    },
    numerator: 'members_served',
    denominator: 'members_in_need',
    subject: 'people',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(50) },
  },
  {
    id: 'communication_reach',
    name: { vi: 'Tỷ lệ hội viên, người cao tuổi và cộng đồng được tuyên truyền', en: 'People reached by awareness work' },
    definition: { vi: 'Số người được tuyên truyền trong kỳ / dân số làm mẫu số', en: 'People reached in the period / population base' },
    numerator: 'people_reached',
    denominator: 'population_base',
    subject: 'people',
    unit: 'percent',
    perClub: false,
    targets: { P1: pct(20), P2: pct(30) },
  },
  {
    id: 'clubs_both_funds',
    name: { vi: 'Tỷ lệ CLB có cả quỹ tăng thu nhập và quỹ hoạt động', en: 'Clubs with both an income fund and an activity fund' },
    definition: {
      vi: 'CLB có số dư cả hai quỹ cuối kỳ lớn hơn 0 / CLB đang hoạt động',
      en: 'Clubs with both fund balances above 0 at the period end / active clubs',
    },
    numerator: 'clubs_both_funds',
    denominator: 'clubs_active',
    subject: 'clubs',
    unit: 'percent',
    perClub: true,
    targets: { P1: pct(100), P2: pct(100) },
  },
];

export function indicatorById(id: string): IndicatorDecl | undefined {
  return INDICATORS.find((i) => i.id === id);
}

/** The unit column: "%" for shares, else what is counted ("CLB", "người"). */
export function unitLabel(decl: Pick<IndicatorDecl, 'unit' | 'subject'>, lang: Lang = 'vi'): string {
  return translate(decl.unit === 'percent' ? 'unit.percent' : `unit.${decl.subject}`, {}, lang);
}
