/** The jobs both edges run, as pure functions of the ward's grids. */
import type { IsoDate } from './dates';
import { defaultPeriodOfWard } from './defaults';
import type { Lang } from './i18n/messages';
import { INDICATORS, type IndicatorDecl } from './indicators/declarations';
import { rollUpWard, type WardRollUp } from './indicators/rollup';
import type { Issue } from './issues';
import { type LockedPeriod, lockFlags, locksInGrids, withoutLockTab } from './lock';
import type { Ward } from './model';
import { byClubSheet } from './output/byClub';
import { type ChartSpec, chartsSheet } from './output/charts';
import { checkSheet } from './output/check';
import { type ClubStandardMark, clubStandardMarks } from './output/clubStandard';
import { appendSections, reportingSections } from './output/reporting';
import { summarySheet } from './output/summary';
import type { OutputSheet } from './output/types';
import { parseWard, type WardGrids } from './parse/parseWard';
import type { Period } from './period';
import { dueLine } from './report/calendar';
import type { RegisterEntry } from './report/register';
import { allIssues } from './validate';

export interface CheckResult {
  ward: Ward;
  issues: Issue[];
  /** The period whose end the club-level rules counted at. */
  period: Period;
  sheet: OutputSheet;
}

/**
 * Kiểm tra dữ liệu over a period: the club-level rules count at its end, as the roll-up of that
 * period does. Without one, the check's default period (defaultPeriodFor: the ward's reporting year).
 */
export function checkWard(
  grids: WardGrids,
  today: IsoDate,
  lang: Lang = 'vi',
  period: Period = defaultPeriodOfWard('check', grids, today),
  register?: readonly RegisterEntry[],
  locks: readonly LockedPeriod[] = locksInGrids(grids),
): CheckResult {
  // The lock tab (Số liệu đã chốt) is the add-on's record, not an input; its periods are checked against today's tabs.
  const inputs = withoutLockTab(grids);
  const ward = parseWard(inputs, { today });
  const issues = [...allIssues(ward, { today, period }), ...lockFlags(inputs, locks, today, lang, ward)];
  // Below the issues: completeness of the period, and timeliness where the Sổ báo cáo was read (output/reporting.ts).
  const sheet = appendSections(checkSheet(issues, today, lang, period), reportingSections(ward, period, today, lang, register));
  return { ward, issues, period, sheet };
}

export interface RollUpResult extends CheckResult {
  rollup: WardRollUp;
  sheets: OutputSheet[];
  /** Biểu đồ's charts (also on its sheet): the add-on inserts them, the command line renders them as PNG. */
  charts: ChartSpec[];
  /** The club standard line each club tab shows (see output/clubStandard.ts). */
  marks: ClubStandardMark[];
  /** The day the roll-up counted on (months not yet come are not expected). */
  today: IsoDate;
}

/**
 * Check, roll up and draw every output tab of the shared workbook (the check tab included, so it never goes stale). The
 * tabs and the JSON read the indicators from the roll-up, so `decls` (the plan's by default) is
 * the one place they come from.
 */
export function rollUpGrids(
  grids: WardGrids,
  period: Period,
  today: IsoDate,
  lang: Lang = 'vi',
  decls: IndicatorDecl[] = INDICATORS,
  register?: readonly RegisterEntry[],
  locks?: readonly LockedPeriod[],
): RollUpResult {
  const checked = checkWard(grids, today, lang, period, register, locks);
  const rollup = rollUpWard(checked.ward, period, today, decls);
  // Only aggregates: the lists that name people go where officers alone read them (output/privateLists.ts).
  const due = dueLine(today, register, lang);
  const charts = chartsSheet(rollup, today, lang);
  const sheets = [summarySheet(rollup, today, lang, due), byClubSheet(rollup, today, lang), charts, checked.sheet];
  return { ...checked, rollup, sheets, charts: charts.charts, marks: clubStandardMarks(rollup, grids, lang), today };
}
