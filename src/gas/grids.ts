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

/**
 * A tab's values in one call: getSheetValues with -1 counts reads through the last row and column
 * with content (Apps Script's documented shorthand), the same block getDataRange().getValues() reads
 * in two. An empty tab has no such block; whatever the platform does then (an error or an empty
 * array), the two-call read gives the one-cell grid it always gave.
 */
export function readSheetGrid(sheet: Sheet): Grid {
  let values: unknown[][] | undefined;
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    values = undefined;
  }
  return toGrid(values && values.length > 0 && values[0].length > 0 ? values : sheet.getDataRange().getValues());
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
