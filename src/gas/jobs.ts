/**
 * Kiểm tra dữ liệu and Tổng hợp chỉ tiêu: find the output tabs by their markers, read every user tab
 * once, run core, write the outputs in one commit (outputs.ts).
 */
import { defaultPeriodOfWard } from '../core/defaults';
import { periodLabel } from '../core/i18n/labels';
import { countBySeverity } from '../core/issues';
import { type CheckResult, checkWard, type RollUpResult, rollUpGrids } from '../core/jobs';
import type { WardGrids } from '../core/parse/parseWard';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { today } from './clock';
import { readWardGrids } from './grids';
import { t, userLang } from './i18n';
import { readLocks } from './lock';
import { fingerprintOf } from './log';
import { Outputs } from './outputs';
import { removeOwnListTabs } from './privateLists';
import { readRegister } from './register';
import type { Run } from './run';
import { standardMarkWrites } from './standard';
import { Tabs } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What every job starts with: the tabs, the outputs found by marker (leftovers of a failed run repaired), the user tabs read. */
export function openWard(ss: Spreadsheet, run?: Run, opts: { readOnly?: boolean } = {}) {
  const tabs = new Tabs(ss);
  const outputs = Outputs.discover(tabs, opts);
  if (run) run.outputs = outputs;
  const grids = readWardGrids(tabs, outputs.marked);
  if (run) run.fingerprint = fingerprintOf(grids);
  return { tabs, outputs, grids };
}

const withNotices = (message: string, notices: string[]) => [message, ...notices].join('\n');

/**
 * What a job tells the user: its summary, and the problems with the workbook's structure (a renamed
 * Cấu hình, a missing tab) that make its results use defaults, which must not pass as a toast.
 */
export interface JobNotice {
  message: string;
  structure: string[];
}

export function runCheck(
  ss: Spreadsheet,
  run?: Run,
): JobNotice & { errors: number; warnings: number; checked: CheckResult; grids: WardGrids; notices: string[] } {
  const { outputs, grids } = openWard(ss, run);
  const lang = userLang();
  const result = checkWard(grids, today(), lang, undefined, readRegister(ss, outputs), readLocks(ss, outputs));
  outputs.replace([result.sheet]);
  const { errors, warnings } = countBySeverity(result.issues);
  const message = withNotices(t('check.toast', { errors, warnings }), outputs.notices);
  run?.notes.push(message);
  // `checked` and `grids` for the validation sidebar (pages.ts), which shows the same result.
  return { errors, warnings, message, structure: structureWarnings(result.issues, lang), checked: result, grids, notices: outputs.notices };
}

/** Without a period, core's defaultPeriodFor decides (the ward's reporting year), as on the command line. */
export function runRollUp(ss: Spreadsheet, period?: Period, run?: Run): JobNotice & { result: RollUpResult } {
  const { tabs, outputs, grids } = openWard(ss, run);
  const now = today();
  const chosen = period ?? defaultPeriodOfWard('rollup', grids, now);
  if (run) run.period = chosen.id;
  const lang = userLang();
  const result = rollUpGrids(grids, chosen, now, lang, undefined, readRegister(ss, outputs), readLocks(ss, outputs));
  outputs.replace(result.sheets, standardMarkWrites(tabs, grids, result.marks, outputs.notices));
  // After the commit: named list tabs an earlier version drew in the shared workbook go (personal data).
  const removed = removeOwnListTabs(tabs, grids);
  if (removed.length > 0) outputs.notices.push(t('privateLists.removedTabs', { tabs: removed.join(', ') }));
  const message = withNotices(
    t('rollUp.toast', {
      clubs: result.rollup.facts.clubs_active,
      members: result.rollup.facts.members,
      period: periodLabel(chosen, lang),
    }),
    outputs.notices,
  );
  run?.notes.push(message);
  return { result, message, structure: structureWarnings(result.issues, lang) };
}
