/**
 * The report's charts as pictures in its Doc: the ward charts of Biểu đồ (core's reportCharts, the
 * same specs the command line draws) put in the template's charts paragraph, the one holding only
 * `{{bieu_do}}` (core/report/document.ts CHARTS_PLACEHOLDER), under the indicator table.
 *
 * The renderer (docs/batch.ts, or docs/render.ts) fills that paragraph with CHARTS_MARKER, a token
 * no report text holds; afterwards DocumentApp finds it, empties its paragraph and appends one inline
 * image per chart. Each image is a PNG the Charts service draws from the spec's rows (a data table
 * built in the script: no sheet, no staging range), at twice its printed size so the PDF stays
 * sharp. Every PNG is made before the Doc is touched; a failure anywhere throws, and the caller
 * trashes the Doc (report.ts), as for any other fault of a report. A marker in a paragraph with other
 * text (an officer's own template) is removed and draws nothing, as the command line does.
 */
import type { ChartSpec } from '../../core/output/charts';
import { SERIES_COLOURS } from '../../core/output/charts';

/** What the renderer puts where `{{bieu_do}}` stood: letters only (findText takes a regular expression). */
export const CHARTS_MARKER = 'ISHCBIEUDOMARKER';

/** The picture's printed width in points: the A4 text width of the shipped templates (160 mm), less a little. */
const PRINT_WIDTH_PT = 440;
/** The PNG is drawn at this many pixels per printed point. */
const SCALE = 2;

type Blob = GoogleAppsScript.Base.Blob;

/** One chart drawn by the Charts service: a data table of the spec's rows, a bar or column chart, its PNG. */
function chartPng(spec: ChartSpec, height: number): Blob {
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, spec.header[0] ?? '');
  for (const label of spec.header.slice(1)) table.addColumn(Charts.ColumnType.NUMBER, label);
  for (const row of spec.rows) table.addRow(row);
  const builder = spec.type === 'bar' ? Charts.newBarChart() : Charts.newColumnChart();
  // The value axis: horizontal for bars, vertical for columns; shares are fractions drawn as percents.
  const valueAxis = spec.type === 'bar' ? 'hAxis' : 'vAxis';
  return builder
    .setDataTable(table)
    .setTitle(spec.title)
    .setColors(SERIES_COLOURS.slice(0, spec.header.length - 1))
    .setOption(valueAxis, { format: spec.unit === 'percent' ? 'percent' : '#,##0', minValue: 0 })
    .setDimensions(PRINT_WIDTH_PT * SCALE, height * SCALE)
    .build()
    .getAs('image/png');
}

/** The printed height of a chart: as Biểu đồ draws it, scaled to the printed width. */
const printHeight = (spec: ChartSpec) => Math.round((spec.height * PRINT_WIDTH_PT) / spec.width);

/**
 * Puts the charts' pictures where the renderer left CHARTS_MARKER in the Doc `id`; returns how many
 * paragraphs got them. No marker (a template without the paragraph): nothing is drawn.
 */
export function putChartPictures(id: string, charts: ChartSpec[]): number {
  const pictures = charts.map((spec) => ({ spec, height: printHeight(spec), png: chartPng(spec, printHeight(spec)) }));
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  // Every marker found first (each search going on from the last), then edited: no search sees an edit.
  const paragraphs: GoogleAppsScript.Document.Paragraph[] = [];
  for (let found = body.findText(CHARTS_MARKER); found; found = body.findText(CHARTS_MARKER, found)) {
    paragraphs.push(found.getElement().getParent().asParagraph());
  }
  let drawn = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.getText().trim() !== CHARTS_MARKER) {
      paragraph.replaceText(CHARTS_MARKER, '');
      continue;
    }
    paragraph.setText('');
    for (const { spec, height, png } of pictures) {
      paragraph.appendInlineImage(png).setWidth(PRINT_WIDTH_PT).setHeight(height).setAltTitle(spec.title);
    }
    drawn++;
  }
  doc.saveAndClose();
  return drawn;
}
