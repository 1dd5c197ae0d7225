/**
 * The figures a report states beyond the indicators, computed from the ward's records for a period:
 * meetings, funds, loans, board trainings and communication. Only clubs active at the period end
 * count (as in the indicators); every amount is in đồng, every count a whole number.
 */
import { addDays, type IsoDate } from '../dates';
import { expectedMonths, fundAtEnd, isClubActive, meetingsInPeriod } from '../indicators/facts';
import type { ClubRecord, Loan, Ward } from '../model';
import { type Period, parsePeriod } from '../period';
import { CONTENTS, THEMES } from '../schema/tables';

type ContentKey = (typeof CONTENTS)[number]['key'];
type ThemeKey = (typeof THEMES)[number]['key'];

export interface ClubMeetings {
  code: string;
  held: number;
  /** Months of the period (to today) in which the club was expected to meet and did not, "yyyy-mm". */
  missed: string[];
}

export interface MeetingFigures {
  /** Meetings held in the period by active clubs. */
  held: number;
  /** Average attendance over the meetings whose attendance is written; null when none is. */
  averageAttendance: number | null;
  /** Active clubs that met in every expected month. */
  clubsEveryMonth: number;
  /** Active clubs whose meetings together covered all 8 contents. */
  clubsAllContents: number;
  /** Active clubs whose meetings covered each content at least once. */
  clubsByContent: Record<ContentKey, number>;
  /** Active clubs with at least one meeting on each theme. */
  clubsByTheme: Record<ThemeKey, number>;
  clubs: ClubMeetings[];
}

export interface FundFigures {
  /** Balances summed over active clubs: the latest fund row on or before the period end. */
  incomeAtEnd: number;
  activityAtEnd: number;
  /** The same, on the day before the period starts. */
  incomeAtStart: number;
  activityAtStart: number;
}

export interface LoanFigures {
  /** Loans made in the period: how many, and how much. */
  made: number;
  lent: number;
  /** Loans repaid in the period. */
  repaid: number;
  repaidAmount: number;
  /** Loans made by the period end and not repaid by it. */
  outstanding: number;
  outstandingAmount: number;
  /** Outstanding loans whose due date passed before the period end. */
  overdue: number;
  overdueAmount: number;
}

export interface TrainingFigures {
  /** Training rows dated in the period. */
  sessions: number;
  /** Different people trained in the period. */
  people: number;
  initial: number;
  refresher: number;
}

export interface CommunicationFigures {
  /** Ward activities in the period, and the people they reached. */
  events: number;
  reached: number;
}

export interface PeriodFigures {
  period: Period;
  activeClubs: number;
  meetings: MeetingFigures;
  funds: FundFigures;
  loans: LoanFigures;
  trainings: TrainingFigures;
  communication: CommunicationFigures;
}

const inPeriod = (date: IsoDate | undefined, period: Period): date is IsoDate =>
  date !== undefined && date >= period.start && date <= period.end;

/** The calendar day before a date. */
export const dayBefore = (date: IsoDate): IsoDate => addDays(date, -1);

const countBy = <K extends string>(keys: readonly K[], test: (key: K) => number): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, test(k)])) as Record<K, number>;

function meetingFigures(clubs: ClubRecord[], period: Period, today: IsoDate): MeetingFigures {
  const perClub = clubs.map((club) => {
    const meetings = meetingsInPeriod(club, period);
    const met = new Set(meetings.map((m) => (m.date ? m.date.slice(0, 7) : m.month)));
    const missed = expectedMonths(club, { period, today }).filter((month) => !met.has(month));
    return { club, meetings, missed };
  });
  const all = perClub.flatMap((c) => c.meetings);
  const attended = all.filter((m) => m.attendance !== undefined);
  const covers = (c: (typeof perClub)[number], key: ContentKey | ThemeKey) => c.meetings.some((m) => m[key] === true);
  const contentKeys = CONTENTS.map((c) => c.key);
  const themeKeys = THEMES.map((t) => t.key);
  return {
    held: all.length,
    averageAttendance: attended.length === 0 ? null : attended.reduce((sum, m) => sum + (m.attendance ?? 0), 0) / attended.length,
    clubsEveryMonth: perClub.filter((c) => c.missed.length === 0 && expectedMonths(c.club, { period, today }).length > 0).length,
    clubsAllContents: perClub.filter((c) => contentKeys.every((k) => covers(c, k))).length,
    clubsByContent: countBy(contentKeys, (k) => perClub.filter((c) => covers(c, k)).length),
    clubsByTheme: countBy(themeKeys, (k) => perClub.filter((c) => covers(c, k)).length),
    clubs: perClub.map((c) => ({ code: c.club.code, held: c.meetings.length, missed: c.missed })),
  };
}

function fundFigures(clubs: ClubRecord[], period: Period): FundFigures {
  const before = dayBefore(period.start);
  const sum = (date: IsoDate, key: 'incomeFund' | 'activityFund') =>
    clubs.reduce((total, club) => total + (fundAtEnd(club, date)?.[key] ?? 0), 0);
  return {
    incomeAtEnd: sum(period.end, 'incomeFund'),
    activityAtEnd: sum(period.end, 'activityFund'),
    incomeAtStart: sum(before, 'incomeFund'),
    activityAtStart: sum(before, 'activityFund'),
  };
}

function loanFigures(clubs: ClubRecord[], period: Period): LoanFigures {
  const loans = clubs.flatMap((c) => c.loans).filter((l): l is Loan & { date: IsoDate } => l.date !== undefined);
  const amount = (list: Loan[]) => list.reduce((sum, l) => sum + (l.amount ?? 0), 0);
  const made = loans.filter((l) => inPeriod(l.date, period));
  const repaid = loans.filter((l) => inPeriod(l.repaid, period));
  const outstanding = loans.filter((l) => l.date <= period.end && !(l.repaid !== undefined && l.repaid <= period.end));
  const overdue = outstanding.filter((l) => l.due !== undefined && l.due < period.end);
  return {
    made: made.length,
    lent: amount(made),
    repaid: repaid.length,
    repaidAmount: amount(repaid),
    outstanding: outstanding.length,
    outstandingAmount: amount(outstanding),
    overdue: overdue.length,
    overdueAmount: amount(overdue),
  };
}

function trainingFigures(clubs: ClubRecord[], period: Period): TrainingFigures {
  const rows = clubs.flatMap((c) => c.trainings.map((t) => ({ club: c.code, t }))).filter(({ t }) => inPeriod(t.date, period));
  const people = new Set(rows.filter(({ t }) => t.name).map(({ club, t }) => `${club}\u0000${t.name}`));
  return {
    sessions: rows.length,
    people: people.size,
    initial: rows.filter(({ t }) => t.kind === 'Ban đầu').length,
    refresher: rows.filter(({ t }) => t.kind === 'Nhắc lại').length,
  };
}

/** Every figure of the period, over the clubs active at its end. */
export function periodFigures(ward: Ward, period: Period, today: IsoDate): PeriodFigures {
  const clubs = ward.clubs.filter((c) => isClubActive(c, period.end));
  const activities = ward.activities.filter((a) => inPeriod(a.date, period));
  return {
    period,
    activeClubs: clubs.length,
    meetings: meetingFigures(clubs, period, today),
    funds: fundFigures(clubs, period),
    loans: loanFigures(clubs, period),
    trainings: trainingFigures(clubs, period),
    communication: { events: activities.length, reached: activities.reduce((sum, a) => sum + (a.reached ?? 0), 0) },
  };
}

/**
 * The period a report compares itself with: the same kind one step back (a half-year with the same
 * half a year earlier, a year with the year before, a review's years with as many years before them
 * in the same phase, phase 2 with phase 1); none before phase 1.
 */
export function previousPeriodOfSameKind(period: Period): Period | undefined {
  if (period.id === 'P1') return undefined;
  if (period.id === 'P2') return parsePeriod('P1');
  const years = /^(\d{4})-(\d{4})$/.exec(period.id);
  if (years) {
    const [first, last] = [Number(years[1]), Number(years[2])];
    const length = last - first + 1;
    return parsePeriod(`${first - length}-${first - 1}`);
  }
  const [year, half] = period.id.split('-');
  return parsePeriod(half ? `${Number(year) - 1}-${half}` : String(Number(year) - 1));
}
