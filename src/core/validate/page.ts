/**
 * What the validation sidebar shows (src/ui/validation.ts), decided here from the check's own result:
 * the issues grouped by tab (a club's tab titled with its code and name) and, inside, by severity,
 * with counts; each issue's full text (the sidebar is shown only to the officer who ran the check),
 * its cell and, when the reader made a safe suggestion, the fix; and each club's standard explained.
 * Plain JSON: it crosses google.script.run (and is embedded in the page the menu opens).
 */
import { formatDateVi, type IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import { type ClubStandardExplained, explainWardStandards } from '../indicators/standardExplain';
import { countBySeverity, type Issue, issueMessage, type Severity } from '../issues';
import type { Ward } from '../model';
import type { Grid } from '../parse/locate';
import type { Period } from '../period';
import { WARD_SHEETS } from '../schema/sheets';
import { fixOf, type SafeFix } from './fixes';

/** Issues listed per tab; the rest are counted ("and 40 more: see Kiểm tra"), fixes still offered for all. */
export const SHOWN_PER_TAB = 100;

export interface ValidationIssue {
  a1: string;
  severity: Severity;
  text: string;
  fix?: SafeFix;
}

export interface ValidationGroup {
  sheet: string;
  /** "CLB01 – CLB Tổ 1" for a club's tab, the tab's name otherwise. */
  title: string;
  club: boolean;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each in reading order; at most SHOWN_PER_TAB. */
  issues: ValidationIssue[];
  /** Issues not listed here (see Kiểm tra). */
  more: number;
  /** Every safe fix of the tab, listed or not. */
  fixes: SafeFix[];
}

export interface ValidationView {
  errors: number;
  warnings: number;
  today: IsoDate;
  /** "năm 2026": the period whose end the club rules and the standard count at. */
  period: string;
  periodEnd: string;
  groups: ValidationGroup[];
  standards: ClubStandardExplained[];
}

export const VALIDATION_LABELS = [
  'validation.title',
  'validation.loading',
  'validation.checking',
  'validation.checkedAt',
  'validation.totals',
  'validation.none',
  'validation.refresh',
  'validation.issues',
  'validation.errors',
  'validation.warnings',
  'validation.groupCounts',
  'validation.goTo',
  'validation.goToSheet',
  'validation.fixTo',
  'validation.fixAll',
  'validation.fixAllHelp',
  'validation.fixing',
  'validation.more',
  'validation.structure',
  'validation.notices',
  'validation.standards',
  'validation.standardsNone',
  'validation.failed',
  'validation.sheetLink',
  'standard.met',
] as const satisfies readonly MessageKey[];

export const validationLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(VALIDATION_LABELS.map((key) => [key, translate(key, {}, lang)]));

/** Ward tabs first (in the workbook's declared order), then clubs in the registry's order, then any other tab. */
function groupOrder(sheet: string, ward: Ward): number {
  const wardAt = WARD_SHEETS.indexOf(sheet);
  if (wardAt >= 0) return wardAt;
  const clubAt = ward.clubs.findIndex((c) => c.sheet === sheet);
  return clubAt >= 0 ? WARD_SHEETS.length + clubAt : WARD_SHEETS.length + ward.clubs.length;
}

/** The sidebar's view of a check: `issues` and `ward` as checkWard returned them, `grids` as read. */
export function validationView(input: {
  issues: readonly Issue[];
  ward: Ward;
  grids: Readonly<Record<string, Grid>>;
  period: Period;
  today: IsoDate;
  lang: Lang;
}): ValidationView {
  const { issues, ward, grids, period, today, lang } = input;
  const bySheet = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  const sheets = [...bySheet.keys()].sort((a, b) => groupOrder(a, ward) - groupOrder(b, ward) || (a < b ? -1 : a > b ? 1 : 0));
  const groups = sheets.map((sheet): ValidationGroup => {
    const list = bySheet.get(sheet) ?? [];
    const ordered = [...list.filter((i) => i.severity === 'error'), ...list.filter((i) => i.severity === 'warning')];
    const seen = new Set<string>();
    const fixes: SafeFix[] = [];
    const views = ordered.map((issue): ValidationIssue => {
      const fix = fixOf(issue, grids[sheet]);
      const key = issue.a1;
      if (fix && !seen.has(key)) {
        seen.add(key);
        fixes.push(fix);
      }
      return { a1: issue.a1, severity: issue.severity, text: issueMessage(issue, lang), ...(fix ? { fix } : {}) };
    });
    const club = ward.clubs.find((c) => c.sheet === sheet);
    const title = club ? [club.code, club.entry.name].filter(Boolean).join(' – ') : sheet || translate('validation.workbook', {}, lang);
    return {
      sheet,
      title,
      club: club !== undefined,
      ...countBySeverity(list),
      issues: views.slice(0, SHOWN_PER_TAB),
      more: Math.max(0, views.length - SHOWN_PER_TAB),
      fixes,
    };
  });
  return {
    ...countBySeverity(issues),
    today,
    period: periodLabel(period, lang),
    periodEnd: formatDateVi(period.end),
    groups,
    standards: explainWardStandards(ward, { period, today }, lang),
  };
}

/** What the sidebar gets from the server: the view of the last check, or why there is none. */
export interface ValidationState {
  ok: boolean;
  /** Why the action failed, or what a fix did (cells fixed, cells refused as changed). */
  message: string;
  lang: Lang;
  labels: Record<string, string>;
  /** Problems with the workbook's structure (a renamed Cấu hình): the results use defaults until fixed. */
  structure: string[];
  /** The job's notices (an output written under another name). */
  notices: string[];
  /** null when the check did not run (refused, busy, failed): the page keeps what it showed. */
  view: ValidationView | null;
  /** After a fix: how many cells were written, and how many were refused because they had changed. */
  fixed: number;
  stale: number;
}
