/**
 * Biểu đồ on the command line, on the built CLI: `ishc rollup --charts DIR` writes one PNG per chart
 * of the Biểu đồ tab (read back here with a decoder of our own: size, bars of each series, bar areas
 * in the proportion of the tab's numbers, different for two wards), refuses without a Vietnamese
 * font before writing anything; `ishc report` puts the ward's charts in the .docx (word/media, an
 * inline picture after the indicator table) and in the PDF (poppler lists the images).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { SERIES_COLOURS } from '../../src/core/output/charts';
import { ready } from '../system/requirements.cjs';
import { workbookCells } from './cells';
import { countColour, decodePng } from './png';

const pdfTools = ready('pdf');
const dir = mkdtempSync(join(tmpdir(), 'ishc-charts-'));
const ward = join(dir, 'demo', 'ward.xlsx');
const other = join(__dirname, '..', 'fixtures', 'messy', '01-columns-reordered.xlsx');
const TODAY = '2026-07-15';

const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(process.execPath, ['build/cli.mjs', ...args, '--today', TODAY], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  const demo = run(['demo', join(dir, 'demo')]);
  if (demo.code !== 0) throw new Error(demo.err);
}, 60_000);

describe('ishc rollup --charts', () => {
  const charts = join(dir, 'charts');
  const out = join(dir, 'tong-hop.xlsx');
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    r = run(['rollup', ward, '-o', out, '--charts', charts]);
  }, 60_000);

  test('writes one PNG per chart of Biểu đồ, named by the chart, and says so', async () => {
    expect([r.code, r.err]).toEqual([0, '']);
    const tab = (await workbookCells(out))['Biểu đồ'];
    // Each chart's table starts with a header row whose first cell is Chỉ số or CLB.
    const tables = tab.filter((row) => row[0] === 'Chỉ số' || row[0] === 'CLB').length;
    const files = readdirSync(charts).sort();
    expect(files).toHaveLength(tables);
    expect(files).toContain('ward-percent.png');
    expect(files.every((f) => /^(ward|club)-[\w]+\.png$/.test(f))).toBe(true);
    expect(r.out).toContain(`Đã ghi ${tables} biểu đồ (PNG) vào ${charts}`);
  });

  test('each PNG is a picture of a sensible size with a bar of every series', () => {
    for (const file of readdirSync(charts)) {
      const png = decodePng(readFileSync(join(charts, file)));
      expect(png.width).toBeGreaterThan(600);
      expect(png.width).toBeLessThan(2400);
      expect(png.height).toBeGreaterThan(400);
      // The result's blue and the first target's orange, each more than a legend swatch.
      expect(countColour(png, SERIES_COLOURS[0])).toBeGreaterThan(2000);
      expect(countColour(png, SERIES_COLOURS[1])).toBeGreaterThan(2000);
    }
  });

  test("the ward's shares: blue and orange areas in the proportion of the tab's results and phase 1 targets", async () => {
    const tab = (await workbookCells(out))['Biểu đồ'];
    const header = tab.findIndex((row) => row[0] === 'Chỉ số');
    const rows: number[][] = [];
    for (let i = header + 1; typeof tab[i]?.[1] === 'number'; i++) rows.push([tab[i][1] as number, (tab[i][2] as number) ?? 0]);
    expect(rows.length).toBeGreaterThan(5);
    const sum = (k: number) => rows.reduce((s, row) => s + row[k], 0);
    const png = decodePng(readFileSync(join(charts, 'ward-percent.png')));
    // Bars of one thickness: areas go as lengths (the legend's swatches are the same for both, and small).
    const ratio = countColour(png, SERIES_COLOURS[0]) / countColour(png, SERIES_COLOURS[1]);
    expect(ratio).toBeCloseTo(sum(0) / sum(1), 1);
  });

  test('another ward draws other pictures', () => {
    const otherCharts = join(dir, 'other-charts');
    expect(run(['rollup', other, '-o', join(dir, 'other.xlsx'), '--charts', otherCharts]).code).toBe(0);
    const a = readFileSync(join(charts, 'ward-percent.png'));
    const b = readFileSync(join(otherCharts, 'ward-percent.png'));
    expect(a.equals(b)).toBe(false);
    const blue = (buf: Buffer) => countColour(decodePng(buf), SERIES_COLOURS[0]);
    expect(Math.abs(blue(a) - blue(b))).toBeGreaterThan(1000);
  }, 60_000);

  test('without a font with the Vietnamese letters: a Vietnamese refusal, nothing written', () => {
    const target = join(dir, 'nofont');
    const result = run(['rollup', ward, '-o', join(target, 'x.xlsx'), '--charts', join(target, 'charts')], {
      ...process.env,
      ISHC_CHART_FONT: join(dir, 'no-such-font.ttf'),
    });
    expect(result.code).toBe(3);
    expect(result.err).toContain('Không tìm thấy phông chữ có đủ dấu tiếng Việt');
    expect(result.err).toContain('fonts-dejavu-core');
    expect(existsSync(target)).toBe(false);
  });
});

describe('ishc report with the charts', () => {
  const docx = join(dir, 'report', 'bao-cao.docx');
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    r = run(['report', ward, '--kind', 'h1', '--period', '2026-H1', '-o', docx, ...(pdfTools.ready ? ['--pdf'] : [])]);
  }, 120_000);

  test('the .docx holds the ward charts as PNG parts, drawn inline right after the indicator table', () => {
    expect([r.code, r.err]).toEqual([0, '']);
    const zip = new PizZip(readFileSync(docx));
    const media = zip.file(/^word\/media\/.*\.png$/);
    expect(media.map((f) => f.name).sort()).toEqual(['word/media/bieu-do-1.png', 'word/media/bieu-do-2.png', 'word/media/bieu-do-3.png']);
    for (const f of media) expect(decodePng(Buffer.from(f.asUint8Array())).width).toBeGreaterThan(600);
    const xml = zip.file('word/document.xml')!.asText();
    expect(xml).not.toContain('bieu_do');
    expect(xml.match(/<wp:inline/g)).toHaveLength(3);
    // The pictures sit between the indicator table and the next heading.
    const pictures = xml.indexOf('<w:drawing>');
    expect(xml.lastIndexOf('</w:tbl>', pictures)).toBeGreaterThan(xml.lastIndexOf('Kết quả thực hiện các chỉ tiêu', pictures));
    expect(xml.indexOf('Sinh hoạt định kỳ', pictures)).toBeGreaterThan(pictures);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    for (const id of xml.matchAll(/r:embed="([^"]+)"/g))
      expect(rels).toMatch(new RegExp(`Id="${id[1]}"[^>]*Target="media/bieu-do-\\d\\.png"`));
    expect(zip.file('[Content_Types].xml')!.asText()).toMatch(/Extension="png"/);
  });

  (pdfTools.ready ? test : test.skip)('the PDF shows the three pictures, at their full resolution', () => {
    const list = execFileSync('pdfimages', ['-list', docx.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
    // page num type width height …: the pictures (their transparency masks are listed as smask).
    const images = list
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[2] === 'image')
      .map((cols) => [Number(cols[3]), Number(cols[4])]);
    const media = new PizZip(readFileSync(docx))
      .file(/^word\/media\/.*\.png$/)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((f) => decodePng(Buffer.from(f.asUint8Array())))
      .map((png) => [png.width, png.height]);
    expect(images).toEqual(media);
  });
});
