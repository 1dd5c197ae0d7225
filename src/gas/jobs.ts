/** Kiểm tra dữ liệu and Tổng hợp chỉ tiêu: read every tab once, run core, write each output tab once. */
import { defaultPeriodOfWard } from '../core/defaults';
import { periodLabel } from '../core/i18n/labels';
import { countBySeverity } from '../core/issues';
import { checkWard, type RollUpResult, rollUpGrids } from '../core/jobs';
import type { Period } from '../core/period';
import { today } from './clock';
import { readWardGrids } from './grids';
import { t, userLang } from './i18n';
import { appendLog } from './log';
import { removeOwnListTabs } from './privateLists';
import { SheetIds, writeOutputSheet, writeStandardMarks } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function runCheck(ss: Spreadsheet): { errors: number; warnings: number; message: string } {
  const result = checkWard(readWardGrids(ss), today(), userLang());
  writeOutputSheet(ss, result.sheet);
  const { errors, warnings } = countBySeverity(result.issues);
  appendLog(ss, t('log.check', { count: result.issues.length }));
  return { errors, warnings, message: t('check.toast', { errors, warnings }) };
}

/** Without a period, core's defaultPeriodFor decides (the ward's reporting year), as on the command line. */
export function runRollUp(ss: Spreadsheet, period?: Period): { result: RollUpResult; message: string } {
  const grids = readWardGrids(ss);
  const now = today();
  const chosen = period ?? defaultPeriodOfWard('rollup', grids, now);
  const lang = userLang();
  const result = rollUpGrids(grids, chosen, now, lang);
  const ids = new SheetIds(ss);
  for (const sheet of result.sheets) writeOutputSheet(ss, sheet, ids);
  writeStandardMarks(ss, result.marks);
  const removed = removeOwnListTabs(ss);
  appendLog(ss, t('log.rollUp', { period: chosen.id }));
  const message = t('rollUp.toast', {
    clubs: result.rollup.facts.clubs_active,
    members: result.rollup.facts.members,
    period: periodLabel(chosen, lang),
  });
  return { result, message: removed.length > 0 ? `${message} ${t('privateLists.removedTabs', { tabs: removed.join(', ') })}` : message };
}
