/**
 * What each report kind prints: its template declaration and the builder that fills it from a ward.
 * Both edges (the `ishc report --kind` command and the add-on's menu) and the shipped templates
 * (`ishc templates`, the add-on's Doc templates) read this one table, so adding a kind is one entry
 * here, one in kinds.ts and its catalogue title.
 */
import type { IsoDate } from '../dates';
import { rollUpWard } from '../indicators/rollup';
import type { Ward } from '../model';
import type { ChartSpec } from '../output/charts';
import { reportCharts } from '../output/charts';
import type { Period } from '../period';
import { type NarrativeKind, narrativeTemplate } from './defaultTemplate';
import type { TemplateSpec } from './document';
import type { ReportLang } from './format';
import type { ReportKindId } from './kinds';
import type { ReportData } from './language';
import { buildLongevityListData, buildPensionListData } from './lists';
import { LONGEVITY_LIST, PENSION_LIST } from './listTemplates';
import { buildNarrativeReportData, figuresPeriod } from './model';

export interface ReportBuildOptions {
  today: IsoDate;
  lang?: ReportLang;
  /** "Nơi nhận" entries; the usual ones when absent. */
  recipients?: string[];
  /** A report on a period not ended yet, asked for as such: its title says "tạm tính đến ngày …". */
  provisional?: boolean;
}

export interface KindDocument {
  /** The shipped template (the officer may edit a copy of it). */
  template: TemplateSpec;
  /** Every field the template uses, printed. */
  data(ward: Ward, period: Period, opts: ReportBuildOptions): ReportData;
  /** The charts drawn at the template's charts paragraph (document.ts CHARTS_PLACEHOLDER), if the kind has any. */
  charts?(ward: Ward, period: Period, opts: ReportBuildOptions): ChartSpec[];
}

/** A narrative report (6-month, annual, review, final review): its own template, the one data builder told its kind. */
const narrativeReport = (kind: NarrativeKind): KindDocument => ({
  template: narrativeTemplate(kind),
  data: (ward, period, opts) => {
    const counted = figuresPeriod(period, opts.today, opts.provisional);
    return buildNarrativeReportData({ rollup: rollUpWard(ward, counted, opts.today), ward }, { ...opts, kind });
  },
  charts: (ward, period, opts) =>
    reportCharts(rollUpWard(ward, figuresPeriod(period, opts.today, opts.provisional), opts.today), opts.today),
});

const h1 = narrativeReport('h1');

/** Each kind's document. */
export const KIND_DOCUMENTS: Record<ReportKindId, KindDocument> = {
  h1,
  year: narrativeReport('year'),
  review: narrativeReport('review'),
  final: narrativeReport('final'),
  longevity: { template: LONGEVITY_LIST, data: (ward, period, opts) => buildLongevityListData(ward, period, opts) },
  pension: { template: PENSION_LIST, data: (ward, period, opts) => buildPensionListData(ward, period, opts) },
};

export const kindDocument = (id: ReportKindId): KindDocument => KIND_DOCUMENTS[id];

/** Every template the product ships, one per distinct declaration, by file name. */
export function shippedTemplates(): TemplateSpec[] {
  const out: TemplateSpec[] = [];
  for (const doc of Object.values(KIND_DOCUMENTS)) if (!out.includes(doc.template)) out.push(doc.template);
  return out;
}
