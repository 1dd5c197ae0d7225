/** Elderly-policy lists the ward keeps alongside the clubs, straight from the member register. */

import { countedMembers, isWoman } from './indicators/members';
import type { ClubRecord, Member, Ward } from './model';

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
    .sort((a, b) => b.age - a.age || a.member.name!.localeCompare(b.member.name!, 'vi'));
}

export interface PensionEntry extends PolicyEntry {
  ground: 'age75' | 'poor70';
}

/**
 * Social pension (Social Insurance Law 2024, from 1/7/2025): aged 75+ without a pension, or
 * 70–74 in a poor or near-poor household. Members whose pension column is blank are listed too
 * (the officer verifies), as only "Có" excludes.
 */
export function socialPensionList(ward: Ward, year: number): PensionEntry[] {
  const out: PensionEntry[] = [];
  for (const e of membersInYear(ward, year)) {
    if (e.member.pension === true) continue;
    if (e.age >= 75) out.push({ ...e, ground: 'age75' });
    else if (e.age >= 70 && (e.member.household === 'Nghèo' || e.member.household === 'Cận nghèo')) out.push({ ...e, ground: 'poor70' });
  }
  return out.sort((a, b) => b.age - a.age || a.member.name!.localeCompare(b.member.name!, 'vi'));
}

export const genderLabel = (m: Member): string => (isWoman(m) ? 'Nữ' : (m.gender ?? ''));
