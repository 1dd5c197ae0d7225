/** The benchmark's printed tables: core timings, then one table per add-on job. */
import type { JobMeasure } from './gasBench';
import type { GasJob } from './gasJobs';
import { formatTable } from './measure';
import type { BenchSize } from './sizes';

export interface SizeResult {
  size: BenchSize;
  members: number;
  generateMs: number;
  rollUpMs: number;
  issues: number;
  jobs: Map<string, JobMeasure>;
}

const TOP_METHODS = 5;

export function coreTable(results: SizeResult[]): string {
  return formatTable(
    ['clubs', 'members', 'generate ms', 'roll-up ms', 'issues'],
    results.map((r) => [String(r.size.clubs), String(r.members), r.generateMs.toFixed(0), r.rollUpMs.toFixed(0), String(r.issues)]),
  );
}

/** The most frequent calls first, e.g. "Range.getValues 207, Range.setValues 6". */
export function topMethods(calls: Record<string, number>, count = TOP_METHODS): string {
  return Object.entries(calls)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}

export function jobTable(job: GasJob, results: SizeResult[]): string {
  const rows = results.map((r) => {
    const m = r.jobs.get(job.id)!;
    return [String(r.size.clubs), String(r.members), String(m.total), m.ms.toFixed(0), topMethods(m.calls)];
  });
  return `${job.title}\n${formatTable(['clubs', 'members', 'calls', 'ms', 'top methods by count'], rows)}`;
}
