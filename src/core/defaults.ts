/** Defaults a job takes from the ward itself when the user names none. */
import type { IsoDate } from './dates';
import { parseGivenSettings, type WardGrids } from './parse/parseWard';
import { defaultPeriodFor, type Period, type PeriodJob } from './period';

/** A ward job's period when none is named: decided by defaultPeriodFor from the ward's reporting year. */
export function defaultPeriodOfWard(job: Exclude<PeriodJob, 'province'>, grids: WardGrids, today: IsoDate): Period {
  return defaultPeriodFor(job, { today, reportingYear: parseGivenSettings(grids, { today }).year });
}
