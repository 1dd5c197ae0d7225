/**
 * `npm run fuzz`: the fuzz property of test/core/fuzz.test.ts at scale (100,000 random ward workbooks
 * by default), in batches of 10,000 with their own seeds, printing throughput as it goes. On a
 * failure it prints the seed and path that replay it and writes the whole counterexample to
 * out/fuzz-counterexample.json; the exit code is then 1.
 *
 *   npm run fuzz                                  100,000 runs from a seed taken from the clock
 *   npm run fuzz -- --runs 5000 --seed 42         fewer runs, a fixed seed
 *   npm run fuzz -- --seed 42 --path "7:1:0"      replay one counterexample (shrunk as printed)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { runPipeline } from '../test/fuzz/pipeline';
import { type FuzzWard, fuzzWard } from '../test/fuzz/wardGrids';

const BATCH = 10_000;

function argOf(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(argOf('runs') ?? 100_000);
const firstSeed = Number(argOf('seed') ?? Date.now() % 2 ** 31);
const path = argOf('path');
const property = fc.property(fuzzWard({ maxClubs: 6, maxRows: 16 }), (ward) => {
  runPipeline(ward);
});

function report(details: fc.RunDetails<[FuzzWard]>): never {
  const [ward] = details.counterexample ?? [undefined];
  mkdirSync('out', { recursive: true });
  writeFileSync('out/fuzz-counterexample.json', JSON.stringify(ward, null, 1));
  console.error(`\nFAILED after ${details.numRuns} runs of seed ${details.seed}: ${String(details.errorInstance)}`);
  console.error(`Replay: npm run fuzz -- --seed ${details.seed} --path "${details.counterexamplePath}"`);
  console.error('Counterexample (shrunk) written to out/fuzz-counterexample.json');
  process.exit(1);
}

if (path !== undefined) {
  const details = fc.check(property, { seed: firstSeed, path, numRuns: 1 });
  if (details.failed) report(details);
  console.log(`seed ${firstSeed}, path ${path}: passes`);
} else {
  const started = performance.now();
  let done = 0;
  for (let b = 0; done < runs; b++) {
    const seed = (firstSeed + b) | 0;
    const numRuns = Math.min(BATCH, runs - done);
    const details = fc.check(property, { seed, numRuns });
    if (details.failed) report(details);
    done += numRuns;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${done.toLocaleString('en')} workbooks, seed ${seed} passed; ${seconds.toFixed(0)} s, ${(done / seconds).toFixed(0)} per second`,
    );
  }
  console.log(
    `\n${done.toLocaleString('en')} random ward workbooks through parse, check, roll-up, output tabs, JSON and report data: no exception, every output in shape.`,
  );
}
