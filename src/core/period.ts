/** Reporting periods: a year, a half-year, or a plan phase. */
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

/** "2026", "2026-H1", "2026-H2", "P1", "P2"; undefined when the text is none of these. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim().toUpperCase();
  if (t === 'P1' || t === 'P2') {
    const p = PHASES[t];
    return { id: t, start: p.start, end: p.end, phase: t, labelVi: p.labelVi, labelEn: p.labelEn };
  }
  const m = /^(\d{4})(?:-(H[12]))?$/.exec(t);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
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

/** The period a job runs for when none is named: the half-year containing today. */
export function defaultPeriod(today: IsoDate): Period {
  const year = today.slice(0, 4);
  return parsePeriod(`${year}-${today.slice(5, 7) <= '06' ? 'H1' : 'H2'}`) as Period;
}
