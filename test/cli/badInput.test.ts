/**
 * The built CLI on bad input it must answer honestly: files recognised by their content (damaged,
 * encrypted, an old .xls, a Word file, not a ward), error cells, a renamed Cấu hình, template tags
 * in user text, options and values it does not take, exit codes, and writes that never truncate.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';

const dir = mkdtempSync(join(tmpdir(), 'ishc-bad-'));
const run = (args: string[], env: Record<string, string> = {}, node: string[] = []) => {
  const today = args.includes('--today') ? [] : ['--today', '2026-11-22'];
  const r = spawnSync(process.execPath, [...node, 'build/cli.mjs', ...args, ...today], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const ward = join(dir, 'ward.xlsx');
/** What a library says on a broken file; the user must never see it. */
const LIBRARY_TEXT = /central directory|uncompressed data|Bug :|Zip|zip|ENOENT|TypeError|at .*\.mjs/;

/** An OLE compound file (Office 97–2003 container) naming the given streams in its directory, as Office writes them. */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entries = streams.map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries, Buffer.alloc(1024)]);
}

async function editWard(out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ward);
  edit(wb);
  await wb.xlsx.writeFile(out);
  return out;
}

/** The value cell of a setting (Cấu hình: key in column A, value in column C). */
function setting(wb: ExcelJS.Workbook, key: string): ExcelJS.Cell {
  const ws = wb.getWorksheet('Cấu hình')!;
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === key) found = row.getCell(3);
  });
  if (!found) throw new Error(`no setting ${key}`);
  return found;
}

beforeAll(() => {
  const demo = run(['demo', join(dir, 'demo')]);
  if (demo.code !== 0) throw new Error(demo.err);
  copyFileSync(join(dir, 'demo', 'ward.xlsx'), ward);
  const bytes = readFileSync(ward);
  writeFileSync(join(dir, 'truncated.xlsx'), bytes.subarray(0, bytes.length >> 1));
  const flipped = Buffer.from(bytes);
  for (let i = flipped.length >> 1; i < (flipped.length >> 1) + 300; i++) flipped[i] ^= 0x55;
  writeFileSync(join(dir, 'damaged.xlsx'), flipped);
  writeFileSync(join(dir, 'empty.xlsx'), '');
  writeFileSync(join(dir, 'encrypted.xlsx'), oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
  writeFileSync(join(dir, 'old.xls'), oleFile(['Root Entry', 'Workbook', 'SummaryInformation']));
  copyFileSync(join(dir, 'demo', 'bao-cao-6-thang-2026-H1.docx'), join(dir, 'report.xlsx'));
  writeFileSync(join(dir, 'list.csv'), 'Họ và tên,Năm sinh\nAn,1950\n');
}, 60_000);

describe('input files are recognised by their content', () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    ['truncated.xlsx', /bị hỏng hoặc chưa tải\/chép xong/, /is damaged or was not fully downloaded/],
    ['damaged.xlsx', /bị hỏng hoặc chưa tải\/chép xong/, /is damaged or was not fully downloaded/],
    ['empty.xlsx', /rỗng \(0 byte\)/, /is empty \(0 bytes\)/],
    ['encrypted.xlsx', /được đặt mật khẩu \(mã hóa\)/, /is password-protected \(encrypted\)/],
    ['old.xls', /tệp Excel đời cũ \(\.xls, Excel 97–2003\)/, /is an old Excel file \(\.xls/],
    ['report.xlsx', /là văn bản Word \(\.docx\), không phải sổ phường/, /is a Word document \(\.docx\)/],
    ['list.csv', /không phải tệp Excel \.xlsx/, /is not an Excel \.xlsx file/],
    ['khong-co.xlsx', /Không tìm thấy tệp/, /not found/],
  ];

  test.each(cases)('%s: a Vietnamese sentence naming the file (English with --lang en), exit 3, nothing written', (file, vi, en) => {
    const path = join(dir, file);
    // Every command reads its ward through the same reader: all three on the first file, check on the rest.
    for (const command of file === cases[0][0] ? ['check', 'rollup', 'report'] : ['check']) {
      const out = join(dir, `out-${command}-${file}.x`);
      const r = run([command, path, ...(command === 'check' ? [] : ['-o', out])]);
      expect([command, r.code]).toEqual([command, 3]);
      expect(r.err).toMatch(vi);
      expect(r.err).toContain(`"${path}"`);
      expect(r.err).not.toMatch(LIBRARY_TEXT);
      expect(existsSync(out)).toBe(false);
    }
    const english = run(['check', path, '--lang', 'en']);
    expect(english.code).toBe(3);
    expect(english.err).toMatch(en);
    expect(english.err).toContain(`"${path}"`);
  });

  test('an .xlsx that is not a ward workbook is named as such (exit 3); a folder is no file', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Danh sách').getCell('A1').value = 'Danh sách hộ nghèo';
    await other.xlsx.writeFile(join(dir, 'ho-ngheo.xlsx'));
    const r = run(['rollup', join(dir, 'ho-ngheo.xlsx')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`Tệp "${join(dir, 'ho-ngheo.xlsx')}" không phải sổ phường (không có trang Cấu hình và Danh mục CLB).`);
    const folder = run(['check', dir]);
    expect(folder.code).toBe(3);
    expect(folder.err).toContain('là một thư mục');
  });

  test('a --template that is no .docx is named, exit 3', () => {
    const r = run(['report', ward, '--template', ward, '-o', join(dir, 'r.docx')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`Mẫu báo cáo "${ward}" không phải văn bản Word .docx.`);
  });

  test('check, rollup, report and province never modify their input', () => {
    const before = sha(ward);
    run(['check', ward]);
    run(['rollup', ward, '-o', join(dir, 'ro.xlsx')]);
    run(['report', ward, '-o', join(dir, 'rr.docx')]);
    run(['province', ward, '-o', join(dir, 'rp.xlsx')]);
    expect(sha(ward)).toBe(before);
  });
});

describe('what the data says', () => {
  test('error cells are reported as formula errors in the cells they are in, not as "Thiếu …"', async () => {
    const path = await editWard(join(dir, 'errors.xlsx'), (wb) => {
      const ws = wb.getWorksheet('CLB01')!;
      let header = 0;
      ws.eachRow((row, n) => {
        if (!header && row.values && (row.values as unknown[]).includes('Họ và tên')) header = n;
      });
      const col = (name: string) => (ws.getRow(header).values as unknown[]).indexOf(name);
      ws.getRow(header + 1).getCell(col('Họ và tên')).value = { error: '#REF!' };
      ws.getRow(header + 2).getCell(col('Năm sinh')).value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
    });
    const r = run(['check', path]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.includes('có lỗi công thức'))).toEqual([
      expect.stringMatching(/^Lỗi\tCLB01![A-Z]+\d+\tÔ "Họ và tên" có lỗi công thức #REF!\./),
      expect.stringMatching(/^Lỗi\tCLB01![A-Z]+\d+\tÔ "Năm sinh" có lỗi công thức #DIV\/0!\./),
    ]);
  });

  test('a reporting year of 99999 and a share of -5 are refused with the cell named', async () => {
    const path = await editWard(join(dir, 'settings.xlsx'), (wb) => {
      setting(wb, 'year').value = 99999;
      setting(wb, 'standardMinWomenShare').value = -5;
    });
    const r = run(['check', path]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Lỗi\tCấu hình!C\d+\t"99999" lớn hơn mức tối đa 2100 của "Năm báo cáo"/);
    expect(r.out).toMatch(/Lỗi\tCấu hình!C\d+\t"-5" nhỏ hơn mức tối thiểu 0 của "Chuẩn CLB: tỷ lệ nữ tối thiểu \(%\)"/);
  });

  test('a renamed Cấu hình: rollup and report warn naming the tab found; check lists it as an error', async () => {
    const path = await editWard(join(dir, 'renamed.xlsx'), (wb) => {
      wb.getWorksheet('Cấu hình')!.name = 'Cấu hình cũ';
    });
    const warning = 'Cảnh báo: Không có trang "Cấu hình", nhưng trang "Cấu hình cũ" có bảng "CẤU HÌNH SỔ PHƯỜNG" của nó';
    const rollup = run(['rollup', path, '-o', join(dir, 'renamed-out.xlsx')]);
    expect(rollup.code).toBe(0);
    expect(rollup.err).toContain(warning);
    const report = run(['report', path, '-o', join(dir, 'renamed.docx')]);
    expect(report.err).toContain(warning);
    const check = run(['check', path]);
    expect(check.code).toBe(1);
    expect(check.out).toContain('Lỗi\tCấu hình cũ!\tKhông có trang "Cấu hình"');
  });

  test('a ward named "{{signer_name}}" and a club named "{{members}}" appear literally in the .docx report', async () => {
    const path = await editWard(join(dir, 'tags.xlsx'), (wb) => {
      setting(wb, 'ward').value = 'Phường {{signer_name}}';
      setting(wb, 'signerName').value = 'Nguyễn Văn Ký';
      wb.getWorksheet('Danh mục CLB')!.eachRow((row) => {
        if (row.getCell(1).value === 'CLB02') row.getCell(2).value = '{{members}}';
      });
    });
    const out = join(dir, 'tags.docx');
    expect(run(['report', path, '--period', '2026-H1', '-o', out]).code).toBe(0);
    const text = new PizZip(readFileSync(out))
      .file('word/document.xml')!
      .asText()
      .replace(/<[^>]+>/g, '');
    // The report names the ward in lower case inside a sentence ("phường …").
    expect(text).toMatch(/[Pp]hường \{\{signer_name\}\}/);
    expect(text).toContain('{{members}}');
    expect(text).toContain('Nguyễn Văn Ký');
  });
});

describe('exit codes', () => {
  test('check: 1 when it found errors (also with --json), 0 when none, 2 for a usage error', () => {
    expect(run(['check', ward]).code).toBe(1);
    const json = run(['check', ward, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).issues.length).toBeGreaterThan(0);
    const fresh = join(dir, 'fresh.xlsx');
    expect(run(['new', fresh]).code).toBe(0);
    const clean = run(['check', fresh]);
    expect(clean.out).toMatch(/^0 lỗi/);
    expect(clean.code).toBe(0);
    expect(run(['check']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  test('ishc help documents the codes', () => {
    const help = run(['help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Mã thoát: 0 xong; 1 dữ liệu có lỗi .*; 2 gõ lệnh sai/);
    expect(help.out).toMatch(/3 tệp đầu vào không đọc được/);
    expect(run(['help', '--lang', 'en']).out).toMatch(/Exit codes: 0 done; 1 the data has errors/);
  });
});

describe('options and values a command does not take are refused with the list of valid ones (exit 2)', () => {
  test.each([
    [
      'check',
      ['--perod', '2026'],
      'Lệnh check không có tùy chọn "--perod". Có phải ý bạn là --period? Các tùy chọn của lệnh này: --json, --with-names, -p/--period, --lang, --today, -h/--help.',
    ],
    [
      'rollup',
      ['--pdf'],
      'Lệnh rollup không có tùy chọn "--pdf". Các tùy chọn của lệnh này: -p/--period, -o/--output, --json, --with-names, --lists, --charts, --lang, --today, -h/--help.',
    ],
    ['report', ['--json'], 'Lệnh report không có tùy chọn "--json".'],
    ['province', ['--template', 'x.docx'], 'Lệnh province không có tùy chọn "--template".'],
    ['rollup', ['--lang', 'fr'], '--lang chỉ nhận vi hoặc en, không phải "fr".'],
    [
      'rollup',
      ['--period', '2026-H3'],
      '"2026-H3" không phải kỳ báo cáo. Ghi 2026, 2026-H1, 2026-H2, 2025-2026 (hai năm liền nhau để sơ kết), P1 hoặc P2.',
    ],
    ['report', ['--today', '2026-13-45'], '--today cần một ngày có thật dạng yyyy-mm-dd, ví dụ 2026-11-22, không phải "2026-13-45".'],
    ['check', ['--json=yes'], 'Tùy chọn --json không nhận giá trị ("yes"): chỉ ghi --json.'],
    ['rollup', ['--period'], 'Tùy chọn --period cần một giá trị đi sau nó.'],
    ['check', ['thua.xlsx'], 'Lệnh check không nhận thêm "thua.xlsx": mỗi lần chỉ một sổ phường.'],
  ])('%s %j', (command, extra, message) => {
    const r = run([command, ward, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  test('in English with --lang en', () => {
    const r = run(['rollup', ward, '--perod', '2026', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('The rollup command has no option "--perod". Did you mean --period? Its options are:');
  });
});

describe('writes never truncate what was there', () => {
  const failing = join(dir, 'full-disk');

  test('a disk that fills up while rollup, report or add-club writes: the previous file is whole, no temporary file left, exit 4', () => {
    mkdirSync(failing);
    for (const [command, file, extra] of [
      ['rollup', 'tong-hop.xlsx', []],
      ['report', 'bao-cao.docx', []],
      ['add-club', 'so-moi.xlsx', ['--code', 'CLB09', '--name', 'CLB Tổ 9', '--group', 'TDP01']],
    ] as const) {
      const out = join(failing, file);
      writeFileSync(out, `previous ${file}`);
      const before = sha(out);
      const r = run([command, ward, '-o', out, ...extra], { ISHC_FAIL_WRITES_IN: failing }, ['--import', './test/cli/fail-writes.mjs']);
      expect([command, r.code]).toEqual([command, 4]);
      expect(r.err).toContain(`Không ghi được tệp "${out}": ổ đĩa đã đầy. Tệp cũ (nếu có) vẫn giữ nguyên.`);
      expect(sha(out)).toBe(before);
    }
    expect(readdirSync(failing).sort()).toEqual(['bao-cao.docx', 'so-moi.xlsx', 'tong-hop.xlsx']);
  });

  test('add-club --in-place on a full disk leaves the ward as it was', () => {
    const copy = join(failing, 'so-phuong.xlsx');
    copyFileSync(ward, copy);
    const before = sha(copy);
    const r = run(
      ['add-club', copy, '--in-place', '--code', 'CLB09', '--name', 'CLB Tổ 9', '--group', 'TDP01'],
      { ISHC_FAIL_WRITES_IN: failing },
      ['--import', './test/cli/fail-writes.mjs'],
    );
    expect(r.code).toBe(4);
    expect(sha(copy)).toBe(before);
  });
});
