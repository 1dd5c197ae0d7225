/** The province workbook's tabs: the indicators over all wards, and each ward side by side. */
import { formatDateVi, type IsoDate } from '../dates';
import { type Lang, translate } from '../i18n/messages';
import { INDICATORS, unitLabel } from '../indicators/declarations';
import type { ProvinceRollUp, WardInput } from '../province';
import { indicatorCell, indicatorTable, sheet } from './sheets';
import { NUMBER_FORMATS, type OutputSheet, STATUS_COLOURS } from './types';

export const PROVINCE_SHEETS = { summary: 'Tổng hợp tỉnh', byWard: 'Theo phường' } as const;

const periodLabel = (p: ProvinceRollUp, lang: Lang) => (lang === 'vi' ? p.period.labelVi : p.period.labelEn);

/** The ward summary's indicator table, plus how many wards meet each indicator by their own targets. */
export function provinceSummarySheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const t = indicatorTable(p.indicators, lang);
  const meeting = p.indicators.map((v) => {
    const withTarget = p.wards.filter((w) => ward(w, v.id)?.status !== 'none');
    const met = withTarget.filter((w) => ['met', 'exceeded'].includes(ward(w, v.id)!.status)).length;
    return withTarget.length ? `${met}/${withTarget.length}` : '';
  });
  const header = [...t.header, lang === 'vi' ? 'Số phường đạt' : 'Wards meeting it'];
  const title = translate('province.summaryTitle', { province: p.province, wards: p.wards.length, period: periodLabel(p, lang) }, lang);
  const subtitle = `${translate('updatedAt', { date: formatDateVi(today) }, lang)}. ${translate('province.targetNote', {}, lang)}`;
  return sheet(
    PROVINCE_SHEETS.summary,
    title,
    subtitle,
    header,
    t.body.map((row, i) => [...row, meeting[i]]),
    [...t.widths, 100],
    t.colours.map((row) => [...row, null]),
    t.formats.map((row) => [...row, null]),
  );
}

const ward = (w: WardInput, id: string) => w.rollup.indicators.find((v) => v.id === id);

/** One row per ward, one column per indicator, each coloured by the ward's own target status. */
export function byWardSheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const fixed = lang === 'vi' ? ['STT', 'Phường/xã', 'Tệp', 'Lỗi', 'Cảnh báo'] : ['No.', 'Ward', 'File', 'Errors', 'Warnings'];
  const header = [...fixed, ...INDICATORS.map((d) => `${d.name[lang]} (${unitLabel(d, lang)})`)];
  const body = p.wards.map((w, i) => [
    i + 1,
    w.rollup.ward,
    w.source,
    w.errors,
    w.warnings,
    ...INDICATORS.map((d) => {
      const v = ward(w, d.id);
      return v ? indicatorCell(v) : '';
    }),
  ]);
  const colours = p.wards.map((w) =>
    header.map((_, c) => {
      if (c < fixed.length) return c === 3 && w.errors > 0 ? STATUS_COLOURS.below : null;
      return STATUS_COLOURS[ward(w, INDICATORS[c - fixed.length].id)?.status ?? 'none'];
    }),
  );
  const formats = p.wards.map(() => header.map((_, c) => (c < fixed.length ? null : NUMBER_FORMATS[INDICATORS[c - fixed.length].unit])));
  const title = translate('province.byWardTitle', { province: p.province, period: periodLabel(p, lang) }, lang);
  return sheet(
    PROVINCE_SHEETS.byWard,
    title,
    translate('updatedAt', { date: formatDateVi(today) }, lang),
    header,
    body,
    [45, 180, 200, 60, 70, ...INDICATORS.map(() => 110)],
    colours,
    formats,
  );
}
