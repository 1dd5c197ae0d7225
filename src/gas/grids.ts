/** Reading the ward: one getValues per tab, platform Dates turned into core's ISO dates. */
import { isoFromLocalDate } from '../core/dates';
import type { Grid } from '../core/parse/locate';
import type { WardGrids } from '../core/parse/parseWard';
import { SHEETS } from '../core/schema/sheets';
import type { Tabs } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Apps Script returns date cells as Dates in the spreadsheet's zone, which the script shares. */
export function toGrid(values: unknown[][]): Grid {
  return values.map((row) => row.map((v) => (isDate(v) ? isoFromLocalDate(v) : (v as string | number | boolean))));
}

export function readSheetGrid(sheet: Sheet): Grid {
  return toGrid(sheet.getDataRange().getValues());
}

/**
 * Every user tab of the workbook. Tabs the add-on marked as its outputs (`outputs`, by marker, not
 * by name) are skipped: core never reads what it wrote. A user's tab named like an output is read.
 */
export function readWardGrids(tabs: Tabs, outputs: ReadonlySet<string>): WardGrids {
  const grids: WardGrids = {};
  for (const { sheet, name } of tabs.all()) {
    if (outputs.has(name)) continue;
    grids[name] = readSheetGrid(sheet);
  }
  return grids;
}

/** Only the settings tab (Cấu hình), for what a job needs before it reads the ward, e.g. its default period. */
export function readSettingsGrid(ss: Spreadsheet): WardGrids {
  const sheet = ss.getSheetByName(SHEETS.settings);
  return sheet ? { [SHEETS.settings]: readSheetGrid(sheet) } : {};
}
