/**
 * Random ward workbooks for the fuzz property (test/core/fuzz.test.ts and `npm run fuzz`): not only
 * noise but grids an officer could really hand over. Every tab is drawn from the declarations
 * (src/core/schema/tables.ts), then spoiled the ways people spoil them: columns shuffled, headers
 * written with an alias, without diacritics, decomposed (NFD), with a zero-width space or a typo,
 * extra columns, merged title rows (a merge reads as the same text in every cell), blank rows,
 * header rows repeated or deleted, sections out of order or missing, tabs missing or renamed,
 * clubs whose tab is missing, duplicate codes, no clubs or many, and cells of every kind Sheets or
 * exceljs can give (numbers, Dates, booleans, '', null, error texts, very long text, NaN, ±Infinity,
 * huge numbers, negative years, dates before 1900, formulas as text).
 */
import fc from 'fast-check';
import { INDICATORS } from '../../src/core/indicators/declarations';
import type { WardGrids } from '../../src/core/parse/parseWard';
import { SETTINGS } from '../../src/core/schema/settings';
import { SHEETS } from '../../src/core/schema/sheets';
import { ACTIVITIES, CLUB_TABLES, CLUBS, GROUPS, SETTINGS_TABLE, TARGETS } from '../../src/core/schema/tables';
import type { Column, Table } from '../../src/core/schema/types';
import type { Cell } from '../../src/core/values';

const ZWSP = '\u200b';
const nfd = (s: string) => s.normalize('NFD');
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

const ERROR_TEXTS = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#ERROR!', '#NULL!'];
const NAMES = [
  'Nguyễn Thị An',
  'Trần Văn Bình',
  'Lê Thị Cúc',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Đỗ Thị Hoa',
  'Bùi Văn Khánh',
  'Ngô Thị Lan',
];
const CODES = ['CLB01', 'CLB02', 'CLB03', 'clb01', ' CLB02 ', 'CLB 03', 'CLB04'];
/** Tab names a club code or a stray tab may take: ward tabs and output tabs among them. */
const TRAP_NAMES = [SHEETS.settings, SHEETS.guide, SHEETS.summary, SHEETS.check, SHEETS.byClub, 'Sheet1', 'Trang tính1', 'CLB01 (2)'];

/** Every kind of value a cell can hold when Sheets or exceljs hands it over, and text people paste. */
export const oddCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>('', null, undefined, ' ', '\u00a0', ZWSP, '\t\n', '\ufeff', ...ERROR_TEXTS),
  fc.constantFrom<Cell>('=SUM(A1:A3)', '=A1*2', "'0123", '+84 912', '@x', 'TRUE', 'FALSE', 'NaN', 'undefined', 'null', '{{signer_name}}'),
  fc.constantFrom<Cell>(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 2 ** 53 + 2, 1e21, 5e-324),
  fc.double(),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)), noInvalidDate: false }),
  fc.string({ maxLength: 12 }),
  // Any code points, lone surrogates included (fc.string's 'binary' unit costs seconds to build).
  fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 8 }).map((points) => String.fromCodePoint(...points)),
  // Very long text is rare in a real sheet, and every reader normalises it: drawn seldom, so runs stay fast.
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<Cell>('x'.repeat(5000), 'Nguyễn '.repeat(400)) },
    { weight: 9, arbitrary: fc.constant<Cell>('') },
  ),
  fc.constantFrom<Cell>(...NAMES.map(nfd), ...NAMES.map(plain), ...NAMES.map((n) => n.replace(' ', `${ZWSP} `)), ...NAMES),
  fc.constantFrom<Cell>('1.000.000', '25 triệu', '2,5', '1,000,000', '30tr', '500k', '-5', '1e5', '５', '1.2.3', '10%'),
  fc.constantFrom<Cell>('5/6/26', '31/02/2026', '29/02/2025', '00/00/0000', '1/1/1899', '01/13/2026', '2026-06-05', '5.6.2026'),
  fc.constantFrom<Cell>('06/2026', '6/2026', 'T6/2026', 'tháng 6', '13/2026', '0/2026', '1.950', '1,950', 1.95, '-1950', 19500, 1950.5),
);

const shortText = fc.string({ maxLength: 10 });
const year = fc.oneof(fc.integer({ min: 1920, max: 2010 }), fc.constantFrom<Cell>('1.950', '15/08/1956', 1.955, '1956 ', -1950, 0));
const dateText = fc.oneof(
  fc
    .record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2019, max: 2031 }) })
    .map(({ d, m, y }) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`),
  fc.constantFrom<Cell>('5/6/26', '05-06-2026', '5.6.2026', '2026-03-01', 46000, '1/1/1899'),
);
const monthText = fc.oneof(
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2024, max: 2031 }) })
    .map(({ m, y }) => `${String(m).padStart(2, '0')}/${y}`),
  fc.constantFrom<Cell>('6/2026', 'T6/2026', '2026-06'),
);
const money = fc.oneof(
  fc.integer({ min: 0, max: 60_000_000 }),
  fc.constantFrom<Cell>('1.000.000', '25 triệu', '26.000.000 đ', '2,5 tr', '-500.000'),
);
const yesNo = fc.constantFrom<Cell>('Có', 'Không', 'có', 'x', 'X', '', 'co', 'k', 'ko', true, false, 1, 0, '✓');

/** A plausible value for a column, by its declared type. */
function typical(column: Column): fc.Arbitrary<Cell> {
  switch (column.type) {
    case 'text':
      return fc.oneof(fc.constantFrom<Cell>(...NAMES, ...CODES, 'G1', 'Tổ 2'), shortText);
    case 'yearOrDate':
      return year;
    case 'choice': {
      const values = (column.choices ?? []).flatMap((c) => [c.value, ...(c.aliases ?? []), plain(c.value), c.value.toUpperCase()]);
      return fc.constantFrom<Cell>(...values, 'Nu', 'Khác', '');
    }
    case 'yesNo':
      return yesNo;
    case 'date':
      return dateText;
    case 'month':
      return monthText;
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 80 }), fc.constantFrom<Cell>('1.000', '12', 2.5, -3));
    case 'money':
      return money;
    case 'email':
      return fc.constantFrom<Cell>('a@b.vn', 'a@b.vn, c@d.vn', 'not an email', 'a@b.vn; c@d.vn', '');
    case 'target':
      return fc.constantFrom<Cell>('≥ 300', '40–50%', '100%', '', '>= 5', '50-60 %', 'abc', 150, 0.5);
  }
}

/**
 * A cell of a column: mostly plausible, sometimes odd. Made once per column: fast-check arbitraries
 * built afresh on every draw would rebuild their internal tables each time (and runs get slow).
 */
const CELL_FOR = new Map<Column, fc.Arbitrary<Cell>>();
function cellFor(column: Column): fc.Arbitrary<Cell> {
  let arb = CELL_FOR.get(column);
  if (!arb) {
    arb = fc.oneof({ weight: 6, arbitrary: typical(column) }, { weight: 1, arbitrary: oddCell });
    CELL_FOR.set(column, arb);
  }
  return arb;
}

/** How a header is written: as declared, an alias, without diacritics, decomposed, upper case, with odd spaces, misspelt. */
function headerVariants(column: Column): string[] {
  const h = column.header;
  return [h, h, h, ...(column.aliases ?? []), plain(h), nfd(h), h.toUpperCase(), ` ${h}\n`, `${h}${ZWSP}`, h.slice(0, -1), `${h} (*)`];
}

interface Slot {
  /** The declared column, or none for a column the user added. */
  column?: Column;
  header: Cell;
}

/** One table row by column key; keys left out are blank. */
type RowRecord = Record<string, Cell>;

/** Plausible rows of a table, with odd cells among them. */
const rowsOf = (table: Table, maxRows: number): fc.Arbitrary<RowRecord[]> =>
  fc.array(fc.record(Object.fromEntries(table.columns.map((c) => [c.key, cellFor(c)]))), { maxLength: maxRows });

/** What users put in the columns they add: phone numbers, ages, notes. */
const EXTRA_CELLS: Cell[] = ['0912 345 678', 72, 'chuyển đi', '', '=TODAY()-B5', '#REF!'];

/**
 * One table as people lay it out: a title, a header row, body rows, and the ways those go wrong.
 * `body` gives the rows by column key (a registry's codes, say); they follow the header's column order.
 */
function tableBlock(table: Table, body: fc.Arbitrary<RowRecord[]>): fc.Arbitrary<Cell[][]> {
  const n = table.columns.length;
  const slots = fc
    .tuple(
      fc.shuffledSubarray([...table.columns], { minLength: n, maxLength: n }),
      fc.array(fc.nat(), { minLength: n, maxLength: n }),
      fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom<Cell>('SĐT', 'Ghi chú thêm', 'Tuổi', '', 'Họ và tên')), { maxLength: 2 }),
      fc.integer({ min: 0, max: 15 }),
      fc.boolean(),
    )
    .map(([shuffled, picks, spoilHeaders, extras, dropOne, keepOrder]) => {
      const order = keepOrder ? [...table.columns] : shuffled;
      const out: Slot[] = order.map((column, i) => {
        const variants = headerVariants(column);
        return { column, header: spoilHeaders ? variants[picks[i] % variants.length] : column.header };
      });
      // Now and then a column is left out altogether (maybe an anchor: then the table is not found).
      if (dropOne === 0 && out.length > 1) out.splice(picks[0] % out.length, 1);
      for (const [at, header] of extras) out.splice(at % (out.length + 1), 0, { header });
      return out;
    });
  return fc
    .record({
      cols: slots,
      body,
      title: fc.constantFrom('none', 'plain', 'plain', 'merged', 'double'),
      blanks: fc.array(fc.nat(), { maxLength: 3 }),
      repeatHeaderAt: fc.option(fc.nat(), { freq: 8 }),
      dropHeader: fc.oneof({ weight: 25, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      noise: fc.option(fc.array(oddCell, { maxLength: n + 2 }), { freq: 6 }),
    })
    .map(({ cols, body, title, blanks, repeatHeaderAt, dropHeader, noise }) => {
      const header = cols.map((s) => s.header);
      const rows: Cell[][] = body.map((record, r) =>
        cols.map((s, c) => (s.column ? record[s.column.key] : EXTRA_CELLS[(r + c) % EXTRA_CELLS.length])),
      );
      for (const at of blanks) rows.splice(at % (rows.length + 1), 0, []);
      if (repeatHeaderAt !== null) rows.splice(repeatHeaderAt % (rows.length + 1), 0, [...header]);
      if (noise) rows.splice(0, 0, noise);
      const top: Cell[][] = [];
      if (title === 'plain') top.push([table.title]);
      // A title merged across the table reads, through exceljs, as the title in every cell of the merge.
      if (title === 'merged') top.push(Array(Math.max(1, header.length)).fill(table.title));
      if (title === 'double') top.push(['DANH SÁCH'], [table.title, '', '', 'Cập nhật 06/2026']);
      return [...top, ...(dropHeader ? [] : [header]), ...rows];
    });
}

/** A club's tab: heading lines, then its sections in any order (some may be missing). */
function clubTab(code: string, blocks: Map<string, fc.Arbitrary<Cell[][]>>): fc.Arbitrary<Cell[][]> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant([...CLUB_TABLES]) },
        { weight: 2, arbitrary: fc.shuffledSubarray([...CLUB_TABLES], { minLength: 2 }) },
      ),
      fc.constantFrom<Cell[][]>(
        [[`CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU: ${code}`], [`Mã CLB: ${code}`], ['(Dòng này dành cho kết quả chuẩn CLB)']],
        [[], [], []],
        [['Chuẩn CLB (năm 2026): Đạt chuẩn']],
        [],
        [['Ghi chú của tôi'], ['không xóa dòng này']],
      ),
    )
    .chain(([tables, heading]) =>
      fc
        .tuple(...tables.map((t) => blocks.get(t.id)!))
        .map((blocks) => [...heading.map((r) => [...r]), ...blocks.flatMap((b) => [...b, []])]),
    );
}

/** Cấu hình: the declared settings with values typed every way, some keys unknown or repeated. */
const settingValue = fc.oneof(
  fc.constantFrom<Cell>('2026', 2026, '2.026', 99999, -5, 0, 2026.5, '', 'abc', '60%', '0,6', 150, '25 triệu', 'a@b.vn, x'),
  fc.constantFrom<Cell>('Phường {{members}}', 'Phường Bến Nghé', 'PHÓ CHỦ TỊCH', 'Chủ tịch', '1.000.000'),
  oddCell,
);
const settingsTab: fc.Arbitrary<Cell[][]> = tableBlock(
  SETTINGS_TABLE,
  fc
    .tuple(
      fc.shuffledSubarray([...SETTINGS]),
      fc.array(settingValue, { minLength: SETTINGS.length, maxLength: SETTINGS.length }),
      fc.array(fc.constantFrom<Cell>('unknownKey', 'year', 'Năm báo cáo', ''), { maxLength: 2 }),
    )
    .map(([decls, values, strays]) => [
      ...decls.map((d, i) => ({ key: d.key, label: d.label, value: values[i] })),
      ...strays.map((key) => ({ key, label: '', value: '2026' })),
    ]),
);

/** Chỉ tiêu: declared ids, unknown ones, targets written every way. */
const targetsTab: fc.Arbitrary<Cell[][]> = tableBlock(
  TARGETS,
  fc.array(
    fc.record({
      id: fc.constantFrom<Cell>(...INDICATORS.map((d) => d.id), 'unknown_id', ''),
      name: fc.constant('x'),
      p1: typical(TARGETS.columns[3]),
      p2: typical(TARGETS.columns[4]),
    }),
    { maxLength: INDICATORS.length + 2 },
  ),
);

/** Danh mục CLB: one row per drawn code (codes from a small pool, so duplicates and near-duplicates happen). */
function registryTab(codes: Cell[]): fc.Arbitrary<Cell[][]> {
  const row = (code: Cell) =>
    fc.record(
      Object.fromEntries(
        CLUBS.columns.map((c) => [
          c.key,
          c.key === 'code' ? fc.constant(code) : c.key === 'group' ? fc.constantFrom<Cell>('G1', 'Tổ 2', 'tdp01', '', 'G9') : cellFor(c),
        ]),
      ),
    );
  return tableBlock(CLUBS, fc.tuple(...codes.map(row)));
}

export interface FuzzWard {
  grids: WardGrids;
  /** The period the run asks for ('' = the ward's default). */
  period: string;
  today: string;
  lang: 'vi' | 'en';
}

/** Ward-level tab: present (maybe renamed) or absent. */
const wardTabName = (name: string) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(name) },
    { weight: 1, arbitrary: fc.constantFrom(plain(name), `${name} `, `${name} (2)`, '') },
  );

/** A whole ward: its ward tabs, a registry of 0 to `maxClubs` clubs, their tabs (some missing, some extra). */
export function fuzzWard(opts: { maxClubs?: number; maxRows?: number } = {}): fc.Arbitrary<FuzzWard> {
  const maxClubs = opts.maxClubs ?? 5;
  const maxRows = opts.maxRows ?? 12;
  const codes = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom<Cell>(...CODES) },
      { weight: 1, arbitrary: fc.constantFrom<Cell>(...TRAP_NAMES, '', 42) },
    ),
    {
      maxLength: maxClubs,
    },
  );
  const blocks = new Map(CLUB_TABLES.map((t) => [t.id, tableBlock(t, rowsOf(t, maxRows))]));
  const smallBlocks = new Map(CLUB_TABLES.map((t) => [t.id, tableBlock(t, rowsOf(t, 4))]));
  const groups = tableBlock(GROUPS, rowsOf(GROUPS, 6));
  const activities = tableBlock(ACTIVITIES, rowsOf(ACTIVITIES, 5));
  const strays = fc.array(
    fc.tuple(fc.constantFrom(...TRAP_NAMES, 'CLB99', 'Tổng hợp (cũ)'), fc.array(fc.array(oddCell, { maxLength: 8 }), { maxLength: 8 })),
    { maxLength: 2 },
  );
  return codes.chain((registryCodes) => {
    const tabCodes = [...new Set(registryCodes.map((c) => String(c ?? '').trim()))].filter((c) => c !== '');
    return fc
      .record({
        names: fc.tuple(...[SHEETS.settings, SHEETS.targets, SHEETS.groups, SHEETS.clubs, SHEETS.activities].map(wardTabName)),
        settings: settingsTab,
        targets: targetsTab,
        groups,
        registry: registryTab(registryCodes),
        activities,
        clubs: fc.tuple(...tabCodes.map((code) => fc.option(clubTab(code, blocks), { freq: 8 }))),
        strays,
        unregistered: fc.option(clubTab('CLB77', smallBlocks), { freq: 10 }),
        period: fc.constantFrom('', '2026', '2026-H1', '2026-H2', 'P1', 'P2', '2025'),
        today: fc.constantFrom('2026-07-15', '2026-01-01', '2026-12-31', '2031-03-01'),
        lang: fc.constantFrom<'vi' | 'en'>('vi', 'vi', 'en'),
      })
      .map((w) => {
        const grids: WardGrids = {};
        const tabs = [w.settings, w.targets, w.groups, w.registry, w.activities];
        w.names.forEach((name, i) => {
          if (name !== '') grids[name] = tabs[i];
        });
        tabCodes.forEach((code, i) => {
          const tab = w.clubs[i];
          if (tab) grids[code] = tab;
        });
        for (const [name, grid] of w.strays) if (!(name in grids)) grids[name] = grid;
        if (w.unregistered) grids.CLB77 = w.unregistered;
        return { grids, period: w.period, today: w.today, lang: w.lang };
      });
  });
}
