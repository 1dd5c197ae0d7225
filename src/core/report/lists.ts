/**
 * The two named lists as documents (issue 9, point 3): the longevity list of a year (Circular
 * 06/2012/TT-BVHTTDL) and the social-pension list (Law on Social Insurance 2024 Art. 21, Decree
 * 176/2025/NĐ-CP). They name people, so each is a document of its own with the privacy line, never
 * part of the report leaders receive. The rows come from policy.ts, the same as the officers'
 * private tabs; this module only prints them for the templates in listTemplates.ts.
 */
import { type IsoDate, ymd } from '../dates';
import { type MessageKey, translate } from '../i18n/messages';
import type { ClubRecord, Member, Ward } from '../model';
import type { Period } from '../period';
import {
  ceremonyFor,
  genderLabel,
  hasLowPension,
  LONGEVITY_AGES,
  type LongevityEntry,
  longevityList,
  type PolicyEntry,
  pensionedOfAge,
  pensionGroundText,
  socialPensionList,
} from '../policy';
import { foldText } from '../text';
import { formatNumber, type ReportLang } from './format';
import type { ReportData, ReportRecord } from './language';
import { documentFrame, wardInText } from './model';

export interface ListOptions {
  today: IsoDate;
  lang?: ReportLang;
}

/** The year a list is for: the calendar year of its period (lists accept years only, kinds.ts). */
export const listYear = (period: Period): number => ymd(period.end).year;

/** The Decree 30 frame (issuing body, date line, signer: model.ts documentFrame), the ward and the privacy line. */
function wardFrame(ward: Ward, opts: ListOptions): ReportRecord {
  const lang = opts.lang ?? 'vi';
  const name = ward.settings.ward.trim();
  return {
    ...documentFrame(ward.settings, name, opts.today, lang),
    // A list carries no number of its own: it goes with the decision or submission that cites it.
    doc_number: '',
    ward: name,
    ward_in_text: wardInText(name),
    notice: translate('privateLists.notice', {}, lang),
  };
}

/** "CLB Hoa Sen / Tổ 3": the club's name and its residential group's, as the group table names it. */
function placeOf(ward: Ward, club: ClubRecord): string {
  const given = club.entry.group?.trim() ?? '';
  const group = ward.groups.find((g) => g.code === given || g.name === given);
  const groupName = group?.name ?? given;
  const clubName = club.entry.name?.trim() || club.code;
  // A club named after its group ("CLB LTHTGN Tổ dân phố 1") says the group once.
  return groupName && !foldText(clubName).includes(foldText(groupName)) ? `${clubName} / ${groupName}` : clubName;
}

/** The person's columns both lists share. */
function personRow(ward: Ward, e: PolicyEntry, no: number, lang: ReportLang): ReportRecord {
  return {
    no: String(no),
    name: e.member.name ?? '',
    birth_year: String(e.member.birth!.year),
    age: formatNumber(e.age, 0, lang),
    gender: genderLabel(e.member),
    place: placeOf(ward, e.club),
  };
}

const CEREMONY_KEYS: Record<LongevityEntry['ceremony'], MessageKey> = {
  'mừng thọ': 'longevity.ceremony.tho',
  'mừng thượng thọ': 'longevity.ceremony.thuongTho',
  'mừng thượng thượng thọ': 'longevity.ceremony.thuongThuongTho',
};

export const ceremonyLabel = (ceremony: LongevityEntry['ceremony'], lang: ReportLang = 'vi'): string =>
  translate(CEREMONY_KEYS[ceremony], {}, lang);

/** The three ceremonies with the ages each covers: "70, 75 tuổi", …, "90, 95 tuổi, từ 100 tuổi trở lên". */
function ceremonyTotals(entries: LongevityEntry[], lang: ReportLang): ReportRecord[] {
  const ceremonies = [...new Set(LONGEVITY_AGES.map(ceremonyFor))];
  return ceremonies.map((ceremony, i) => {
    const ages = LONGEVITY_AGES.filter((a) => a < 100 && ceremonyFor(a) === ceremony).join(', ');
    const from100 = ceremonyFor(100) === ceremony;
    return {
      no: String(i + 1),
      ceremony: ceremonyLabel(ceremony, lang),
      ages: translate(from100 ? 'longevity.ages.from100' : 'longevity.ages.under100', { ages }, lang),
      count: formatNumber(entries.filter((e) => e.ceremony === ceremony).length, 0, lang),
    };
  });
}

/** The longevity list of the period's year: who turns 70, 75, …, 95 or is 100 or more, and the totals per ceremony. */
export function buildLongevityListData(ward: Ward, period: Period, opts: ListOptions): ReportData {
  const lang = opts.lang ?? 'vi';
  const year = listYear(period);
  const entries = longevityList(ward, year);
  return {
    ...wardFrame(ward, opts),
    year: String(year),
    has_people: entries.length > 0,
    people: entries.map((e, i) => ({ ...personRow(ward, e, i + 1, lang), ceremony: ceremonyLabel(e.ceremony, lang) })),
    count: formatNumber(entries.length, 0, lang),
    ceremonies: ceremonyTotals(entries, lang),
  };
}

/** The list's pension column: none, a monthly amount below the social pension, or not recorded. */
function pensionStatus(m: Member, settings: Ward['settings'], lang: ReportLang): string {
  if (hasLowPension(m, settings)) return translate('pension.status.low', { amount: formatNumber(m.pensionAmount ?? 0, 0, lang) }, lang);
  return translate(m.pension === false ? 'pension.status.none' : 'pension.status.blank', {}, lang);
}

/** The social-pension list of the period's year, with the ward's ages and monthly amount (Cấu hình). */
export function buildPensionListData(ward: Ward, period: Period, opts: ListOptions): ReportData {
  const lang = opts.lang ?? 'vi';
  const year = listYear(period);
  const s = ward.settings;
  const entries = socialPensionList(ward, year);
  const count = (n: number) => formatNumber(n, 0, lang);
  const pensioned = pensionedOfAge(ward, year);
  return {
    ...wardFrame(ward, opts),
    year: String(year),
    pension_age: String(s.pensionAge),
    poor_age: String(s.pensionPoorAge),
    amount: formatNumber(s.pensionAmount, 0, lang),
    has_people: entries.length > 0,
    people: entries.map((e, i) => ({
      ...personRow(ward, e, i + 1, lang),
      household: e.member.household ?? '',
      pension: pensionStatus(e.member, s, lang),
      ground: pensionGroundText(e.ground, s, lang),
    })),
    count: count(entries.length),
    count_age: count(entries.filter((e) => e.ground === 'age75').length),
    count_poor: count(entries.filter((e) => e.ground === 'poor70').length),
    monthly_total: formatNumber(entries.length * s.pensionAmount, 0, lang),
    pensioned: count(pensioned),
    has_pensioned: pensioned > 0,
  };
}
