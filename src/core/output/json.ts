/**
 * The machine-readable outputs (`ishc rollup --json`, `check --json`, `province --json`): one
 * indicator shape everywhere, ids rather than texts where a program reads them, rounded values.
 * Without `withNames` they carry no personal data: the policy lists as counts, issue messages
 * without names, birth years or cell values (redact.ts).
 */
import { clubStandingLabel } from '../i18n/labels';
import type { Lang } from '../i18n/messages';
import { translate } from '../i18n/messages';
import type { IndicatorValue } from '../indicators/rollup';
import type { Issue } from '../issues';
import type { RollUpResult } from '../jobs';
import { type LongevityEntry, longevityList, type PensionEntry, type PolicyEntry, socialPensionList } from '../policy';
import type { ProvinceRollUp } from '../province';
import { periodFigures } from '../report/figures';
import { issueMessageFor } from './redact';

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

/** How many of a list fall in each group, keys in the order first met. */
function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** A person of a policy list, only with `withNames`: who, born when, and the cell of the register row. */
const personJson = (e: PolicyEntry) => ({
  name: e.member.name,
  birthYear: e.member.birth?.year,
  age: e.age,
  club: e.club.code,
  sheet: e.club.sheet,
  cell: e.member.cells.name,
});

/** A policy list as counts; with names, also its people. */
function listJson<E extends PolicyEntry>(
  entries: E[],
  groups: Record<string, (e: E) => string>,
  extra: (e: E) => object,
  withNames: boolean,
) {
  return {
    count: entries.length,
    ...Object.fromEntries(Object.entries(groups).map(([name, key]) => [name, countBy(entries, key)])),
    byClub: countBy(entries, (e) => e.club.code),
    ...(withNames ? { people: entries.map((e) => ({ ...personJson(e), ...extra(e) })) } : {}),
  };
}

const ageGroup = (e: PolicyEntry) => (e.age >= 100 ? '100+' : String(e.age));

/** The machine-readable roll-up (`ishc rollup --json`); names only with `withNames` (`--with-names`). */
export function rollUpJson(result: RollUpResult, lang: Lang = 'vi', opts: { withNames?: boolean } = {}) {
  const { rollup, ward } = result;
  const withNames = opts.withNames === true;
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
      // 'active' | 'paused' | 'dissolved' | 'notYetEstablished' | 'unreadable'; only an active club is in the ward's facts.
      status: c.standing,
      statusText: clubStandingLabel(c.standing, lang),
      // The club's own figures from its register at the period end, counted in the ward's or not.
      facts: c.facts,
      indicators: c.indicators.map((v) => ({
        id: v.id,
        value: round(v.value),
        numerator: v.numerator,
        denominator: v.denominator ?? null,
        unit: v.unit,
      })),
      // null: a club that is not active is not judged against the standard.
      standard: c.standard ? { met: c.standard.met, missed: c.standard.missed } : null,
    })),
    longevity: listJson(longevityList(ward, year), { byAge: ageGroup }, (e: LongevityEntry) => ({ ceremony: e.ceremony }), withNames),
    socialPension: listJson(
      socialPensionList(ward, year),
      { byGround: (e: PensionEntry) => e.ground },
      (e: PensionEntry) => ({ ground: e.ground }),
      withNames,
    ),
    // What the reports print beyond the indicators, over the clubs active at the period end.
    figures: figuresJson(ward, rollup.period, result.today),
    issues: issuesJson(result.issues, lang, withNames),
  };
}

/** Meetings, funds, loans, trainings and communication of the period (report/figures.ts), in plain numbers. */
function figuresJson(ward: RollUpResult['ward'], period: RollUpResult['rollup']['period'], today: RollUpResult['today']) {
  const f = periodFigures(ward, period, today);
  return {
    activeClubs: f.activeClubs,
    meetings: {
      held: f.meetings.held,
      averageAttendance: round(f.meetings.averageAttendance),
      clubsEveryMonth: f.meetings.clubsEveryMonth,
      clubsAllContents: f.meetings.clubsAllContents,
      missedMonths: Object.fromEntries(f.meetings.clubs.filter((c) => c.missed.length > 0).map((c) => [c.code, c.missed])),
    },
    funds: f.funds,
    loans: f.loans,
    trainings: f.trainings,
    communication: f.communication,
  };
}

export function issuesJson(issues: Issue[], lang: Lang = 'vi', withNames = false) {
  return issues.map((i) => ({
    sheet: i.sheet,
    cell: i.a1,
    severity: i.severity,
    rule: i.ruleId ?? i.messageKey,
    message: issueMessageFor(i, lang, withNames),
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
      // The ward's locked figures (Chốt số liệu) when it locked the period, else null.
      lockedAt: w.lockedAt ?? null,
      facts: w.rollup.facts,
      indicators: w.rollup.indicators.map(indicatorJson),
    })),
    problems: p.problems.map((x) => ({ severity: x.severity, rule: x.messageKey, message: translate(x.messageKey, x.params, lang) })),
  };
}
