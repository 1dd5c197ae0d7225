/**
 * `npm run bench`: at stated ward sizes, times the core jobs and counts the Apps Script service calls
 * each add-on job makes (the built dist/Code.js over the in-memory fake of the services).
 * Prints numbers; asserts nothing (machines are noisy).
 */
import { fileURLToPath } from 'node:url';
import { generateDemoWard } from '../src/core/demo';
import { rollUpGrids } from '../src/core/jobs';
import { parsePeriod } from '../src/core/period';
import { callModelSection } from './callBench';
import { CORE_PHASES_TITLE, CORE_SIZES, corePhasesTable, measureCorePhases } from './corePhases';
import { measureGasJobs } from './gasBench';
import { NEW_WORKBOOK_JOBS, WARD_JOBS } from './gasJobs';
import { time } from './measure';
import { coreTable, jobTable, type SizeResult } from './report';
import { BENCH_SIZES, BENCH_TODAY, type BenchSize } from './sizes';

/** dist/ beside build/, wherever the benchmark is started from. */
const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

function measureSize(size: BenchSize): SizeResult {
  const demo = time(() => generateDemoWard({ clubs: size.clubs, membersPerClub: size.membersPerClub, today: BENCH_TODAY }));
  const roll = time(() => rollUpGrids(demo.value.grids, parsePeriod('2026')!, BENCH_TODAY));
  return {
    size,
    members: roll.value.rollup.facts.members,
    generateMs: demo.ms,
    rollUpMs: roll.ms,
    issues: roll.value.issues.length,
    jobs: measureGasJobs(demo.value.grids, DIST_DIR),
  };
}

// Core phases first, so no job of the bench has read (and folded) their wards' texts before.
const phases = CORE_SIZES.map(measureCorePhases);
const results = BENCH_SIZES.map(measureSize);
console.log('Core (pure TypeScript, no platform)');
console.log(coreTable(results));
console.log(`\n${CORE_PHASES_TITLE}`);
console.log(corePhasesTable(phases));
console.log('\nApps Script service calls per job: dist/Code.js over the in-memory fake of the services.');
console.log('ms is local time over the fake (core work included), not Apps Script time: there a call that reaches the');
console.log('spreadsheet costs tens of milliseconds, so the call count is what to watch. Ward jobs run in this order on one workbook.');
for (const job of [...NEW_WORKBOOK_JOBS, ...WARD_JOBS]) console.log(`\n${jobTable(job, results)}`);
console.log(`\nService calls → estimated Apps Script time, 6 to 500 clubs\n${callModelSection(DIST_DIR)}`);
