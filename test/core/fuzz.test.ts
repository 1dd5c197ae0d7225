/**
 * Fuzz, sized for CI: realistic and spoilt ward workbooks (test/fuzz/wardGrids.ts) through every job
 * (test/fuzz/pipeline.ts) with no exception and every output in shape. `npm run fuzz` runs the same
 * property 100,000 times; FUZZ_RUNS sets the count here.
 */
import fc from 'fast-check';
import { runPipeline } from '../fuzz/pipeline';
import { fuzzWard } from '../fuzz/wardGrids';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

test(`${RUNS} random ward workbooks go through parse, check, roll-up, output tabs, JSON and report data without an exception`, () => {
  fc.assert(
    fc.property(fuzzWard({ maxClubs: 3, maxRows: 8 }), (ward) => {
      runPipeline(ward);
    }),
    { numRuns: RUNS },
  );
});
