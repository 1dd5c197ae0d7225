/** `ishc province` on real ward .xlsx files: sums of numerators and denominators, never averages. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sheetGrid } from '../../src/cli/xlsx';
import { INDICATORS } from '../../src/core/indicators/declarations';
import { noPeople, PEOPLE_FACTS, type PeopleFact, pickPeople, recountWard } from '../core/recount';
import { workbookCells } from './cells';

const dir = mkdtempSync(join(tmpdir(), 'ishc-province-'));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', '2026-11-22'], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const ishc = (...args: string[]) => {
  const r = run(...args);
  if (r.code !== 0) throw new Error(`ishc ${args.join(' ')} exited ${r.code}: ${r.err}`);
  return r.out;
};

type Indicator = { id: string; value: number | null; numerator: number; denominator: number | null; status: string; target: unknown };
const wards = join(dir, 'wards');

beforeAll(() => {
  mkdirSync(wards);
  // Three different wards of one province: other place names and seeds, so their figures differ.
  for (const [name, place, seed] of [
    ['bim-son', 'Bỉm Sơn', '1648'],
    ['ngoc-trao', 'Ngọc Trạo', '7'],
    ['dong-son', 'Đông Sơn', '9'],
  ]) {
    ishc('demo', join(dir, name), '--place', place, '--seed', seed);
    copyFileSync(join(dir, name, 'ward.xlsx'), join(wards, `${name}.xlsx`));
  }
}, 60_000);

describe('ishc province', () => {
  test('the province is the sum of its wards: numerators and denominators add up, shares are ratios of sums', async () => {
    const files = ['bim-son', 'ngoc-trao', 'dong-son'].map((n) => join(wards, `${n}.xlsx`));
    const own = files.map((f) => JSON.parse(ishc('rollup', f, '--period', '2026', '--json')) as { ward: string; indicators: Indicator[] });
    expect(new Set(own.map((w) => w.ward)).size).toBe(3);
    const province = JSON.parse(ishc('province', ...files, '--period', '2026', '--json'));
    expect(province.province).toBe('Tỉnh Thanh Hóa');
    expect(province.wards.map((w: { ward: string }) => w.ward)).toEqual(own.map((w) => w.ward));
    for (const decl of INDICATORS) {
      const parts = own.map((w) => w.indicators.find((i) => i.id === decl.id)!);
      const total = province.indicators.find((i: Indicator) => i.id === decl.id) as Indicator;
      const numerator = parts.reduce((s, p) => s + p.numerator, 0);
      expect(total.numerator).toBe(numerator);
      if (decl.unit === 'percent') {
        const denominator = parts.reduce((s, p) => s + (p.denominator ?? 0), 0);
        expect(total.denominator).toBe(denominator);
        expect(total.value).toBeCloseTo(denominator === 0 ? NaN : numerator / denominator, 5);
      } else {
        expect(total.value).toBe(numerator);
      }
    }
    // Anchored outside the core: each ward's people and the province's are re-counted from the .xlsx cells.
    const recounts = await Promise.all(files.map(async (f) => recountWard(await workbookCells(f), '2026-12-31').total));
    expect(province.wards.map((w: { facts: Record<PeopleFact, number> }) => pickPeople(w.facts))).toEqual(recounts);
    const summed = noPeople();
    for (const r of recounts) for (const id of PEOPLE_FACTS) summed[id] += r[id];
    expect(pickPeople(province.facts)).toEqual(summed);
    // A share whose wards differ in size: the ratio of sums, not the average of the wards' shares.
    const share = (w: { indicators: Indicator[] }) => w.indicators.find((i) => i.id === 'elderly_women_share')!;
    const average = own.reduce((s, w) => s + share(w).value!, 0) / own.length;
    const pooled = province.indicators.find((i: Indicator) => i.id === 'elderly_women_share') as Indicator;
    expect(pooled.value).not.toBeCloseTo(average, 6);
    // Count targets add up across wards (three wards at ≥ 300 older members each: ≥ 900).
    expect(province.indicators.find((i: Indicator) => i.id === 'elderly_members').target).toEqual({ min: 900, percent: false });
  });

  test('a folder of wards writes the province workbook with both tabs, values as numbers', async () => {
    const out = join(dir, 'tinh.xlsx');
    const printed = ishc('province', wards, '--period', '2026-H1', '-o', out);
    expect(printed).toContain('Chỉ tiêu – Tỉnh Thanh Hóa – 3 phường/xã – 6 tháng đầu năm 2026');
    expect(printed).toContain(`Đã ghi ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = sheetGrid(wb.getWorksheet('Tổng hợp tỉnh')!);
    expect(summary[2].slice(0, 5)).toEqual(['STT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Kết quả']);
    expect(summary.slice(3).map((r) => r[1])).toEqual(INDICATORS.map((d) => d.id));
    const members = summary.find((r) => r[1] === 'members')!;
    const byWard = sheetGrid(wb.getWorksheet('Theo phường')!);
    const rows = byWard.slice(3).filter((r) => r[1] !== '');
    expect(rows.map((r) => r[1]).sort()).toEqual(['Phường Bỉm Sơn', 'Phường Ngọc Trạo', 'Phường Đông Sơn'].sort());
    const membersCol = 6 + INDICATORS.findIndex((d) => d.id === 'members');
    // Each ward's members as re-counted from its own .xlsx cells at 30/06/2026, and the province's their sum.
    const recounted: Record<string, number> = {};
    for (const [file, ward] of [
      ['bim-son', 'Phường Bỉm Sơn'],
      ['ngoc-trao', 'Phường Ngọc Trạo'],
      ['dong-son', 'Phường Đông Sơn'],
    ])
      recounted[ward] = recountWard(await workbookCells(join(wards, `${file}.xlsx`)), '2026-06-30').total.members;
    expect(Object.fromEntries(rows.map((r) => [r[1], r[membersCol]]))).toEqual(recounted);
    expect(members[4]).toBe(Object.values(recounted).reduce((a, b) => a + b, 0));
    const shareCell = wb
      .getWorksheet('Tổng hợp tỉnh')!
      .getRow(3 + 1 + INDICATORS.findIndex((d) => d.id === 'elderly_women_share'))
      .getCell(5);
    expect(typeof shareCell.value).toBe('number');
    expect(shareCell.numFmt).toBe('0.0%');
  });

  test('a folder may hold other workbooks and the previous output: they are skipped, and a second run works', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    for (const name of ['bim-son', 'ngoc-trao']) copyFileSync(join(wards, `${name}.xlsx`), join(folder, `${name}.xlsx`));
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Danh sách').getCell('A1').value = 'Danh sách hộ nghèo';
    await other.xlsx.writeFile(join(folder, 'ho-ngheo.xlsx'));
    const out = join(folder, 'tinh.xlsx');
    const first = run('province', folder, '-o', out);
    expect(first.code).toBe(0);
    expect(first.err).toContain(`Bỏ qua: Tệp "${join(folder, 'ho-ngheo.xlsx')}" không phải sổ phường`);
    const second = run('province', folder, '-o', out);
    expect(second.code).toBe(0);
    expect(second.err).not.toContain('tinh.xlsx');
    expect(second.out).toContain('2 phường/xã');
  });

  test('the same ward twice is refused (exit 1, an error in the data) with a message naming both files, and nothing is written', () => {
    const out = join(dir, 'twice.xlsx');
    const r = run('province', join(wards, 'bim-son.xlsx'), join(dir, 'bim-son', 'ward-tong-hop.xlsx'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Phường "Phường Bỉm Sơn" có hai lần (bim-son.xlsx và ward-tong-hop.xlsx)');
    expect(r.err).toContain('tệp kết quả không được ghi');
    expect(existsSync(out)).toBe(false);
  });

  test('a file that is not a ward workbook, or no file at all, gets a clear message', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 'Danh sách khác';
    await other.xlsx.writeFile(join(dir, 'khac.xlsx'));
    const notWard = run('province', join(dir, 'khac.xlsx'));
    expect(notWard.code).toBe(3);
    expect(notWard.err).toContain(`Bỏ qua: Tệp "${join(dir, 'khac.xlsx')}" không phải sổ phường`);
    expect(notWard.err).toContain('Không có sổ phường nào đọc được trong các tệp đã cho');
    const none = run('province');
    expect(none.code).toBe(2);
    expect(none.err).toContain('province cần ít nhất một sổ phường');
    const missing = run('province', join(dir, 'khong-co.xlsx'));
    expect(missing.code).toBe(3);
    expect(missing.err).toContain('Không tìm thấy tệp');
  });

  test('damaged files and unfilled templates are skipped with a notice naming each; the other wards are rolled up', () => {
    const folder = join(dir, 'with-bad');
    mkdirSync(folder);
    for (const name of ['bim-son', 'ngoc-trao']) copyFileSync(join(wards, `${name}.xlsx`), join(folder, `${name}.xlsx`));
    const bytes = readFileSync(join(wards, 'dong-son.xlsx'));
    writeFileSync(join(folder, 'hong.xlsx'), bytes.subarray(0, bytes.length >> 1));
    expect(run('new', join(folder, 'mau-trong.xlsx')).code).toBe(0);
    const out = join(dir, 'with-bad.xlsx');
    const r = run('province', folder, '-o', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Bỏ qua: Tệp "${join(folder, 'hong.xlsx')}" bị hỏng hoặc chưa tải/chép xong`);
    expect(r.err).toContain(`Bỏ qua: tệp "${join(folder, 'mau-trong.xlsx')}" là sổ phường chưa điền (tên phường "Phường Mẫu", 0 CLB).`);
    expect(r.out).toContain('2 phường/xã');
    expect(existsSync(out)).toBe(true);
  });
});
