/** Reporting periods: a year, a half-year, several whole years of one phase (a review), or a plan phase. */
import type { IsoDate } from './dates';

export type PhaseId = 'P1' | 'P2';

export interface Period {
  id: string;
  start: IsoDate;
  end: IsoDate;
  /** The plan phase the period falls in (by its end), which decides the targets. */
  phase: PhaseId;
  labelVi: string;
  labelEn: string;
}

/** Phase 1 is 2025–2030, phase 2 is 2031–2035 (the plans write "2030–2035"; 2030 belongs to phase 1). */
export const PHASES: Record<PhaseId, { start: IsoDate; end: IsoDate; labelVi: string; labelEn: string }> = {
  P1: { start: '2025-01-01', end: '2030-12-31', labelVi: 'giai đoạn 2025–2030', labelEn: 'phase 2025–2030' },
  P2: { start: '2031-01-01', end: '2035-12-31', labelVi: 'giai đoạn 2031–2035', labelEn: 'phase 2031–2035' },
};

export function phaseOf(date: IsoDate): PhaseId {
  return date > PHASES.P1.end ? 'P2' : 'P1';
}

const YEARS = { first: 2000, last: 2100 };

/** Whole years "2025-2026" (a review): inside one phase, the first before the second. */
function yearsPeriod(first: number, last: number): Period | undefined {
  const start = `${first}-01-01`;
  const end = `${last}-12-31`;
  if (first >= last || last > YEARS.last || phaseOf(start) !== phaseOf(end) || start < PHASES[phaseOf(end)].start) return undefined;
  return {
    id: `${first}-${last}`,
    start,
    end,
    phase: phaseOf(end),
    labelVi: `${last - first + 1} năm ${first}–${last}`,
    labelEn: `${last - first + 1} years ${first}–${last}`,
  };
}

/** "2026", "2026-H1", "2026-H2", "2025-2026", "P1", "P2"; undefined when the text is none of these. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().toUpperCase();
  if (t === 'P1' || t === 'P2') {
    const p = PHASES[t];
    return { id: t, start: p.start, end: p.end, phase: t, labelVi: p.labelVi, labelEn: p.labelEn };
  }
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(t);
  if (years) return yearsPeriod(Number(years[1]), Number(years[2]));
  const m = /^(\d{4})(?:-(H[12]))?$/.exec(t);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < YEARS.first || year > YEARS.last) return undefined;
  if (!m[2])
    return {
      id: t,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      phase: phaseOf(`${year}-12-31`),
      labelVi: `năm ${year}`,
      labelEn: `year ${year}`,
    };
  const first = m[2] === 'H1';
  const start = first ? `${year}-01-01` : `${year}-07-01`;
  const end = first ? `${year}-06-30` : `${year}-12-31`;
  return {
    id: t,
    start,
    end,
    phase: phaseOf(end),
    labelVi: first ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`,
    labelEn: first ? `first half of ${year}` : `second half of ${year}`,
  };
}

/** Jobs that run over a period when the user names none. */
export type PeriodJob = 'check' | 'rollup' | 'report' | 'province';

export interface PeriodContext {
  today: IsoDate;
  /** The ward's reporting year (Cấu hình, "Năm báo cáo"); unknown for a province of many wards. */
  reportingYear?: number;
}

/**
 * The one place a job's default period is decided, for both edges (menu and command line):
 * - check and roll-up: the ward's whole reporting year, the year its leaders read;
 * - the 6-month report: the first half of that year (the report due before 10 June);
 * - a province: the calendar year of today (its wards may set different reporting years).
 * A reporting year outside the years periods can name falls back to today's year.
 */
export function defaultPeriodFor(job: PeriodJob, context: PeriodContext): Period {
  const todayYear = Number(context.today.slice(0, 4));
  const wardYear = job === 'province' ? undefined : context.reportingYear;
  const year = wardYear !== undefined && parsePeriod(String(wardYear)) ? wardYear : todayYear;
  return parsePeriod(job === 'report' ? `${year}-H1` : String(year)) as Period;
}
