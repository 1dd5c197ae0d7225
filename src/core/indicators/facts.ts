/**
 * Facts: the additive counts every indicator is a ratio of. Club facts sum to the ward; ward facts
 * (groups, population, reach) are computed once per ward; wards sum to a province.
 */
import { type IsoDate, maxDate, minDate, monthsBetween } from '../dates';
import type { ClubRecord, Meeting, Ward } from '../model';
import type { Period } from '../period';
import { PHASES } from '../period';
import { ACTIVE_STATUS, CONTENTS, THEMES } from '../schema/tables';
import { foldText } from '../text';
import { isBoard, isCounted, isElderly, isWoman } from './members';
import { checkStandard, type StandardCheck } from './standard';

export const CLUB_FACTS = [
  'clubs_registered',
  'clubs_active',
  'clubs_new_in_phase',
  'members',
  'women_members',
  'elderly_members',
  'elderly_women',
  'members_in_need',
  'members_served',
  'clubs_monthly',
  'clubs_all_contents',
  'clubs_monthly_8',
  'clubs_digital_green',
  'clubs_board_trained',
  'clubs_fund_25m',
  'clubs_both_funds',
  'clubs_standard',
  'meetings',
  'income_fund',
  'activity_fund',
] as const;
export const WARD_FACTS = ['groups_total', 'groups_with_club', 'groups_with_standard_club', 'people_reached', 'population_base'] as const;

export type ClubFactId = (typeof CLUB_FACTS)[number];
export type WardFactId = (typeof WARD_FACTS)[number];
export type FactId = ClubFactId | WardFactId;
export type Facts = Record<FactId, number>;

export interface EvalContext {
  period: Period;
  /** Months after today are not expected to have meetings yet. */
  today: IsoDate;
}

const flag = (b: boolean): number => (b ? 1 : 0);

export function isClubActive(club: ClubRecord, end: IsoDate): boolean {
  const established = club.entry.established;
  if (established && established > end) return false;
  return (club.entry.status ?? ACTIVE_STATUS) === ACTIVE_STATUS;
}

function meetingMonth(m: Meeting): string | undefined {
  return m.date ? m.date.slice(0, 7) : m.month;
}

export function meetingsInPeriod(club: ClubRecord, period: Period): Meeting[] {
  const first = period.start.slice(0, 7);
  const last = period.end.slice(0, 7);
  return club.meetings.filter((m) => {
    const month = meetingMonth(m);
    return month !== undefined && month >= first && month <= last;
  });
}

export const coversAllContents = (m: Meeting): boolean => CONTENTS.every((c) => m[c.key] === true);

/** Months of the period in which the club was expected to meet: from its founding to today at the latest. */
export function expectedMonths(club: ClubRecord, ctx: EvalContext): string[] {
  const start = club.entry.established ? maxDate(ctx.period.start, club.entry.established) : ctx.period.start;
  const end = minDate(ctx.period.end, ctx.today);
  return start > end ? [] : monthsBetween(start, end);
}

/** The latest fund row on or before the period end. */
export function fundAtEnd(club: ClubRecord, end: IsoDate) {
  const last = end.slice(0, 7);
  return club.funds
    .filter((f) => f.month !== undefined && f.month <= last)
    .sort((a, b) => (a.month! < b.month! ? -1 : 1))
    .at(-1);
}

export interface ClubEvaluation {
  club: ClubRecord;
  active: boolean;
  facts: Record<ClubFactId, number>;
  standard: StandardCheck;
}

export function evaluateClub(club: ClubRecord, ward: Ward, ctx: EvalContext): ClubEvaluation {
  const { period } = ctx;
  const end = period.end;
  const s = ward.settings;
  const established = club.entry.established;
  const registered = !established || established <= end;
  const active = isClubActive(club, end);
  const counted = active ? club.members.filter((m) => isCounted(m, end)) : [];
  const elderly = counted.filter((m) => isElderly(m, end, s.elderlyAge));
  const inNeed = counted.filter((m) => m.loanNeed === true);
  const borrowers = new Set(club.loans.filter((l) => l.name && l.date && l.date <= end).map((l) => foldText(l.name!)));
  const served = inNeed.filter((m) => m.loanServed === true || borrowers.has(foldText(m.name!)));

  const meetings = meetingsInPeriod(club, period);
  const months = expectedMonths(club, ctx);
  const monthsMet = new Set(meetings.map(meetingMonth));
  const monthsMet8 = new Set(meetings.filter(coversAllContents).map(meetingMonth));
  const monthly = months.length > 0 && months.every((m) => monthsMet.has(m));
  const monthly8 = months.length > 0 && months.every((m) => monthsMet8.has(m));
  const allContents = CONTENTS.every((c) => meetings.some((m) => m[c.key] === true));
  const digitalGreen = meetings.some((m) => THEMES.some((t) => m[t.key] === true));

  const board = counted.filter(isBoard);
  const year = end.slice(0, 4);
  const trainedOf = (name: string, test: (kind: string | undefined, date: IsoDate) => boolean) =>
    club.trainings.some((t) => t.name && t.date && t.date <= end && foldText(t.name) === foldText(name) && test(t.kind, t.date));
  const boardTrained =
    board.length > 0 &&
    board.every((m) => trainedOf(m.name!, (kind) => kind === 'Ban đầu') && trainedOf(m.name!, (_kind, date) => date.slice(0, 4) === year));

  const fund = fundAtEnd(club, end);
  const incomeFund = fund?.incomeFund ?? 0;
  const activityFund = fund?.activityFund ?? 0;
  const phaseStart = PHASES[period.phase].start;

  const partial = {
    members: counted.length,
    women: counted.filter(isWoman).length,
    elderly: elderly.length,
    monthly,
    allContents,
    bothFunds: incomeFund > 0 && activityFund > 0,
    boardTrained,
  };
  const standard = checkStandard(partial, s);
  const facts: Record<ClubFactId, number> = {
    clubs_registered: flag(registered),
    clubs_active: flag(active),
    clubs_new_in_phase: flag(!!established && established >= phaseStart && established <= end),
    members: counted.length,
    women_members: partial.women,
    elderly_members: elderly.length,
    elderly_women: elderly.filter(isWoman).length,
    members_in_need: inNeed.length,
    members_served: served.length,
    clubs_monthly: flag(active && monthly),
    clubs_all_contents: flag(active && allContents),
    clubs_monthly_8: flag(active && monthly8),
    clubs_digital_green: flag(active && digitalGreen),
    clubs_board_trained: flag(active && boardTrained),
    clubs_fund_25m: flag(active && incomeFund >= s.fundThreshold),
    clubs_both_funds: flag(active && partial.bothFunds),
    clubs_standard: flag(active && standard.met),
    meetings: meetings.length,
    income_fund: active ? incomeFund : 0,
    activity_fund: active ? activityFund : 0,
  };
  return { club, active, facts, standard };
}

export function wardFacts(ward: Ward, clubs: ClubEvaluation[], ctx: EvalContext): Record<WardFactId, number> {
  const groupKey = (text: string | undefined) => foldText(text ?? '');
  // A blank group cell names no group (and must not match a group row whose code or name is blank).
  const groupOf = (clubGroup: string | undefined) =>
    groupKey(clubGroup) === ''
      ? undefined
      : ward.groups.find((g) => groupKey(g.code) === groupKey(clubGroup) || groupKey(g.name) === groupKey(clubGroup));
  const withClub = new Set<string>();
  const withStandard = new Set<string>();
  for (const e of clubs) {
    const group = groupOf(e.club.entry.group);
    if (!group || !e.active) continue;
    const key = groupKey(group.code ?? group.name);
    withClub.add(key);
    if (e.standard.met) withStandard.add(key);
  }
  const reached = ward.activities
    .filter((a) => a.date && a.date >= ctx.period.start && a.date <= ctx.period.end)
    .reduce((sum, a) => sum + (a.reached ?? 0), 0);
  const groupPopulation = ward.groups.reduce((sum, g) => sum + (g.population ?? 0), 0);
  return {
    groups_total: ward.groups.filter((g) => g.code || g.name).length,
    groups_with_club: withClub.size,
    groups_with_standard_club: withStandard.size,
    people_reached: reached,
    population_base: ward.settings.populationBase ?? groupPopulation,
  };
}
