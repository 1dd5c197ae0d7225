/**
 * Biểu đồ: the leaders' charts of indicators against targets, declared once for both edges. Each
 * chart is a small table on the tab (a header row, one row per category: the result, then the
 * target of each plan phase that has one) and a spec naming that table's range, its title, its
 * series and where the chart sits. The add-on draws the tab and inserts one Sheets chart per spec
 * reading that range; the command line renders the same specs as PNG files.
 *
 * Which charts: one bar chart of the ward's shares (every percent indicator with a target), one
 * per ward count with a target (counts of different sizes do not share an axis), and one per
 * per-club share with a target, its bars the active clubs. Counts are not charted per club: their
 * targets are the ward's (300 older members), not a club's. A target drawn is its lower bound
 * (a band "40–50%" draws 40%; Tổng hợp shows the band).
 */
import type { IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { IndicatorValue, WardRollUp } from '../indicators/rollup';
import { PHASES, type PhaseId } from '../period';
import { SHEETS } from '../schema/sheets';
import type { Target } from '../schema/types';
import { updatedLine } from './columns';
import { NUMBER_FORMATS, type OutCell, type OutputSheet } from './types';

/** A rectangle of the tab, 1-based. */
export interface ChartRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartSpec {
  /** Stable within a roll-up: "ward-percent", "ward-clubs_new", "club-boards_trained"; also the PNG's file name. */
  id: string;
  title: string;
  /** 'bar': horizontal bars, categories down the side (long names, many clubs); 'column': vertical. */
  type: 'bar' | 'column';
  unit: 'percent' | 'count';
  /** Header row: the category column's header, then one label per series (the result first). */
  header: string[];
  /** One row per category: its label, then one value per series (a fraction for shares; null for none). */
  rows: Array<[string, ...Array<number | null>]>;
  /** The table on the tab, header row included: what the chart reads. */
  range: ChartRange;
  /** The chart's top-left cell, right of the tables. */
  anchor: { row: number; column: number };
  width: number;
  height: number;
}

/** The series' colours on both edges: the result stands out (blue), the phase 1 and 2 targets are quieter. */
export const SERIES_COLOURS = ['#3c78d8', '#e69138', '#93c47d'];

/** The tables sit in columns A–D; the charts start in column F. */
const CHART_COLUMN = 6;
const ROW_HEIGHT = 21;
const CHART_WIDTH = 720;
/** Title, updated line and the note are frozen above the tables. */
const HEADER_ROW = 3;
/** First table row: a blank row under the note. */
const FIRST_ROW = 5;

const PHASE_IDS: PhaseId[] = ['P1', 'P2'];

/** The number a target draws as: its lower bound, else its upper one. */
export const targetValue = (target: Target | undefined): number | null => target?.min ?? target?.max ?? null;

const hasTarget = (v: IndicatorValue) => PHASE_IDS.some((p) => targetValue(v.targets[p]) !== null);

/** The phases any of `values` has a target in, in order: their target series. */
function phasesOf(values: IndicatorValue[]): PhaseId[] {
  return PHASE_IDS.filter((p) => values.some((v) => targetValue(v.targets[p]) !== null));
}

interface Draft {
  id: string;
  title: string;
  type: ChartSpec['type'];
  unit: ChartSpec['unit'];
  header: string[];
  rows: ChartSpec['rows'];
}

function seriesHeader(category: string, phases: PhaseId[], lang: Lang): string[] {
  const targets = phases.map((p) => translate('charts.series.target', { phase: periodLabel(PHASES[p], lang) }, lang));
  return [category, translate('charts.series.result', {}, lang), ...targets];
}

const rowOf = (label: string, v: IndicatorValue, phases: PhaseId[]): ChartSpec['rows'][number] => [
  label,
  v.value,
  ...phases.map((p) => targetValue(v.targets[p])),
];

const nameOf = (v: IndicatorValue, lang: Lang) => v.decl.name[lang];

/** The charts of a roll-up, before they are laid out on the tab. */
function drafts(rollup: WardRollUp, lang: Lang): Draft[] {
  const out: Draft[] = [];
  const wardShares = rollup.indicators.filter((v) => v.unit === 'percent' && hasTarget(v));
  if (wardShares.length > 0) {
    const phases = phasesOf(wardShares);
    out.push({
      id: 'ward-percent',
      title: translate('charts.ward.percent', { ward: rollup.ward }, lang),
      type: 'bar',
      unit: 'percent',
      header: seriesHeader(translate('charts.col.indicator', {}, lang), phases, lang),
      rows: wardShares.map((v) => rowOf(nameOf(v, lang), v, phases)),
    });
  }
  for (const v of rollup.indicators.filter((i) => i.unit === 'count' && hasTarget(i))) {
    const phases = phasesOf([v]);
    out.push({
      id: `ward-${v.id}`,
      title: translate('charts.ward.count', { indicator: nameOf(v, lang), ward: rollup.ward }, lang),
      type: 'column',
      unit: 'count',
      header: seriesHeader(translate('charts.col.indicator', {}, lang), phases, lang),
      rows: [rowOf(nameOf(v, lang), v, phases)],
    });
  }
  const active = rollup.clubs.filter((c) => c.active);
  if (active.length === 0) return out;
  for (const decl of rollup.indicators.filter((v) => v.decl.perClub && v.unit === 'percent' && hasTarget(v))) {
    const perClub = active.map((c) => ({ club: c.club, value: c.indicators.find((i) => i.id === decl.id) }));
    const values = perClub.flatMap((c) => (c.value ? [c.value] : []));
    if (values.length === 0) continue;
    const phases = phasesOf([decl]);
    out.push({
      id: `club-${decl.id}`,
      title: translate('charts.club', { indicator: nameOf(decl, lang) }, lang),
      type: 'bar',
      unit: 'percent',
      header: seriesHeader(translate('charts.col.club', {}, lang), phases, lang),
      // The targets are the ward's (the club's own indicator carries the same ones).
      rows: perClub.flatMap((c) => (c.value ? [rowOf(c.club.code, { ...c.value, targets: decl.targets }, phases)] : [])),
    });
  }
  return out;
}

/** A chart's height: enough for its bars (one band per category and series), within bounds. */
function heightOf(d: Draft): number {
  const bars = d.rows.length * (d.header.length - 1);
  return Math.min(1400, Math.max(320, 110 + bars * 14));
}

/**
 * The Biểu đồ tab: title, updated line, a note, then each chart's table, spaced so that each chart
 * (anchored at its table's first row, in column F) ends before the next table starts.
 */
export function chartsSheet(rollup: WardRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet & { charts: ChartSpec[] } {
  const width = 4;
  const pad = (row: OutCell[]): OutCell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];
  const rows: OutCell[][] = [
    pad([translate('charts.tabTitle', { ward: rollup.ward, period: periodLabel(rollup.period, lang) }, lang)]),
    pad([updatedLine(today, lang)]),
    pad([translate('charts.note', {}, lang)]),
    pad([]),
  ];
  const headerRows: number[] = [];
  const charts: ChartSpec[] = [];
  for (const d of drafts(rollup, lang)) {
    const row = rows.length + 1;
    const height = heightOf(d);
    const numColumns = d.header.length;
    charts.push({
      ...d,
      range: { row, column: 1, numRows: d.rows.length + 1, numColumns },
      anchor: { row, column: CHART_COLUMN },
      width: CHART_WIDTH,
      height,
    });
    headerRows.push(row);
    rows.push(pad(d.header));
    for (const r of d.rows) rows.push(pad(r));
    const blockRows = Math.max(d.rows.length + 2, Math.ceil(height / ROW_HEIGHT) + 2);
    for (let k = d.rows.length + 1; k < blockRows; k++) rows.push(pad([]));
  }
  while (rows.length > FIRST_ROW - 1 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  // Body rows start under the note (row 3, the frozen "header"): a table's number cells get its unit's format.
  const formats = rows.slice(HEADER_ROW).map((_, k) => {
    const r = HEADER_ROW + 1 + k;
    const chart = charts.find((c) => r > c.range.row && r < c.range.row + c.range.numRows);
    return Array.from({ length: width }, (_, i) => (chart && i > 0 && i < chart.range.numColumns ? NUMBER_FORMATS[chart.unit] : null));
  });
  return {
    name: SHEETS.charts,
    rows,
    headerRow: HEADER_ROW,
    columnWidths: [300, 110, 140, 140],
    formats: charts.length > 0 ? formats : undefined,
    tableHeaderRows: headerRows,
    charts,
  };
}

/**
 * The charts a narrative report shows under its indicator table: the ward's own (its shares and
 * counts against the targets), in Vietnamese; the per-club charts stay on Biểu đồ (one bar a club
 * would run to pages in a ward of many clubs).
 */
export function reportCharts(rollup: WardRollUp, today: IsoDate): ChartSpec[] {
  return chartsSheet(rollup, today, 'vi').charts.filter((c) => c.id.startsWith('ward-'));
}
