/**
 * Many wards rolled up into a province: their facts summed (numerators and denominators, never an
 * average of percentages) and every indicator evaluated once over the sums. Count targets add up
 * (a province needs the sum of its wards' targets); share targets are the plan's own rates.
 */
import { INDICATORS, type IndicatorDecl } from './indicators/declarations';
import type { Facts } from './indicators/facts';
import { evaluateIndicators, type IndicatorValue, sumFacts, type WardRollUp } from './indicators/rollup';
import type { TargetsById } from './model';
import type { Period, PhaseId } from './period';
import { PHASES } from './period';
import type { Target } from './schema/types';
import { foldText } from './text';

export interface WardInput {
  /** Where the ward came from (a file name), for messages. */
  source: string;
  rollup: WardRollUp;
  errors: number;
  warnings: number;
  /** When the ward locked the period (Chốt số liệu): its figures are the locked ones. */
  lockedAt?: string;
}

export interface ProvinceProblem {
  severity: 'error' | 'warning';
  messageKey: 'province.duplicateWard' | 'province.noWardName' | 'province.otherProvince';
  params: Record<string, string>;
}

export interface ProvinceRollUp {
  province: string;
  period: Period;
  wards: WardInput[];
  facts: Facts;
  targets: TargetsById;
  indicators: IndicatorValue[];
  problems: ProvinceProblem[];
}

/** The wards' own targets for an indicator and phase, summed when every ward has one. */
function summedTarget(targets: Array<Target | undefined>): Target | undefined {
  if (targets.length === 0 || targets.some((t) => t === undefined)) return undefined;
  const all = targets as Target[];
  const sum = (pick: (t: Target) => number | undefined) =>
    all.every((t) => pick(t) !== undefined) ? all.reduce((s, t) => s + pick(t)!, 0) : undefined;
  const min = sum((t) => t.min);
  const max = sum((t) => t.max);
  return min === undefined && max === undefined ? undefined : { min, max, percent: false };
}

export function provinceTargets(wards: WardRollUp[], decls: IndicatorDecl[] = INDICATORS): TargetsById {
  const out: TargetsById = {};
  for (const decl of decls) {
    if (decl.unit === 'percent') {
      out[decl.id] = decl.targets;
      continue;
    }
    const perPhase: Partial<Record<PhaseId, Target>> = {};
    for (const phase of Object.keys(PHASES) as PhaseId[]) {
      const target = summedTarget(wards.map((w) => w.indicators.find((v) => v.id === decl.id)?.targets[phase]));
      if (target) perPhase[phase] = target;
    }
    out[decl.id] = perPhase;
  }
  return out;
}

function problemsOf(wards: WardInput[], province: string): ProvinceProblem[] {
  const problems: ProvinceProblem[] = [];
  const seen = new Map<string, string>();
  for (const w of wards) {
    const name = w.rollup.ward.trim();
    if (!name) {
      problems.push({ severity: 'warning', messageKey: 'province.noWardName', params: { source: w.source } });
      continue;
    }
    const key = foldText(name);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ severity: 'error', messageKey: 'province.duplicateWard', params: { ward: name, source: w.source, first } });
    else seen.set(key, w.source);
    const own = w.rollup.province.trim();
    if (own && province && foldText(own) !== foldText(province))
      problems.push({
        severity: 'warning',
        messageKey: 'province.otherProvince',
        params: { ward: name, source: w.source, province: own, expected: province },
      });
  }
  return problems;
}

/** The province name most wards give (the first ward's on a tie). */
function commonProvince(wards: WardInput[]): string {
  const counts = new Map<string, { name: string; n: number }>();
  for (const w of wards) {
    const name = w.rollup.province.trim();
    if (!name) continue;
    const entry = counts.get(foldText(name)) ?? { name, n: 0 };
    entry.n++;
    counts.set(foldText(name), entry);
  }
  return (
    [...counts.values()].reduce<{ name: string; n: number } | undefined>((best, e) => (!best || e.n > best.n ? e : best), undefined)
      ?.name ?? ''
  );
}

export function rollUpProvince(wards: WardInput[], period: Period, name?: string, decls: IndicatorDecl[] = INDICATORS): ProvinceRollUp {
  const province = name?.trim() || commonProvince(wards);
  const facts = sumFacts(wards.map((w) => w.rollup.facts));
  const rollups = wards.map((w) => w.rollup);
  const targets = provinceTargets(rollups, decls);
  return {
    province,
    period,
    wards,
    facts,
    targets,
    indicators: evaluateIndicators(facts, targets, period.phase, decls),
    problems: problemsOf(wards, province),
  };
}
