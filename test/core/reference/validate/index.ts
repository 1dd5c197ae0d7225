/*
 * Reference copy (test only, never shipped): src/core/validate/index.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** The whole-ward check: cell issues from parsing plus every declared rule. */

import type { Issue } from '../../../../src/core/issues';
import { sortIssues } from '../../../../src/core/issues';
import type { Ward } from '../../../../src/core/model';
import type { Period } from '../../../../src/core/period';
import { defaultSettings } from '../../../../src/core/schema/settings';
import type { IsoDate } from '../dates';
import type { Grid } from '../parse/locate';
import { parseClubTab } from '../parse/parseWard';
import { RULES } from './rules';

export { RULES } from './rules';

/**
 * Every declared rule over the ward. The club-level rules count at the end of `period`, the date the
 * roll-up of the same period counts at (each rule's referenceDate says which date it uses).
 */
export function validateWard(ward: Ward, options: { today: IsoDate; period: Period }): Issue[] {
  return RULES.flatMap((r) => r.check({ ward, today: options.today, period: options.period }));
}

/** Parse issues and rule issues together, in reading order. */
export function allIssues(ward: Ward, options: { today: IsoDate; period: Period }): Issue[] {
  return sortIssues([...ward.issues, ...validateWard(ward, options)]);
}

/**
 * One club tab's issues without the rest of the ward: its cell issues and the rules that need only
 * its own rows (scope 'tab'). The on-edit check uses it; Kiểm tra dữ liệu runs everything. It has
 * no period: tab rules count at today or at their row's date, never at a period end (their type
 * gives them no period), so the club-level rules, which count at the period end, run only in
 * Kiểm tra dữ liệu, the roll-up and `ishc check`.
 */
export function clubTabIssues(code: string, grid: Grid, options: { today: IsoDate }): Issue[] {
  const { club, issues } = parseClubTab(code, grid, options);
  const ward: Ward = {
    settings: defaultSettings(),
    targets: {},
    groups: [],
    registry: [],
    clubs: [club],
    activities: [],
    narratives: [],
    issues: [],
  };
  const ruled = RULES.flatMap((r) => (r.scope === 'tab' ? r.check({ ward, today: options.today }) : []));
  return sortIssues([...issues, ...ruled]);
}
