/**
 * The report's charts as pictures in its Doc: the ward charts of Biểu đồ (core's reportCharts, the
 * same specs the command line draws) put in the template's charts paragraph, the one holding only
 * `{{bieu_do}}` (core/report/document.ts CHARTS_PLACEHOLDER), under the indicator table.
 *
 * Each picture is a PNG the Charts service draws from the spec's rows (a data table built in the
 * script: no sheet, no staging range) at its printed size, one pixel a point (Docs sizes an inline
 * image by its pixels, a pixel a point), so no setWidth/setHeight is needed; the chart's title is
 * drawn in the picture (no alternative text is set: three calls a picture saved). Every PNG is made
 * before the Doc is touched; a failure anywhere throws, and the caller trashes the Doc (report.ts).
 *
 * Two ways in, both with DocumentApp (the Docs API inserts images only from a public URL):
 * - putPicturesAt, on the freshly copied template, before the batch renderer fills it (report.ts):
 *   the charts paragraphs are known from the Docs API's JSON of the template (paragraphs in document
 *   order, table cells included), so the Doc's Body.getParagraphs() list is indexed directly — no
 *   search, no text read or cleared: the batch then deletes the `{{bieu_do}}` tag beside the pictures.
 *   If that list's length matches neither reading of the JSON, the paragraphs are found by searching
 *   the tag instead. The caller then reads the Doc again and checks every picture is where expected.
 * - putChartPictures, after the DocumentApp renderer (the fallback for templates the batch cannot
 *   express), which filled the paragraph with CHARTS_MARKER: found by search, emptied, pictured. A
 *   marker in a paragraph with other text is removed and draws nothing, as the command line does.
 */
import type { ChartSpec } from '../../core/output/charts';
import { SERIES_COLOURS } from '../../core/output/charts';
import { CHARTS_PLACEHOLDER } from '../../core/report/document';

/** What the DocumentApp renderer puts where `{{bieu_do}}` stood: letters only (findText takes a regular expression). */
export const CHARTS_MARKER = 'ISHCBIEUDOMARKER';

/** A paragraph holding only the charts tag (spaces around it or inside the braces allowed, as the CLI reads it). */
const CHARTS_TAG = new RegExp(`^\\s*\\{\\{\\s*${CHARTS_PLACEHOLDER}\\s*\\}\\}\\s*$`);
export const isChartsParagraph = (text: string) => CHARTS_TAG.test(text);
/** The same paragraph once its pictures are in: the tag, then one U+FFFC per picture (as docs/batch.ts reads inline objects). */
export const isPicturedChartsParagraph = (text: string, pictures: number) =>
  text.endsWith('\uFFFC'.repeat(pictures)) && isChartsParagraph(text.slice(0, text.length - pictures));

/** The picture's printed width in points (and its PNG's in pixels): the A4 text width of the shipped templates (160 mm), less a little. */
export const PRINT_WIDTH_PT = 440;

type Blob = GoogleAppsScript.Base.Blob;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/** A chart's PNG, drawn at its printed size. */
export type Picture = Blob;

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
    .setDimensions(PRINT_WIDTH_PT, height)
    .build()
    .getAs('image/png');
}

/** The printed height of a chart: as Biểu đồ draws it, scaled to the printed width. */
const printHeight = (spec: ChartSpec) => Math.round((spec.height * PRINT_WIDTH_PT) / spec.width);

/** Every chart drawn (before any Doc is touched). */
export function drawCharts(charts: ChartSpec[]): Picture[] {
  return charts.map((spec) => chartPng(spec, printHeight(spec)));
}

function append(paragraph: Paragraph, pictures: Picture[]): void {
  for (const png of pictures) paragraph.appendInlineImage(png);
}

/**
 * Appends the pictures to the charts paragraphs of the Doc `id`: `at` are their positions among the
 * Doc's paragraphs in document order with table cells included (`all` paragraphs in all), `topAt`
 * their positions among the body's own paragraphs (`top` in all), for the reading of
 * getParagraphs() that counts those only.
 */
export function putPicturesAt(
  id: string,
  pictures: Picture[],
  where: { all: number; at: number[]; top: number; topAt: Array<number | undefined> },
): void {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const paragraphs = body.getParagraphs();
  let targets: Paragraph[];
  if (paragraphs.length === where.all) targets = where.at.map((i) => paragraphs[i]!);
  else if (paragraphs.length === where.top && where.topAt.every((i) => i !== undefined))
    targets = where.topAt.map((i) => paragraphs[i as number]!);
  else targets = searchTag(body);
  for (const paragraph of targets) append(paragraph, pictures);
  doc.saveAndClose();
}

/** Every paragraph holding `pattern` (a regular expression), each search going on from the last. */
function paragraphsWith(body: GoogleAppsScript.Document.Body, pattern: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (let found = body.findText(pattern); found; found = body.findText(pattern, found)) {
    out.push(found.getElement().getParent().asParagraph());
  }
  return out;
}

/** The charts paragraphs found by searching their tag (the fallback when the paragraph list is not the JSON's). */
function searchTag(body: GoogleAppsScript.Document.Body): Paragraph[] {
  return paragraphsWith(body, `\\{\\{\\s*${CHARTS_PLACEHOLDER}\\s*\\}\\}`).filter((p) => isChartsParagraph(p.getText()));
}

/**
 * Puts the pictures where the DocumentApp renderer left CHARTS_MARKER in the Doc `id`; returns how
 * many paragraphs got them. No marker (a template without the paragraph): nothing is drawn.
 */
export function putChartPictures(id: string, pictures: Picture[]): number {
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  // Every marker found first, then edited: no search sees an edit.
  const paragraphs = paragraphsWith(body, CHARTS_MARKER);
  let drawn = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.getText().trim() !== CHARTS_MARKER) {
      paragraph.replaceText(CHARTS_MARKER, '');
      continue;
    }
    paragraph.setText('');
    append(paragraph, pictures);
    drawn++;
  }
  doc.saveAndClose();
  return drawn;
}
