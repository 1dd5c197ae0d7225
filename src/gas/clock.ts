/** The edge's clock: "today" for core jobs, and the milliseconds a job's deadline is measured in. */
import { type IsoDate, isoFromLocalDate } from '../core/dates';

/** Read once at the edge in the script's (the ward's) time zone. */
export function today(): IsoDate {
  return isoFromLocalDate(new Date());
}

/** Milliseconds since the epoch: the one clock a job that may run long reads for its deadline (continuation.ts). */
export function now(): number {
  return Date.now();
}
