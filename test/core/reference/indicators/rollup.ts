/*
 * Reference copy (test only, never shipped): src/core/indicators/rollup.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** Indicator values from facts, with their status against the targets of the period's phase. */

import { INDICATORS, type IndicatorDecl } from '../../../../src/core/indicators/declarations';
import type { TargetsById, Ward } from '../../../../src/core/model';
import type { Period, PhaseId } from '../../../../src/core/period';
import type { Target } from '../../../../src/core/schema/types';
import type { IsoDate } from '../dates';
import { CLUB_FACTS, type ClubEvaluation, type EvalContext, evaluateClub, type Facts, wardFacts } from './facts';

export type Status = 'met' | 'below' | 'exceeded' | 'none';

export interface IndicatorValue {
  id: string;
  decl: IndicatorDecl;
  /** A fraction for percentages; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator?: number;
  unit: IndicatorDecl['unit'];
  target?: Target;
  targets: Partial<Record<PhaseId, Target>>;
  status: Status;
}

export interface WardRollUp {
  ward: string;
  province: string;
  period: Period;
  facts: Facts;
  indicators: IndicatorValue[];
  clubs: Array<ClubEvaluation & { indicators: IndicatorValue[] }>;
}

export function statusOf(value: number | null, target: Target | undefined): Status {
  if (!target || value === null) return 'none';
  const eps = 1e-9;
  if (target.min !== undefined && value < target.min - eps) return 'below';
  if (target.max !== undefined)
    return value > target.max + eps ? 'exceeded' : target.min === undefined || value >= target.min - eps ? 'met' : 'below';
  if (target.min !== undefined && value > target.min + eps) return 'exceeded';
  return 'met';
}

export function targetsFor(decl: IndicatorDecl, targets: TargetsById): Partial<Record<PhaseId, Target>> {
  return targets[decl.id] ?? decl.targets;
}

/** Evaluates each declared indicator over summed facts: the same function for a club, a ward and a province. */
export function evaluateIndicators(
  facts: Partial<Facts>,
  targets: TargetsById,
  phase: PhaseId,
  decls: IndicatorDecl[] = INDICATORS,
): IndicatorValue[] {
  return decls.map((decl) => {
    const numerator = facts[decl.numerator] ?? 0;
    const denominator = decl.denominator ? (facts[decl.denominator] ?? 0) : undefined;
    const value = denominator === undefined ? numerator : denominator === 0 ? null : numerator / denominator;
    const phaseTargets = targetsFor(decl, targets);
    const target = phaseTargets[phase];
    return {
      id: decl.id,
      decl,
      value,
      numerator,
      denominator,
      unit: decl.unit,
      target,
      targets: phaseTargets,
      status: statusOf(value, target),
    };
  });
}

export function sumFacts(list: Array<Partial<Facts>>): Facts {
  const out: Record<string, number> = {};
  for (const facts of list) for (const [k, v] of Object.entries(facts)) out[k] = (out[k] ?? 0) + (v ?? 0);
  return out as Facts;
}

/**
 * The ward's facts and every declared indicator, for the ward and (those marked perClub) for each
 * club. The ward sums each club's contribution (an inactive club adds only its registry counts);
 * a club's own indicators are over its own figures.
 */
export function rollUpWard(ward: Ward, period: Period, today: IsoDate, decls: IndicatorDecl[] = INDICATORS): WardRollUp {
  const ctx: EvalContext = { period, today };
  const clubs = ward.clubs.map((club) => evaluateClub(club, ward, ctx));
  const clubSum = sumFacts(clubs.map((c) => c.contribution));
  for (const id of CLUB_FACTS) clubSum[id] = clubSum[id] ?? 0;
  const facts: Facts = { ...clubSum, ...wardFacts(ward, clubs, ctx) };
  const perClub = decls.filter((d) => d.perClub);
  return {
    ward: ward.settings.ward,
    province: ward.settings.province,
    period,
    facts,
    indicators: evaluateIndicators(facts, ward.targets, period.phase, decls),
    clubs: clubs.map((c) => ({ ...c, indicators: evaluateIndicators(c.facts, ward.targets, period.phase, perClub) })),
  };
}
