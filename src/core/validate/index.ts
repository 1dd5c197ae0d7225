/** The whole-ward check: cell issues from parsing plus every declared rule. */
import type { IsoDate } from '../dates';
import type { Issue } from '../issues';
import { sortIssues } from '../issues';
import type { Ward } from '../model';
import type { Grid } from '../parse/locate';
import { parseClubTab } from '../parse/parseWard';
import { defaultSettings } from '../schema/settings';
import { RULES } from './rules';

export { RULES } from './rules';

export function validateWard(ward: Ward, options: { today: IsoDate }): Issue[] {
  return RULES.flatMap((r) => r.check({ ward, today: options.today }));
}

/** Parse issues and rule issues together, in reading order. */
export function allIssues(ward: Ward, options: { today: IsoDate }): Issue[] {
  return sortIssues([...ward.issues, ...validateWard(ward, options)]);
}

/**
 * One club tab's issues without the rest of the ward: its cell issues and the rules that need only
 * its own rows (scope 'tab'). The on-edit check uses it; Kiểm tra dữ liệu runs everything.
 */
export function clubTabIssues(code: string, grid: Grid, options: { today: IsoDate }): Issue[] {
  const { club, issues } = parseClubTab(code, grid, options);
  const ward: Ward = { settings: defaultSettings(), targets: {}, groups: [], registry: [], clubs: [club], activities: [], issues: [] };
  const ruled = RULES.filter((r) => r.scope === 'tab').flatMap((r) => r.check({ ward, today: options.today }));
  return sortIssues([...issues, ...ruled]);
}
