/** ishc report checks a user's template before it writes anything. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';

const dir = mkdtempSync(join(tmpdir(), 'ishc-template-'));
const ishc = (...args: string[]) => spawnSync(process.execPath, ['build/cli.mjs', ...args], { encoding: 'utf8' });

beforeAll(() => {
  execFileSync(process.execPath, ['build/cli.mjs', 'demo', dir, '--today', '2026-11-22'], { stdio: 'ignore' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped template with a typo in one name and one section left unclosed. */
function spoiltTemplate(): string {
  const zip = new PizZip(readFileSync('sheets-templates/report-6-thang.docx'));
  const xml = zip.file('word/document.xml')!.asText();
  expect(xml).toContain('{{members}}');
  zip.file('word/document.xml', xml.replace('{{members}}', '{{memebrs}}').replace('{{/recipients}}', ''));
  const path = join(dir, 'mau-sai.docx');
  writeFileSync(path, zip.generate({ type: 'nodebuffer' }));
  return path;
}

test('a template with an unknown name and an unclosed section is refused, naming both, and nothing is written', () => {
  const out = join(dir, 'bao-cao.docx');
  const run = ishc('report', join(dir, 'ward.xlsx'), '--template', spoiltTemplate(), '-o', out, '--today', '2026-11-22');
  expect(run.status).toBe(3);
  expect(run.stderr).toContain('{{memebrs}} không có trong dữ liệu báo cáo; có phải ý bạn là {{members}}?');
  expect(run.stderr).toContain('{{#recipients}} mở mà không đóng bằng {{/recipients}}');
  expect(existsSync(out)).toBe(false);
});

test('the shipped template passes the check and fills', () => {
  const out = join(dir, 'bao-cao-dung.docx');
  const run = ishc(
    'report',
    join(dir, 'ward.xlsx'),
    '--template',
    'sheets-templates/report-6-thang.docx',
    '-o',
    out,
    '--today',
    '2026-11-22',
  );
  expect(run.status).toBe(0);
  expect(existsSync(out)).toBe(true);
});
