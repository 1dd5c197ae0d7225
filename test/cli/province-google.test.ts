/**
 * `ishc province --google` through the real googleapis client against a local stand-in of the Sheets
 * and Drive APIs (test/fakes/googleApi): the demo wards written with `ishc demo` are served as
 * spreadsheets, and the JSON must be the one `ishc province` gives on the same wards' .xlsx files.
 */

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWardXlsx } from '../../src/cli/input';
import { fingerprintGrids } from '../../src/core/fingerprint';
import { lockEventRows, lockHeader, withoutLockTab } from '../../src/core/lock';
import { FakeGoogleApi, type Fault } from '../fakes/googleApi/server';
import { spreadsheetFromXlsx } from '../fakes/googleApi/xlsx';

const TODAY = '2026-11-22';
const TOKEN = 'ya29.test-token';
const dir = mkdtempSync(join(tmpdir(), 'ishc-province-google-'));
const wards = join(dir, 'wards');
const WARDS = [
  ['bim-son', 'Bỉm Sơn', '1648', 'sheet-bim-son-1'],
  ['ngoc-trao', 'Ngọc Trạo', '7', 'sheet-ngoc-trao-2'],
  ['dong-son', 'Đông Sơn', '9', 'sheet-dong-son-3'],
] as const;
const IDS = WARDS.map((w) => w[3]);

function ishcSync(...args: string[]): string {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', TODAY], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ishc ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  child: ChildProcess;
}

/** The CLI as a child process, so the fake server in this process can answer it. */
function ishc(args: string[], onStart?: (child: ChildProcess) => void): Promise<Run> {
  const child = spawn(process.execPath, ['build/cli.mjs', ...args, '--today', TODAY]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    err += d;
  });
  onStart?.(child);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err, child })));
}

let seq = 0;
const freshCache = () => join(dir, `cache-${++seq}`);

async function serve(opts: { fault?: (n: number, path: string) => Fault | undefined } = {}): Promise<{ api: FakeGoogleApi; root: string }> {
  const api = new FakeGoogleApi({ tokens: [TOKEN, 'other-user'], perUser: 60, perProject: 300, fault: opts.fault });
  for (const [file, , , id] of WARDS) api.add(await spreadsheetFromXlsx(join(wards, `${file}.xlsx`), id, file));
  api.add({
    id: 'not-a-ward',
    title: 'Danh sách hộ nghèo',
    tabs: [{ title: 'Trang tính1', rows: [['Danh sách hộ nghèo'], ['Nguyễn Văn A', 1950]] }],
  });
  api.add({ ...(await spreadsheetFromXlsx(join(wards, 'bim-son.xlsx'), 'private-ward', 'Phường riêng')), deniedTo: [TOKEN] });
  api.add(await spreadsheetFromXlsx(join(dir, 'locked.xlsx'), 'locked-ward', 'bim-son-da-chot'));
  api.folders.set('folder-thanh-hoa', [...IDS].reverse());
  return { api, root: await api.start() };
}

const google = (root: string, cache: string, ...rest: string[]) => ['--api-root', root, '--access-token', TOKEN, '--cache', cache, ...rest];

/** The JSON without each ward's `source` (a file name on one path, a spreadsheet title on the other), which is returned apart. */
function withoutSources(json: string): { body: unknown; sources: string[] } {
  const parsed = JSON.parse(json) as { wards: Array<{ source: string }> };
  const sources = parsed.wards.map((w) => w.source);
  for (const w of parsed.wards) w.source = '';
  return { body: parsed, sources };
}

let xlsxJson: { body: unknown; sources: string[] };
const LOCKED_AT = '2026-07-05 09:00';

/** Bỉm Sơn with 2026-H1 locked (Chốt số liệu), then a member of CLB01 edited from Nữ to Nam. */
async function writeLockedWard(): Promise<void> {
  const source = join(wards, 'bim-son.xlsx');
  const { grids } = await readWardXlsx(source, 'vi');
  const rows = lockEventRows(
    {
      period: '2026-H1',
      action: 'lock',
      at: LOCKED_AT,
      by: 'canbo@phuong.gov.vn',
      fingerprint: fingerprintGrids(withoutLockTab(grids)),
      grids: withoutLockTab(grids),
    },
    'vi',
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  let col = 0;
  wb.getWorksheet('CLB01')!.eachRow((row) => {
    row.eachCell((cell, c) => {
      if (cell.value === 'Giới tính') col = c;
      else if (col > 0 && c === col && cell.value === 'Nữ') {
        cell.value = 'Nam';
        col = -1;
      }
    });
  });
  wb.addWorksheet('Số liệu đã chốt').addRows([lockHeader('vi'), ...rows]);
  await wb.xlsx.writeFile(join(dir, 'locked.xlsx'));
}

beforeAll(async () => {
  mkdirSync(wards);
  for (const [name, place, seed] of WARDS) {
    ishcSync('demo', join(dir, name), '--place', place, '--seed', seed);
    copyFileSync(join(dir, name, 'ward.xlsx'), join(wards, `${name}.xlsx`));
  }
  await writeLockedWard();
  xlsxJson = withoutSources(ishcSync('province', ...WARDS.map((w) => join(wards, `${w[0]}.xlsx`)), '--period', '2026', '--json'));
}, 90_000);

describe('ishc province --google', () => {
  test('the same JSON as the .xlsx path, from one spreadsheets.get and one values.batchGet per ward', async () => {
    const { api, root } = await serve();
    try {
      const r = await ishc(['province', '--google', ...IDS, ...google(root, freshCache(), '--period', '2026', '--json')]);
      expect(r.err).toContain('Đã đọc 3 bảng tính (0 lấy từ');
      expect(r.code).toBe(0);
      const got = withoutSources(r.out);
      expect(got.body).toEqual(xlsxJson.body);
      expect(got.sources).toEqual(['bim-son', 'ngoc-trao', 'dong-son']);
      expect(xlsxJson.sources).toEqual(['bim-son.xlsx', 'ngoc-trao.xlsx', 'dong-son.xlsx']);
      // Two requests per ward (wards are read a few at a time), both with the token; the batchGet asks for every input tab
      // (no output tab) unformatted.
      for (const id of IDS)
        expect(api.log.filter((l) => l.path.includes(id)).map((l) => `${l.path.replace(id, 'ID')} ${l.token}`)).toEqual([
          `/v4/spreadsheets/ID ${TOKEN}`,
          `/v4/spreadsheets/ID/values:batchGet ${TOKEN}`,
        ]);
      expect(api.log).toHaveLength(6);
      for (const l of api.log.filter((x) => x.path.endsWith(':batchGet'))) {
        expect(l.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
        expect(l.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
        const asked = l.query.getAll('ranges');
        expect(asked).toContain("'Cấu hình'");
        expect(asked).not.toContain("'Tổng hợp'");
        const tabs = api.spreadsheets.get(l.path.split('/')[3])!.tabs.map((t) => `'${t.title}'`);
        expect(asked.length).toBeGreaterThan(4);
        expect(asked.every((a) => tabs.includes(a))).toBe(true);
      }
    } finally {
      await api.stop();
    }
  });

  test('a ward that locked the period counts with its locked figures, as on the .xlsx path', async () => {
    const { api, root } = await serve();
    try {
      const r = await ishc(['province', '--google', 'locked-ward', ...google(root, freshCache(), '--period', '2026-H1', '--json')]);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`"bim-son-da-chot" (locked-ward): kỳ 2026-H1 đã chốt số liệu ngày ${LOCKED_AT}`);
      const got = JSON.parse(r.out);
      expect(got.wards[0].lockedAt).toBe(LOCKED_AT);
      expect(withoutSources(r.out).body).toEqual(
        withoutSources(ishcSync('province', join(dir, 'locked.xlsx'), '--period', '2026-H1', '--json')).body,
      );
      // The locked figures are the ward's before the edit.
      const before = JSON.parse(ishcSync('province', join(wards, 'bim-son.xlsx'), '--period', '2026-H1', '--json'));
      expect(got.wards[0].facts).toEqual(before.wards[0].facts);
    } finally {
      await api.stop();
    }
  });

  test('a Drive folder: files.list finds the spreadsheets (in name order) and the JSON is the same', async () => {
    const { api, root } = await serve();
    try {
      const r = await ishc([
        'province',
        '--google-folder',
        'folder-thanh-hoa',
        ...google(root, freshCache(), '--period', '2026', '--json'),
      ]);
      expect(r.code).toBe(0);
      // The .xlsx path over a folder also goes in name order.
      expect(withoutSources(r.out).body).toEqual(withoutSources(ishcSync('province', wards, '--period', '2026', '--json')).body);
      const list = api.log.find((l) => l.path === '/drive/v3/files')!;
      expect(list.query.get('q')).toBe(
        "'folder-thanh-hoa' in parents and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false",
      );
      const missing = await ishc(['province', '--google-folder', 'no-such-folder', ...google(root, freshCache())]);
      expect(missing.code).toBe(3);
      expect(missing.err).toContain('Không tìm thấy thư mục Drive "no-such-folder"');
    } finally {
      await api.stop();
    }
  });

  test('survives 429s, a 503 and a request that never answers (timeout): retried with backoff, same JSON', async () => {
    const faults: Record<number, Fault> = {
      1: { status: 429, retryAfter: 1 },
      2: { status: 429 },
      4: { status: 503 },
      6: { hangMs: 5000 },
    };
    const { api, root } = await serve({ fault: (n) => faults[n] });
    try {
      const r = await ishc(['province', '--google', ...IDS, ...google(root, freshCache(), '--period', '2026', '--json', '--timeout', '1')]);
      expect(r.code).toBe(0);
      expect(withoutSources(r.out).body).toEqual(xlsxJson.body);
      expect(r.err.match(/thử lại sau/g)?.length).toBe(4);
      expect(r.err).toContain('429');
      expect(r.err).toContain('503');
      expect(r.err).toContain('10 yêu cầu tới Google, 4 lần thử lại');
      // The first retry waited at least the Retry-After the server asked for.
      const [first, retried] = api.log.filter((l) => l.path === api.log[0].path);
      expect(retried.at - first.at).toBeGreaterThanOrEqual(1000);
    } finally {
      await api.stop();
    }
  });

  test('a run killed after its first ward resumes from the cache: the re-run reads only the rest, same JSON', async () => {
    const cache = freshCache();
    // The other wards' batchGets hang, so the run is surely in flight, with one ward read, when it is killed.
    const hang = (path: string) => path.endsWith(':batchGet') && !path.includes(IDS[0]);
    const { api, root } = await serve({ fault: (_n, path) => (hang(path) ? { hangMs: 30_000 } : undefined) });
    let killed = false;
    try {
      const first = await ishc(['province', '--google', ...IDS, ...google(root, cache, '--period', '2026', '--json')], (child) => {
        const poll = setInterval(() => {
          if (api.log.filter((l) => hang(l.path)).length === 2 && existsSync(join(cache, '2026', `${IDS[0]}.json`))) {
            clearInterval(poll);
            killed = child.kill('SIGKILL');
          }
        }, 20);
      });
      expect(killed).toBe(true);
      expect(first.code).toBeNull();
      expect(readdirSync(join(cache, '2026'))).toEqual([`${IDS[0]}.json`]);
    } finally {
      await api.stop();
    }
    const again = await serve();
    try {
      const r = await ishc(['province', '--google', ...IDS, ...google(again.root, cache, '--period', '2026', '--json')]);
      expect(r.code).toBe(0);
      expect(r.err).toContain('Đã đọc 3 bảng tính (1 lấy từ');
      expect(withoutSources(r.out).body).toEqual(xlsxJson.body);
      expect(again.api.log.some((l) => l.path.includes(IDS[0]))).toBe(false);
      expect(again.api.log).toHaveLength(4);
    } finally {
      await again.api.stop();
    }
  });

  test('unknown id (404), no permission (403), a spreadsheet that is no ward: each named and skipped, the rest rolled up', async () => {
    const { api, root } = await serve();
    try {
      const ids = [IDS[0], 'no-such-sheet', 'private-ward', 'not-a-ward'];
      const vi = await ishc(['province', '--google', ...ids, ...google(root, freshCache(), '--period', '2026', '--json')]);
      expect(vi.code).toBe(0);
      expect(vi.err).toContain('Bỏ qua: Không tìm thấy bảng tính Google có mã "no-such-sheet" (404)');
      expect(vi.err).toContain('Bỏ qua: Không có quyền xem bảng tính "private-ward" (403: The caller does not have permission)');
      expect(vi.err).toContain('Bỏ qua: Bảng tính "Danh sách hộ nghèo" (not-a-ward) không phải sổ phường');
      expect(JSON.parse(vi.out).wards).toHaveLength(1);
      const en = await ishc(['province', '--google', ...ids.slice(1), ...google(root, freshCache(), '--lang', 'en')]);
      expect(en.code).toBe(3);
      expect(en.err).toContain('Skipped: No Google spreadsheet has the id "no-such-sheet" (404)');
      expect(en.err).toContain('Skipped: No permission to view spreadsheet "private-ward" (403');
      expect(en.err).toContain('is not a ward workbook');
      expect(en.err).toContain('None of the files given is a readable ward workbook');
    } finally {
      await api.stop();
    }
  });

  test('a refused token stops the run (exit 3); no way to sign in, or a file among the ids, is a usage error (exit 2)', async () => {
    const { api, root } = await serve();
    try {
      const bad = await ishc(['province', '--google', IDS[0], '--api-root', root, '--access-token', 'expired', '--cache', freshCache()]);
      expect(bad.code).toBe(3);
      expect(bad.err).toContain('Google từ chối đăng nhập (Request had invalid authentication credentials');
      const none = await ishc(['province', '--google', IDS[0], '--api-root', root]);
      expect(none.code).toBe(2);
      expect(none.err).toContain('province --google cần cách đăng nhập Google');
      const mixed = await ishc(['province', '--google', IDS[0], 'ward.xlsx', ...google(root, freshCache())]);
      expect(mixed.code).toBe(2);
      expect(mixed.err).toContain('"ward.xlsx"');
      const quota = await ishc(['province', '--google', IDS[0], ...google(root, freshCache(), '--quota-user', '0')]);
      expect(quota.code).toBe(2);
      expect(quota.err).toContain('--quota-user cần một số dương');
    } finally {
      await api.stop();
    }
  });
});
