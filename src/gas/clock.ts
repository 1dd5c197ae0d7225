/** "Today" for core jobs, read once at the edge in the script's (the ward's) time zone. */
import { type IsoDate, isoFromLocalDate } from '../core/dates';

export function today(): IsoDate {
  return isoFromLocalDate(new Date());
}
