/**
 * How a report prints numbers, percentages, targets and dates: "1.234.567", "45,2%", "≥ 300",
 * "40–50%", "Hà Nội, ngày 05 tháng 02 năm 2026". Vietnamese comes from core/format; English
 * swaps the separators ("1,234.5"). Written by hand rather than with Intl so Apps Script and
 * Node print the same characters.
 */

import { formatDateVi, type IsoDate, ymd } from '../dates';
import { formatNumberVi, formatTarget as formatTargetVi } from '../format';
import { translate } from '../i18n/messages';
import type { Target } from '../schema/types';

export type ReportLang = 'vi' | 'en';

/** "1.234,5" ↔ "1,234.5". */
const swapSeparators = (text: string) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
const localised = (vi: string, lang: ReportLang) => (lang === 'vi' ? vi : swapSeparators(vi));

/** Rounded to at most `decimals` places, trailing zeros dropped: 1234.5 → "1.234,5". */
export function formatNumber(value: number, decimals = 0, lang: ReportLang = 'vi'): string {
  return localised(formatNumberVi(value, decimals), lang);
}

/** A fraction as a percentage with one decimal at most: 0.4523 → "45,2%", 1 → "100%". */
export function formatPercent(fraction: number, decimals = 1, lang: ReportLang = 'vi'): string {
  return `${formatNumber(fraction * 100, decimals, lang)}%`;
}

/** A target as the plans write it: "≥ 300", "40–50%", "100%", "≥ 20%". */
export function formatTarget(target: Target | undefined, lang: ReportLang = 'vi'): string {
  return localised(formatTargetVi(target), lang);
}

export { formatDateVi };

/** English month names for the English date line (Vietnamese writes the month as a number). */
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The place-and-date line of an administrative document. Decree 30 writes days below 10 and
 * the months January and February with a leading zero ("ngày 05 tháng 02"), other months without.
 */
export function formatDateLine(place: string, date: IsoDate, lang: ReportLang = 'vi'): string {
  const { year, month, day } = ymd(date);
  const params = {
    place: place.trim() ? `${place.trim()}, ` : '',
    day,
    dd: String(day).padStart(2, '0'),
    mm: month < 3 ? String(month).padStart(2, '0') : String(month),
    monthName: MONTHS_EN[month - 1],
    year,
  };
  return translate('report.dateLine', params, lang);
}

/** Upper case for headings and issuing bodies; Vietnamese letters have plain Unicode case pairs. */
export function upper(text: string): string {
  return text.normalize('NFC').toUpperCase();
}
