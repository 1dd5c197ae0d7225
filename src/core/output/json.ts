/**
 * The machine-readable outputs (`ishc rollup --json`, `check --json`, `province --json`): one
 * indicator shape everywhere, ids rather than texts where a program reads them, rounded values.
 */
import type { Lang } from '../i18n/messages';
import { translate } from '../i18n/messages';
import type { IndicatorValue } from '../indicators/rollup';
import { type Issue, issueMessage } from '../issues';
import type { RollUpResult } from '../jobs';
import { longevityList, socialPensionList } from '../policy';
import type { ProvinceRollUp } from '../province';

/** Six decimals; a value too large to scale (1e303 people reached, say) is kept as it is rather than becoming Infinity. */
const round = (n: number | null) => {
  if (n === null) return null;
  const rounded = Math.round(n * 1e6) / 1e6;
  return Number.isFinite(rounded) ? rounded : n;
};

/** One indicator as the JSON outputs carry it (`rollup`, `check` and `province --json`). */
export function indicatorJson(v: IndicatorValue) {
  return {
    id: v.id,
    value: round(v.value),
    numerator: v.numerator,
    denominator: v.denominator ?? null,
    unit: v.unit,
    target: v.target ?? null,
    status: v.status,
  };
}

/** The machine-readable roll-up (`ishc rollup --json`). */
export function rollUpJson(result: RollUpResult, lang: Lang = 'vi') {
  const { rollup, ward } = result;
  const year = Number(rollup.period.end.slice(0, 4));
  return {
    ward: rollup.ward,
    province: rollup.province,
    period: { id: rollup.period.id, start: rollup.period.start, end: rollup.period.end, phase: rollup.period.phase },
    indicators: rollup.indicators.map((v) => ({ ...indicatorJson(v), name: v.decl.name[lang] })),
    facts: rollup.facts,
    clubs: rollup.clubs.map((c) => ({
      code: c.club.code,
      name: c.club.entry.name ?? '',
      group: c.club.entry.group ?? '',
      active: c.active,
      facts: c.facts,
      indicators: c.indicators.map((v) => ({
        id: v.id,
        value: round(v.value),
        numerator: v.numerator,
        denominator: v.denominator ?? null,
        unit: v.unit,
      })),
      standard: { met: c.active && c.standard.met, missed: c.standard.missed },
    })),
    longevity: longevityList(ward, year).map((e) => ({
      name: e.member.name,
      birthYear: e.member.birth?.year,
      age: e.age,
      ceremony: e.ceremony,
      club: e.club.code,
      sheet: e.club.sheet,
      cell: e.member.cells.name,
    })),
    socialPension: socialPensionList(ward, year).map((e) => ({
      name: e.member.name,
      birthYear: e.member.birth?.year,
      age: e.age,
      ground: e.ground,
      club: e.club.code,
      sheet: e.club.sheet,
      cell: e.member.cells.name,
    })),
    issues: issuesJson(result.issues, lang),
  };
}

export function issuesJson(issues: Issue[], lang: Lang = 'vi') {
  return issues.map((i) => ({
    sheet: i.sheet,
    cell: i.a1,
    severity: i.severity,
    rule: i.ruleId ?? i.messageKey,
    message: issueMessage(i, lang),
  }));
}

/** The machine-readable province roll-up (`ishc province --json`). */
export function provinceJson(p: ProvinceRollUp, lang: Lang = 'vi') {
  return {
    province: p.province,
    period: { id: p.period.id, start: p.period.start, end: p.period.end, phase: p.period.phase },
    indicators: p.indicators.map((v) => ({ ...indicatorJson(v), name: v.decl.name[lang] })),
    facts: p.facts,
    wards: p.wards.map((w) => ({
      ward: w.rollup.ward,
      province: w.rollup.province,
      source: w.source,
      errors: w.errors,
      warnings: w.warnings,
      facts: w.rollup.facts,
      indicators: w.rollup.indicators.map(indicatorJson),
    })),
    problems: p.problems.map((x) => ({ severity: x.severity, rule: x.messageKey, message: translate(x.messageKey, x.params, lang) })),
  };
}
