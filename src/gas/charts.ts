/**
 * Biểu đồ's charts: one Sheets embedded chart per spec of core (output/charts.ts), built on the
 * output tab as it is drawn (the staging tab of the roll-up's commit, outputs.ts), reading the
 * spec's table on that tab. The builder's calls run in the script; the one service call per chart
 * is insertChart. The old tab goes with its charts when the commit swaps the tabs, so a roll-up run
 * twice leaves the same charts, and charts on any other tab are never touched.
 */
import type { ChartSpec } from '../core/output/charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default chart height: a spec asking no more keeps it (one builder call fewer). */
const DEFAULT_HEIGHT = 371;

/**
 * One chart per spec, with only what Sheets cannot guess: its type, the table it reads, where it sits,
 * its title and (for a tall chart of many clubs) its height. Colours, legend, axis format (the table's
 * own percent or number format) and axis start (0 for bars) are Sheets' defaults. Seven calls a chart
 * (eight when tall), the builder's in the script; insertChart is the one that writes.
 */
export function insertCharts(sheet: Sheet, specs: ChartSpec[]): void {
  for (const spec of specs) {
    const { row, column, numRows, numColumns } = spec.range;
    let builder = sheet
      .newChart()
      .setChartType(spec.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(row, column, numRows, numColumns))
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption('title', spec.title);
    if (spec.height > DEFAULT_HEIGHT) builder = builder.setOption('height', spec.height);
    sheet.insertChart(builder.build());
  }
}

/** The chart of `spec` among a tab's charts: the one anchored where the spec puts it. */
export function chartOfSpec(charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[], spec: ChartSpec) {
  return charts.find((c) => {
    const at = c.getContainerInfo();
    return at.getAnchorRow() === spec.anchor.row && at.getAnchorColumn() === spec.anchor.column;
  });
}
