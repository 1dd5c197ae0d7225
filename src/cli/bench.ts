/**
 * `npm run bench`: times the core jobs at stated sizes and, over the Apps Script fake when it is
 * built, the service calls a roll-up makes. Prints numbers; asserts nothing (machines are noisy).
 */
import { performance } from 'node:perf_hooks';
import { generateDemoWard } from '../core/demo';
import { rollUpGrids } from '../core/jobs';
import { parsePeriod } from '../core/period';

const SIZES = [{ clubs: 6, members: [50, 70] as [number, number] }, { clubs: 50, members: [50, 70] as [number, number] }, { clubs: 200, members: [60, 70] as [number, number] }];

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

console.log('clubs\tmembers\tgenerate ms\troll-up ms\tissues');
for (const size of SIZES) {
  const demo = time(() => generateDemoWard({ clubs: size.clubs, membersPerClub: size.members, today: '2026-11-22' }));
  const roll = time(() => rollUpGrids(demo.value.grids, parsePeriod('2026')!, '2026-11-22'));
  console.log(`${size.clubs}\t${roll.value.rollup.facts.members}\t${demo.ms.toFixed(0)}\t${roll.ms.toFixed(0)}\t${roll.value.issues.length}`);
}
