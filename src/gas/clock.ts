/** "Today" for core jobs, read once at the edge in the script's (the ward's) time zone. */
import { isoFromLocalDate, type IsoDate } from '../core/dates';

export function today(): IsoDate {
  return isoFromLocalDate(new Date());
}
