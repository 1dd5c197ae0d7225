/**
 * One-click fixes: the suggestions the cell readers already make when they read a value they
 * understood but that is not written the standard way (values.ts: "Nu" read as "Nữ", "1.950" read
 * as 1950, "co" read as "Có"). Writing the suggestion changes how the cell looks, never what it
 * means, so these are the only fixes offered without asking. Every other issue needs a person.
 *
 * A fix names its cell, the value the check saw there (`seen`, the grid cell as read: a string,
 * number or boolean) and the value to write (`to`). Before writing, the edge reads the tab again and
 * asks `planFixes`: a fix is applied only when the cell still holds `seen` and core, reading the tab
 * as it is now, still suggests `to` for it; anything else is stale (someone changed the cell, or
 * the fix came from elsewhere) and nothing is written for it.
 */
import { parseA1 } from '../a1';
import type { IsoDate } from '../dates';
import type { MessageKey } from '../i18n/messages';
import type { Issue } from '../issues';
import type { Grid } from '../parse/locate';
import { parseWard } from '../parse/parseWard';
import { OUTPUT_SHEETS, WARD_SHEETS } from '../schema/sheets';
import { clubTabIssues } from './index';

export type FixValue = string | number | boolean;

export interface SafeFix {
  sheet: string;
  a1: string;
  /** The cell as the check read it. */
  seen: FixValue;
  /** What to write instead: the standard form of the same value. */
  to: string | number;
}

/** The issue messages whose suggestion is the same value written the standard way. */
const SAFE_SUGGESTIONS: Partial<Record<MessageKey, (params: Issue['params']) => string | number | undefined>> = {
  'value.choice.misspelt': (p) => (typeof p.suggestion === 'string' ? p.suggestion : undefined),
  'value.year.separator': (p) => (typeof p.year === 'number' ? p.year : undefined),
};

/** Whether an issue's message carries a safe suggestion (before looking at the cell). */
export const hasSafeSuggestion = (issue: Issue): boolean => issue.messageKey in SAFE_SUGGESTIONS;

/** The grid's cell at an A1 address, as JSON (blank and Dates are never fixed). */
function cellAt(grid: Grid | undefined, a1: string): FixValue | undefined {
  if (!grid || !/^[A-Z]+\d+$/.test(a1)) return undefined;
  const { row, column } = parseA1(a1);
  const value = grid[row - 1]?.[column - 1];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

/** The safe fix of one issue over the grid it was read from, or undefined when it has none. */
export function fixOf(issue: Issue, grid: Grid | undefined): SafeFix | undefined {
  const suggest = SAFE_SUGGESTIONS[issue.messageKey];
  if (!suggest || OUTPUT_SHEETS.includes(issue.sheet) || !issue.a1) return undefined;
  const to = suggest(issue.params);
  const seen = cellAt(grid, issue.a1);
  if (to === undefined || seen === undefined || seen === to) return undefined;
  return { sheet: issue.sheet, a1: issue.a1, seen, to };
}

/** Every safe fix among the issues, one per cell (the first issue of a cell that has one). */
export function safeFixes(issues: readonly Issue[], grids: Readonly<Record<string, Grid>>): SafeFix[] {
  const out = new Map<string, SafeFix>();
  for (const issue of issues) {
    const key = `${issue.sheet}!${issue.a1}`;
    if (out.has(key)) continue;
    const fix = fixOf(issue, grids[issue.sheet]);
    if (fix) out.set(key, fix);
  }
  return [...out.values()];
}

/**
 * The cell issues of one tab read on its own: a club tab through the on-edit check's reading
 * (clubTabIssues), a ward tab through the ward parser given only that tab. Only the issues of
 * that tab are kept.
 */
export function tabIssues(sheet: string, grid: Grid, today: IsoDate): Issue[] {
  if (OUTPUT_SHEETS.includes(sheet)) return [];
  const issues = WARD_SHEETS.includes(sheet) ? parseWard({ [sheet]: grid }, { today }).issues : clubTabIssues(sheet, grid, { today });
  return issues.filter((i) => i.sheet === sheet);
}

export interface FixPlan {
  /** Fixes the tab as it is now still calls for: write these. */
  apply: SafeFix[];
  /** Fixes whose cell changed since the check (or that core does not suggest for it now): nothing written. */
  stale: SafeFix[];
}

/**
 * Which requested fixes of one tab to carry out, from the tab read again just now: a fix applies
 * only if the same cell still holds exactly what the check saw and core still suggests the same
 * value for it. Requests for other tabs, or the same cell twice, are stale.
 */
export function planFixes(sheet: string, requested: readonly SafeFix[], grid: Grid, today: IsoDate): FixPlan {
  const now = new Map(safeFixes(tabIssues(sheet, grid, today), { [sheet]: grid }).map((f) => [f.a1, f]));
  const apply: SafeFix[] = [];
  const stale: SafeFix[] = [];
  const done = new Set<string>();
  for (const fix of requested) {
    const current = fix.sheet === sheet ? now.get(fix.a1) : undefined;
    const same = current !== undefined && current.seen === fix.seen && current.to === fix.to && !done.has(fix.a1);
    if (same) {
      apply.push(current);
      done.add(fix.a1);
    } else stale.push(fix);
  }
  return { apply, stale };
}
