/** Kiểm tra dữ liệu and Tổng hợp chỉ tiêu: read every tab once, run core, write each output tab once. */
import { defaultPeriodOfWard } from '../core/defaults';
import { periodLabel } from '../core/i18n/labels';
import { countBySeverity } from '../core/issues';
import { checkWard, type RollUpResult, rollUpGrids } from '../core/jobs';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { today } from './clock';
import { readWardGrids } from './grids';
import { t, userLang } from './i18n';
import { appendLog } from './log';
import { removeOwnListTabs } from './privateLists';
import { SheetIds, writeOutputSheet, writeStandardMarks } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * What a job tells the user: its summary, and the problems with the workbook's structure (a renamed
 * Cấu hình, a missing tab) that make its results use defaults, which must not pass as a toast.
 */
export interface JobNotice {
  message: string;
  structure: string[];
}

export function runCheck(ss: Spreadsheet): JobNotice & { errors: number; warnings: number } {
  const lang = userLang();
  const result = checkWard(readWardGrids(ss), today(), lang);
  writeOutputSheet(ss, result.sheet);
  const { errors, warnings } = countBySeverity(result.issues);
  appendLog(ss, t('log.check', { count: result.issues.length }));
  return { errors, warnings, message: t('check.toast', { errors, warnings }), structure: structureWarnings(result.issues, lang) };
}

/** Without a period, core's defaultPeriodFor decides (the ward's reporting year), as on the command line. */
export function runRollUp(ss: Spreadsheet, period?: Period): JobNotice & { result: RollUpResult } {
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
  return {
    result,
    message: removed.length > 0 ? `${message} ${t('privateLists.removedTabs', { tabs: removed.join(', ') })}` : message,
    structure: structureWarnings(result.issues, lang),
  };
}
