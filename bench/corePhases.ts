/**
 * Core time per phase of the roll-up (parse → validate → roll-up) at each bench size and at a
 * 500-club / ~35,000-member ward: pure TypeScript, no platform. Sizes run smallest first, before
 * anything else in the bench. At each, the whole job (rollUpGrids: parse, check, roll-up, output
 * tabs, club-standard lines) is timed first; the phases are then timed one by one on the same ward
 * (text folding is memoised, so its texts are already folded: the phases' sum can be below the
 * whole job's time). Each is run RUNS times and its least time kept, as CPU time of this process
 * (process.cpuUsage: the work done, garbage collection included), since wall time on a machine
 * shared with other work measures the other work too; the first run's wall time is kept beside it.
 */
import { generateDemoWard } from '../src/core/demo';
import { rollUpWard } from '../src/core/indicators/rollup';
import { rollUpGrids } from '../src/core/jobs';
import { parseWard } from '../src/core/parse/parseWard';
import { parsePeriod } from '../src/core/period';
import { allIssues } from '../src/core/validate';
import { cpuTime, formatTable, time } from './measure';
import { BENCH_SIZES, BENCH_TODAY, type BenchSize } from './sizes';

/** The largest ward the core is timed on: 500 clubs of 60–80 members (about 35,000 people). */
export const LARGE_WARD: BenchSize = { clubs: 500, membersPerClub: [60, 80] };

/** The bench sizes and the large ward, each once, smallest first. */
export const CORE_SIZES: BenchSize[] = [...BENCH_SIZES, LARGE_WARD]
  .filter((s, i, all) => all.findIndex((o) => o.clubs === s.clubs) === i)
  .sort((a, b) => a.clubs - b.clubs);

/** Runs per measurement; the least CPU time is kept. */
const RUNS = 3;

export interface CorePhases {
  size: BenchSize;
  members: number;
  cells: number;
  /** Wall time of the first (cold) run of the whole job. */
  firstJobWallMs: number;
  jobMs: number;
  parseMs: number;
  validateMs: number;
  rollUpMs: number;
}

export function measureCorePhases(size: BenchSize): CorePhases {
  const { grids } = generateDemoWard({ clubs: size.clubs, membersPerClub: size.membersPerClub, today: BENCH_TODAY });
  const period = parsePeriod(String(BENCH_TODAY.slice(0, 4)))!;
  const first = time(() => rollUpGrids(grids, period, BENCH_TODAY));
  const best = <T>(fn: () => T) => {
    let out = cpuTime(fn);
    for (let i = 1; i < RUNS; i++) {
      const again = cpuTime(fn);
      if (again.ms < out.ms) out = again;
    }
    return out;
  };
  const job = best(() => rollUpGrids(grids, period, BENCH_TODAY));
  const parse = best(() => parseWard(grids, { today: BENCH_TODAY }));
  const validate = best(() => allIssues(parse.value, { today: BENCH_TODAY, period }));
  const roll = best(() => rollUpWard(parse.value, period, BENCH_TODAY));
  const cells = Object.values(grids).reduce((sum, grid) => sum + grid.reduce((n, row) => n + row.length, 0), 0);
  return {
    size,
    members: roll.value.facts.members,
    cells,
    firstJobWallMs: first.ms,
    jobMs: job.ms,
    parseMs: parse.ms,
    validateMs: validate.ms,
    rollUpMs: roll.ms,
  };
}

export function corePhasesTable(results: CorePhases[]): string {
  return formatTable(
    ['clubs', 'members', 'cells', 'first job wall ms', 'whole job ms', 'parse ms', 'validate ms', 'roll-up ms'],
    results.map((r) => [
      String(r.size.clubs),
      String(r.members),
      String(r.cells),
      r.firstJobWallMs.toFixed(0),
      r.jobMs.toFixed(0),
      r.parseMs.toFixed(0),
      r.validateMs.toFixed(0),
      r.rollUpMs.toFixed(0),
    ]),
  );
}

export const CORE_PHASES_TITLE = `Core per phase: CPU ms of this process, least of ${RUNS} runs (the whole roll-up job first, then each phase again on the same ward; the first job's wall time beside)`;
