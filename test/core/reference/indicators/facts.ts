/*
 * Reference copy (test only, never shipped): src/core/indicators/facts.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/**
 * Facts: the additive counts every indicator is a ratio of. Club facts sum to the ward; ward facts
 * (groups, population, reach) are computed once per ward; wards sum to a province.
 */

import { checkStandard, type StandardCheck } from '../../../../src/core/indicators/standard';
import type { ClubRecord, Meeting, Ward } from '../../../../src/core/model';
import type { Period } from '../../../../src/core/period';
import { PHASES } from '../../../../src/core/period';
import { CONTENTS, DISSOLVED_STATUS, PAUSED_STATUS, THEMES } from '../../../../src/core/schema/tables';
import { type IsoDate, maxDate, minDate, monthsBetween } from '../dates';
import { foldText } from '../text';
import { isBoard, isWoman, peopleAt } from './members';

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

/**
 * Where a club stands at the period end, from its Danh mục CLB row. Only an active club is counted
 * in the ward's figures; the others are shown with their own figures and this standing.
 * - notYetEstablished: founded after the period end (not registered yet either);
 * - unreadable: its Trạng thái or Ngày thành lập holds something that cannot be read (an error at the
 *   cell), so it is not guessed to be active; a blank Trạng thái means active;
 * - paused (Tạm dừng), dissolved (Giải thể): as the registry says today (it keeps no date of change).
 */
export type ClubStanding = 'active' | 'paused' | 'dissolved' | 'notYetEstablished' | 'unreadable';

export function clubStanding(club: ClubRecord, end: IsoDate): ClubStanding {
  const { established, status, unread } = club.entry;
  if (established && established > end) return 'notYetEstablished';
  if (unread?.includes('status') || unread?.includes('established')) return 'unreadable';
  if (status === PAUSED_STATUS) return 'paused';
  if (status === DISSOLVED_STATUS) return 'dissolved';
  return 'active';
}

export function isClubActive(club: ClubRecord, end: IsoDate): boolean {
  return clubStanding(club, end) === 'active';
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

/** What every registered club adds to the ward, counted or not: the registry's own counts. */
const REGISTRY_FACTS = ['clubs_registered', 'clubs_new_in_phase'] as const satisfies readonly ClubFactId[];

export interface ClubEvaluation {
  club: ClubRecord;
  standing: ClubStanding;
  /** standing === 'active': the club is counted in the ward's figures and judged against the standard. */
  active: boolean;
  /**
   * The club's own figures at the period end, from its register, whatever its standing (what Theo CLB
   * and the JSON show). The per-club flags (clubs_active, clubs_monthly, …, clubs_standard) are 1
   * only for an active club: a club that is not counted is not judged.
   */
  facts: Record<ClubFactId, number>;
  /** What the club adds to the ward's sums: its facts when active, else only REGISTRY_FACTS. */
  contribution: Record<ClubFactId, number>;
  /** The club standard, or null for a club that is not active (not judged). */
  standard: StandardCheck | null;
}

function contributionOf(facts: Record<ClubFactId, number>, active: boolean): Record<ClubFactId, number> {
  if (active) return facts;
  const out = Object.fromEntries(CLUB_FACTS.map((id) => [id, 0])) as Record<ClubFactId, number>;
  for (const id of REGISTRY_FACTS) out[id] = facts[id];
  return out;
}

export function evaluateClub(club: ClubRecord, ward: Ward, ctx: EvalContext): ClubEvaluation {
  const { period } = ctx;
  const end = period.end;
  const s = ward.settings;
  const established = club.entry.established;
  const standing = clubStanding(club, end);
  const registered = standing !== 'notYetEstablished';
  const active = standing === 'active';
  const people = peopleAt(club.members, end, s.elderlyAge);
  const counted = people.members;
  const elderly = people.elderly;
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
    women: people.women,
    elderly: elderly.length,
    monthly,
    allContents,
    bothFunds: incomeFund > 0 && activityFund > 0,
    boardTrained,
  };
  const standard = active ? checkStandard(partial, s) : null;
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
    clubs_standard: flag(standard?.met === true),
    meetings: meetings.length,
    income_fund: incomeFund,
    activity_fund: activityFund,
  };
  return { club, standing, active, facts, contribution: contributionOf(facts, active), standard };
}

export function wardFacts(ward: Ward, clubs: ClubEvaluation[], ctx: EvalContext): Record<WardFactId, number> {
  const groupKey = (text: string | undefined) => foldText(text ?? '');
  // A blank group cell names no group (and must not match a group row whose code or name is blank).
  // The first group whose code or name folds to the club's group cell, looked up in a map built once.
  const groupsByKey = new Map<string, (typeof ward.groups)[number]>();
  for (const g of ward.groups) for (const key of [groupKey(g.code), groupKey(g.name)]) if (!groupsByKey.has(key)) groupsByKey.set(key, g);
  const groupOf = (clubGroup: string | undefined) => (groupKey(clubGroup) === '' ? undefined : groupsByKey.get(groupKey(clubGroup)));
  const withClub = new Set<string>();
  const withStandard = new Set<string>();
  for (const e of clubs) {
    const group = groupOf(e.club.entry.group);
    if (!group || !e.active) continue;
    const key = groupKey(group.code ?? group.name);
    withClub.add(key);
    if (e.standard?.met) withStandard.add(key);
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
