/**
 * `ishc add-club` on a real .xlsx it writes and reads back: the registry row (with the board's
 * e-mails, as the add-on's dialog takes them), the club tab, the input untouched; a club the ward
 * cannot take is refused with the reason, exit 2 and no file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const dir = mkdtempSync(join(tmpdir(), 'ishc-add-club-'));
const ward = join(dir, 'so.xlsx');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', '2026-11-22'], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The registry's header row and the row whose first code cell is `code`, read with ExcelJS (not the CLI's reader). */
async function registryRow(path: string, code: string): Promise<Record<string, unknown> | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet('Danh mục CLB')!;
  let headers: string[] | undefined;
  let found: Record<string, unknown> | undefined;
  sheet.eachRow((row) => {
    const cells = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!headers && cells.includes('Mã CLB')) headers = cells;
    else if (headers && cells[headers.indexOf('Mã CLB')] === code) found = Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
  });
  return found;
}

beforeAll(() => {
  expect(run('new', ward).code).toBe(0);
});

test('the registry row carries the board e-mails (lower case, ", " between), the club gets its tab, the input is untouched', async () => {
  const before = sha(ward);
  const out = join(dir, 'moi.xlsx');
  const r = run(
    'add-club',
    ward,
    '--code',
    'CLB09',
    '--name',
    'CLB Tổ 9',
    '--group',
    'TDP01',
    '--board-emails',
    'An@X.vn;  binh@x.vn',
    '-o',
    out,
  );
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(sha(ward)).toBe(before);
  expect(await registryRow(out, 'CLB09')).toMatchObject({
    'Tên CLB': 'CLB Tổ 9',
    'Tổ dân phố': 'TDP01',
    'Email Ban chủ nhiệm': 'an@x.vn, binh@x.vn',
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet('CLB09')).toBeDefined();
});

test.each([
  ['vi', /"an@x" không phải địa chỉ email hợp lệ/],
  ['en', /"an@x" is not a valid e-mail address/],
])('a bad board e-mail is refused (%s): the reason, exit 2, no file written', (lang, message) => {
  const out = join(dir, `bad-${lang}.xlsx`);
  const r = run(
    'add-club',
    ward,
    '--code',
    'CLB10',
    '--name',
    'CLB Tổ 10',
    '--group',
    'TDP01',
    '--board-emails',
    'an@x, binh@x.vn',
    '-o',
    out,
    '--lang',
    lang,
  );
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(existsSync(out)).toBe(false);
});

test('a code already in the registry is refused, exit 2, nothing written', () => {
  const once = join(dir, 'once.xlsx');
  expect(run('add-club', ward, '--code', 'CLB11', '--name', 'CLB Tổ 11', '--group', 'TDP01', '-o', once).code).toBe(0);
  const twice = join(dir, 'twice.xlsx');
  const r = run('add-club', once, '--code', 'CLB11', '--name', 'Lặp', '--group', 'TDP01', '-o', twice);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/CLB11/);
  expect(existsSync(twice)).toBe(false);
});
