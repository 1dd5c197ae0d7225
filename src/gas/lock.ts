/**
 * Chốt số liệu in the add-on: the *Số liệu đã chốt* tab (found by its marker "locks@0", officers
 * only, hidden) holds one event per lock or unlock (core/lock.ts). Locking appends the snapshot of
 * the input tabs the job read, all its rows in one write, so a lock is whole or absent; unlocking
 * appends one row. Reports on a locked period are made from its snapshot, and Kiểm tra flags later
 * edits that change its figures.
 */
import { formatDateVi, isoFromLocalDate } from '../core/dates';
import {
  LOCK_COLUMN_WIDTHS,
  type LockEvent,
  type LockedPeriod,
  lockEventRows,
  lockedPeriods,
  lockHeader,
  lockOf,
  parseLockEvents,
} from '../core/lock';
import { freeName, OUTPUT_KEY, outputMarker, parseOutputMarker } from '../core/output/outputTabs';
import type { Period } from '../core/period';
import { SHEETS } from '../core/schema/sheets';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { fingerprintOf } from './log';
import type { Outputs } from './outputs';
import type { Run } from './run';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isLockMarker = (md: GoogleAppsScript.Spreadsheet.DeveloperMetadata) =>
  md.getKey() === OUTPUT_KEY && parseOutputMarker(md.getValue())?.id === 'locks';

/** The marked lock tab: the job's discovery when it ran, else a search by marker. */
export function findLockSheet(ss: Spreadsheet, outputs?: Outputs): Sheet | undefined {
  if (outputs) return outputs.current.get('locks')?.sheet;
  for (const md of ss.createDeveloperMetadataFinder().withKey(OUTPUT_KEY).find()) {
    if (!isLockMarker(md)) continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** The periods locked now (none without a lock tab). */
export function readLocks(ss: Spreadsheet, outputs?: Outputs): LockedPeriod[] {
  const sheet = findLockSheet(ss, outputs);
  return sheet ? lockedPeriods(parseLockEvents(readSheetGrid(sheet))) : [];
}

function createLockSheet(ss: Spreadsheet): Sheet {
  const sheets = ss.getSheets();
  const name = freeName(
    SHEETS.locks,
    sheets.map((s) => s.getName()),
  );
  const sheet = ss.insertSheet(name, sheets.length);
  try {
    const header = lockHeader(userLang());
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    LOCK_COLUMN_WIDTHS.forEach((width, i) => {
      sheet.setColumnWidths(i + 1, 1, width);
    });
    sheet.addDeveloperMetadata(OUTPUT_KEY, outputMarker('locks', 0));
    sheet.hideSheet();
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

const two = (n: number) => String(n).padStart(2, '0');
const stamp = (now: Date) => `${isoFromLocalDate(now)} ${two(now.getHours())}:${two(now.getMinutes())}`;

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

/** Appends an event's rows in one write; a lock tab made for it is deleted again if the write fails. */
function appendEvent(ss: Spreadsheet, event: LockEvent, outputs: Outputs): void {
  const existing = findLockSheet(ss, outputs);
  const sheet = existing ?? createLockSheet(ss);
  try {
    const rows = lockEventRows(event, userLang()).map((row) => row.map(toSheetValue));
    // Plain text: a snapshot piece must not be read as a number or a date.
    const range = sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0].length);
    range.setNumberFormats(rows.map((row) => row.map(() => '@'))).setValues(rows);
  } catch (error) {
    if (!existing) {
      try {
        ss.deleteSheet(sheet);
      } catch (e) {
        console.error(`Deleting the half-made lock tab failed: ${String(e)}`);
      }
    }
    throw error;
  }
  if (!existing) outputs.current.set('locks', { id: 'locks', generation: 0, sheet, name: sheet.getName() });
}

/** Chốt số liệu: the input tabs as read now become the period's snapshot. */
export function lockPeriod(ss: Spreadsheet, period: Period, run: Run): string {
  run.period = period.id;
  // A period still running has no final figures to keep.
  if (today() <= period.end) return t('lock.notEnded', { period: period.id, end: formatDateVi(period.end) });
  const { grids, outputs } = openWard(ss, run);
  const held = lockOf(readLocks(ss, outputs), period);
  if (held) return t('lock.already', { period: period.id, at: held.at });
  const at = stamp(new Date());
  appendEvent(ss, { period: period.id, action: 'lock', at, by: activeUser(), fingerprint: fingerprintOf(grids), grids }, outputs);
  return t('lock.done', { period: period.id, at });
}

/** Mở khóa: the period's figures follow the tabs again (the snapshot stays in the tab's history). */
export function unlockPeriod(ss: Spreadsheet, period: Period, run: Run): string {
  run.period = period.id;
  const { outputs } = openWard(ss, run);
  if (!lockOf(readLocks(ss, outputs), period)) return t('lock.notLocked', { period: period.id });
  const at = stamp(new Date());
  appendEvent(ss, { period: period.id, action: 'unlock', at, by: activeUser(), fingerprint: '' }, outputs);
  return t('lock.undone', { period: period.id });
}
