/** The whole-ward check: cell issues from parsing plus every declared rule. */
import type { IsoDate } from '../dates';
import type { Issue } from '../issues';
import { sortIssues } from '../issues';
import type { Ward } from '../model';
import { RULES } from './rules';

export { RULES } from './rules';

export function validateWard(ward: Ward, options: { today: IsoDate }): Issue[] {
  return RULES.flatMap((r) => r.check({ ward, today: options.today }));
}

/** Parse issues and rule issues together, in reading order. */
export function allIssues(ward: Ward, options: { today: IsoDate }): Issue[] {
  return sortIssues([...ward.issues, ...validateWard(ward, options)]);
}
