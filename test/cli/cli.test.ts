/** The built command line on real .xlsx/.docx files it writes and reads back. */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { wardTemplateWorkbook } from '../../src/cli/files';
import { sheetGrid } from '../../src/cli/xlsx';
import { generateDemoWard } from '../../src/core/demo';
import { INDICATORS } from '../../src/core/indicators/declarations';
import { type PeopleFact, pickPeople, recountWard } from '../core/recount';
import { workbookCells } from './cells';

const dir = mkdtempSync(join(tmpdir(), 'ishc-cli-'));
const ishc = (...args: string[]) =>
  execFileSync(process.execPath, ['build/cli.mjs', ...args, '--today', '2026-11-22'], { encoding: 'utf8' });
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The generator's own record of the mistakes it planted in the ward `ishc demo` writes, as tab!cell. */
const planted = generateDemoWard({ today: '2026-11-22' }).mistakes.map((m) => `${m.sheet}!${m.a1}`);

beforeAll(() => {
  ishc('demo', dir);
});

describe('ishc on the demo ward', () => {
  test('demo writes the ward, the rolled-up workbook, the officers’ named lists and the report', () => {
    for (const f of ['ward.xlsx', 'ward-tong-hop.xlsx', 'ward-danh-sach-rieng.xlsx', 'bao-cao-6-thang-2026-H1.docx'])
      expect(existsSync(join(dir, f))).toBe(true);
  });

  test('rollup --json counts people as an independent re-count of the .xlsx cells does, and never touches its input', async () => {
    const ward = join(dir, 'ward.xlsx');
    const before = sha(ward);
    const json = JSON.parse(ishc('rollup', ward, '--period', '2026', '--json'));
    expect(sha(ward)).toBe(before);
    const recount = recountWard(await workbookCells(ward), '2026-12-31');
    expect(pickPeople(json.facts)).toEqual(recount.total);
    const clubs = json.clubs as Array<{ code: string; facts: Record<PeopleFact, number> }>;
    expect(Object.fromEntries(clubs.map((c) => [c.code, pickPeople(c.facts)]))).toEqual(recount.byClub);
    const value = (id: string) => json.indicators.find((i: { id: string }) => i.id === id).value;
    expect([value('members'), value('women_members'), value('elderly_members'), value('elderly_women')]).toEqual([
      recount.total.members,
      recount.total.women_members,
      recount.total.elderly_members,
      recount.total.elderly_women,
    ]);
    expect(json.indicators.find((i: { id: string }) => i.id === 'loan_need_met')).toMatchObject({
      numerator: recount.total.members_served,
      denominator: recount.total.members_in_need,
    });
    expect(recount.total.members).toBeGreaterThanOrEqual(300);
    expect(json.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(json.clubs.length).toBeGreaterThanOrEqual(5);
    const reported = new Set(json.issues.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`));
    expect(planted.filter((cell) => !reported.has(cell))).toEqual([]);
    expect(json.issues[0]).toEqual({
      sheet: expect.any(String),
      cell: expect.any(String),
      severity: expect.stringMatching(/error|warning/),
      rule: expect.any(String),
      message: expect.any(String),
    });
  });

  test('rollup -o writes the output tabs into a new workbook', async () => {
    const out = join(dir, 'out.xlsx');
    ishc('rollup', join(dir, 'ward.xlsx'), '--period', '2026-H1', '-o', out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const name of ['Tổng hợp', 'Theo CLB', 'Kiểm tra']) expect(wb.getWorksheet(name)).toBeDefined();
    for (const name of ['Mừng thọ', 'Hưu trí xã hội']) expect(wb.getWorksheet(name)).toBeUndefined();
    const check = sheetGrid(wb.getWorksheet('Kiểm tra')!);
    // The issue list, down to the blank row before the completeness section (output/reporting.ts).
    const issues = check.slice(
      3,
      check.findIndex((r, i) => i > 3 && r.every((c) => c === '' || c === null || c === undefined)),
    );
    expect(issues.every((r) => /^CLB|^[^!]+![A-Z]+\d+$|^$/.test(String(r[3])))).toBe(true);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const rowOf = (id: string) => summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(2).value === id)!;
    const share = rowOf('elderly_women_share').getCell(5);
    expect(typeof share.value).toBe('number');
    expect(share.numFmt).toBe('0.0%');
    expect(rowOf('members').getCell(5).numFmt).toBe('#,##0');
    // Each club tab carries its standard result in A3, as the add-on writes it.
    const grid = sheetGrid(wb.getWorksheet('Theo CLB')!);
    const [standard, missed] = [grid[2].indexOf('Chuẩn CLB'), grid[2].indexOf('Tiêu chí chưa đạt')];
    const byClub = grid.slice(3).filter((r) => r[1] !== '');
    for (const row of byClub) {
      const tab = wb.getWorksheet(String(row[1]))!;
      expect(String(tab.getCell('A3').value)).toBe(
        `Chuẩn CLB (6 tháng đầu năm 2026): ${row[standard] === 'Đạt chuẩn' ? 'Đạt chuẩn' : `Chưa đạt – thiếu: ${row[missed]}`}`,
      );
    }
  });

  test('check --json names tab and cell of each deliberate mistake (and exits 1: it found errors)', () => {
    const checked = spawnSync(process.execPath, ['build/cli.mjs', 'check', join(dir, 'ward.xlsx'), '--json', '--today', '2026-11-22'], {
      encoding: 'utf8',
    });
    expect(checked.status).toBe(1);
    const json = JSON.parse(checked.stdout);
    expect(json.issues.map((i: { rule: string }) => i.rule)).toEqual(
      expect.arrayContaining(['value.year.separator', 'member.duplicateInClub', 'loan.notMember']),
    );
    const reported = new Set(json.issues.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`));
    expect(planted).toHaveLength(8);
    expect(planted.filter((cell) => !reported.has(cell))).toEqual([]);
    for (const i of json.issues) expect(i.cell === '' || /^[A-Z]+\d+$/.test(i.cell)).toBe(true);
    // Like rollup --json, it carries every indicator by its id and each club's standard.
    expect(json.indicators.map((i: { id: string }) => i.id)).toEqual(INDICATORS.map((d) => d.id));
    expect(json.clubs[0].standard).toEqual({ met: expect.any(Boolean), missed: expect.any(Array) });
  });

  test('check counts at the end of the period it is given, as rollup --json does over that period, and says the date', () => {
    const ward = join(dir, 'ward.xlsx');
    // Read stdout whatever the exit code (a check that finds errors may exit non-zero).
    const run = spawnSync(process.execPath, ['build/cli.mjs', 'check', ward, '--period', '2026-H1', '--today', '2026-11-22'], {
      encoding: 'utf8',
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines[1]).toBe('· Số thành viên và tỷ lệ của CLB tính đến 30/06/2026 (cuối kỳ 6 tháng đầu năm 2026)');
    const json = JSON.parse(ishc('rollup', ward, '--period', '2026-H1', '--json'));
    const fromJson = json.issues.map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`);
    expect(lines.slice(2).map((l) => l.split('\t')[1])).toEqual(fromJson);
  });

  test('report writes a .docx with the ward and period, every placeholder filled', () => {
    const out = join(dir, 'r.docx');
    ishc('report', join(dir, 'ward.xlsx'), '--period', '2026-H1', '-o', out);
    const xml = new PizZip(readFileSync(out)).file('word/document.xml')!.asText();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Ủy ban nhân dân phường Bỉm Sơn');
    expect(text).toContain('6 tháng đầu năm 2026');
    expect(text).not.toContain('{{');
  });

  test('bad arguments get a clear Vietnamese message and a non-zero exit', () => {
    expect(() =>
      execFileSync(process.execPath, ['build/cli.mjs', 'rollup', join(dir, 'ward.xlsx'), '--period', '2026-H3'], { stdio: 'pipe' }),
    ).toThrow(/không phải kỳ báo cáo/);
    expect(() => execFileSync(process.execPath, ['build/cli.mjs', 'check', join(dir, 'nope.xlsx')], { stdio: 'pipe' })).toThrow(
      /Không tìm thấy tệp/,
    );
  });
});

test('sheets-templates/so-phuong-mau.xlsx matches the declarations (run `npm run templates`)', async () => {
  const committed = new ExcelJS.Workbook();
  await committed.xlsx.readFile('sheets-templates/so-phuong-mau.xlsx');
  const fresh = await new ExcelJS.Workbook().xlsx.load(await wardTemplateWorkbook().xlsx.writeBuffer());
  expect(committed.worksheets.map((w) => w.name)).toEqual(fresh.worksheets.map((w) => w.name));
  for (const ws of fresh.worksheets) expect(sheetGrid(committed.getWorksheet(ws.name)!)).toEqual(sheetGrid(ws));
});
