/**
 * The Nhật ký tab: one row per run, failed or not — time, user, action, period, outcome, duration,
 * a fingerprint of the data read, notes. Rows are added with appendRow (atomic in Sheets), so a run
 * that could not get the lock still leaves its row. The tab is an output tab (marked "log@…"),
 * found by its marker: a user's tab named Nhật ký is left alone.
 */
import { fingerprintGrids } from '../core/fingerprint';
import { freeName, OUTPUT_KEY, outputMarker, parseOutputMarker } from '../core/output/outputTabs';
import type { WardGrids } from '../core/parse/parseWard';
import { SHEETS } from '../core/schema/sheets';
import { t } from './i18n';
import type { Outputs } from './outputs';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * refused: the user's role does not allow the action; the row is written only if the user may write Nhật ký.
 * continuing: a long job stopped before Apps Script's time limit and goes on by itself (continuation.ts).
 */
export type Outcome = 'ok' | 'failed' | 'busy' | 'cancelled' | 'refused' | 'continuing';

export interface LogEntry {
  action: string;
  period: string;
  outcome: Outcome;
  seconds: number;
  fingerprint: string;
  notes: string[];
}

export const fingerprintOf = (grids: WardGrids): string => fingerprintGrids(grids);

function isLogMarker(md: GoogleAppsScript.Spreadsheet.DeveloperMetadata): boolean {
  return md.getKey() === OUTPUT_KEY && parseOutputMarker(md.getValue())?.id === 'log';
}

/** The marked log tab: the job's discovery when it ran, else Nhật ký if it carries the marker, else a search. */
function findLogSheet(ss: Spreadsheet, outputs?: Outputs): Sheet | undefined {
  const known = outputs?.current.get('log');
  if (known) return known.sheet;
  const named = ss.getSheetByName(SHEETS.log);
  if (named?.getDeveloperMetadata().some(isLogMarker)) return named;
  for (const md of ss.createDeveloperMetadataFinder().withKey(OUTPUT_KEY).find()) {
    if (parseOutputMarker(md.getValue())?.id !== 'log') continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** A new log tab under a free name, all or nothing (deleted again if drawing it fails). */
function createLogSheet(ss: Spreadsheet): Sheet {
  const sheets = ss.getSheets();
  const sheet = ss.insertSheet(
    freeName(
      SHEETS.log,
      sheets.map((s) => s.getName()),
    ),
    sheets.length,
  );
  try {
    const header = t('log.header').split('|');
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.addDeveloperMetadata(OUTPUT_KEY, outputMarker('log', 0));
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

/** Appends the run's row; returns the log tab (perhaps just made, for the caller to protect). */
export function appendLog(ss: Spreadsheet, entry: LogEntry, outputs?: Outputs): Sheet {
  const sheet = findLogSheet(ss, outputs) ?? createLogSheet(ss);
  sheet.appendRow([
    new Date(),
    toSheetValue(activeUser()),
    toSheetValue(entry.action),
    toSheetValue(entry.period),
    t(`log.outcome.${entry.outcome}`),
    Math.round(entry.seconds * 10) / 10,
    toSheetValue(entry.fingerprint),
    toSheetValue(entry.notes.join(' ')),
  ]);
  return sheet;
}
