/** Date arithmetic the demo needs on ISO calendar dates (UTC only: no time zone, no clock). */
import { addDays, daysInMonth, type IsoDate, isoDate, isoFromUtcDate, monthCell, ymd } from '../dates';
import type { Random } from './random';

const DAY_MS = 86400000;

const dayNumber = (date: IsoDate): number => {
  const { year, month, day } = ymd(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

export { addDays, monthCell };

/** The same day `months` later (day capped at 28, so it always exists). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = ymd(date);
  const index = year * 12 + (month - 1) + months;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, Math.min(day, 28));
}

/** A day in [from, to]; undefined when the range is empty. */
export function randomDate(rng: Random, from: IsoDate, to: IsoDate): IsoDate | undefined {
  if (from > to) return undefined;
  return isoFromUtcDate(new Date(rng.int(dayNumber(from), dayNumber(to)) * DAY_MS));
}

/** Last calendar day of a "yyyy-mm" month. */
export function monthEnd(month: string): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return isoDate(year, m, daysInMonth(year, m));
}
