/**
 * The bench's call section (npm run bench): at 6, 50, 200 and 500 clubs, every add-on job's service
 * calls, the naive per-cell roll-up read and its ratio, and each job's estimated Apps Script time
 * with the largest ward that fits in 6 minutes (bench/callModel.ts).
 */
import { generateDemoWard } from '../src/core/demo';
import { estimateTable, type JobAtSize, latencyModelText, naiveRollUpReadCalls, naiveTable } from './callModel';
import { measureGasJobs } from './gasBench';
import { NEW_WORKBOOK_JOBS, WARD_JOBS } from './gasJobs';
import { BENCH_TODAY, type BenchSize } from './sizes';

export const CALL_SIZES: BenchSize[] = [
  { clubs: 6, membersPerClub: [50, 70] },
  { clubs: 50, membersPerClub: [50, 70] },
  { clubs: 200, membersPerClub: [60, 70] },
  { clubs: 500, membersPerClub: [60, 80] },
];

export function callModelSection(distDir: string, sizes: BenchSize[] = CALL_SIZES): string {
  const byJob = new Map<string, JobAtSize[]>();
  const naive: Array<{ clubs: number; naive: number; rollup: number }> = [];
  for (const size of sizes) {
    const { grids } = generateDemoWard({ clubs: size.clubs, membersPerClub: size.membersPerClub, today: BENCH_TODAY });
    const tabs = Object.keys(grids).length;
    const jobs = measureGasJobs(grids, distDir);
    for (const [id, measure] of jobs) byJob.set(id, [...(byJob.get(id) ?? []), { clubs: size.clubs, tabs, measure }]);
    naive.push({ clubs: size.clubs, naive: naiveRollUpReadCalls(grids), rollup: jobs.get('rollup')!.total });
  }
  const out = [latencyModelText(), '', 'Naive per-cell read of every tab (bench only, never shipped) vs the roll-up', naiveTable(naive)];
  for (const job of [...NEW_WORKBOOK_JOBS, ...WARD_JOBS]) out.push('', estimateTable(job.title, byJob.get(job.id) ?? []));
  return out.join('\n');
}
