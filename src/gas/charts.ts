/**
 * Biểu đồ's charts: one Sheets embedded chart per spec of core (output/charts.ts), built on the
 * output tab as it is drawn (the staging tab of the roll-up's commit, outputs.ts), reading the
 * spec's table on that tab. The builder's calls run in the script; the one service call per chart
 * is insertChart. The old tab goes with its charts when the commit swaps the tabs, so a roll-up run
 * twice leaves the same charts, and charts on any other tab are never touched.
 */
import type { ChartSpec } from '../core/output/charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Result, phase 1 target, phase 2 target: the result stands out, targets are quieter. */
const SERIES_COLOURS = ['#3c78d8', '#e69138', '#93c47d'];

export function insertCharts(sheet: Sheet, specs: ChartSpec[]): void {
  for (const spec of specs) {
    const { row, column, numRows, numColumns } = spec.range;
    const valueAxis = spec.type === 'bar' ? 'hAxis' : 'vAxis';
    const chart = sheet
      .newChart()
      .setChartType(spec.type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(row, column, numRows, numColumns))
      .setPosition(spec.anchor.row, spec.anchor.column, 0, 0)
      .setOption('title', spec.title)
      .setOption('width', spec.width)
      .setOption('height', spec.height)
      .setOption('legend', { position: 'top' })
      .setOption('colors', SERIES_COLOURS.slice(0, numColumns - 1))
      .setOption(`${valueAxis}.format`, spec.unit === 'percent' ? '0%' : '#,##0')
      .setOption(`${valueAxis}.viewWindow.min`, 0)
      .build();
    sheet.insertChart(chart);
  }
}

/** The chart of `spec` among a tab's charts: the one anchored where the spec puts it. */
export function chartOfSpec(charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[], spec: ChartSpec) {
  return charts.find((c) => {
    const at = c.getContainerInfo();
    return at.getAnchorRow() === spec.anchor.row && at.getAnchorColumn() === spec.anchor.column;
  });
}
