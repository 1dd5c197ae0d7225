/**
 * Locked figures on the command line: a ward .xlsx whose *Số liệu đã chốt* tab (written by the
 * add-on) locks 2026-H1 is reported, and counted in the province, from the locked snapshot; a later
 * edit is flagged by `check`. The lock tab here is written the way the add-on writes it (core's rows).
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { docxText } from '../../src/cli/docx/text';
import { readWardXlsx } from '../../src/cli/input';
import { fingerprintGrids } from '../../src/core/fingerprint';
import { lockEventRows, lockHeader, withoutLockTab } from '../../src/core/lock';

const dir = mkdtempSync(join(tmpdir(), 'ishc-lock-'));
const TODAY = '2026-11-22';
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', TODAY], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ward = join(dir, 'demo', 'ward.xlsx');
const locked = join(dir, 'locked.xlsx');
const edited = join(dir, 'edited.xlsx');
const AT = '2026-07-05 09:00';

/** CLB01's first woman member written as a man. */
function editGender(wb: ExcelJS.Workbook): void {
  const sheet = wb.getWorksheet('CLB01')!;
  let col = 0;
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.value === 'Giới tính') col = c;
      else if (col && c === col && cell.value === 'Nữ' && r > 0) {
        cell.value = 'Nam';
        col = -1;
      }
    });
  });
}

beforeAll(async () => {
  expect(run('demo', join(dir, 'demo')).code).toBe(0);
  const { grids } = await readWardXlsx(ward, 'vi');
  const rows = lockEventRows(
    {
      period: '2026-H1',
      action: 'lock',
      at: AT,
      by: 'canbo@phuong.gov.vn',
      fingerprint: fingerprintGrids(withoutLockTab(grids)),
      grids: withoutLockTab(grids),
    },
    'vi',
  );
  for (const [path, lock] of [
    [locked, true],
    [edited, false],
  ] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ward);
    editGender(wb);
    if (lock) wb.addWorksheet('Số liệu đã chốt').addRows([lockHeader('vi'), ...rows]);
    await wb.xlsx.writeFile(path);
  }
}, 60_000);

const report = (input: string, out: string) => {
  const r = run('report', input, '--kind', 'h1', '--period', '2026-H1', '-o', join(dir, out));
  expect(r.code).toBe(0);
  return { text: docxText(readFileSync(join(dir, out))), out: r.out };
};
const provinceFacts = (input: string) => {
  const r = run('province', input, '--period', '2026-H1', '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { wards: Array<{ lockedAt: string | null; facts: Record<string, number> }> };
};

test('a locked period is reported from the snapshot: the report of the edited workbook equals the one before the edit', () => {
  const original = report(ward, 'original.docx');
  const fromLock = report(locked, 'locked.docx');
  const unlocked = report(edited, 'edited.docx');
  expect(fromLock.text).toBe(original.text);
  expect(unlocked.text).not.toBe(original.text);
  expect(fromLock.out).toContain(`Kỳ 2026-H1 đã chốt số liệu ngày ${AT}`);
});

test('the province counts a locked ward with its locked figures, and says so', () => {
  const original = provinceFacts(ward).wards[0];
  const fromLock = provinceFacts(locked).wards[0];
  const unlocked = provinceFacts(edited).wards[0];
  expect(fromLock.lockedAt).toBe(AT);
  expect(original.lockedAt).toBeNull();
  expect(fromLock.facts).toEqual(original.facts);
  expect(unlocked.facts.women_members).toBe(original.facts.women_members - 1);
  expect(run('province', locked, '--period', '2026-H1', '-o', join(dir, 'tinh.xlsx')).err).toContain('đã chốt số liệu ngày');
});

test('the province workbook’s Theo phường tab says when a ward locked its figures', async () => {
  const out = join(dir, 'tinh-hai-phuong.xlsx');
  expect(run('demo', join(dir, 'ngoc-trao'), '--place', 'Ngọc Trạo', '--seed', '7').code).toBe(0);
  const other = join(dir, 'ngoc-trao', 'ward.xlsx');
  expect(run('province', locked, other, '--period', '2026-H1', '-o', out).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows = (wb.getWorksheet('Theo phường')!.getSheetValues() as unknown[][]).filter(Boolean);
  const header = rows.findIndex((r) => r.includes('Số liệu đã chốt lúc'));
  expect(header).toBeGreaterThanOrEqual(0);
  const col = rows[header].indexOf('Số liệu đã chốt lúc');
  const file = rows[header].indexOf('Tệp');
  const byFile = Object.fromEntries(
    rows
      .slice(header + 1)
      .filter((r) => r[file])
      .map((r) => [r[file], r[col] ?? '']),
  );
  expect(byFile).toEqual({ 'locked.xlsx': AT, 'ward.xlsx': '' });
});

test('check flags the edit of the locked period, old → new, without names', () => {
  const r = run('check', locked, '--json');
  const issues = JSON.parse(r.out).issues as Array<{ rule: string; message: string; sheet: string }>;
  const flags = issues.filter((i) => i.rule.startsWith('lock.'));
  expect(flags.some((f) => /Số thành viên nữ: \d+ → \d+/.test(f.message))).toBe(true);
  expect(flags.some((f) => f.sheet === 'CLB01')).toBe(true);
});
