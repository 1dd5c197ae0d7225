/** The province workbook's tabs: the indicators over all wards, and each ward side by side. */
import type { IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { IndicatorValue } from '../indicators/rollup';
import type { ProvinceRollUp, WardInput } from '../province';
import { drawSheet, numberColumn, type OutputColumn, updatedLine } from './columns';
import { declarationsOf, INDICATOR_TABLE, indicatorColumn } from './indicatorColumns';
import { type OutputSheet, STATUS_COLOURS } from './types';

export const PROVINCE_SHEETS = { summary: 'Tổng hợp tỉnh', byWard: 'Theo phường' } as const;

const ward = (w: WardInput, id: string) => w.rollup.indicators.find((v) => v.id === id);

/** "3/5": of the wards with a target for the indicator, how many meet it by their own target. */
function wardsMeetingColumn(p: ProvinceRollUp): OutputColumn<IndicatorValue> {
  return {
    header: 'col.wardsMeeting',
    value: (v) => {
      const withTarget = p.wards.filter((w) => ward(w, v.id)?.status !== 'none');
      const met = withTarget.filter((w) => ['met', 'exceeded'].includes(ward(w, v.id)!.status)).length;
      return withTarget.length ? `${met}/${withTarget.length}` : '';
    },
    width: 100,
  };
}

/** The ward summary's indicator table, plus how many wards meet each indicator by their own targets. */
export function provinceSummarySheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const heading = {
    name: PROVINCE_SHEETS.summary,
    title: translate('province.summaryTitle', { province: p.province, wards: p.wards.length, period: periodLabel(p.period, lang) }, lang),
    subtitle: `${updatedLine(today, lang)}. ${translate('province.targetNote', {}, lang)}`,
  };
  return drawSheet(heading, [...INDICATOR_TABLE, wardsMeetingColumn(p)], p.indicators, lang);
}

const WARD_COLUMNS: Array<OutputColumn<WardInput>> = [
  numberColumn(),
  { header: 'col.ward', value: (w) => w.rollup.ward, width: 180 },
  { header: 'col.file', value: (w) => w.source, width: 200 },
  { header: 'col.errors', value: (w) => w.errors, colour: (w) => (w.errors > 0 ? STATUS_COLOURS.below : null), width: 60 },
  { header: 'col.warnings', value: (w) => w.warnings, width: 70 },
  // The ward locked the period (Chốt số liệu): its figures are the locked ones.
  { header: 'col.lockedAt', value: (w) => w.lockedAt ?? '', width: 130 },
];

/** One row per ward, one column per indicator, each coloured by the ward's own target status. */
export function byWardSheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const indicatorColumns = declarationsOf(p.indicators).map((d) =>
    indicatorColumn<WardInput>(
      d,
      (w) => ward(w, d.id),
      (w) => STATUS_COLOURS[ward(w, d.id)?.status ?? 'none'],
    ),
  );
  const heading = {
    name: PROVINCE_SHEETS.byWard,
    title: translate('province.byWardTitle', { province: p.province, period: periodLabel(p.period, lang) }, lang),
    subtitle: updatedLine(today, lang),
  };
  return drawSheet(heading, [...WARD_COLUMNS, ...indicatorColumns], p.wards, lang);
}
