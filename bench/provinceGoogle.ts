/**
 * `npm run bench:province`: the nation (3,321 wards) rolled up over Google, simulated. Every ward is a
 * small demo ward served by the local stand-in of the Sheets and Drive APIs (test/fakes/googleApi),
 * which enforces the read quota per minute per user and per project on a virtual clock; the real
 * province path (googleapis client, limiter, backoff, cache, countWard, the province roll-up) reads
 * them all, one request per ward. Waiting for the quota advances the virtual clock, so the simulated
 * minutes take seconds. What it prints, and fails (exit 1) on:
 *  - the wall time at the quota for one user and for five identities at Google's default quota
 *    (60 per minute per user, 300 per project), against the floor any client could reach;
 *  - the most requests seen in any sliding minute and in any clock minute, and the stand-in's quota
 *    429s: one would mean the limiter let through a request Google would refuse;
 *  - a run with injected 429s, 500s and 503s (retried with backoff) and dropped connections (the
 *    ward read the two-request way: the fallback, counted), killed half-way and run again: the re-run
 *    reads only the wards the cache lacks, and its JSON is the clean run's;
 *  - the JSON equals `ishc province`'s on the same wards exported to .xlsx (the first 250, or ISHC_XLSX_WARDS).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as googleapis from 'googleapis';
import { VirtualClock } from '../src/cli/google/clock';
import { type GoogleOptions, runProvinceGoogle } from '../src/cli/google/province';
import { runProvince } from '../src/cli/province';
import { generateDemoWard } from '../src/core/demo';
import { parsePeriod } from '../src/core/period';
import { SHEETS } from '../src/core/schema/sheets';
import { FakeGoogleApi, type FakeSpreadsheet, type Fault } from '../test/fakes/googleApi/server';
import { formatTable } from './measure';

const NATION = Number(process.env.ISHC_WARDS ?? 3321);
const TOKENS = ['bench-token-1', 'bench-token-2', 'bench-token-3', 'bench-token-4', 'bench-token-5'];
const TODAY = '2026-11-22';
const PERIOD = parsePeriod('2026')!;

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
  users: number;
  perUser: number;
  perProject: number;
}

class Killed extends Error {}

/** One run of the province path over the stand-in; `killAfter` stops it (as a kill would) once that many wards were read. */
async function simulate(sheets: FakeSpreadsheet[], s: Scenario, more: { cacheDir: string; fault?: GoogleFault; killAfter?: number }) {
  const clock = new VirtualClock();
  const api = new FakeGoogleApi({
    tokens: TOKENS,
    perUser: s.perUser,
    perProject: s.perProject,
    clock,
    fault: more.fault ? (n, path) => more.fault!(n, path) : undefined,
  });
  for (const sheet of sheets) api.add(sheet);
  api.folders.set(
    'nation',
    sheets.map((x) => x.id),
  );
  const root = await api.start();
  const log = console.log;
  const error = console.error;
  const started = performance.now();
  let output = '';
  try {
    // The run prints a line per retry and its JSON: kept, not shown.
    console.log = (text?: unknown) => {
      output += String(text);
    };
    console.error = () => undefined;
    const options: GoogleOptions = {
      folder: 'nation',
      ids: [],
      apiRoot: root,
      accessToken: TOKENS.slice(0, s.users).join(','),
      cacheDir: more.cacheDir,
      perUser: s.perUser,
      perProject: s.perProject,
      // Real milliseconds (the machine may be busy): no stand-in answer should take this long.
      timeoutMs: 30_000,
      concurrency: 8,
      clock,
      backoff: { attempts: 7, baseMs: 1000, capMs: 64_000, random: seeded(7) },
      ...(more.killAfter
        ? {
            onWardRead: (done: number) => {
              if (done === more.killAfter) throw new Killed();
            },
          }
        : {}),
    };
    const run = await runProvinceGoogle(googleapis, { period: PERIOD, today: TODAY, lang: 'vi', json: true, ...options }).catch(
      (e: unknown) => {
        if (e instanceof Killed) return undefined;
        throw e;
      },
    );
    return { s, run, api, output, elapsedMs: clock.now(), realMs: performance.now() - started };
  } finally {
    console.log = log;
    console.error = error;
    await api.stop();
  }
}

type GoogleFault = (n: number, path: string) => Fault | undefined;

/** A fixed pseudo-random sequence, so every run of the bench injects the same faults and waits the same. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

/** Requests in the busiest clock minute (0:00–0:59, 1:00–1:59, …), for all users and for the busiest one. */
function busiestClockMinute(api: FakeGoogleApi): { project: number; user: number } {
  const project = new Map<number, number>();
  const user = new Map<string, number>();
  for (const l of api.log) {
    if (!l.path.startsWith('/v4/') || l.status === 429) continue;
    const minute = Math.floor(l.at / 60_000);
    project.set(minute, (project.get(minute) ?? 0) + 1);
    user.set(`${minute} ${l.token}`, (user.get(`${minute} ${l.token}`) ?? 0) + 1);
  }
  return { project: Math.max(0, ...project.values()), user: Math.max(0, ...user.values()) };
}

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')} s`;

/** The wards as an officer would download them: one .xlsx each, the spreadsheet's tabs and cells. */
async function exportXlsx(sheets: FakeSpreadsheet[], dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const sheet of sheets) {
    const wb = new ExcelJS.Workbook();
    for (const tab of sheet.tabs) {
      const ws = wb.addWorksheet(tab.title);
      tab.rows.forEach((row, r) => {
        ws.getRow(r + 1).values = row.map((c) =>
          c === null ? null : typeof c === 'object' && !(c instanceof Date) ? { error: c.error } : c,
        ) as ExcelJS.CellValue[];
      });
    }
    // Named by title, so the folder's name order is Drive's (the JSON lists the wards in that order).
    await wb.xlsx.writeFile(join(dir, `${sheet.title}.xlsx`));
  }
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

const made = performance.now();
const sheets = Array.from({ length: NATION }, (_, i) => wardSheet(i));
console.log(
  `Province over Google, simulated: ${NATION} one-club wards (${BASES.length} distinct, renamed) made in ${((performance.now() - made) / 1000).toFixed(1)} s.`,
);
console.log('Each ward costs 1 Sheets read request (spreadsheets.get with the cells); a ward whose answer never comes (a');
console.log('timeout, a dropped connection) is read in 2 more (tab names, values.batchGet): the fallback. The folder listing');
console.log('is 1 Drive request per 1,000 files.');
console.log('Wall time is virtual: the quota, not the machine, sets it.\n');

const work = mkdtempSync(join(tmpdir(), 'ishc-bench-province-'));
try {
  const clean: Scenario[] = [
    { name: 'one user, default quota', users: 1, perUser: 60, perProject: 300 },
    { name: 'five identities, default quota', users: 5, perUser: 60, perProject: 300 },
  ];
  const rows: string[][] = [];
  let cleanJson = '';
  for (const s of clean) {
    const r = await simulate(sheets, s, { cacheDir: join(work, `cache-${s.users}`) });
    if (!r.run) throw new Error('not killed, yet no run');
    const sheetsRequests = r.api.log.filter((l) => l.path.startsWith('/v4/')).length;
    const limit = Math.min(s.perUser * s.users, s.perProject);
    const clock = busiestClockMinute(r.api);
    check(r.api.quotaRefusals === 0, `${s.name}: ${r.api.quotaRefusals} requests over the quota`);
    check(r.api.peakPerUser <= s.perUser && r.api.peakProject <= s.perProject, `${s.name}: a minute over the quota`);
    check(clock.user <= s.perUser && clock.project <= s.perProject, `${s.name}: a clock minute over the quota`);
    check(r.run.rollup.wards.length === NATION, `${s.name}: ${r.run.rollup.wards.length} wards rolled up`);
    check(sheetsRequests === NATION, `${s.name}: ${sheetsRequests} Sheets requests for ${NATION} wards`);
    if (cleanJson === '') cleanJson = r.output;
    check(r.output === cleanJson, `${s.name}: JSON differs from the first run's`);
    rows.push([
      s.name,
      `${s.users}×${s.perUser}/${s.perProject}`,
      String(r.run.rollup.wards.length),
      String(sheetsRequests),
      minutes(r.elapsedMs),
      minutes(Math.max(0, Math.ceil(sheetsRequests / limit) - 1) * 60_000),
      `${r.api.peakPerUser}/${r.api.peakProject}`,
      `${clock.user}/${clock.project}`,
      String(r.api.quotaRefusals),
      `${(r.realMs / 1000).toFixed(1)} s`,
    ]);
  }

  // Faults: 1 request in 50 answered 429, 1 in 70 a 500 or 503; 1 ward in 100 drops the connection of its one request.
  const random = seeded(11);
  const hung = new Set(sheets.filter((_, i) => i % 100 === 42).map((x) => x.id));
  const fault: GoogleFault = (_n, path) => {
    const id = path.split('/')[3] ?? '';
    if (hung.delete(id)) return { drop: true };
    const x = random();
    if (x < 0.02) return { status: 429 };
    if (x < 0.02 + 1 / 70) return { status: x < 0.027 ? 500 : 503 };
    return undefined;
  };
  const faulty: Scenario = { name: 'five identities, faults, killed at half', users: 5, perUser: 60, perProject: 300 };
  const cacheDir = join(work, 'cache-faults');
  const first = await simulate(sheets, faulty, { cacheDir, fault, killAfter: Math.floor(NATION / 2) });
  check(first.run === undefined, 'the faulty run was not killed');
  const again = await simulate(sheets, { ...faulty, name: '… the same command again' }, { cacheDir, fault });
  if (!again.run) throw new Error('the re-run was killed');
  const cached = again.run.stats.fromCache;
  check(cached >= Math.floor(NATION / 2), `the re-run took ${cached} wards from the cache`);
  const reRead = new Set(again.api.log.filter((l) => l.path.startsWith('/v4/')).map((l) => l.path.split('/')[3]));
  check(reRead.size === NATION - cached, `the re-run read ${reRead.size} spreadsheets, ${NATION - cached} were missing`);
  check(again.output === cleanJson, 'after faults and a kill, the JSON differs from the clean run’s');
  // A fallback starts with the request that never answered (logged with status 0).
  const fallbacks = [first, again].reduce((n, r) => n + r.api.log.filter((l) => l.status === 0).length, 0);
  for (const r of [first, again]) {
    const clock = busiestClockMinute(r.api);
    check(r.api.quotaRefusals === 0, `${r.s.name}: ${r.api.quotaRefusals} requests over the quota`);
    check(clock.user <= r.s.perUser && clock.project <= r.s.perProject, `${r.s.name}: a clock minute over the quota`);
    const sheetsRequests = r.api.log.filter((l) => l.path.startsWith('/v4/')).length;
    const injected = r.api.log.filter((l) => l.path.startsWith('/v4/') && (l.status === 429 || l.status >= 500 || l.status === 0)).length;
    rows.push([
      r.s.name,
      `${r.s.users}×${r.s.perUser}/${r.s.perProject}`,
      r.run ? String(r.run.rollup.wards.length) : `killed after ${Math.floor(NATION / 2)}`,
      `${sheetsRequests} (${injected} faults)`,
      minutes(r.elapsedMs),
      '',
      `${r.api.peakPerUser}/${r.api.peakProject}`,
      `${clock.user}/${clock.project}`,
      String(r.api.quotaRefusals),
      `${(r.realMs / 1000).toFixed(1)} s`,
    ]);
  }
  console.log(
    formatTable(
      [
        'scenario',
        'quota users×user/project',
        'wards',
        'Sheets requests',
        'wall time at quota',
        'floor',
        'most in a sliding minute user/project',
        'in a clock minute',
        'quota 429s',
        'real time',
      ],
      rows,
    ),
  );
  console.log(
    `\nThe re-run took ${cached} wards from the cache and read ${reRead.size} (${again.run.stats.retries} retries with backoff in it); ${fallbacks} wards in the two runs read the two-request way (fallback).`,
  );
  console.log('floor: the least any client could take at that quota (a full minute’s requests at once, then a minute per limit).');
  console.log('The limiter keeps a 1 s margin on each minute window for clocks that differ from Google’s.');

  // The .xlsx path on the same wards, exported: the first 250 (every distinct ward 10 times; exceljs takes a few
  // seconds per hundred), or ISHC_XLSX_WARDS of them (3321: the nation).
  const exported = Math.min(NATION, Number(process.env.ISHC_XLSX_WARDS ?? 250));
  const xlsxDir = join(work, 'xlsx');
  const t = performance.now();
  await exportXlsx(sheets.slice(0, exported), xlsxDir);
  const log = console.log;
  const error = console.error;
  let xlsxOut = '';
  console.log = (text?: unknown) => {
    xlsxOut += String(text);
  };
  console.error = () => undefined;
  try {
    await runProvince([xlsxDir], { period: PERIOD, today: TODAY, lang: 'vi', json: true });
  } finally {
    console.log = log;
    console.error = error;
  }
  let googleOut = cleanJson;
  if (exported < NATION) {
    const part = await simulate(sheets.slice(0, exported), clean[1], { cacheDir: join(work, 'cache-part') });
    googleOut = part.output;
  }
  const bodies = (text: string) => {
    const json = JSON.parse(text) as { wards: Array<{ source: string }> };
    for (const w of json.wards) w.source = '';
    return JSON.stringify(json);
  };
  const same = bodies(xlsxOut) === bodies(googleOut);
  check(same, 'the --google JSON differs from the .xlsx path’s on the same wards');
  console.log(
    `\n--google JSON ${same ? 'equals' : 'DIFFERS FROM'} ishc province on the same ${exported} wards exported to .xlsx (sources aside: titles vs file names); ${((performance.now() - t) / 1000).toFixed(0)} s to export and read them.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
