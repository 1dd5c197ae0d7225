/**
 * Indicator values as cells and columns: the indicator table of both summary tabs (ward and
 * province), and the one-column-per-indicator tabs (Theo CLB, Theo phường), whose columns come from
 * the indicator declarations so a new indicator is a new column without touching the tab.
 */
import { formatTarget } from '../format';
import { type Lang, translate } from '../i18n/messages';
import { type IndicatorDecl, unitLabel } from '../indicators/declarations';
import type { IndicatorValue } from '../indicators/rollup';
import { formatNumber, formatPercent } from '../report/format';
import type { Cell } from '../values';
import { numberColumn, type OutputColumn } from './columns';
import { NUMBER_FORMATS, STATUS_COLOURS } from './types';

/** An indicator value as text in the reader's language ("45,5%" / "45.5%", "1.234" / "1,234", "—"): the command line's table, the dashboard. */
export function formatIndicatorValue(v: Pick<IndicatorValue, 'value' | 'unit'>, lang: Lang = 'vi'): string {
  if (v.value === null) return '—';
  return v.unit === 'percent' ? formatPercent(v.value, 1, lang) : formatNumber(v.value, 0, lang);
}

/** An indicator value as a cell: a number (a fraction for shares) or "—" when there is no denominator. */
export function indicatorCell(v: Pick<IndicatorValue, 'value'>): Cell {
  return v.value === null ? '—' : v.value;
}

const statusColour = (v: IndicatorValue) => STATUS_COLOURS[v.status];

/** The indicator table both summary tabs draw, one row per indicator (the province adds a column). */
export const INDICATOR_TABLE: Array<OutputColumn<IndicatorValue>> = [
  numberColumn(),
  { header: 'col.indicatorId', value: (v) => v.id, width: 190 },
  { header: 'col.indicator', value: (v, at) => v.decl.name[at.lang], width: 420 },
  { header: 'col.unit', value: (v, at) => unitLabel(v.decl, at.lang), width: 60 },
  { header: 'col.value', value: indicatorCell, format: (v) => NUMBER_FORMATS[v.unit], colour: statusColour, width: 90 },
  { header: 'col.numerator', value: (v) => v.numerator, format: NUMBER_FORMATS.count, width: 70 },
  { header: 'col.denominator', value: (v) => v.denominator ?? '', format: NUMBER_FORMATS.count, width: 70 },
  { header: 'col.targetP1', value: (v) => formatTarget(v.targets.P1), width: 140 },
  { header: 'col.targetP2', value: (v) => formatTarget(v.targets.P2), width: 140 },
  { header: 'col.status', value: (v, at) => translate(`status.${v.status}`, {}, at.lang), colour: statusColour, width: 90 },
];

/** "Số thành viên (người)": the header of an indicator's own column. */
export function indicatorHeader(decl: IndicatorDecl, lang: Lang): string {
  return translate('col.indicatorWithUnit', { name: decl.name[lang], unit: unitLabel(decl, lang) }, lang);
}

/**
 * One indicator's column over rows that each hold their own value of it (a club, a ward), formatted
 * by the indicator's unit; `colour` when the row's status against a target means something there.
 */
export function indicatorColumn<Row>(
  decl: IndicatorDecl,
  indicatorOf: (row: Row) => IndicatorValue | undefined,
  colour?: (row: Row) => string | null,
): OutputColumn<Row> {
  return {
    header: (lang) => indicatorHeader(decl, lang),
    value: (row) => {
      const v = indicatorOf(row);
      return v ? indicatorCell(v) : '';
    },
    format: NUMBER_FORMATS[decl.unit],
    colour,
    width: 110,
  };
}

/** The declarations behind a roll-up's indicators, in their order: what the per-indicator tabs draw. */
export const declarationsOf = (indicators: IndicatorValue[]): IndicatorDecl[] => indicators.map((v) => v.decl);
