/*
 * Reference copy (test only, never shipped): src/core/dates.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/**
 * Calendar dates as ISO strings ("2026-06-05"): no time zone, no clock, compare with < and >.
 * Edges turn platform Date objects into these before core sees them.
 */
export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymd(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Completed years between a birth date and a later date. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const b = ymd(birth);
  const o = ymd(on);
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/** The calendar date a Date shows in UTC (what exceljs gives for date cells). */
export function isoFromUtcDate(date: Date): IsoDate {
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The calendar date a Date shows in the running time zone (Apps Script runs in the spreadsheet's zone). */
export function isoFromLocalDate(date: Date): IsoDate {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Day count from a Sheets/Excel serial number (1899-12-30 epoch). */
export function isoFromSerial(serial: number): IsoDate {
  return isoFromUtcDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000));
}

/** "05/06/2026": how dates are shown to Vietnamese users. */
export function formatDateVi(date: IsoDate): string {
  const { year, month, day } = ymd(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Months "yyyy-mm" from start to end inclusive. */
export function monthsBetween(start: IsoDate, end: IsoDate): string[] {
  const out: string[] = [];
  let { year, month } = ymd(start);
  const last = ymd(end);
  while (year < last.year || (year === last.year && month <= last.month)) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate): number => {
  const { year, month, day } = ymd(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** The date `days` calendar days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoFromUtcDate(new Date((dayNumber(date) + days) * DAY_MS));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** "2026-06" → "06/2026", the way months are written in the sheets and reports. */
export const monthCell = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
