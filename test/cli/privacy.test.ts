/**
 * Personal data in its place, on the command line: the tổng-hợp workbook and the default JSON carry
 * no name; the named lists go to a separate file only with --lists; names in JSON only with
 * --with-names. Names come from the .xlsx cells (workbookCells + test/personNames.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, workbookGrids } from '../../src/cli/xlsx';
import { longevitySheet } from '../../src/core/output/policyLists';
import { isLinkCell } from '../../src/core/output/types';
import { parseWard } from '../../src/core/parse/parseWard';
import { namesIn, personNames } from '../personNames';
import { workbookCells } from './cells';

const dir = mkdtempSync(join(tmpdir(), 'ishc-privacy-'));
/** The CLI's output; `check` exits 1 when it found errors (the demo ward has some), which is a result, not a failure. */
const ishc = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', '2026-11-22'], { encoding: 'utf8' });
  if (r.status !== 0 && !(args[0] === 'check' && r.status === 1)) throw new Error(`ishc ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
};
const ward = join(dir, 'ward.xlsx');
let names: string[] = [];
let userTabs = new Set<string>();

beforeAll(async () => {
  ishc('demo', dir);
  const cells = await workbookCells(ward);
  names = personNames(cells);
  userTabs = new Set(Object.keys(cells));
});

/** Every cell of every tab of a workbook that is not one of the ward's own tabs, as text. */
async function outputTexts(path: string): Promise<Array<{ where: string; text: string }>> {
  const cells = await workbookCells(path);
  return Object.entries(cells)
    .filter(([name]) => !userTabs.has(name))
    .flatMap(([name, grid]) => grid.flat().map((c) => ({ where: name, text: String(c ?? '') })));
}

test('the tổng-hợp workbook: no name in any cell of any output tab, and no list tab', async () => {
  expect(names.length).toBeGreaterThan(300);
  const sub = mkdtempSync(join(dir, 'shared-'));
  const out = join(sub, 'th.xlsx');
  const printed = ishc('rollup', ward, '--period', '2026', '-o', out);
  const texts = await outputTexts(out);
  expect(new Set(texts.map((t) => t.where))).toEqual(new Set(['Tổng hợp', 'Theo CLB', 'Biểu đồ', 'Kiểm tra']));
  expect(namesIn(texts, names)).toEqual([]);
  // Without --lists no file of names is written; the officer is told how to get one.
  expect(existsSync(join(sub, 'ward-danh-sach-rieng.xlsx'))).toBe(false);
  expect(printed).toMatch(/Mừng thọ: \d+ người; đề nghị xét hưu trí xã hội: \d+ người\. Danh sách có tên: thêm --lists/);
  expect(namesIn([{ where: 'stdout', text: printed }], names)).toEqual([]);
});

test('rollup --lists writes the named lists to <ward>-danh-sach-rieng.xlsx beside the output, never into it', async () => {
  const sub = mkdtempSync(join(dir, 'lists-'));
  const out = join(sub, 'tong-hop.xlsx');
  const printed = ishc('rollup', ward, '--period', '2026', '-o', out, '--lists');
  const lists = join(sub, 'ward-danh-sach-rieng.xlsx');
  expect(printed).toContain(`Đã ghi ${lists} (có họ tên, năm sinh`);
  const cells = await workbookCells(lists);
  expect(Object.keys(cells)).toEqual(['Mừng thọ', 'Hưu trí xã hội', 'Kiểm tra đầy đủ']);
  const json = JSON.parse(ishc('rollup', ward, '--period', '2026', '--json', '--with-names'));
  const listed = json.longevity.people.map((p: { name: string }) => p.name);
  expect(listed.length).toBeGreaterThan(0);
  expect(cells['Mừng thọ'].slice(3).map((r) => r[1])).toEqual(listed);
  expect(String(cells['Mừng thọ'][1][0])).toMatch(/Nghị định 13\/2023/);
  expect(namesIn(await outputTexts(out), names)).toEqual([]);
});

test('rollup --json and check --json: no name by default; people and full messages with --with-names', () => {
  for (const command of ['rollup', 'check']) {
    const plain = ishc(command, ward, '--period', '2026', '--json');
    expect(namesIn([{ where: command, text: plain }], names)).toEqual([]);
    const json = JSON.parse(plain);
    expect(json.longevity).toEqual({ count: expect.any(Number), byAge: expect.any(Object), byClub: expect.any(Object) });
    expect(json.socialPension).toEqual({ count: expect.any(Number), byGround: expect.any(Object), byClub: expect.any(Object) });
    const named = JSON.parse(ishc(command, ward, '--period', '2026', '--json', '--with-names'));
    expect(named.longevity.people).toHaveLength(json.longevity.count);
    for (const p of named.longevity.people) expect(names).toContain(p.name);
    expect(namesIn([{ where: command, text: JSON.stringify(named.issues) }], names).length).toBeGreaterThanOrEqual(2);
  }
});

test('a workbook holding an earlier version’s Mừng thọ tab loses it in the output; a user’s Hưu trí xã hội tab is kept', async () => {
  const wb = await readWorkbook(ward);
  const old = longevitySheet(parseWard(workbookGrids(wb), { today: '2026-11-22' }), 2026, '2026-11-22');
  wb.addWorksheet('Mừng thọ').addRows(old.rows.map((r) => r.map((c) => (isLinkCell(c) ? c.text : c))));
  wb.addWorksheet('Hưu trí xã hội').addRows([['Danh sách tự lập của phường'], ['Nguyễn Văn Mẫu', 1950]]);
  const input = join(dir, 'old.xlsx');
  await wb.xlsx.writeFile(input);
  const out = join(dir, 'old-th.xlsx');
  const printed = ishc('rollup', input, '--period', '2026', '-o', out);
  expect(printed).toContain('Đã xóa trang Mừng thọ');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(out);
  expect(back.getWorksheet('Mừng thọ')).toBeUndefined();
  expect(back.getWorksheet('Hưu trí xã hội')!.getCell('A1').value).toBe('Danh sách tự lập của phường');
});
