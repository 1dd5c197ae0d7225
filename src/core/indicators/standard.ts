/** The club standard (đạt chuẩn): each criterion declared once, its bounds from ward settings. */
import type { WardSettings } from '../schema/settings';

/** A club's people at the period end: what the composition criteria (and the check's warnings) judge. */
export interface ClubPeople {
  members: number;
  women: number;
  elderly: number;
}

export interface ClubFigures extends ClubPeople {
  monthly: boolean;
  allContents: boolean;
  bothFunds: boolean;
  boardTrained: boolean;
}

export interface StandardCriterion {
  id: 'size' | 'women' | 'elderly' | 'monthly' | 'contents' | 'funds' | 'board';
  label: { vi: string; en: string };
  met: (f: ClubFigures, s: WardSettings) => boolean;
}

export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const within = (x: number, min: number, max: number) => x >= min - 1e-9 && x <= max + 1e-9;

/**
 * The composition criteria, shared with the check's warnings (rule.club.size, womenShare,
 * elderlyShare), which judge the same figures at the same date: the two can never disagree.
 */
export const COMPOSITION_CRITERIA = {
  size: (f: ClubPeople, s: WardSettings) => within(f.members, s.standardMinMembers, s.standardMaxMembers),
  women: (f: ClubPeople, s: WardSettings) => within(share(f.women, f.members), s.standardMinWomenShare, s.standardMaxWomenShare),
  elderly: (f: ClubPeople, s: WardSettings) => within(share(f.elderly, f.members), s.standardMinElderlyShare, s.standardMaxElderlyShare),
} as const;

export const STANDARD_CRITERIA: StandardCriterion[] = [
  {
    id: 'size',
    label: { vi: 'Số thành viên trong khoảng chuẩn', en: 'Member count within the standard' },
    met: COMPOSITION_CRITERIA.size,
  },
  {
    id: 'women',
    label: { vi: 'Tỷ lệ nữ trong khoảng chuẩn', en: 'Share of women within the standard' },
    met: COMPOSITION_CRITERIA.women,
  },
  {
    id: 'elderly',
    label: { vi: 'Tỷ lệ người cao tuổi trong khoảng chuẩn', en: 'Share of older people within the standard' },
    met: COMPOSITION_CRITERIA.elderly,
  },
  { id: 'monthly', label: { vi: 'Sinh hoạt đều hằng tháng', en: 'Meets every month' }, met: (f) => f.monthly },
  { id: 'contents', label: { vi: 'Thực hiện đủ 8 nội dung', en: 'Covers all 8 contents' }, met: (f) => f.allContents },
  { id: 'funds', label: { vi: 'Có quỹ tăng thu nhập và quỹ hoạt động', en: 'Keeps both funds' }, met: (f) => f.bothFunds },
  { id: 'board', label: { vi: 'Ban chủ nhiệm được tập huấn', en: 'Board trained' }, met: (f) => f.boardTrained },
];

export interface StandardCheck {
  met: boolean;
  missed: StandardCriterion['id'][];
}

/** The labels of the criteria a club misses, in declaration order. */
export function missedLabels(check: StandardCheck, lang: 'vi' | 'en'): string[] {
  return STANDARD_CRITERIA.filter((k) => check.missed.includes(k.id)).map((k) => k.label[lang]);
}

export function checkStandard(figures: ClubFigures, settings: WardSettings): StandardCheck {
  const missed = STANDARD_CRITERIA.filter((c) => !c.met(figures, settings)).map((c) => c.id);
  return { met: missed.length === 0, missed };
}
