/**
 * Completeness and timeliness, the two reporting-quality measures a province office reads (as
 * DHIS2's reporting rate): which clubs lack which months of meetings and of fund rows in a period,
 * as months reported ÷ months expected; and whether each report of the calendar was made by its
 * deadline (from the Sổ báo cáo). Months are counted as the report's figures count them
 * (report/figures.ts): only clubs active at the period end, and only the months from the club's
 * founding to today at the latest (facts.ts expectedMonths).
 */
import { formatDateVi, type IsoDate, monthCell } from '../dates';
import { periodLabel } from '../i18n/labels';
import { translate } from '../i18n/messages';
import { expectedMonths, isClubActive } from '../indicators/facts';
import type { ClubRecord, Ward } from '../model';
import { type Period, parsePeriod } from '../period';
import { formatNumber, formatPercent, type ReportLang } from './format';
import { noticeFrom, type ReportKind, reportKind, reportsDue } from './kinds';
import type { ReportRecord } from './language';
import { createdDate, type RegisterEntry, reportsIn } from './register';

export interface ClubCompleteness {
  code: string;
  /** Months "yyyy-mm" the club was expected to report, in order. */
  expected: string[];
  missingMeetings: string[];
  missingFunds: string[];
  /** Months with a meeting row, and with a fund row, among the expected ones. */
  meetingMonths: number;
  fundMonths: number;
}

export interface Completeness {
  period: Period;
  clubs: ClubCompleteness[];
  /** Month reports made (meeting months + fund months) and expected (2 × expected months), summed over clubs. */
  reported: number;
  expected: number;
}

/** months reported ÷ months expected; null when nothing was expected. */
export const reportingRate = (reported: number, expected: number): number | null => (expected === 0 ? null : reported / expected);

export const clubReported = (c: ClubCompleteness): number => c.meetingMonths + c.fundMonths;
export const clubExpected = (c: ClubCompleteness): number => 2 * c.expected.length;

function clubCompleteness(club: ClubRecord, period: Period, today: IsoDate): ClubCompleteness {
  const expected = expectedMonths(club, { period, today });
  const met = new Set(club.meetings.map((m) => (m.date ? m.date.slice(0, 7) : m.month)));
  const funded = new Set(club.funds.map((f) => f.month));
  const missingMeetings = expected.filter((m) => !met.has(m));
  const missingFunds = expected.filter((m) => !funded.has(m));
  return {
    code: club.code,
    expected,
    missingMeetings,
    missingFunds,
    meetingMonths: expected.length - missingMeetings.length,
    fundMonths: expected.length - missingFunds.length,
  };
}

/** Completeness of the period over the clubs active at its end (a paused club is not expected to report). */
export function completeness(ward: Ward, period: Period, today: IsoDate): Completeness {
  const clubs = ward.clubs.filter((c) => isClubActive(c, period.end)).map((c) => clubCompleteness(c, period, today));
  return {
    period,
    clubs,
    reported: clubs.reduce((sum, c) => sum + clubReported(c), 0),
    expected: clubs.reduce((sum, c) => sum + clubExpected(c), 0),
  };
}

export type TimelinessStatus = 'onTime' | 'late' | 'missing' | 'pending' | 'provisional';

export interface Timeliness {
  kind: ReportKind;
  period: Period;
  due: IsoDate;
  /** The day the first final (not provisional) report was made. */
  created?: IsoDate;
  status: TimelinessStatus;
}

/**
 * The reports of the calendar whose year is one of the years of `period` (the 6-month report, the
 * annual report, a review or final review ending that year) — those whose notice window has opened
 * by today — and every report of the register, each with its deadline and whether it was made by it.
 */
export function timeliness(register: readonly RegisterEntry[], period: Period, today: IsoDate): Timeliness[] {
  const wanted = new Map<string, { kind: ReportKind; period: Period }>();
  const add = (kind: ReportKind, p: Period) => wanted.set(`${kind.id}|${p.id}`, { kind, period: p });
  for (let year = Number(period.start.slice(0, 4)); year <= Number(period.end.slice(0, 4)); year++) {
    // The reports of a year are those reportsDue lists on the year's two deadline days.
    for (const day of [`${year}-06-10`, `${year}-12-10`]) for (const due of reportsDue(day)) add(due.kind, due.period);
  }
  for (const e of register) {
    const kind = reportKind(e.kind);
    const p = parsePeriod(e.period);
    if (kind && p && kind.due(p)) add(kind, p);
  }
  return [...wanted.values()]
    .map(({ kind, period: p }) => judge(kind, p, register, today))
    .filter((t) => t.status !== 'pending' || today >= noticeFrom(t.due))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

function judge(kind: ReportKind, period: Period, register: readonly RegisterEntry[], today: IsoDate): Timeliness {
  const due = kind.due(period) as IsoDate;
  const made = reportsIn(register, kind.id, period.id);
  const final = made.find((e) => !e.provisional && createdDate(e.created));
  const created = final ? createdDate(final.created) : undefined;
  let status: TimelinessStatus;
  if (created) status = created <= due ? 'onTime' : 'late';
  else if (made.length > 0) status = 'provisional';
  else status = today > due ? 'missing' : 'pending';
  return { kind, period, due, created, status };
}

/** The report appendix's completeness table and rate (templates: {{#completeness}} and {{completeness_rate}}). */
export function completenessFields(ward: Ward, period: Period, today: IsoDate, lang: ReportLang): ReportRecord {
  const c = completeness(ward, period, today);
  const rate = (reported: number, expected: number) => {
    const r = reportingRate(reported, expected);
    return r === null ? translate('report.noValue', {}, lang) : formatPercent(r, 1, lang);
  };
  const months = (n: number, of: number) => `${formatNumber(n, 0, lang)}/${formatNumber(of, 0, lang)}`;
  return {
    completeness: c.clubs.map((club, i) => ({
      no: String(i + 1),
      code: club.code,
      meetings_months: months(club.meetingMonths, club.expected.length),
      fund_months: months(club.fundMonths, club.expected.length),
      missing: missingText(club, lang),
      rate: rate(clubReported(club), clubExpected(club)),
    })),
    completeness_rate: rate(c.reported, c.expected),
  };
}

/** "Sinh hoạt: 03/2026, 05/2026; quỹ: 04/2026", or "—" when nothing is missing. */
export function missingText(club: ClubCompleteness, lang: ReportLang): string {
  const parts: string[] = [];
  if (club.missingMeetings.length > 0)
    parts.push(translate('completeness.missingMeetings', { months: club.missingMeetings.map(monthCell).join(', ') }, lang));
  if (club.missingFunds.length > 0)
    parts.push(translate('completeness.missingFunds', { months: club.missingFunds.map(monthCell).join(', ') }, lang));
  return parts.length === 0 ? translate('report.noValue', {}, lang) : parts.join('; ');
}

/** "Báo cáo 6 tháng – 6 tháng đầu năm 2026", the name of a report of the calendar. */
export const reportName = (kind: ReportKind, period: Period, lang: ReportLang): string =>
  `${translate(kind.title, {}, lang)} – ${periodLabel(period, lang)}`;

export const dueDateText = (due: IsoDate): string => formatDateVi(due);
