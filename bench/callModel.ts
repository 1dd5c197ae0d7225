/**
 * From call counts to Apps Script time: a per-call latency model, the naive per-cell roll-up read
 * it is compared with, and the "fits in 6 minutes up to N clubs" line per job.
 *
 * The latency figures are ASSUMPTIONS, not measurements: Google publishes no per-call latency. They
 * follow Google's Apps Script best-practices guide (each call to a service is a round trip to a
 * Google server, so batch reads and writes; https://developers.google.com/apps-script/guides/support/best-practices)
 * and commonly reported orders of magnitude (tens of milliseconds per spreadsheet read, more per
 * write, more again for Drive and Docs). Calls that only build or inspect an object already in the
 * script (rule builders, a DataValidation's getters, getRange, a sheet's name and id, Session) are
 * taken as ~1 ms. Change LATENCY_MS to re-run the estimate with other figures.
 */
import type { Grid } from '../src/core/parse/locate';
import { createGasEnvironment } from '../test/fakes/gas';
import { writeGrids } from '../test/gas/harness';
import type { JobMeasure } from './gasBench';
import { formatTable } from './measure';

export type CallClass = 'local' | 'read' | 'write' | 'drive';

/** Assumed milliseconds per call of each class (see the file comment). */
export const LATENCY_MS: Record<CallClass, number> = { local: 1, read: 60, write: 100, drive: 150 };

/** Apps Script's V8 is slower than Node's: assumed factor on the job's local time over the fake (core + fake). */
export const SCRIPT_CPU_FACTOR = 3;

/** Apps Script's limit on one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

const DRIVE_CLASSES =
  /^(Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|RangeElement|InlineImage|Document|DocumentApp|DriveApp|Drive|File|Folder|Files|FileIterator|FolderIterator|Docs|Documents)\./;
/** The Charts service (the report's pictures): its builders are made in the script; drawing a chart (getAs) is a round trip. */
const CHART_BUILDERS = /^(Charts|DataTableBuilder|BarChartBuilder|ColumnChartBuilder)\./;
const LOCAL_CLASSES =
  /^(DataValidation|DataValidationBuilder|Session|User|PromptResponse|HtmlOutput|HtmlService|Utilities|DeveloperMetadataLocation)\./;
const LOCAL_METHODS =
  /\.(getName|getSheetId|getSheet|getRange|getRangeList|getRow|getColumn|getNumRows|getNumColumns|getA1Notation|newDataValidation|getActive|getUi|getDocumentLock|getDocumentProperties|getLocation|withKey|createDeveloperMetadataFinder)$/;
const WRITE_METHODS =
  /\.(set[A-Z]\w*|insert\w*|delete\w*|add\w*|remove\w*|protect|appendRow|clear\w*|copy|makeCopy|flush|toast|alert|prompt|show\w*|create\w*|releaseLock|tryLock|saveAndClose|replaceText)$/;

/** Which latency class a counted call (`Class.method`) falls in. */
export function callClass(name: string): CallClass {
  if (DRIVE_CLASSES.test(name) || name === 'Chart.getAs') return 'drive';
  if (CHART_BUILDERS.test(name)) return 'local';
  if (LOCAL_CLASSES.test(name) || LOCAL_METHODS.test(name)) return 'local';
  if (WRITE_METHODS.test(name)) return 'write';
  return 'read';
}

/** Estimated Apps Script milliseconds of a job: every call at its class's latency, plus its local time × SCRIPT_CPU_FACTOR. */
export function estimateMs(job: Pick<JobMeasure, 'calls' | 'ms'>): number {
  let ms = job.ms * SCRIPT_CPU_FACTOR;
  for (const [name, n] of Object.entries(job.calls)) ms += n * LATENCY_MS[callClass(name)];
  return ms;
}

/**
 * The roll-up's read done naively, never shipped: every tab, every cell of its data range read on
 * its own (getRange + getValue per cell). Returns its calls as the fake counts them.
 */
export function naiveRollUpReadCalls(grids: Record<string, Grid>): number {
  const env = createGasEnvironment({ userLocale: 'vi', spreadsheetName: 'Sổ phường (naive read)' });
  writeGrids(env, grids);
  env.calls.reset();
  const ss = env.spreadsheet;
  for (const sheet of ss.getSheets()) {
    sheet.getName();
    const data = sheet.getDataRange();
    const rows = data.getNumRows();
    const columns = data.getNumColumns();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= columns; c++) sheet.getRange(r, c).getValue();
  }
  return env.calls.total();
}

export interface JobAtSize {
  clubs: number;
  tabs: number;
  measure: JobMeasure;
}

/** The largest club count whose estimate stays under the limit: linear in clubs through the two largest sizes measured. */
export function fitsUpTo(points: Array<{ clubs: number; ms: number }>, limitMs = EXECUTION_LIMIT_MS): number {
  const sorted = [...points].sort((a, b) => a.clubs - b.clubs);
  const over = sorted.find((p) => p.ms > limitMs);
  const [a, b] = sorted.length >= 2 ? sorted.slice(-2) : [sorted[0], sorted[0]];
  const slope = b.clubs === a.clubs ? 0 : (b.ms - a.ms) / (b.clubs - a.clubs);
  if (over) {
    const below = sorted.filter((p) => p.clubs < over.clubs).pop();
    if (!below) return 0;
    const s = (over.ms - below.ms) / (over.clubs - below.clubs);
    return Math.floor(below.clubs + (limitMs - below.ms) / s);
  }
  return slope <= 0 ? Number.POSITIVE_INFINITY : Math.floor(b.clubs + (limitMs - b.ms) / slope);
}

/** One table per job: calls, calls per tab, estimated Apps Script seconds at each size, and the 6-minute line. */
export function estimateTable(title: string, points: JobAtSize[]): string {
  const rows = points.map((p) => {
    const ms = estimateMs(p.measure);
    return [String(p.clubs), String(p.tabs), String(p.measure.total), (p.measure.total / p.tabs).toFixed(1), (ms / 1000).toFixed(1)];
  });
  const n = fitsUpTo(points.map((p) => ({ clubs: p.clubs, ms: estimateMs(p.measure) })));
  const fits = Number.isFinite(n) ? `fits in 6 minutes up to ${n} clubs` : 'fits in 6 minutes at any size (does not grow with clubs)';
  return `${title}: ${fits}\n${formatTable(['clubs', 'tabs', 'calls', 'calls/tab', 'est. Apps Script s'], rows)}`;
}

/** The model itself, printed above the tables so the estimate is never read without its assumptions. */
export function latencyModelText(): string {
  return [
    'Latency model (assumed, not measured; bench/callModel.ts): ',
    `  local (builders, getters of objects in the script, names, ids, getRange) ${LATENCY_MS.local} ms; spreadsheet read ${LATENCY_MS.read} ms;`,
    `  spreadsheet write ${LATENCY_MS.write} ms; Drive/Docs ${LATENCY_MS.drive} ms; plus the job's local time over the fake × ${SCRIPT_CPU_FACTOR}.`,
  ].join('\n');
}

/** Naive per-cell read vs the add-on's roll-up (whole job) at each size. */
export function naiveTable(rows: Array<{ clubs: number; naive: number; rollup: number }>): string {
  return formatTable(
    ['clubs', 'naive per-cell read calls', 'roll-up calls (whole job)', 'ratio'],
    rows.map((r) => [String(r.clubs), String(r.naive), String(r.rollup), `${(r.naive / r.rollup).toFixed(0)}×`]),
  );
}
