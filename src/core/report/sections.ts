/**
 * The report's sections beyond the indicators, as printed strings for the template: meetings and the
 * 8 contents, funds and loans, board trainings, communication, the comparison with the previous
 * period of the same kind, a per-club appendix, and each indicator judged as the period allows
 * (a count target of the phase is shown as progress until the phase ends, not as "not met").
 */
import { type IsoDate, monthCell } from '../dates';
import { periodLabel } from '../i18n/labels';
import { translate } from '../i18n/messages';
import type { IndicatorValue } from '../indicators/rollup';
import { rollUpWard } from '../indicators/rollup';
import type { Ward } from '../model';
import { type Period, PHASES, parsePeriod } from '../period';
import { CONTENTS, type NARRATIVE_SECTIONS, THEMES } from '../schema/tables';
import { type PeriodFigures, periodFigures, previousPeriodOfSameKind } from './figures';
import { formatNumber, formatPercent, type ReportLang } from './format';
import type { ReportRecord } from './language';

const count = (n: number, lang: ReportLang) => formatNumber(n, 0, lang);
const money = (n: number, lang: ReportLang) => formatNumber(n, 0, lang);

/** "tăng 1.200.000", "giảm 300", "không đổi". */
export function changeText(now: number, before: number, lang: ReportLang): string {
  const diff = now - before;
  if (diff === 0) return translate('report.change.none', {}, lang);
  return translate(diff > 0 ? 'report.change.up' : 'report.change.down', { amount: formatNumber(Math.abs(diff), 0, lang) }, lang);
}

/** A count target of the phase (≥ N people or clubs) judged before the phase ends: progress, not failure. */
export function isPhaseProgress(v: IndicatorValue, period: Period): boolean {
  return v.unit === 'count' && v.target?.min !== undefined && v.target.max === undefined && period.end < PHASES[period.phase].end;
}

/** The status column of the indicator table: progress toward a phase count target, else Đạt / Chưa đạt / Vượt. */
export function judgement(v: IndicatorValue, period: Period, lang: ReportLang): string {
  if (isPhaseProgress(v, period) && v.value !== null && v.target?.min) {
    if (v.value >= v.target.min) return translate(`status.${v.status}`, {}, lang);
    const year = PHASES[period.phase].end.slice(0, 4);
    return translate('report.progress', { share: formatPercent(v.value / v.target.min, 0, lang), year }, lang);
  }
  return v.status === 'none' ? '' : translate(`status.${v.status}`, {}, lang);
}

function meetingFields(f: PeriodFigures, lang: ReportLang): ReportRecord {
  const m = f.meetings;
  const missed = m.clubs.filter((c) => c.missed.length > 0);
  return {
    meetings_held: count(m.held, lang),
    meetings_attendance: m.averageAttendance === null ? translate('report.noValue', {}, lang) : formatNumber(m.averageAttendance, 1, lang),
    clubs_every_month: count(m.clubsEveryMonth, lang),
    clubs_all_contents: count(m.clubsAllContents, lang),
    clubs_digital: count(m.clubsByTheme.digital, lang),
    clubs_green: count(m.clubsByTheme.green, lang),
    clubs_startup: count(m.clubsByTheme.startup, lang),
    has_missed_months: missed.length > 0,
    missed_months: missed.map((c) => `${c.code} (${c.missed.map(monthCell).join(', ')})`).join('; '),
    contents: CONTENTS.map((c, i) => ({
      no: String(i + 1),
      name: translate(`report.content.${c.key}`, {}, lang),
      clubs: count(m.clubsByContent[c.key], lang),
    })),
    themes: THEMES.map((t, i) => ({
      no: String(i + 1),
      name: translate(`report.theme.${t.key}`, {}, lang),
      clubs: count(m.clubsByTheme[t.key], lang),
    })),
  };
}

function fundFields(f: PeriodFigures, lang: ReportLang): ReportRecord {
  const { funds, loans } = f;
  return {
    income_fund_end: money(funds.incomeAtEnd, lang),
    income_fund_change: changeText(funds.incomeAtEnd, funds.incomeAtStart, lang),
    activity_fund_end: money(funds.activityAtEnd, lang),
    activity_fund_change: changeText(funds.activityAtEnd, funds.activityAtStart, lang),
    loans_made: count(loans.made, lang),
    loans_lent: money(loans.lent, lang),
    loans_repaid: count(loans.repaid, lang),
    loans_repaid_amount: money(loans.repaidAmount, lang),
    loans_outstanding: count(loans.outstanding, lang),
    loans_outstanding_amount: money(loans.outstandingAmount, lang),
    loans_overdue: count(loans.overdue, lang),
    loans_overdue_amount: money(loans.overdueAmount, lang),
  };
}

function trainingFields(f: PeriodFigures, lang: ReportLang): ReportRecord {
  return {
    trainings_people: count(f.trainings.people, lang),
    trainings_initial: count(f.trainings.initial, lang),
    trainings_refresher: count(f.trainings.refresher, lang),
    communication_events: count(f.communication.events, lang),
    communication_reached: count(f.communication.reached, lang),
  };
}

interface Compared {
  figures: PeriodFigures;
  facts: { clubs_active: number; members: number; elderly_members: number; clubs_standard: number };
}

function compared(ward: Ward, period: Period, today: IsoDate): Compared {
  const { facts } = rollUpWard(ward, period, today);
  return { figures: periodFigures(ward, period, today), facts };
}

/**
 * The comparison table: this period, the previous one of the same kind, and the change. Without
 * figures for the previous period (none before phase 1, or an empty register then) its column says "—".
 */
function comparisonFields(now: Compared, before: Compared | undefined, previous: Period | undefined, lang: ReportLang): ReportRecord {
  const none = translate('report.noValue', {}, lang);
  const rows: Array<[string, (c: Compared) => number]> = [
    ['report.compare.clubsActive', (c) => c.facts.clubs_active],
    ['report.compare.clubsStandard', (c) => c.facts.clubs_standard],
    ['report.compare.members', (c) => c.facts.members],
    ['report.compare.elderly', (c) => c.facts.elderly_members],
    ['report.compare.meetings', (c) => c.figures.meetings.held],
    ['report.compare.incomeFund', (c) => c.figures.funds.incomeAtEnd],
    ['report.compare.activityFund', (c) => c.figures.funds.activityAtEnd],
    ['report.compare.loansOutstanding', (c) => c.figures.loans.outstandingAmount],
    ['report.compare.reached', (c) => c.figures.communication.reached],
  ];
  return {
    has_previous: before !== undefined,
    previous_label: previous ? periodLabel(previous, lang) : none,
    comparison: rows.map(([key, of], i) => ({
      no: String(i + 1),
      name: translate(key as 'report.compare.members', {}, lang),
      now: count(of(now), lang),
      before: before ? count(of(before), lang) : none,
      change: before ? changeText(of(now), of(before), lang) : none,
    })),
  };
}

/** The per-club appendix: meetings held and missed months, fund balances and outstanding loans at the period end. */
function appendixRows(f: PeriodFigures, ward: Ward, period: Period, today: IsoDate, lang: ReportLang): ReportRecord[] {
  return f.meetings.clubs.map((c, i) => {
    const club = ward.clubs.find((k) => k.code === c.code)!;
    const one = periodFigures({ ...ward, clubs: [club], activities: [] }, period, today);
    return {
      no: String(i + 1),
      code: c.code,
      held: count(c.held, lang),
      missed: c.missed.length === 0 ? translate('report.noValue', {}, lang) : c.missed.map(monthCell).join(', '),
      income_fund: money(one.funds.incomeAtEnd, lang),
      activity_fund: money(one.funds.activityAtEnd, lang),
      outstanding: money(one.loans.outstandingAmount, lang),
    };
  });
}

/**
 * The years of a review side by side, one record per year of the period that has begun by today
 * (a provisional review prints no rows of empty years to come, and its current year up to today): clubs, members and older members
 * at the year's end, meetings and people reached in the year, fund balances and loans outstanding
 * at the year's end. Each year is counted exactly as that year's annual report counts it.
 */
export function yearRows(ward: Ward, period: Period, today: IsoDate, lang: ReportLang): ReportRecord[] {
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const rows: ReportRecord[] = [];
  for (let year = first; year <= last; year++) {
    const whole = parsePeriod(String(year));
    if (!whole || whole.start > today) continue;
    // The year under way (a provisional review) counts up to today, as its provisional annual report does.
    const c = compared(ward, whole.end > today ? { ...whole, end: today } : whole, today);
    rows.push({
      year: String(year),
      clubs_active: count(c.facts.clubs_active, lang),
      clubs_standard: count(c.facts.clubs_standard, lang),
      members: count(c.facts.members, lang),
      elderly: count(c.facts.elderly_members, lang),
      meetings: count(c.figures.meetings.held, lang),
      income_fund: money(c.figures.funds.incomeAtEnd, lang),
      activity_fund: money(c.figures.funds.activityAtEnd, lang),
      outstanding: money(c.figures.loans.outstandingAmount, lang),
      reached: count(c.figures.communication.reached, lang),
    });
  }
  return rows;
}

/** Each narrative section's list in the template, by the section's value in the Nội dung báo cáo tab. */
export const NARRATIVE_LISTS: Record<(typeof NARRATIVE_SECTIONS)[number]['value'], string> = {
  'Ưu điểm': 'strengths',
  'Hạn chế': 'weaknesses',
  'Nguyên nhân': 'causes',
  'Phương hướng, nhiệm vụ': 'plans',
  'Đề xuất, kiến nghị': 'proposals',
};

/**
 * What the officer wrote for this period, one paragraph per row, in the tab's order; a section with
 * nothing written becomes an empty list, and the template says so in one line.
 */
export function narrativeFields(ward: Ward, period: Period): ReportRecord {
  const out: ReportRecord = {};
  for (const [section, list] of Object.entries(NARRATIVE_LISTS)) {
    out[list] = ward.narratives
      .filter((n) => n.section === section && n.text && n.period && parsePeriod(n.period)?.id === period.id)
      .map((n) => ({ text: n.text ?? '' }));
  }
  return out;
}

/** Every field the report's figure sections take, for the ward and period of a roll-up. */
export function reportSections(ward: Ward, period: Period, today: IsoDate, lang: ReportLang): ReportRecord {
  const now = compared(ward, period, today);
  const previous = previousPeriodOfSameKind(period);
  const before = previous ? compared(ward, previous, today) : undefined;
  const hasBefore = before !== undefined && before.facts.clubs_active + before.facts.members > 0;
  return {
    ...meetingFields(now.figures, lang),
    ...fundFields(now.figures, lang),
    ...trainingFields(now.figures, lang),
    ...comparisonFields(now, hasBefore ? before : undefined, previous, lang),
    club_figures: appendixRows(now.figures, ward, period, today, lang),
    ...narrativeFields(ward, period),
  };
}
