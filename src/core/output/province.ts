/** The province workbook's tabs: the indicators over all wards, and each ward side by side. */
import { formatDateVi, type IsoDate } from '../dates';
import { formatTarget } from '../format';
import { type Lang, translate } from '../i18n/messages';
import { INDICATORS, unitLabel } from '../indicators/declarations';
import type { ProvinceRollUp, WardInput } from '../province';
import { columnFormats, indicatorCell, indicatorFormat } from './sheets';
import { NUMBER_FORMATS, type OutCell, type OutputSheet, STATUS_COLOURS } from './types';

export const PROVINCE_SHEETS = { summary: 'Tổng hợp tỉnh', byWard: 'Theo phường' } as const;

const periodLabel = (p: ProvinceRollUp, lang: Lang) => (lang === 'vi' ? p.period.labelVi : p.period.labelEn);

function frame(name: string, title: string, subtitle: string, header: string[], body: OutCell[][], widths: number[], colours: OutputSheet['colours'], formats: OutputSheet['formats']): OutputSheet {
  const pad = (row: OutCell[]) => [...row, ...Array(Math.max(0, header.length - row.length)).fill('')];
  return { name, rows: [pad([title]), pad([subtitle]), header, ...body.map(pad)], headerRow: 3, columnWidths: widths, colours, formats };
}

export function provinceSummarySheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const header = lang === 'vi'
    ? ['STT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Tử số', 'Mẫu số', 'Chỉ tiêu GĐ1 (2025–2030)', 'Chỉ tiêu GĐ2 (2031–2035)', 'Đánh giá', 'Số phường đạt']
    : ['No.', 'Indicator id', 'Indicator', 'Unit', 'Value', 'Numerator', 'Denominator', 'Target P1 (2025–2030)', 'Target P2 (2031–2035)', 'Status', 'Wards meeting it'];
  const body = p.indicators.map((v, i) => {
    const withTarget = p.wards.filter((w) => ward(w, v.id)?.status !== 'none');
    const meeting = withTarget.filter((w) => ['met', 'exceeded'].includes(ward(w, v.id)!.status)).length;
    return [
      i + 1, v.id, v.decl.name[lang], unitLabel(v.decl, lang), indicatorCell(v), v.numerator, v.denominator ?? '',
      formatTarget(v.targets.P1), formatTarget(v.targets.P2), translate(`status.${v.status}`, {}, lang),
      withTarget.length ? `${meeting}/${withTarget.length}` : '',
    ];
  });
  const colours = p.indicators.map((v) => header.map((_, c) => (c === 4 || c === 9 ? STATUS_COLOURS[v.status] : null)));
  const formats = columnFormats(p.indicators, header.length, { 4: indicatorFormat, 5: NUMBER_FORMATS.count, 6: NUMBER_FORMATS.count });
  const title = translate('province.summaryTitle', { province: p.province, wards: p.wards.length, period: periodLabel(p, lang) }, lang);
  const subtitle = `${translate('updatedAt', { date: formatDateVi(today) }, lang)}. ${translate('province.targetNote', {}, lang)}`;
  return frame(PROVINCE_SHEETS.summary, title, subtitle, header, body, [45, 190, 420, 60, 90, 80, 80, 140, 140, 90, 100], colours, formats);
}

const ward = (w: WardInput, id: string) => w.rollup.indicators.find((v) => v.id === id);

/** One row per ward, one column per indicator, each coloured by the ward's own target status. */
export function byWardSheet(p: ProvinceRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const fixed = lang === 'vi' ? ['STT', 'Phường/xã', 'Tệp', 'Lỗi', 'Cảnh báo'] : ['No.', 'Ward', 'File', 'Errors', 'Warnings'];
  const header = [...fixed, ...INDICATORS.map((d) => `${d.name[lang]} (${unitLabel(d, lang)})`)];
  const body = p.wards.map((w, i) => [i + 1, w.rollup.ward, w.source, w.errors, w.warnings, ...INDICATORS.map((d) => { const v = ward(w, d.id); return v ? indicatorCell(v) : ''; })]);
  const colours = p.wards.map((w) => header.map((_, c) => {
    if (c < fixed.length) return c === 3 && w.errors > 0 ? STATUS_COLOURS.below : null;
    return STATUS_COLOURS[ward(w, INDICATORS[c - fixed.length].id)?.status ?? 'none'];
  }));
  const formats = p.wards.map(() => header.map((_, c) => (c < fixed.length ? null : NUMBER_FORMATS[INDICATORS[c - fixed.length].unit])));
  const title = translate('province.byWardTitle', { province: p.province, period: periodLabel(p, lang) }, lang);
  return frame(PROVINCE_SHEETS.byWard, title, translate('updatedAt', { date: formatDateVi(today) }, lang), header, body, [45, 180, 200, 60, 70, ...INDICATORS.map(() => 110)], colours, formats);
}
