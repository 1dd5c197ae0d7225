/** The ward-level content of the demo: settings, residential groups, the club plans and registry, ward communication work. */
import { formatDateVi, minDate } from '../dates';
import { ACTIVE_STATUS } from '../schema/tables';
import { foldText } from '../text';
import { addDays, randomDate } from './calendar';
import type { RowValues } from './fillTable';
import { MISTAKE_ORDER } from './mistakes';
import type { Random } from './random';
import type { ClubPlan, ClubProfile, DemoSettings } from './types';

/** Who the demo ward is (a real ward name, invented people; e-mails on example.com). */
export const DEMO_WARD = {
  ward: 'Phường Bỉm Sơn',
  province: 'Tỉnh Thanh Hóa',
  issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG BỈM SƠN',
  issuerParent: 'UBND TỈNH THANH HÓA',
  place: 'Bỉm Sơn',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Văn Hùng',
  officerEmail: 'vhxh.bimson@example.com',
  leaderEmail: 'lanhdao.bimson@example.com',
  mailSlug: 'bimson',
};

/** The demo ward's identity, for another place name (the default is Bỉm Sơn). */
export function wardIdentity(place?: string): typeof DEMO_WARD {
  if (!place || foldText(place) === foldText(DEMO_WARD.place)) return DEMO_WARD;
  const slug = foldText(place).replace(/[^a-z0-9]/g, '');
  return {
    ...DEMO_WARD,
    ward: `Phường ${place}`,
    issuer: `ỦY BAN NHÂN DÂN PHƯỜNG ${place.toLocaleUpperCase('vi')}`,
    place,
    officerEmail: `vhxh.${slug}@example.com`,
    leaderEmail: `lanhdao.${slug}@example.com`,
    mailSlug: slug,
  };
}

/** Settings written into Cấu hình; the population base stays blank so the groups' populations add up to it. */
export function settingValues(year: number, identity: typeof DEMO_WARD = DEMO_WARD): Record<string, string | number> {
  const { ward, province, issuer, issuerParent, place, signerTitle, signerName, officerEmail, leaderEmail } = identity;
  return { ward, province, year, issuer, issuerParent, place, signerTitle, signerName, officerEmail, leaderEmail, populationBase: '' };
}

export interface DemoGroup {
  code: string;
  name: string;
  population: number;
}

export function drawGroups(rng: Random, clubs: number): DemoGroup[] {
  return Array.from({ length: Math.max(10, clubs) }, (_, i) => ({
    code: `TDP${String(i + 1).padStart(2, '0')}`,
    name: `Tổ dân phố ${i + 1}`,
    population: rng.int(60, 150) * 10,
  }));
}

/**
 * Founding dates spread over the last three years (a quarter two years back, one club this year,
 * the rest last year), one group per club, a profile per club, about a third of the older clubs
 * with a fund of 25 million or more, and the mistakes dealt out.
 */
export function planClubs(rng: Random, demo: DemoSettings, groups: DemoGroup[]): ClubPlan[] {
  const { year, today, clubs } = demo;
  const old = Math.floor(clubs / 4);
  const thisYear = clubs >= 3 ? randomDate(rng, `${year}-01-05`, minDate(`${year}-04-30`, addDays(today, -60))) : undefined;
  const dates = Array.from({ length: clubs }, (_, i) => {
    if (i < old) return randomDate(rng, `${year - 2}-03-01`, `${year - 2}-11-30`)!;
    if (i === clubs - 1 && thisYear) return thisYear;
    return randomDate(rng, `${year - 1}-01-10`, `${year - 1}-11-30`)!;
  }).sort();
  const groupOf = rng
    .shuffle(groups)
    .slice(0, clubs)
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const plans: ClubPlan[] = dates.map((established, i) => {
    const code = `CLB${String(i + 1).padStart(2, '0')}`;
    const profile: ClubProfile =
      i === 0
        ? 'model'
        : rng.weighted([
            ['steady', 60],
            ['patchy', 25],
            ['model', 15],
          ] as const);
    return {
      index: i,
      code,
      name: `CLB LTHTGN ${groupOf[i].name}`,
      group: groupOf[i].name,
      established,
      profile,
      refresher: rng.chance(0.85),
      mistakes: [],
    };
  });
  const older = plans.filter((p) => Number(p.established.slice(0, 4)) < year);
  const rich = rng.shuffle(older).slice(0, Math.min(older.length, Math.max(1, Math.round(clubs * 0.35))));
  rich.forEach((p, rank) => {
    p.richRank = rank;
  });
  MISTAKE_ORDER.forEach((kind, k) => {
    plans[k % clubs].mistakes.push(kind);
  });
  return plans;
}

export function registryRows(rng: Random, plans: ClubPlan[], identity: typeof DEMO_WARD = DEMO_WARD): RowValues[] {
  return plans.map((p) => ({
    code: p.code,
    name: p.name,
    group: p.group,
    established: formatDateVi(p.established),
    decision: `${rng.int(5, 180)}/QĐ-UBND`,
    status: ACTIVE_STATUS,
    boardEmails: `${p.code.toLowerCase()}.${identity.mailSlug}@example.com`,
  }));
}

const TOPICS: Array<[title: string, form: string, reached: [number, number]]> = [
  ['Tuyên truyền Luật Người cao tuổi và chính sách trợ giúp xã hội', 'Hội nghị', [80, 250]],
  ['Chính sách trợ cấp hưu trí xã hội từ 01/7/2025', 'Loa truyền thanh', [400, 900]],
  ['Bình dân học vụ số: cài đặt VNeID, dịch vụ công trực tuyến', 'Lớp hướng dẫn', [40, 90]],
  ['Phòng chống lừa đảo qua mạng cho người cao tuổi', 'Mạng xã hội (Zalo)', [200, 600]],
  ['Chăm sóc sức khỏe người cao tuổi, phòng chống tăng huyết áp', 'Hội nghị', [80, 250]],
  ['Phân loại rác thải tại nguồn, sống xanh', 'Loa truyền thanh', [400, 900]],
  ['Tháng hành động vì người cao tuổi Việt Nam', 'Mít tinh', [150, 400]],
  ['Vận động tham gia BHYT, BHXH tự nguyện', 'Tờ rơi', [150, 400]],
  ['Giới thiệu mô hình CLB Liên thế hệ tự giúp nhau', 'Sinh hoạt CLB', [45, 70]],
  ['Khởi nghiệp, tạo việc làm cho người trung tuổi', 'Hội nghị', [80, 250]],
];

/** 6–10 communication events of the year, in date order; club meetings name their club. */
export function activityRows(rng: Random, demo: DemoSettings, plans: ClubPlan[]): RowValues[] {
  const topics = rng.shuffle(TOPICS).slice(0, rng.int(6, 10));
  return topics
    .map(([title, form, [lo, hi]]) => {
      const date = randomDate(rng, `${demo.year}-01-05`, addDays(demo.today, -3)) ?? demo.today;
      const open = plans.filter((p) => p.established < date);
      const club = form === 'Sinh hoạt CLB' && open.length > 0 ? rng.pick(open).code : '';
      return { date, title, form, reached: rng.int(lo, hi), club };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((a) => ({ ...a, date: formatDateVi(a.date) }));
}

/**
 * What a ward officer writes for the first half-year's report in the Nội dung báo cáo tab: each
 * narrative section once or twice, as a real report would read.
 */
export function narrativeRows(year: number): RowValues[] {
  const period = `${year}-H1`;
  return [
    {
      period,
      section: 'Ưu điểm',
      text: 'Các câu lạc bộ duy trì sinh hoạt hằng tháng, nội dung sinh hoạt phong phú, gắn với chăm sóc sức khỏe và hỗ trợ sinh kế cho thành viên; Ban chủ nhiệm nhiệt tình, trách nhiệm.',
    },
    {
      period,
      section: 'Ưu điểm',
      text: 'Quỹ tăng thu nhập được quản lý công khai, minh bạch, phát huy hiệu quả trong hỗ trợ thành viên vay vốn phát triển kinh tế hộ gia đình.',
    },
    {
      period,
      section: 'Hạn chế',
      text: 'Một số câu lạc bộ chưa thực hiện đủ 8 nội dung hoạt động; việc lồng ghép chuyển đổi số, chuyển đổi xanh còn ít.',
    },
    {
      period,
      section: 'Nguyên nhân',
      text: 'Nguồn lực hỗ trợ hoạt động còn hạn chế; một số thành viên Ban chủ nhiệm mới được kiện toàn, chưa được tập huấn đầy đủ.',
    },
    {
      period,
      section: 'Phương hướng, nhiệm vụ',
      text: 'Tiếp tục duy trì sinh hoạt định kỳ hằng tháng; phấn đấu 100% câu lạc bộ có quỹ tăng thu nhập và quỹ hoạt động; tổ chức tập huấn nhắc lại cho Ban chủ nhiệm các câu lạc bộ.',
    },
    {
      period,
      section: 'Đề xuất, kiến nghị',
      text: 'Đề nghị Ủy ban nhân dân tỉnh, Hội Người cao tuổi tỉnh tiếp tục hỗ trợ kinh phí tập huấn và tài liệu sinh hoạt cho các câu lạc bộ.',
    },
  ];
}
