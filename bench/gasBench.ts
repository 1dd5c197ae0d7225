/**
 * Service calls of the add-on's jobs: the built bundle (dist/Code.js) loaded with gas-local over the
 * strict in-memory fake of the Apps Script services, which counts every call by `Class.method`.
 */

import type { Grid } from '../src/core/parse/locate';
import { createGasEnvironment, type GasEnvironment, loadBundle } from '../test/fakes/gas';
import { OFFICER, writeGrids } from '../test/gas/harness';
import { type AddOn, type GasJob, NEW_WORKBOOK_JOBS, WARD_JOBS } from './gasJobs';
import { time } from './measure';

export interface JobMeasure {
  calls: Record<string, number>;
  total: number;
  ms: number;
}

function loadAddOn(distDir: string): { env: GasEnvironment; app: AddOn } {
  const env = createGasEnvironment({ userLocale: 'vi', spreadsheetName: 'Sổ phường (bench)', userEmail: OFFICER });
  return { env, app: loadBundle(env, distDir) as AddOn };
}

function measureJob(job: GasJob, app: AddOn, env: GasEnvironment, grids: Record<string, Grid>): JobMeasure {
  const prepared = env.calls.uncounted(() => job.prepare?.(env, grids));
  const alertsBefore = env.ui.alerts.length;
  env.calls.reset();
  const { ms } = time(() => job.run(app, prepared));
  const alerts = env.ui.alerts.slice(alertsBefore);
  if (alerts.length !== (job.expectedAlerts ?? 0)) {
    throw new Error(`${job.id} did not run through: ${alerts.map((a) => a.message).join(' | ') || 'no alert'}`);
  }
  return { calls: env.calls.snapshot(), total: env.calls.total(), ms };
}

/**
 * Runs every job on one workbook: set up the empty spreadsheet, write the ward, then the ward jobs.
 * `distDir` holds the built Code.js.
 */
export function measureGasJobs(grids: Record<string, Grid>, distDir: string): Map<string, JobMeasure> {
  const { env, app } = loadAddOn(distDir);
  const out = new Map<string, JobMeasure>();
  for (const job of NEW_WORKBOOK_JOBS) out.set(job.id, measureJob(job, app, env, grids));
  writeGrids(env, grids);
  for (const job of WARD_JOBS) out.set(job.id, measureJob(job, app, env, grids));
  return out;
}
