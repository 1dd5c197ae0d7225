/** The indicator table the CLI prints: name, value, target, status, in aligned columns. */
import { maxOf } from '../core/collections';
import { type Lang, translate } from '../core/i18n/messages';
import type { IndicatorValue } from '../core/indicators/rollup';
import { formatIndicatorValue } from '../core/output/indicatorColumns';
import { formatTarget } from '../core/report/format';

export function printIndicatorTable(indicators: IndicatorValue[], lang: Lang): void {
  const rows = indicators.map((v) => [
    v.decl.name[lang],
    formatIndicatorValue(v, lang),
    formatTarget(v.target, lang),
    translate(`status.${v.status}`, {}, lang),
  ]);
  const widths = [0, 1, 2, 3].map((c) => maxOf(rows.map((r) => r[c].length)));
  for (const r of rows) console.log(`  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
}
