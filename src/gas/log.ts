/** The Nhật ký tab: one appended row per job (time, user, what). */
import { SHEETS } from '../core/schema/sheets';
import { t } from './i18n';
import { toSheetValue } from './write';

export function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, action: string): void {
  let sheet = ss.getSheetByName(SHEETS.log);
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.log, ss.getSheets().length);
    sheet
      .getRange(1, 1, 1, 3)
      .setValues([t('log.header').split('|')])
      .setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  let user = '';
  try {
    user = Session.getActiveUser().getEmail();
  } catch {
    user = '';
  }
  const row = sheet.getLastRow() + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 100);
  sheet.getRange(row, 1, 1, 3).setValues([[new Date(), toSheetValue(user), toSheetValue(action)]]);
}
