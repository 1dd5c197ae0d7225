/**
 * The club-standard line on club tabs, written only into the cell the add-on reserved: column A of
 * the row carrying the STANDARD_ROW_KEY marker (put there when the tab was drawn; on tabs drawn
 * before markers, A3 is adopted while it holds our line or the placeholder). The cell is read again
 * just before it is written, so text a user typed there since the job read the tab is kept.
 * The writes join the roll-up's commit (outputs.ts): undone if the commit does not happen.
 *
 * Calls per club whose line changed: getRange + getDeveloperMetadata + getKey (the marker; on an older
 * tab, addDeveloperMetadata instead of getKey), getRange + getValue + setValue (the cell), and
 * setTabColor only when the colour changes (core: the line there now is not ours of the same result):
 * 6 or 7; none for a club whose line is unchanged. The marker check stays per tab: a spreadsheet-wide
 * search would cost more (each found marker's location, row, sheet and name: 5 calls a club, not 3).
 */
import { toA1 } from '../core/a1';
import { type ClubStandardMark, isStandardLine, RESERVED_STANDARD_ROW } from '../core/output/clubStandard';
import { STANDARD_ROW_KEY } from '../core/output/outputTabs';
import type { Grid } from '../core/parse/locate';
import { type Cell, cellText } from '../core/values';
import { t } from './i18n';
import type { JoinedWrites } from './outputs';
import type { Tabs } from './tabs';
import { toSheetValue } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

interface Written {
  sheet: Sheet;
  cell: Range;
  before: string;
  colour: string | null;
  recolour: boolean;
}

export function standardMarkWrites(tabs: Tabs, grids: Record<string, Grid>, marks: ClubStandardMark[], notices: string[]): JoinedWrites {
  const written: Written[] = [];
  let markedRows: Map<string, number> | undefined;

  /** Every marked row of the workbook, by tab: one search, only when a club's line is not where core expected it. */
  const markedRowOf = (sheetName: string): number | undefined => {
    if (!markedRows) {
      markedRows = new Map();
      for (const md of tabs.ss.createDeveloperMetadataFinder().withKey(STANDARD_ROW_KEY).find()) {
        const row = md.getLocation().getRow();
        if (row) markedRows.set(row.getSheet().getName(), row.getRow());
      }
    }
    return markedRows.get(sheetName);
  };

  function writeOne(mark: ClubStandardMark): void {
    const sheet = tabs.byName(mark.sheet);
    const grid = grids[mark.sheet];
    if (!sheet || !grid) return;
    let row = mark.row;
    if (row !== undefined) {
      const rowRange = sheet.getRange(`${row}:${row}`);
      if (!rowRange.getDeveloperMetadata().some((md) => md.getKey() === STANDARD_ROW_KEY)) {
        // A tab drawn before markers: its A3 is adopted while it holds our line or the placeholder.
        if (row !== RESERVED_STANDARD_ROW) return;
        rowRange.addDeveloperMetadata(STANDARD_ROW_KEY);
      }
    }
    if (row === undefined) {
      row = markedRowOf(mark.sheet);
      if (row === undefined) {
        notices.push(t('clubStandard.noCell', { sheet: mark.sheet }));
        return;
      }
    }
    const before = cellText(grid[row - 1]?.[0] ?? '');
    if (before === mark.text) return;
    const a1 = toA1(row, 1);
    if (before !== '' && !isStandardLine(before)) {
      notices.push(t('clubStandard.cellTaken', { sheet: mark.sheet, a1 }));
      return;
    }
    const cell = sheet.getRange(row, 1);
    // Read again: a user may have typed here since the job read the tab.
    if (cellText(cell.getValue() as Cell) !== before) {
      notices.push(t('clubStandard.cellTaken', { sheet: mark.sheet, a1 }));
      return;
    }
    cell.setValue(toSheetValue(mark.text));
    written.push({ sheet, cell, before, colour: mark.colour, recolour: mark.recolour });
  }

  return {
    apply: () => {
      for (const mark of marks) writeOne(mark);
    },
    undo: () => {
      for (const w of [...written].reverse()) w.cell.setValue(toSheetValue(w.before));
      written.length = 0;
    },
    after: () => {
      for (const w of written) if (w.recolour) w.sheet.setTabColor(w.colour);
    },
  };
}
