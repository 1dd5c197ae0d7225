/** Tổng hợp: every indicator of the ward against its targets. */
import type { IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { WardRollUp } from '../indicators/rollup';
import { SHEETS } from '../schema/sheets';
import { drawSheet, updatedLine } from './columns';
import { INDICATOR_TABLE } from './indicatorColumns';
import type { OutputSheet } from './types';

/**
 * Row 3 is reserved for the reporting calendar (report/calendar.ts): the report due, its deadline
 * and, where the Sổ báo cáo was read, whether it is made; empty outside the notice windows.
 */
export function summarySheet(rollup: WardRollUp, today: IsoDate, lang: Lang = 'vi', dueLine = ''): OutputSheet {
  const heading = {
    name: SHEETS.summary,
    title: translate('summary.title', { ward: rollup.ward, period: periodLabel(rollup.period, lang) }, lang),
    subtitle: updatedLine(today, lang),
    lines: [dueLine],
  };
  return drawSheet(heading, INDICATOR_TABLE, rollup.indicators, lang);
}
