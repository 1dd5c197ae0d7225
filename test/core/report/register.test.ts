/** The Sổ báo cáo's rows, the reporting calendar and the data fingerprint a row carries. */
import { fingerprintGrids } from '../../../src/core/fingerprint';
import { dueLine, dueLines } from '../../../src/core/report/calendar';
import {
  documentKindOf,
  parseRegister,
  type RegisterEntry,
  registerCells,
  registerHeader,
  registerRowOfDoc,
} from '../../../src/core/report/register';
import { fixtureWard } from '../fixture';

const entry = (over: Partial<RegisterEntry> = {}): RegisterEntry => ({
  kind: 'h1',
  period: '2026-H1',
  created: '2026-06-05 14:30',
  by: 'canbo@phuong.gov.vn',
  doc: 'https://docs.google.com/document/d/D1/edit',
  pdf: '',
  fingerprint: '0a1b2c3d',
  provisional: false,
  ...over,
});

describe('Sổ báo cáo rows', () => {
  test('a row is the kind by its title, the period, time, user, links, fingerprint and provisional yes/no', () => {
    expect(registerHeader('vi')).toEqual([
      'Loại báo cáo',
      'Kỳ báo cáo',
      'Thời điểm lập',
      'Người lập',
      'Bản Google Docs',
      'Bản PDF',
      'Dấu số liệu',
      'Tạm tính',
    ]);
    expect(registerCells(entry({ provisional: true }), 'vi')).toEqual([
      'Báo cáo 6 tháng',
      '2026-H1',
      '2026-06-05 14:30',
      'canbo@phuong.gov.vn',
      'https://docs.google.com/document/d/D1/edit',
      '',
      '0a1b2c3d',
      'có',
    ]);
  });

  test('rows are read back by header, in either language, whichever the order; unknown kinds are skipped', () => {
    const a = entry();
    const b = entry({ kind: 'year', period: '2026', created: '2026-12-01', doc: 'D2', pdf: 'P2', provisional: true });
    const vi = [registerHeader('vi'), registerCells(a, 'vi'), registerCells(b, 'en'), ['Báo cáo lạ', '2026']];
    expect(parseRegister(vi)).toEqual([a, b]);
    // Columns moved: the header decides.
    const reversed = vi.map((r) => [...r].reverse());
    expect(parseRegister(reversed)).toEqual([a, b]);
    const en = [registerHeader('en'), registerCells(a, 'en')];
    expect(parseRegister(en)).toEqual([a]);
    expect(parseRegister([['something else']])).toEqual([]);
  });

  test('the row of a Doc (the latest, should it appear twice), for the PDF link', () => {
    const grid = [
      registerHeader('vi'),
      registerCells(entry(), 'vi'),
      registerCells(entry({ doc: 'D2' }), 'vi'),
      registerCells(entry(), 'vi'),
    ];
    expect(registerRowOfDoc(grid, 'D2')).toBe(3);
    expect(registerRowOfDoc(grid, entry().doc)).toBe(4);
    expect(registerRowOfDoc(grid, 'D9')).toBeUndefined();
    // The same Doc's link as another service writes it (a query, another ending): matched by the id in it.
    expect(registerRowOfDoc(grid, 'https://docs.google.com/document/d/D1/edit?usp=drivesdk')).toBe(4);
    expect(registerRowOfDoc(grid, 'https://docs.google.com/document/d/D11/edit')).toBeUndefined();
  });

  test('a period given without a kind is recorded as the document kind that reports on it', () => {
    expect(['2026-H1', '2026', '2025-2026', 'P1'].map(documentKindOf)).toEqual(['h1', 'year', 'review', 'final']);
  });
});

describe('the reporting calendar', () => {
  test.each([
    ['2026-05-24', []],
    ['2026-05-25', ['Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026.']],
    ['2026-06-10', ['Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026.']],
    ['2026-06-11', []],
    ['2026-11-24', []],
    [
      '2026-11-25',
      ['Đến hạn Báo cáo năm – năm 2026: hạn nộp 10/12/2026.', 'Đến hạn Báo cáo sơ kết 2 năm – 2 năm 2025–2026: hạn nộp 10/12/2026.'],
    ],
    ['2027-11-25', ['Đến hạn Báo cáo năm – năm 2027: hạn nộp 10/12/2027.']],
    [
      '2030-11-25',
      [
        'Đến hạn Báo cáo năm – năm 2030: hạn nộp 10/12/2030.',
        'Đến hạn Báo cáo tổng kết giai đoạn – giai đoạn 2025–2030: hạn nộp 10/12/2030.',
      ],
    ],
    ['2026-12-11', []],
  ])('on %s', (today, lines) => {
    expect(dueLines(today, undefined, 'vi')).toEqual(lines);
  });

  test('with the register: made, only provisional, or not yet', () => {
    expect(dueLine('2026-05-25', [], 'vi')).toBe(
      'Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026; chưa có trong Sổ báo cáo.',
    );
    expect(dueLine('2026-06-08', [entry({ provisional: true, created: '2026-05-30 08:00' }), entry()], 'vi')).toBe(
      'Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026; đã lập ngày 05/06/2026 (Sổ báo cáo).',
    );
    expect(dueLine('2026-06-08', [entry({ provisional: true })], 'vi')).toMatch(
      /; Sổ báo cáo mới có bản tạm tính lập ngày 05\/06\/2026\.$/,
    );
    // A report of another period or kind does not count.
    expect(dueLine('2026-06-08', [entry({ period: '2025-H1' }), entry({ kind: 'year', period: '2026' })], 'vi')).toMatch(/chưa có/);
    expect(dueLine('2026-06-08', [], 'en')).toBe(
      'Due: Six-month report – first half of 2026, by 10/06/2026; not yet in the report register.',
    );
    expect(dueLine('2026-07-01', [], 'vi')).toBe('');
  });
});

describe('the data fingerprint a register row carries', () => {
  test('the same input tables give the same fingerprint; one changed cell changes it', () => {
    const a = fixtureWard();
    const b = fixtureWard();
    expect(fingerprintGrids(a)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprintGrids(b)).toBe(fingerprintGrids(a));
    const row = b.CLBB.findIndex((r) => r.includes('Phan Thị Nga'));
    const col = b.CLBB[row].indexOf(1940);
    b.CLBB[row][col] = 1941;
    expect(fingerprintGrids(b)).not.toBe(fingerprintGrids(a));
  });
});
