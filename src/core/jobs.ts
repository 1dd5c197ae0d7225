/** The jobs both edges run, as pure functions of the ward's grids. */
import type { IsoDate } from './dates';
import type { Lang } from './i18n/messages';
import { type IndicatorValue, rollUpWard, type WardRollUp } from './indicators/rollup';
import { type Issue, issueMessage } from './issues';
import type { Ward } from './model';
import { type ClubStandardMark, clubStandardMarks } from './output/clubStandard';
import { byClubSheet, checkSheet, longevitySheet, pensionSheet, summarySheet } from './output/sheets';
import type { OutputSheet } from './output/types';
import { parseWard, type WardGrids } from './parse/parseWard';
import type { Period } from './period';
import { longevityList, socialPensionList } from './policy';
import { allIssues } from './validate';

export interface CheckResult {
  ward: Ward;
  issues: Issue[];
  sheet: OutputSheet;
}

export function checkWard(grids: WardGrids, today: IsoDate, lang: Lang = 'vi'): CheckResult {
  const ward = parseWard(grids, { today });
  const issues = allIssues(ward, { today });
  return { ward, issues, sheet: checkSheet(issues, today, lang) };
}

export interface RollUpResult extends CheckResult {
  rollup: WardRollUp;
  sheets: OutputSheet[];
  /** The club standard line each club tab shows (see output/clubStandard.ts). */
  marks: ClubStandardMark[];
}

/** Check, roll up and draw every output tab (the check tab included, so it never goes stale). */
export function rollUpGrids(grids: WardGrids, period: Period, today: IsoDate, lang: Lang = 'vi'): RollUpResult {
  const checked = checkWard(grids, today, lang);
  const rollup = rollUpWard(checked.ward, period, today);
  const year = Number(period.end.slice(0, 4));
  const sheets = [
    summarySheet(rollup, today, lang),
    byClubSheet(rollup, today, lang),
    checked.sheet,
    longevitySheet(checked.ward, year, today, lang),
    pensionSheet(checked.ward, year, today, lang),
  ];
  return { ...checked, rollup, sheets, marks: clubStandardMarks(rollup, grids, lang) };
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);

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
