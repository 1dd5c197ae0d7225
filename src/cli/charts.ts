/**
 * Biểu đồ on the command line: core's chart specs (core/output/charts.ts, the ones the add-on inserts
 * as Sheets charts) rendered to PNG by a chart library, never drawn by hand: each spec becomes a
 * Vega-Lite spec, compiled to Vega, run in a headless View (renderer 'none') to SVG, and the SVG
 * rasterised by resvg with a font loaded explicitly (one that has every Vietnamese letter: the SVG
 * names the family, resvg draws with the font files it is given, not the system's).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../core/i18n/messages';
import { type ChartSpec, SERIES_COLOURS } from '../core/output/charts';
import { InputError, say } from './messages';
import { writeFileAtomic } from './write';

/** The family the charts are drawn in, and the files that carry it (regular, bold). */
interface ChartFont {
  family: string;
  files: string[];
}

/**
 * Fonts with every Vietnamese letter, in order of preference, where Debian puts them
 * (fonts-dejavu-core, fonts-noto-core, fonts-liberation2).
 */
const FONT_CANDIDATES: ChartFont[] = [
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  },
  {
    family: 'Noto Sans',
    files: ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'],
  },
  {
    family: 'Liberation Sans',
    files: [
      '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
      '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
    ],
  },
];

/** ễ, ể, ờ: the letters an older font lacks (fontconfig's charset is hexadecimal). */
const VIETNAMESE_CHARSET = '1ec5 1ec3 1edd';

/**
 * The font the charts use: ISHC_CHART_FONT (a .ttf/.otf file) when set, else a known Debian font,
 * else any sans font fontconfig knows with the Vietnamese letters; undefined when there is none.
 */
export function findChartFont(env: NodeJS.ProcessEnv = process.env): ChartFont | undefined {
  const own = env.ISHC_CHART_FONT;
  if (own) return existsSync(own) ? { family: '', files: [own] } : undefined;
  const known = FONT_CANDIDATES.find((f) => existsSync(f.files[0]));
  if (known) return { family: known.family, files: known.files.filter((f) => existsSync(f)) };
  try {
    const out = execFileSync('fc-list', [`sans:charset=${VIETNAMESE_CHARSET}`, 'file', 'family'], { encoding: 'utf8' });
    const first = out.split('\n').find((l) => /\.(ttf|otf)/i.test(l));
    if (!first) return undefined;
    const [file, family] = first.split(':').map((s) => s.trim());
    return { family: family.split(',')[0], files: [file] };
  } catch {
    return undefined;
  }
}

/** The font, or the refusal naming what to install (before anything is written). */
export function requireChartFont(lang: Lang): ChartFont {
  const font = findChartFont();
  if (!font) throw new InputError(say('chartFontMissing', {}, lang));
  return font;
}

/** Vietnamese numbers: 1.234 and 45,6%. */
const LOCALES = {
  vi: { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đ'] as [string, string] },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''] as [string, string] },
};

interface Datum {
  category: string;
  order: number;
  series: string;
  value: number;
}

/** The spec's table as one datum per bar (a missing value draws no bar). */
function data(spec: ChartSpec): Datum[] {
  const series = spec.header.slice(1);
  return spec.rows.flatMap(([category, ...values], order) =>
    values.flatMap((value, i) => (value === null || value === undefined ? [] : [{ category, order, series: series[i], value }])),
  );
}

/** Words in lines of at most `width` characters (a longer word stands alone): Vega draws an array as lines. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A label expression drawing each category on wrapped lines. Vega measures text only roughly without
 * a canvas, so labels are wrapped here and never cut by a width limit.
 */
function wrappedLabels(categories: string[], width: number): string {
  const table = Object.fromEntries(categories.map((c) => [c, wrapWords(c, width)]));
  return `${JSON.stringify(table)}[datum.label] || datum.label`;
}

/** Bar thickness in pixels (before the PNG's doubling). */
const BAR = 14;

/** The Vega-Lite spec of a chart: grouped bars (result and each target), each bar labelled with its value. */
export function vegaLiteSpec(spec: ChartSpec, font: string): TopLevelSpec {
  const horizontal = spec.type === 'bar';
  const format = spec.unit === 'percent' ? '.0%' : ',d';
  const labelFormat = spec.unit === 'percent' ? '.1~%' : ',d';
  const series = spec.header.slice(1);
  const categories = spec.rows.map((r) => r[0]);
  const category = {
    field: 'category',
    type: 'nominal' as const,
    title: null,
    sort: categories,
    scale: { paddingInner: 0.25 },
    axis: horizontal
      ? { labelLimit: 0, labelExpr: wrappedLabels(categories, 32), labelFontSize: 12 }
      : { labelAngle: 0, labelLimit: 0, labelExpr: wrappedLabels(categories, 24), labelFontSize: 12 },
  };
  const value = {
    field: 'value',
    type: 'quantitative' as const,
    title: null,
    axis: { format, grid: true, tickCount: 5 },
    // Shares on 0–100% whatever the results (a target of 100% is the end of the axis); counts from 0.
    scale: spec.unit === 'percent' ? { domain: [0, 1] } : { zero: true, nice: true },
  };
  const offset = { field: 'series', type: 'nominal' as const, sort: series };
  const colour = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    sort: series,
    scale: { domain: series, range: SERIES_COLOURS.slice(0, series.length) },
    legend: { orient: 'top' as const, direction: 'horizontal' as const, labelLimit: 0, gridAlign: 'none' as const, columnPadding: 16 },
  };
  const text = { field: 'value', type: 'quantitative' as const, format: labelFormat };
  const bars = horizontal ? { y: category, x: value, yOffset: offset } : { x: category, y: value, xOffset: offset };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: wrapWords(spec.title, 70), fontSize: 15, anchor: 'start', limit: 0, offset: 10 },
    // Bars one BAR thick (the offset step is one series' bar); the value axis a fixed length.
    width: horizontal ? 440 : { step: 3 * BAR },
    height: horizontal ? { step: BAR } : 260,
    background: 'white',
    padding: 12,
    data: { values: data(spec) },
    config: { font, axis: { labelFontSize: 11 }, legend: { labelFontSize: 12 }, title: { font }, view: { stroke: null } },
    layer: [
      { mark: { type: 'bar' }, encoding: { ...bars, color: colour } },
      {
        mark: { type: 'text', fontSize: 10, ...(horizontal ? { align: 'left' as const, dx: 3 } : { baseline: 'bottom' as const, dy: -2 }) },
        encoding: { ...bars, text },
      },
    ],
  } as TopLevelSpec;
}

/**
 * Text widths as the sans fonts above draw them, in ems: without a canvas Vega guesses 0.8 em a
 * letter, which spreads the legend and widens the picture; this guess stays a little over the real
 * widths (so nothing overlaps) and tells narrow letters and spaces from wide ones.
 */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.32;
    else if (/[.,:;'|!ijlftrI()[\]\-–]/.test(ch)) ems += 0.36;
    else if (/[0-9%]/.test(ch)) ems += ch === '%' ? 0.95 : 0.64;
    else if (/[A-ZĐ]/.test(ch.normalize('NFD').charAt(0)) || /[mwMW]/.test(ch)) ems += 0.76;
    else ems += 0.62;
  }
  return Math.ceil(ems * fontSize * (bold ? 1.12 : 1));
}

type TextItem = { text?: unknown; fontSize?: number; fontWeight?: string | number };

/**
 * Vega and Vega-Lite, loaded when a chart is first drawn (ES modules, and a second to load: the
 * commands that draw no chart never pay for them), with Vega's text measure set to textWidth.
 */
let libraries: Promise<{ vega: typeof import('vega'); compile: typeof import('vega-lite').compile }> | undefined;
function loadLibraries() {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const value = text ?? item.text;
      const lines = Array.isArray(value) ? value.map(String) : [value == null ? '' : String(value)];
      const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
      return Math.max(0, ...lines.map((line) => textWidth(line, item.fontSize ?? 11, bold)));
    };
    return { vega, compile: vegaLite.compile };
  });
  return libraries;
}

/** The SVG of a chart, through Vega's headless View. */
export async function chartSvg(spec: ChartSpec, font: string, lang: Lang): Promise<string> {
  const { vega, compile } = await loadLibraries();
  vega.formatLocale(LOCALES[lang]);
  const view = new vega.View(vega.parse(compile(vegaLiteSpec(spec, font)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A chart as PNG, at twice the spec's size (sharp in a printed report). */
export async function chartPng(spec: ChartSpec, font: ChartFont, lang: Lang): Promise<Buffer> {
  const svg = await chartSvg(spec, font.family, lang);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: font.files, defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
  });
  return resvg.render().asPng();
}

/** Every chart rendered in memory, named `<id>.png` (nothing written yet: a chart that fails leaves no file). */
export async function renderChartPngs(specs: ChartSpec[], lang: Lang): Promise<Array<{ name: string; png: Buffer }>> {
  if (specs.length === 0) return [];
  const font = requireChartFont(lang);
  const out: Array<{ name: string; png: Buffer }> = [];
  for (const spec of specs) out.push({ name: `${spec.id}.png`, png: await chartPng(spec, font, lang) });
  return out;
}

/** Writes rendered charts into `dir` (each file whole); returns the paths. */
export function writeChartPngs(pngs: Array<{ name: string; png: Buffer }>, dir: string, lang: Lang): string[] {
  mkdirSync(dir, { recursive: true });
  return pngs.map(({ name, png }) => {
    const path = join(dir, name);
    writeFileAtomic(path, png, lang);
    return path;
  });
}
