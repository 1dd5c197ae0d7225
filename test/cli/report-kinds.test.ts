/**
 * `ishc report --kind …` on the built CLI: every declared kind on the demo ward, as .docx and PDF (A4,
 * one serif face, no page holding only the signature, pages rendered to PNG); the kind and period
 * chosen when not named; and each refusal (a .docx as the ward, an unfilled workbook, a period not
 * ended, a kind and period that do not fit, --lang en, a list of names without -o, bad --today and
 * --period): exit code, the message naming the file, and no file written.
 * The PDFs of all kinds are made at once (LibreOffice runs a few seconds a file; each run has its own profile).
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from '../../src/cli/docx/text';
import { translate } from '../../src/core/i18n/messages';
import { REPORT_KINDS } from '../../src/core/report/kinds';
import { shippedTemplates } from '../../src/core/report/registry';
import { personNames } from '../personNames';
import { ready } from '../system/requirements.cjs';
import { workbookCells } from './cells';
import { bodyLinesBeforeSignature, pdfFontFamilies, pdfPageCount, pdfPageSizes, pdfPageText, pdfToPngs } from './reportPdf';

const pdfTools = ready('pdf');
const dir = mkdtempSync(join(tmpdir(), 'ishc-kinds-'));
const ward = join(dir, 'demo', 'ward.xlsx');
/** A day after every period below has ended but the phase (the final review, provisional). */
const TODAY = '2027-01-10';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

const cli = (args: string[], today = TODAY) => ['build/cli.mjs', ...args, ...(args.includes('--today') ? [] : ['--today', today])];
const run = (args: string[], today?: string): Run => {
  const r = spawnSync(process.execPath, cli(args, today), { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const runAsync = (args: string[], today?: string) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, cli(args, today), { encoding: 'utf8' }, (error, out, err) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }),
    );
  });

/** A period of each kind for the demo ward (made on 2026-11-22), all ended on TODAY except the phase. */
const PERIOD: Record<string, string[]> = {
  h1: ['2026-H1'],
  year: ['2026'],
  review: ['2025-2026'],
  final: ['P1', '--provisional'],
  longevity: ['2026'],
  pension: ['2026'],
};

const kindDir = (id: string) => join(dir, 'kinds', id);
const results = new Map<string, Run>();
let names: string[] = [];

beforeAll(async () => {
  const demo = run(['demo', join(dir, 'demo')], '2026-11-22');
  if (demo.code !== 0) throw new Error(demo.err);
  names = personNames(await workbookCells(ward));
  const pdf = pdfTools.ready ? ['--pdf'] : [];
  // All at once: on two cores six LibreOffice runs (each with its own profile) take about as long as three in turn.
  await Promise.all(
    REPORT_KINDS.map(async ({ id }) => {
      mkdirSync(kindDir(id), { recursive: true });
      const [period, ...extra] = PERIOD[id];
      const args = ['report', ward, '--kind', id, '--period', period, ...extra, '-o', join(kindDir(id), `${id}.docx`), ...pdf];
      results.set(id, await runAsync(args));
    }),
  );
}, 180_000);

test('every declared kind has a period here', () => {
  expect(Object.keys(PERIOD).sort()).toEqual(REPORT_KINDS.map((k) => k.id).sort());
});

describe.each(REPORT_KINDS.map((kind) => [kind.id, kind] as const))('report --kind %s on the demo ward', (id, kind) => {
  const docx = () => join(kindDir(id), `${id}.docx`);
  const pdf = () => join(kindDir(id), `${id}.pdf`);

  test('exits 0 and writes the .docx (and the PDF), saying so', () => {
    const r = results.get(id)!;
    expect([r.code, r.err]).toEqual([0, expect.any(String)]);
    expect(existsSync(docx())).toBe(true);
    expect(r.out).toContain(docx());
    if (pdfTools.ready) expect(existsSync(pdf())).toBe(true);
  });

  if (kind.personal)
    test('a list of names says, for each file, that it is for the officers in charge only', () => {
      const lines = results.get(id)!.out.trim().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines) expect(line).toContain('chỉ cán bộ phụ trách giữ, không chia sẻ');
    });
  else
    test('a report names nobody from the ward’s club tabs', () => {
      const text = docxText(readFileSync(docx()));
      expect(names.length).toBeGreaterThan(100);
      expect(names.filter((name) => text.includes(name))).toEqual([]);
      expect(results.get(id)!.out).not.toContain('không chia sẻ');
    });

  (pdfTools.ready ? test : test.skip)('the PDF: A4 pages, one serif face, a last page with body text above "Nơi nhận", PNG pages', () => {
    const pages = pdfPageCount(pdf());
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pdfPageSizes(pdf())).toEqual(Array.from({ length: pages }, () => [595, 842]));
    // Every glyph in Times New Roman's metric twin: no fallback face for ễ, ể, ờ.
    expect(pdfFontFamilies(pdf())).toEqual(['LiberationSerif']);
    const last = pdfPageText(pdf(), pages);
    expect(bodyLinesBeforeSignature(last).length).toBeGreaterThanOrEqual(2);
    const pngs = pdfToPngs(pdf(), join(kindDir(id), 'page'), 1, pages);
    expect(pngs).toHaveLength(pages);
    for (const png of pngs) expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});

test('the last-page check finds a page holding only the recipients and the signature', () => {
  const onlySignature = [
    '                                       4',
    'Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN',
    '- UBND tỉnh (để b/c);                             KT. CHỦ TỊCH',
    '- Lưu: VT.                                        PHÓ CHỦ TỊCH',
    '                                                  Nguyễn Văn Hùng',
  ].join('\n');
  expect(bodyLinesBeforeSignature(onlySignature)).toEqual([]);
});

describe('the kind and the period when not named', () => {
  let folder: string;
  beforeAll(() => {
    folder = join(dir, 'defaults');
    mkdirSync(folder);
    copyFileSync(ward, join(folder, 'so.xlsx'));
  });
  const copy = () => join(folder, 'so.xlsx');
  const files = () => readdirSync(folder).filter((f) => f !== 'so.xlsx');

  test('neither: the 6-month report of the ward’s reporting year, beside the ward, named by kind and period', () => {
    const r = run(['report', copy()], '2026-11-22');
    expect(r.code).toBe(0);
    expect(files()).toEqual(['bao-cao-6-thang-2026-H1.docx']);
  });

  test('a period without a kind takes the report kind that covers it (2025 → the annual report)', () => {
    const r = run(['report', copy(), '--period', '2025'], '2026-11-22');
    expect(r.code).toBe(0);
    expect(files()).toContain('bao-cao-nam-2025.docx');
    expect(docxText(readFileSync(join(folder, 'bao-cao-nam-2025.docx')))).toContain('năm 2025');
  });

  test('a kind without a period takes the one due nearest today (the review of 2025–2026 in January 2027)', () => {
    const r = run(['report', copy(), '--kind', 'review'], '2027-01-05');
    expect(r.code).toBe(0);
    expect(files()).toContain('bao-cao-so-ket-2025-2026.docx');
  });

  test('--provisional for a period already ended makes the final report and says so', () => {
    const r = run(['report', copy(), '--kind', 'h1', '--period', '2026-H1', '--provisional', '-o', join(folder, 'h1.docx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('6 tháng đầu năm 2026 đã kết thúc ngày 30/06/2026, nên báo cáo là bản chính thức');
  });
});

describe('refusals: a message naming the problem, a non-zero exit, nothing written', () => {
  const empty = join(dir, 'empty.xlsx');
  const docxWard = () => join(dir, 'demo', 'bao-cao-6-thang-2026-H1.docx');
  const outOf = (name: string) => join(dir, 'refused', name.replace(/\W+/g, '-'));
  const refused = new Map<string, Run>();
  let beside: string[] = [];

  const cases: Array<[string, () => string[], number, RegExp]> = [
    [
      'a .docx given as the ward',
      () => [docxWard(), '--kind', 'year', '--period', '2026'],
      3,
      /là văn bản Word \(\.docx\), không phải sổ phường/,
    ],
    [
      'a .docx given as the ward (English)',
      () => [docxWard(), '--lang', 'en'],
      3,
      /is a Word document \(\.docx\), not an Excel ward workbook/,
    ],
    [
      'an unfilled workbook (ishc new)',
      () => [empty, '--kind', 'year', '--period', '2026'],
      3,
      /là sổ phường chưa điền: chưa CLB nào có thành viên/,
    ],
    ['an unfilled workbook (English)', () => [empty, '--lang', 'en'], 3, /is a ward workbook not filled in: no club has any member/],
    [
      'a period not ended, without --provisional',
      () => [ward, '--kind', 'year', '--period', '2027'],
      2,
      /Chưa lập được báo cáo năm cho năm 2027: kỳ này đến hết ngày 31\/12\/2027 mới kết thúc \(hôm nay 10\/01\/2027\)\. Muốn lập bản tạm tính .* thêm --provisional\./,
    ],
    [
      'a period not begun, even with --provisional',
      () => [ward, '--kind', 'year', '--period', '2028', '--provisional'],
      2,
      /kỳ này bắt đầu từ ngày 01\/01\/2028/,
    ],
    [
      'a period the kind does not take',
      () => [ward, '--kind', 'year', '--period', '2026-H1'],
      2,
      /Báo cáo năm \(--kind year\) lập cho kỳ dạng 2026, 2027; "2026-H1"/,
    ],
    [
      'a period no report kind takes',
      () => [ward, '--period', '2026-H2'],
      2,
      /Không loại báo cáo nào lập cho kỳ "2026-H2"[\s\S]*h1 +Báo cáo 6 tháng/,
    ],
    [
      'an unknown kind',
      () => [ward, '--kind', 'yearly'],
      2,
      /--kind không có loại "yearly"[\s\S]*year +Báo cáo năm: kỳ 2026, 2027, hạn 10\/12/,
    ],
    [
      '--lang en (reports are Vietnamese only)',
      () => [ward, '--kind', 'year', '--period', '2026', '--lang', 'en'],
      2,
      /produced in Vietnamese only.*without --lang en/,
    ],
    [
      'a list of names without -o',
      () => [ward, '--kind', 'longevity', '--period', '2026'],
      2,
      /Danh sách mừng thọ ghi họ tên.*thêm -o <tệp\.docx>/,
    ],
    ['--today that is no date', () => [ward, '--today', '2026-13-45'], 2, /--today cần một ngày có thật.*"2026-13-45"/],
    ['--period that is no period', () => [ward, '--period', '2026-13'], 2, /"2026-13" không phải kỳ báo cáo/],
  ];

  beforeAll(async () => {
    const r = run(['new', empty]);
    if (r.code !== 0) throw new Error(r.err);
    beside = readdirSync(join(dir, 'demo')).sort();
    await Promise.all(
      cases.map(async ([name, args]) => {
        // A list of names is refused for want of -o; every other case names an output and asks for the PDF too.
        const output = args().includes('longevity') ? [] : ['-o', join(outOf(name), 'x.docx'), '--pdf'];
        refused.set(name, await runAsync(['report', ...args(), ...output]));
      }),
    );
  }, 60_000);

  test.each(cases)('%s', (name, _args, code, message) => {
    const r = refused.get(name)!;
    expect([r.code, r.err]).toEqual([code, expect.stringMatching(message)]);
    expect(r.out).toBe('');
    expect(existsSync(outOf(name)) ? readdirSync(outOf(name)) : []).toEqual([]);
  });

  test('nothing appears beside the ward either (where a report goes without -o)', () => {
    expect(readdirSync(join(dir, 'demo')).sort()).toEqual(beside);
  });

  test('the file refused is named in the message', () => {
    expect(run(['report', docxWard()]).err).toContain(`"${docxWard()}"`);
    expect(run(['report', empty]).err).toContain(`"${empty}"`);
  });

  test('--provisional makes the report of a period not ended', () => {
    const out = join(dir, 'provisional', 'nam-2027.docx');
    const r = run(['report', ward, '--kind', 'year', '--period', '2026', '--provisional', '-o', out], '2026-11-22');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('help and templates come from the declarations', () => {
  test('ishc help lists every kind with its title, in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const help = run(['help', '--lang', lang]).out;
      for (const kind of REPORT_KINDS) expect(help).toMatch(new RegExp(`^ +${kind.id} +${translate(kind.title, {}, lang)}: `, 'm'));
      expect(help).toContain(`--kind ${REPORT_KINDS.map((k) => k.id).join('|')}`);
    }
  });

  test('ishc templates writes the ward template and every shipped report template', () => {
    const out = join(dir, 'templates');
    const r = run(['templates', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['so-phuong-mau.xlsx', ...shippedTemplates().map((t) => `${t.name}.docx`)].sort());
  });
});

/** A whole number as the reports print it: dots between thousands ("1.250.000"). */
const printed = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('the reports state what the roll-up JSON gives', () => {
  let json: {
    facts: Record<string, number>;
    figures: {
      meetings: { held: number };
      funds: { incomeAtEnd: number; activityAtEnd: number };
      loans: { made: number; lent: number; outstanding: number; outstandingAmount: number };
      communication: { reached: number };
    };
    longevity: { people: Array<{ name: string; age: number }> };
    socialPension: { people: Array<{ name: string }> };
  };
  beforeAll(() => {
    const r = run(['rollup', ward, '--period', '2026', '--json', '--with-names']);
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  });

  test('the annual report: members, older people, funds, loans, meetings, people reached', () => {
    const text = docxText(readFileSync(join(kindDir('year'), 'year.docx')));
    const { facts, figures } = json;
    expect(figures.meetings.held).toBeGreaterThan(0);
    expect(figures.loans.made).toBeGreaterThan(0);
    expect(text).toContain(`tổng số ${printed(facts.members)} thành viên`);
    expect(text).toContain(`${printed(facts.elderly_members)} người cao tuổi tham gia`);
    expect(text).toContain(`tổ chức ${printed(figures.meetings.held)} buổi sinh hoạt`);
    expect(text).toContain(`quỹ tăng thu nhập của các câu lạc bộ là ${printed(figures.funds.incomeAtEnd)} đồng`);
    expect(text).toContain(`quỹ hoạt động là ${printed(figures.funds.activityAtEnd)} đồng`);
    expect(text).toContain(`cho vay ${printed(figures.loans.made)} lượt với tổng số tiền ${printed(figures.loans.lent)} đồng`);
    expect(text).toContain(
      `Dư nợ cuối kỳ là ${printed(figures.loans.outstandingAmount)} đồng (${printed(figures.loans.outstanding)} khoản)`,
    );
    expect(text).toContain(`tiếp cận ${printed(figures.communication.reached)} lượt người`);
    // The JSON's own facts agree with its figures where both count the same thing.
    expect(facts.meetings).toBe(figures.meetings.held);
    expect(facts.people_reached).toBe(figures.communication.reached);
  });

  test('the two lists name exactly the people the roll-up lists', () => {
    const longevity = docxText(readFileSync(join(kindDir('longevity'), 'longevity.docx')));
    const pension = docxText(readFileSync(join(kindDir('pension'), 'pension.docx')));
    expect(json.longevity.people.length).toBeGreaterThan(0);
    for (const p of json.longevity.people) expect(longevity).toContain(p.name);
    for (const p of json.socialPension.people) expect(pension).toContain(p.name);
    const listed = (text: string) => names.filter((n) => text.includes(n)).length;
    expect(listed(longevity)).toBe(new Set(json.longevity.people.map((p) => p.name)).size);
    expect(listed(pension)).toBe(new Set(json.socialPension.people.map((p) => p.name)).size);
  });
});
