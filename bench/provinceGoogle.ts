/**
 * `npm run bench:province`: the nation (3,321 wards) rolled up over Google, simulated. Every ward is a
 * small demo ward served by the local stand-in of the Sheets and Drive APIs (test/fakes/googleApi),
 * which enforces the read quota per minute per user and per project on a virtual clock; the real
 * province path (googleapis client, limiter, backoff, cache, countWard, the province roll-up) reads
 * them all. Waiting for the quota advances the virtual clock, so 20-odd simulated minutes take
 * well under a minute. Prints the wall time at the quota and the most requests seen in any minute;
 * a 429 from the quota model would mean the limiter let a request through that Google would refuse.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as googleapis from 'googleapis';
import { VirtualClock } from '../src/cli/google/clock';
import { runProvinceGoogle } from '../src/cli/google/province';
import { generateDemoWard } from '../src/core/demo';
import { parsePeriod } from '../src/core/period';
import { SHEETS } from '../src/core/schema/sheets';
import { FakeGoogleApi, type FakeSpreadsheet } from '../test/fakes/googleApi/server';
import { formatTable } from './measure';

const NATION = Number(process.env.ISHC_WARDS ?? 3321);
const TOKEN = 'bench-token';
const TODAY = '2026-11-22';

/** Distinct demo wards (one club each) the nation is made of; each spreadsheet is one of them under its own name. */
const BASES = Array.from({ length: 25 }, (_, i) => {
  const demo = generateDemoWard({ clubs: 1, membersPerClub: [20, 30], today: TODAY, seed: i + 1, place: `Mẫu ${i + 1}` });
  return { ward: `Phường Mẫu ${i + 1}`, grids: demo.grids };
});

/** Spreadsheet i: a base ward whose name (in Cấu hình) is its own, so the province sees 3,321 different wards. */
function wardSheet(i: number): FakeSpreadsheet {
  const base = BASES[i % BASES.length];
  const name = `Phường Mô Phỏng ${i + 1}`;
  const tabs = Object.entries(base.grids)
    .filter(([title]) => title !== SHEETS.guide)
    .map(([title, rows]) => ({
      title,
      rows: rows.map((r) => r.map((c) => (c === undefined ? null : title === SHEETS.settings && c === base.ward ? name : c))),
    }));
  return { id: `ward-${String(i + 1).padStart(4, '0')}`, title: `Sổ ${name}`, tabs };
}

interface Scenario {
  name: string;
  perUser: number;
  perProject: number;
}

async function simulate(sheets: FakeSpreadsheet[], s: Scenario) {
  const clock = new VirtualClock();
  const api = new FakeGoogleApi({ tokens: [TOKEN], perUser: s.perUser, perProject: s.perProject, clock });
  for (const sheet of sheets) api.add(sheet);
  api.folders.set(
    'nation',
    sheets.map((x) => x.id),
  );
  const root = await api.start();
  const cacheDir = mkdtempSync(join(tmpdir(), 'ishc-bench-cache-'));
  const log = console.log;
  const error = console.error;
  const started = performance.now();
  try {
    // The run prints one line per ward: not wanted here.
    console.log = () => undefined;
    console.error = () => undefined;
    const run = await runProvinceGoogle(googleapis, {
      period: parsePeriod('2026')!,
      today: TODAY,
      lang: 'vi',
      json: true,
      folder: 'nation',
      ids: [],
      apiRoot: root,
      accessToken: TOKEN,
      cacheDir,
      perUser: s.perUser,
      perProject: s.perProject,
      timeoutMs: 60_000,
      concurrency: 1,
      clock,
    });
    return { s, run, api, realMs: performance.now() - started };
  } finally {
    console.log = log;
    console.error = error;
    await api.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

const made = performance.now();
const sheets = Array.from({ length: NATION }, (_, i) => wardSheet(i));
console.log(
  `Province over Google, simulated: ${NATION} one-club wards (${BASES.length} distinct, renamed) made in ${((performance.now() - made) / 1000).toFixed(1)} s.`,
);
console.log('Each ward costs 2 Sheets read requests (spreadsheets.get for the tab names, values.batchGet for the values); the');
console.log('folder listing is 1 Drive request per 1,000 files. Wall time is virtual: the quota, not the machine, sets it.\n');

const scenarios: Scenario[] = [
  { name: 'one user, default quota', perUser: 60, perProject: 300 },
  { name: 'per-user quota raised to the project’s', perUser: 300, perProject: 300 },
];
const rows: string[][] = [];
let failed = false;
for (const s of scenarios) {
  const r = await simulate(sheets, s);
  const sheetsRequests = r.api.log.filter((l) => l.path.startsWith('/v4/')).length;
  const limit = Math.min(s.perUser, s.perProject);
  const ok = r.api.quotaRefusals === 0 && r.api.peakPerUser <= s.perUser && r.api.peakProject <= s.perProject;
  failed ||= !ok || r.run.rollup.wards.length !== NATION;
  rows.push([
    s.name,
    `${s.perUser}/${s.perProject}`,
    String(r.run.rollup.wards.length),
    String(sheetsRequests),
    minutes(r.run.stats.elapsedMs),
    minutes(Math.max(0, Math.ceil(sheetsRequests / limit) - 1) * 60_000),
    `${r.api.peakPerUser}/${r.api.peakProject}`,
    String(r.api.quotaRefusals),
    `${(r.realMs / 1000).toFixed(1)} s`,
  ]);
}
console.log(
  formatTable(
    [
      'scenario',
      'quota user/project',
      'wards',
      'Sheets requests',
      'wall time at quota',
      'floor',
      'most in a minute user/project',
      '429s',
      'real time',
    ],
    rows,
  ),
);
console.log('\nfloor: the least any client could take at that quota (a full minute’s requests at once, then a minute per limit).');
console.log('The limiter keeps a 1 s margin on each minute window for clocks that differ from Google’s.');
if (failed) {
  console.error('A request exceeded the quota, or a ward was not rolled up.');
  process.exitCode = 1;
}
