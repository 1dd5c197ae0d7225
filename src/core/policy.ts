/** Elderly-policy lists the ward keeps alongside the clubs, straight from the member register. */

import { type Lang, translate } from './i18n/messages';
import { countedMembers, isWoman } from './indicators/members';
import type { ClubRecord, Member, Ward } from './model';
import type { WardSettings } from './schema/settings';

export const LONGEVITY_AGES = [70, 75, 80, 85, 90, 95, 100] as const;

export interface PolicyEntry {
  club: ClubRecord;
  member: Member;
  /** Age reached in the year (year − birth year). */
  age: number;
}

export interface LongevityEntry extends PolicyEntry {
  ceremony: 'mừng thọ' | 'mừng thượng thọ' | 'mừng thượng thượng thọ';
}

/**
 * The ceremony's name by age, per Circular 06/2012/TT-BVHTTDL: 70 and 75 "mừng thọ", 80 and 85
 * "mừng thượng thọ", 90, 95 and 100 or more "mừng thượng thượng thọ".
 */
export function ceremonyFor(age: number): LongevityEntry['ceremony'] {
  if (age >= 90) return 'mừng thượng thượng thọ';
  if (age >= 80) return 'mừng thượng thọ';
  return 'mừng thọ';
}

const byAgeThenName = (a: PolicyEntry, b: PolicyEntry) => b.age - a.age || a.member.name!.localeCompare(b.member.name!, 'vi');

function membersInYear(ward: Ward, year: number): PolicyEntry[] {
  const end = `${year}-12-31`;
  return ward.clubs.flatMap((club) =>
    countedMembers(club.members, end)
      .filter((m) => m.birth)
      .map((member) => ({ club, member, age: year - member.birth!.year })),
  );
}

/** Members turning 70, 75, …, 95 in the year, and everyone 100 or older. */
export function longevityList(ward: Ward, year: number): LongevityEntry[] {
  return membersInYear(ward, year)
    .filter((e) => e.age >= 100 || (LONGEVITY_AGES as readonly number[]).includes(e.age))
    .map((e) => ({ ...e, ceremony: ceremonyFor(e.age) }))
    .sort(byAgeThenName);
}

export interface PensionEntry extends PolicyEntry {
  /**
   * The criterion met: `age75` aged pensionAge or more (75 by default), `poor70` from pensionPoorAge
   * (70) to under pensionAge in a poor or near-poor household. The ids are the JSON's names; the
   * ages are ward settings (Cấu hình).
   */
  ground: 'age75' | 'poor70';
}

/** The ground a member of this age and household meets, if any, pension aside. */
function pensionGround(e: PolicyEntry, settings: WardSettings): PensionEntry['ground'] | undefined {
  if (e.age >= settings.pensionAge) return 'age75';
  const poor = e.member.household === 'Nghèo' || e.member.household === 'Cận nghèo';
  if (poor && e.age >= settings.pensionPoorAge) return 'poor70';
  return undefined;
}

/** A monthly pension written in the register and below the ward's social pension amount. */
export const hasLowPension = (m: Member, settings: WardSettings): boolean =>
  m.pensionAmount !== undefined && m.pensionAmount < settings.pensionAmount;

/** A pension that rules the member out: "Có" with no amount written, or an amount at least the social pension. */
const pensionExcludes = (m: Member, settings: WardSettings): boolean => m.pension === true && !hasLowPension(m, settings);

/**
 * Social pension (Law on Social Insurance 2024 Art. 21, Decree 176/2025/NĐ-CP Art. 2, from 1/7/2025):
 * aged pensionAge (75) or more, or from pensionPoorAge (70) to under pensionAge in a poor or
 * near-poor household; in both, without a monthly pension or social-insurance allowance, or with one
 * below the social pension (the member's *Mức lương hưu/trợ cấp* under the ward's pensionAmount).
 * Age by calendar year. Members whose pension column is blank are listed too (the officer verifies);
 * "Có" without an amount excludes, and those are counted by `pensionedOfAge`, for the officer to look at.
 */
export function socialPensionList(ward: Ward, year: number): PensionEntry[] {
  const out: PensionEntry[] = [];
  for (const e of membersInYear(ward, year)) {
    if (pensionExcludes(e.member, ward.settings)) continue;
    const ground = pensionGround(e, ward.settings);
    if (ground) out.push({ ...e, ground });
  }
  return out.sort(byAgeThenName);
}

/** The ground as the lists print it, with the ward's ages: "Từ đủ 75 tuổi, không có lương hưu". */
export function pensionGroundText(ground: PensionEntry['ground'], settings: WardSettings, lang: Lang = 'vi'): string {
  return ground === 'age75'
    ? translate('pension.age75', { age: settings.pensionAge }, lang)
    : translate('pension.poor70', { from: settings.pensionPoorAge, to: settings.pensionAge }, lang);
}

/** Members who meet a ground by age and household but have a pension not known to be below the social pension: left out, counted. */
export function pensionedOfAge(ward: Ward, year: number): number {
  return membersInYear(ward, year).filter((e) => pensionExcludes(e.member, ward.settings) && pensionGround(e, ward.settings) !== undefined)
    .length;
}

export const genderLabel = (m: Member): string => (isWoman(m) ? 'Nữ' : (m.gender ?? ''));
