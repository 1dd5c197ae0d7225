/**
 * Every kind of report the plans require, declared once (000_1f959adeceb25b0e.txt §III.6, §VI;
 * 004_f45755d3278c6b3e.txt): which periods it covers, its deadline, its file name, and whether it
 * lists named people (then it is a separate document, never part of what leaders receive).
 * The reporting calendar and each kind's default period are read from these declarations.
 */
import { daysFrom, type IsoDate } from '../dates';
import type { MessageKey } from '../i18n/messages';
import { type Period, PHASES, parsePeriod, phaseOf } from '../period';

export interface ReportKindDecl {
  id: string;
  /** The document's name in the catalogue ("Báo cáo 6 tháng"). */
  title: MessageKey;
  /** A list of named people (personal data). */
  personal: boolean;
  /** The period of this kind that holds a year ("2026-H1" for 2026), if any. */
  periodOfYear(year: number): string | undefined;
  /** Whether a period is one this kind reports on. */
  accepts(period: Period): boolean;
  /** The deadline of the report on a period; none for lists the plans give no date for. */
  due(period: Period): IsoDate | undefined;
  /** File names start with this (ASCII, as officers share them by e-mail and Zalo). */
  fileStem: string;
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const isYear = (p: Period) => /^\d{4}$/.test(p.id);

/** The two-year review block of a phase that holds a year: 2025–2026, 2027–2028, … */
function reviewOfYear(year: number): string | undefined {
  const phase = PHASES[phaseOf(`${year}-12-31`)];
  const first = yearOf(phase.start);
  if (year < first) return undefined;
  const start = first + Math.floor((year - first) / 2) * 2;
  return `${start}-${Math.min(start + 1, yearOf(phase.end))}`;
}

export const REPORT_KINDS = [
  {
    id: 'h1',
    title: 'report.kind.h1',
    personal: false,
    periodOfYear: (year) => `${year}-H1`,
    accepts: (p) => /^\d{4}-H1$/.test(p.id),
    due: (p) => `${yearOf(p.end)}-06-10`,
    fileStem: 'bao-cao-6-thang',
  },
  {
    id: 'year',
    title: 'report.kind.year',
    personal: false,
    periodOfYear: (year) => String(year),
    accepts: isYear,
    due: (p) => `${yearOf(p.end)}-12-10`,
    fileStem: 'bao-cao-nam',
  },
  {
    id: 'review',
    title: 'report.kind.review',
    personal: false,
    periodOfYear: reviewOfYear,
    accepts: (p) => /^\d{4}-\d{4}$/.test(p.id),
    due: (p) => `${yearOf(p.end)}-12-10`,
    fileStem: 'bao-cao-so-ket',
  },
  {
    id: 'final',
    title: 'report.kind.final',
    personal: false,
    periodOfYear: (year) => phaseOf(`${year}-12-31`),
    accepts: (p) => p.id === 'P1' || p.id === 'P2',
    due: (p) => `${yearOf(p.end)}-12-10`,
    fileStem: 'bao-cao-tong-ket',
  },
  {
    id: 'longevity',
    title: 'report.kind.longevity',
    personal: true,
    periodOfYear: (year) => String(year),
    accepts: isYear,
    due: () => undefined,
    fileStem: 'danh-sach-mung-tho',
  },
  {
    id: 'pension',
    title: 'report.kind.pension',
    personal: true,
    periodOfYear: (year) => String(year),
    accepts: isYear,
    due: () => undefined,
    fileStem: 'danh-sach-huu-tri-xa-hoi',
  },
] as const satisfies readonly ReportKindDecl[];

export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportKindId = ReportKind['id'];

export function reportKind(id: string): ReportKind | undefined {
  return REPORT_KINDS.find((k) => k.id === id);
}

const periodOfYear = (kind: ReportKindDecl, year: number) => {
  const id = kind.periodOfYear(year);
  return id === undefined ? undefined : parsePeriod(id);
};

const daysBetween = (a: IsoDate, b: IsoDate) => Math.abs(daysFrom(a, b));

/**
 * A kind's period when none is named: the one whose deadline is nearest to today, before or after
 * (in July the 6-month report of this year, late; in November the annual report of this year, due
 * soon). Kinds without a deadline (the lists) take today's year.
 */
export function defaultReportPeriod(kind: ReportKindDecl, today: IsoDate): Period | undefined {
  const year = yearOf(today);
  const candidates = [year - 2, year - 1, year, year + 1, year + 2]
    .map((y) => periodOfYear(kind, y))
    .filter((p): p is Period => p !== undefined);
  const dated = candidates.filter((p) => kind.due(p) !== undefined);
  if (dated.length === 0) return periodOfYear(kind, year);
  return dated.reduce((best, p) => (daysBetween(kind.due(p)!, today) < daysBetween(kind.due(best)!, today) ? p : best));
}

export interface DueReport {
  kind: ReportKind;
  period: Period;
  due: IsoDate;
}

/**
 * The day opening the workbook starts showing a deadline: the 25th of the month before it (25 May
 * for 10 June, 25 November for 10 December), as the plans' officers count it — a fixed number of
 * days would start on 24 November, November having 30 days.
 */
export function noticeFrom(due: IsoDate): IsoDate {
  const [year, month] = [Number(due.slice(0, 4)), Number(due.slice(5, 7))];
  return month === 1 ? `${year - 1}-12-25` : `${year}-${String(month - 1).padStart(2, '0')}-25`;
}

/**
 * The reports due within the notice window (from 25 May for the 6-month report, from 25 November
 * for the annual report and any review or final review ending that year) up to their deadline.
 * A review block that ends with its phase is left to the final review.
 */
export function reportsDue(today: IsoDate): DueReport[] {
  const year = yearOf(today);
  const out: DueReport[] = [];
  for (const kind of REPORT_KINDS) {
    const period = periodOfYear(kind, year);
    const due = period && kind.due(period);
    if (!period || !due || yearOf(period.end) !== year) continue;
    if (kind.id === 'review' && period.end === PHASES[period.phase].end) continue;
    if (today >= noticeFrom(due) && today <= due) out.push({ kind, period, due });
  }
  return out;
}
