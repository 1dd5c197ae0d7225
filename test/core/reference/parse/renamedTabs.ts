/*
 * Reference copy (test only, never shipped): src/core/parse/renamedTabs.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/**
 * Ward tables found on a tab of another name: a renamed Cấu hình (or Danh mục CLB, …) would
 * otherwise be ignored without a word, and every output would quietly use the defaults
 * ("Phường Mẫu"). Set-up and every job report what was found, by name.
 */
import type { Lang } from '../../../../src/core/i18n/messages';
import { type Issue, issueMessage } from '../../../../src/core/issues';
import { WARD_SHEETS } from '../../../../src/core/schema/sheets';
import { WARD_TABLES } from '../../../../src/core/schema/tables';
import { locateTables } from './locate';
import type { WardGrids } from './parseWard';

export interface MisplacedTable {
  /** The tab the table belongs on ("Cấu hình"). */
  expected: string;
  /** The tab it was found on ("Cấu hình cũ"). */
  found: string;
  table: string;
  /** Whether the expected tab exists too (then the found one is ignored), or not (then the ward's data is missing). */
  expectedExists: boolean;
}

/** Ward tables on tabs that are neither ward tabs nor `skip` (the registered club tabs, read as clubs). */
export function findMisplacedWardTables(grids: WardGrids, skip: ReadonlySet<string> = new Set()): MisplacedTable[] {
  const found: MisplacedTable[] = [];
  for (const [name, grid] of Object.entries(grids)) {
    if (WARD_SHEETS.includes(name) || skip.has(name)) continue;
    for (const table of locateTables(grid, WARD_TABLES).values()) {
      const expected = table.table.sheet;
      if (expected === undefined) continue;
      found.push({ expected, found: name, table: table.table.title, expectedExists: grids[expected] !== undefined });
    }
  }
  return found;
}

/** Keys of the issues that say the workbook's structure is off: jobs print them even when they print no issue list. */
export const STRUCTURE_KEYS = ['table.missingSheet', 'sheet.renamed', 'sheet.shadowed'] as const;

export function isStructureIssue(issue: Issue): boolean {
  return (STRUCTURE_KEYS as readonly string[]).includes(issue.messageKey);
}

/** The issue for each misplaced table: an error when its own tab is missing, a warning when the copy is ignored. */
export function misplacedTableIssues(misplaced: MisplacedTable[]): Issue[] {
  return misplaced.map((m) => ({
    sheet: m.found,
    a1: '',
    severity: m.expectedExists ? 'warning' : 'error',
    messageKey: m.expectedExists ? 'sheet.shadowed' : 'sheet.renamed',
    params: { expected: m.expected, found: m.found, table: m.table },
  }));
}

/** The structure issues' messages, for a job to show beside its result (each once). */
export function structureWarnings(issues: readonly Issue[], lang: Lang): string[] {
  return [...new Set(issues.filter(isStructureIssue).map((i) => issueMessage(i, lang)))];
}
