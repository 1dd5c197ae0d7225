/**
 * Embedded charts of a sheet (Sheet.newChart / insertChart / updateChart / removeChart / getCharts),
 * their builder, and the Charts service's ChartType enum.
 *
 * A chart is data: its type, the ranges it reads, its anchor cell and offsets, its options. Strict
 * where Apps Script is: arguments of the wrong kind throw its "parameters don't match" message; a
 * chart is inserted into the sheet whose builder made it; updateChart and removeChart need a chart
 * that is on the sheet (by id); an anchor outside the sheet throws. A chart's image
 * (getAs('image/png'), getBlob) is a real PNG of the chart's size, blank, with a tEXt chunk
 * "ishc-chart" holding the title, the ranges and the values they read at that moment, so a test can
 * tell which chart (and which data) a Doc's image came from.
 */
import { deflateSync } from 'node:zlib';
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { isInt, makeEnum } from './context';
import { FakeRange } from './range';
import type { FakeSheet } from './spreadsheet';

export const ChartType = makeEnum([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const);

export interface ChartData {
  /** null until inserted (EmbeddedChart.getChartId). */
  id: number | null;
  sheet: FakeSheet;
  type: keyof typeof ChartType;
  ranges: FakeRange[];
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  options: Map<string, unknown>;
}

const copyData = (d: ChartData): ChartData => ({ ...d, ranges: [...d.ranges], options: new Map(d.options) });

export const ColumnType = makeEnum(['DATE', 'NUMBER', 'STRING'] as const);

/**
 * The Charts service: its ChartType enum (for Sheets charts), and charts drawn from a data table
 * built in the script (newDataTable, newBarChart, newColumnChart), whose PNG (Chart.getAs) carries
 * the title and the table in its tEXt chunk, as an embedded chart's does.
 */
export class FakeCharts {
  readonly ChartType = ChartType;
  readonly ColumnType = ColumnType;
  constructor(readonly _ctx: FakeContext) {}

  newDataTable(): FakeDataTableBuilder {
    return new FakeDataTableBuilder(this._ctx);
  }

  newBarChart(): FakeBarChartBuilder {
    return new FakeBarChartBuilder(this._ctx, 'BAR');
  }

  newColumnChart(): FakeColumnChartBuilder {
    return new FakeColumnChartBuilder(this._ctx, 'COLUMN');
  }
}
instrument(FakeCharts, 'Charts');

/** A built data table: its columns and rows (copies: the builder may go on). */
export class FakeDataTable {
  constructor(
    readonly _ctx: FakeContext,
    readonly _columns: ReadonlyArray<{ type: keyof typeof ColumnType; label: string }>,
    readonly _rows: ReadonlyArray<readonly unknown[]>,
  ) {}
}
instrument(FakeDataTable, 'DataTable');

/**
 * DataTableBuilder: columns first, then rows of exactly as many values, each of its column's type
 * (a number column takes null for no value); build needs a column. Apps Script's messages.
 */
export class FakeDataTableBuilder {
  readonly _columns: Array<{ type: keyof typeof ColumnType; label: string }> = [];
  readonly _rows: unknown[][] = [];
  constructor(readonly _ctx: FakeContext) {}

  addColumn(type: unknown, label: unknown): FakeDataTableBuilder {
    if (typeof type !== 'string' || !Object.hasOwn(ColumnType, type) || typeof label !== 'string')
      throw this._ctx.badArgs('DataTableBuilder.addColumn', [type, label]);
    if (this._rows.length > 0) throw this._ctx.error('Columns must be added before any row.');
    this._columns.push({ type: type as keyof typeof ColumnType, label });
    return this;
  }

  addRow(values: unknown): FakeDataTableBuilder {
    if (!Array.isArray(values)) throw this._ctx.badArgs('DataTableBuilder.addRow', [values]);
    if (values.length !== this._columns.length)
      throw this._ctx.error(`Row has ${values.length} values, but the table has ${this._columns.length} columns.`);
    values.forEach((v, i) => {
      const type = this._columns[i]!.type;
      const ok = type === 'STRING' ? typeof v === 'string' : type === 'NUMBER' ? v === null || typeof v === 'number' : v instanceof Date;
      if (!ok) throw this._ctx.error(`Value ${String(v)} in column ${i} does not match the column type ${type}.`);
    });
    this._rows.push([...values]);
    return this;
  }

  build(): FakeDataTable {
    if (this._columns.length === 0) throw this._ctx.error('The data table has no columns.');
    return new FakeDataTable(
      this._ctx,
      [...this._columns],
      this._rows.map((r) => [...r]),
    );
  }
}
instrument(FakeDataTableBuilder, 'DataTableBuilder');

/** A chart of the Charts service: its PNG (getAs('image/png') only). */
export class FakeChart {
  constructor(
    readonly _ctx: FakeContext,
    readonly _type: keyof typeof ChartType,
    readonly _table: FakeDataTable,
    readonly _options: Map<string, unknown>,
  ) {}

  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('Chart.getAs', [contentType]);
    if (contentType !== 'image/png') throw this._ctx.error(`Converting from chart to ${contentType} is not supported.`);
    const header = this._table._columns.map((c) => c.label);
    const json = JSON.stringify({
      title: this._options.get('title') ?? null,
      type: this._type,
      ranges: [],
      values: [[header, ...this._table._rows]],
      colors: this._options.get('colors') ?? null,
      options: Object.fromEntries([...this._options].filter(([k]) => !['title', 'colors', 'width', 'height'].includes(k))),
    });
    const size = {
      width: (this._options.get('width') as number | undefined) ?? 600,
      height: (this._options.get('height') as number | undefined) ?? 371,
    };
    return new FakeBlob(this._ctx, whitePng(size.width, size.height, json), 'image/png', null);
  }
}
instrument(FakeChart, 'Chart');

/** BarChartBuilder and ColumnChartBuilder: the setters the add-on uses; build needs a data table. */
abstract class FakeTableChartBuilder {
  _table: FakeDataTable | null = null;
  readonly _options = new Map<string, unknown>();
  constructor(
    readonly _ctx: FakeContext,
    readonly _type: 'BAR' | 'COLUMN',
  ) {}

  abstract _name(): string;

  setDataTable(table: unknown): this {
    if (table instanceof FakeDataTableBuilder) this._table = table.build();
    else if (table instanceof FakeDataTable) this._table = table;
    else throw this._ctx.badArgs(`${this._name()}.setDataTable`, [table]);
    return this;
  }

  setTitle(chartTitle: unknown): this {
    if (typeof chartTitle !== 'string') throw this._ctx.badArgs(`${this._name()}.setTitle`, [chartTitle]);
    this._options.set('title', chartTitle);
    return this;
  }

  setDimensions(width: unknown, height: unknown): this {
    if (!isInt(width) || !isInt(height)) throw this._ctx.badArgs(`${this._name()}.setDimensions`, [width, height]);
    if (width <= 0 || height <= 0) throw this._ctx.error(`Invalid dimensions ${width} × ${height}.`);
    this._options.set('width', width);
    this._options.set('height', height);
    return this;
  }

  setColors(cssValues: unknown): this {
    if (!Array.isArray(cssValues) || !cssValues.every((c) => typeof c === 'string'))
      throw this._ctx.badArgs(`${this._name()}.setColors`, [cssValues]);
    this._options.set('colors', [...cssValues]);
    return this;
  }

  setOption(option: unknown, value: unknown): this {
    if (typeof option !== 'string') throw this._ctx.badArgs(`${this._name()}.setOption`, [option, value]);
    this._options.set(option, value);
    return this;
  }

  build(): FakeChart {
    if (!this._table) throw this._ctx.error('Data table must be set before building the chart.');
    return new FakeChart(this._ctx, this._type, this._table, new Map(this._options));
  }
}

instrument(FakeTableChartBuilder, 'ChartBuilder');

export class FakeBarChartBuilder extends FakeTableChartBuilder {
  /** Tells the two builders apart as types (conformance.ts maps each fake class to one interface). */
  readonly _bar = true;
  _name(): string {
    return 'BarChartBuilder';
  }
}
instrument(FakeBarChartBuilder, 'BarChartBuilder');

export class FakeColumnChartBuilder extends FakeTableChartBuilder {
  readonly _column = true;
  _name(): string {
    return 'ColumnChartBuilder';
  }
}
instrument(FakeColumnChartBuilder, 'ColumnChartBuilder');

export class FakeChartOptions {
  constructor(
    readonly _ctx: FakeContext,
    readonly _options: Map<string, unknown>,
  ) {}

  get(option: unknown): unknown {
    if (typeof option !== 'string') throw this._ctx.badArgs('ChartOptions.get', [option]);
    return this._options.get(option) ?? null;
  }
}
instrument(FakeChartOptions, 'ChartOptions');

export class FakeContainerInfo {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: ChartData,
  ) {}

  getAnchorRow(): number {
    return this._data.anchorRow;
  }

  getAnchorColumn(): number {
    return this._data.anchorColumn;
  }

  getOffsetX(): number {
    return this._data.offsetX;
  }

  getOffsetY(): number {
    return this._data.offsetY;
  }
}
instrument(FakeContainerInfo, 'ContainerInfo');

export class FakeEmbeddedChartBuilder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: ChartData,
  ) {}

  addRange(range: unknown): FakeEmbeddedChartBuilder {
    if (!(range instanceof FakeRange)) throw this._ctx.badArgs('EmbeddedChartBuilder.addRange', [range]);
    this._data.ranges.push(range);
    return this;
  }

  setChartType(type: unknown): FakeEmbeddedChartBuilder {
    if (typeof type !== 'string' || !Object.hasOwn(ChartType, type)) throw this._ctx.badArgs('EmbeddedChartBuilder.setChartType', [type]);
    this._data.type = type as keyof typeof ChartType;
    return this;
  }

  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): FakeEmbeddedChartBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInt)) throw this._ctx.badArgs('EmbeddedChartBuilder.setPosition', args);
    const [row, column, x, y] = args as number[];
    this._data.anchorRow = row!;
    this._data.anchorColumn = column!;
    this._data.offsetX = x!;
    this._data.offsetY = y!;
    return this;
  }

  setOption(option: unknown, value: unknown): FakeEmbeddedChartBuilder {
    if (typeof option !== 'string' || value === undefined) throw this._ctx.badArgs('EmbeddedChartBuilder.setOption', [option, value]);
    this._data.options.set(option, value);
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this._data.ranges];
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this._ctx, copyData(this._data));
  }
}
instrument(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');

export class FakeEmbeddedChart {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: ChartData,
  ) {}

  getChartId(): number | null {
    return this._data.id;
  }

  getContainerInfo(): FakeContainerInfo {
    return new FakeContainerInfo(this._ctx, this._data);
  }

  getOptions(): FakeChartOptions {
    return new FakeChartOptions(this._ctx, new Map(this._data.options));
  }

  getRanges(): FakeRange[] {
    return [...this._data.ranges];
  }

  /** A builder holding this chart's settings; its build() updates this chart through Sheet.updateChart. */
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._ctx, copyData(this._data));
  }

  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('EmbeddedChart.getAs', [contentType]);
    if (contentType !== 'image/png') throw this._ctx.error(`Converting from chart to ${contentType} is not supported.`);
    if (this._data.id === null) throw this._ctx.error('The chart is not in a sheet.');
    return new FakeBlob(this._ctx, chartPng(this._data), 'image/png', null);
  }

  getBlob(): FakeBlob {
    return this.getAs('image/png');
  }
}
instrument(FakeEmbeddedChart, 'EmbeddedChart');

// ---- the sheet's side (called by FakeSheet's methods) -----------------------------------------------

export function newChartBuilder(sheet: FakeSheet): FakeEmbeddedChartBuilder {
  return new FakeEmbeddedChartBuilder(sheet._ctx, {
    id: null,
    sheet,
    type: 'LINE',
    ranges: [],
    anchorRow: 1,
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    options: new Map(),
  });
}

function chartArg(sheet: FakeSheet, method: string, chart: unknown): FakeEmbeddedChart {
  if (!(chart instanceof FakeEmbeddedChart)) throw sheet._ctx.badArgs(`Sheet.${method}`, [chart]);
  if (chart._data.sheet !== sheet) throw sheet._ctx.error('The chart was built for another sheet.');
  const { anchorRow, anchorColumn } = chart._data;
  if (anchorRow < 1 || anchorColumn < 1 || anchorRow > sheet._maxRows || anchorColumn > sheet._maxCols)
    throw sheet._ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
  return chart;
}

export function insertChart(sheet: FakeSheet, chart: unknown): void {
  const c = chartArg(sheet, 'insertChart', chart);
  if (c._data.id !== null) throw sheet._ctx.error('This chart is already in the sheet; use updateChart.');
  const data = copyData(c._data);
  data.id = sheet._ctx.next('chartId');
  sheet._charts.push(data);
  c._data.id = data.id;
}

function indexOfChart(sheet: FakeSheet, method: string, chart: unknown): number {
  const c = chartArg(sheet, method, chart);
  const at = sheet._charts.findIndex((d) => d.id !== null && d.id === c._data.id);
  if (at < 0) throw sheet._ctx.error('The chart does not exist in this sheet.');
  return at;
}

export function updateChart(sheet: FakeSheet, chart: unknown): void {
  const at = indexOfChart(sheet, 'updateChart', chart);
  sheet._charts[at] = copyData((chart as FakeEmbeddedChart)._data);
}

export function removeChart(sheet: FakeSheet, chart: unknown): void {
  sheet._charts.splice(indexOfChart(sheet, 'removeChart', chart), 1);
}

export function chartsOf(sheet: FakeSheet): FakeEmbeddedChart[] {
  return sheet._charts.map((d) => new FakeEmbeddedChart(sheet._ctx, copyData(d)));
}

// ---- the image ----------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const numberOption = (d: ChartData, key: string, fallback: number): number => {
  const v = d.options.get(key);
  return typeof v === 'number' && v > 0 ? Math.round(v) : fallback;
};

/** What the image says it draws: read by test/fakes helpers through pngChartText. */
function chartDescription(d: ChartData): string {
  const json = JSON.stringify({
    title: d.options.get('title') ?? null,
    type: d.type,
    ranges: d.ranges.map((r) => ({ sheet: r._sheet._name, row: r._row, column: r._col, numRows: r._numRows, numColumns: r._numCols })),
    values: d.ranges.map((r) => r._sheet._ctx.calls.uncounted(() => r.getValues())),
  });
  // tEXt is Latin-1: Vietnamese letters go in as JSON escapes.
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A white PNG of the chart's size (options width/height; Sheets' default 600 × 371). */
function chartPng(d: ChartData): Uint8Array {
  return whitePng(numberOption(d, 'width', 600), numberOption(d, 'height', 371), chartDescription(d));
}

/** A white PNG of a size, its tEXt chunk "ishc-chart" holding `description` (JSON; Latin-1, other letters escaped). */
function whitePng(width: number, height: number, description: string): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  const raw = Buffer.alloc((width + 1) * height, 0xff);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter byte
  const latin1 = description.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const text = Buffer.from(`ishc-chart\0${latin1}`, 'latin1');
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('tEXt', text),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

/** The width and height a PNG's header states; null when the bytes are no PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const b = Buffer.from(bytes);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The fake chart image's description (title, ranges, values), for tests. */
export function pngChartText(bytes: Uint8Array): { title: unknown; type: string; ranges: unknown[]; values: unknown[][][] } | null {
  const b = Buffer.from(bytes);
  for (let at = 8; at + 8 <= b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (type === 'tEXt') {
      const text = b.toString('latin1', at + 8, at + 8 + length);
      const [key, value] = [text.slice(0, text.indexOf('\0')), text.slice(text.indexOf('\0') + 1)];
      if (key === 'ishc-chart') return JSON.parse(value);
    }
    at += 12 + length;
  }
  return null;
}
