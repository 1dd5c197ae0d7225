/**
 * The Sổ báo cáo tab: one row per report made, appended as the last step of the report run (so a
 * report that fails leaves no row), its PDF link filled in when the PDF is exported. Like Nhật ký it
 * is an output tab found by its marker ("register@0"), never by name, and only officers may edit it
 * (the output tabs' protection). Core declares the columns and reads the rows back (report/register.ts).
 */
import { isoFromLocalDate } from '../core/dates';
import { freeName, OUTPUT_KEY, outputMarker, parseOutputMarker } from '../core/output/outputTabs';
import { dueLines } from '../core/report/calendar';
import {
  parseRegister,
  REGISTER_COLUMNS,
  type RegisterEntry,
  registerCells,
  registerColumnIndex,
  registerHeader,
  registerRowOfDoc,
} from '../core/report/register';
import { SHEETS } from '../core/schema/sheets';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import type { Outputs } from './outputs';
import { toSheetValue } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isRegisterMarker = (md: GoogleAppsScript.Spreadsheet.DeveloperMetadata) =>
  md.getKey() === OUTPUT_KEY && parseOutputMarker(md.getValue())?.id === 'register';

/** The marked register tab: the job's discovery when it ran, else Sổ báo cáo if it carries the marker, else a search. */
export function findRegisterSheet(ss: Spreadsheet, outputs?: Outputs): Sheet | undefined {
  if (outputs) return outputs.current.get('register')?.sheet;
  const named = ss.getSheetByName(SHEETS.register);
  if (named?.getDeveloperMetadata().some(isRegisterMarker)) return named;
  for (const md of ss.createDeveloperMetadataFinder().withKey(OUTPUT_KEY).find()) {
    if (parseOutputMarker(md.getValue())?.id !== 'register') continue;
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return undefined;
}

/** What the register holds (empty when there is no register yet). */
export function readRegister(ss: Spreadsheet, outputs?: Outputs): RegisterEntry[] {
  const sheet = findRegisterSheet(ss, outputs);
  return sheet ? parseRegister(readSheetGrid(sheet)) : [];
}

/** A new register tab under a free name, drawn whole or deleted again. */
function createRegisterSheet(ss: Spreadsheet, known?: readonly string[]): { sheet: Sheet; name: string } {
  const sheets = ss.getSheets();
  // The job's tab names when it read them (one getName per tab already), else asked here.
  const name = freeName(SHEETS.register, known ? [...known] : sheets.map((s) => s.getName()));
  const sheet = ss.insertSheet(name, sheets.length);
  try {
    const header = registerHeader(userLang());
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    REGISTER_COLUMNS.forEach((c, i) => {
      sheet.setColumnWidths(i + 1, 1, c.width);
    });
    sheet.addDeveloperMetadata(OUTPUT_KEY, outputMarker('register', 0));
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
  return { sheet, name };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-06-05 14:30" in the script's time zone (the ward's). */
const stamp = (now: Date) => `${isoFromLocalDate(now)} ${two(now.getHours())}:${two(now.getMinutes())}`;

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

export type NewRegisterEntry = Omit<RegisterEntry, 'created' | 'by'>;

/**
 * Appends a report's row (appendRow: one atomic call) and returns it. The report run calls it last,
 * once the Doc is complete: if it throws, the run's finally trashes the Doc, and a register tab made
 * for this row is deleted again, so a failed report leaves neither. A new tab joins `outputs` so the
 * run's protection pass protects it.
 */
export function recordReport(ss: Spreadsheet, entry: NewRegisterEntry, outputs?: Outputs): RegisterEntry {
  const now = new Date();
  const row: RegisterEntry = { ...entry, created: stamp(now), by: activeUser() };
  const existing = findRegisterSheet(ss, outputs);
  // Nothing after the row can fail: once it is written, the report is recorded (the new tab's name is known).
  const made = existing ? undefined : createRegisterSheet(ss, outputs?.tabs.names);
  const sheet = existing ?? made!.sheet;
  try {
    const created = registerColumnIndex('created');
    const cells = registerCells(row, userLang()).map((cell, i) => (i === created ? now : toSheetValue(cell)));
    // A Date, which Sheets shows as a date and time in the spreadsheet's locale.
    sheet.appendRow(cells);
  } catch (error) {
    if (!existing) deleteQuietly(ss, sheet);
    throw error;
  }
  if (made && outputs) outputs.current.set('register', { id: 'register', generation: 0, sheet, name: made.name });
  return row;
}

function deleteQuietly(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch (error) {
    console.error(`Deleting the half-made register tab failed: ${String(error)}`);
  }
}

/**
 * Fills in the PDF link of the report whose Doc is `docUrl` (the PDF export calls it once the PDF
 * exists). A Doc made before the register existed has no row: false, and nothing is written.
 */
export function recordPdf(ss: Spreadsheet, docUrl: string, pdfUrl: string): boolean {
  const sheet = findRegisterSheet(ss);
  const row = sheet ? registerRowOfDoc(readSheetGrid(sheet), docUrl) : undefined;
  if (!sheet || row === undefined) return false;
  sheet.getRange(row, registerColumnIndex('pdf') + 1).setValue(toSheetValue(pdfUrl));
  return true;
}

/**
 * On opening the workbook, from 25 May and from 25 November (core's calendar): a toast naming the
 * report due, its deadline and whether the Sổ báo cáo holds it. onOpen runs in AuthMode.LIMITED once
 * the add-on is used in this workbook, which may read the workbook and show a toast; in AuthMode.NONE
 * (the add-on installed but never used here) it may touch nothing, so nothing is shown. Never throws:
 * the menu is already built.
 */
export function showReportsDue(e?: { authMode?: unknown }): void {
  if (!e || String(e.authMode) === 'NONE') return;
  try {
    const ss = SpreadsheetApp.getActive();
    const lines = dueLines(today(), readRegister(ss), userLang());
    if (lines.length > 0) ss.toast(lines.join('\n'), t('calendar.toastTitle'), 20);
  } catch (error) {
    console.error(`Showing the reports due failed: ${String(error)}`);
  }
}
