/**
 * The fast path of parse → validate → roll-up (issue 11: header scan by anchor names and first
 * letters, one fold per cell, shared A1 addresses, a person index per register, …) against the
 * straightforward implementation it replaced, kept as a reference copy in ./reference (the code as
 * it was, without memo or short cut). On generated wards made messy at random (cells replaced by
 * what officers type: odd spellings, blanks and white space, decomposed Vietnamese, header texts in
 * the body, error values, dates, numbers, booleans; header rows repeated; columns swapped; rows
 * dropped), both must give the same ward, the same issues in the same order and the same roll-up,
 * key order included. Speed itself is measured by `npm run bench`, never here.
 */
import fc from 'fast-check';
import { daysInMonth } from '../../src/core/dates';
import { generateDemoWard } from '../../src/core/demo';
import { countedMembers, peopleCounter } from '../../src/core/indicators/members';
import { rollUpWard } from '../../src/core/indicators/rollup';
import type { Member } from '../../src/core/model';
import { locateTables } from '../../src/core/parse/locate';
import { parseWard, type WardGrids } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { ALL_TABLES, CLUB_TABLES, MEMBERS } from '../../src/core/schema/tables';
import { allIssues, clubTabIssues } from '../../src/core/validate';
import { type Cell, isBlank, readChoice, readYesNo } from '../../src/core/values';
import { countedMembers as refCountedMembers, peopleCounter as refPeopleCounter } from './reference/indicators/members';
import { rollUpWard as refRollUpWard } from './reference/indicators/rollup';
import { locateTables as refLocateTables } from './reference/parse/locate';
import { parseWard as refParseWard } from './reference/parse/parseWard';
import { allIssues as refAllIssues, clubTabIssues as refClubTabIssues } from './reference/validate';
import { isBlank as refIsBlank, readChoice as refReadChoice, readYesNo as refReadYesNo } from './reference/values';

const TODAY = '2026-11-22';

/** Equal as values and in key order (JSON keeps insertion order; functions and undefined drop out alike). */
function expectSame(fast: unknown, reference: unknown): void {
  expect(fast).toEqual(reference);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
}

/** Every header text of every table (and its aliases), as typed and shouted. */
const HEADERS = ALL_TABLES.flatMap((t) => t.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])]));

/** What officers type into cells, and what sheets hand over. */
const MESSY: Cell[] = [
  '',
  ' ',
  '\u00a0',
  '\t',
  ' \u3000 ',
  null,
  undefined,
  'Có',
  'Không',
  'có',
  'CO',
  'khong',
  'Khong',
  'x',
  'X',
  '✓',
  '1',
  '0',
  '-',
  'ko',
  'sai',
  'Nữ',
  'Nu',
  'nữ',
  'NU\u031B',
  'Nam',
  ' Nữ ',
  'Chủ nhiệm',
  'chu nhiem',
  'Thành viên',
  'Tạm dừng',
  'Giải thể',
  'Hoạt động',
  '#REF!',
  ' #N/A ',
  '#',
  '12/2026',
  'Tháng 6/2026',
  '2026-06',
  '6',
  '31/02/2026',
  '29/02/2028',
  '1/1/26',
  '2026-06-15',
  '15.06.2026',
  '1.950',
  '1950',
  '25 triệu',
  '1.200.000 đ',
  '2,5',
  'abc',
  '≥ 300',
  '40–50%',
  'Nguyễn Thị An',
  'NGUYỄN THỊ AN',
  'Nguye\u0302\u0303n  Thị  An',
  'Trần Văn Bình',
  'Đặng Thu',
  'İstanbul',
  '한국',
  '\u0301a',
  '\u034fHọ và tên',
  'Họ và tên  ',
  'HỌ TÊN',
  'STT',
  ...HEADERS,
  ...HEADERS.map((h) => h.toUpperCase()),
  ...HEADERS.map((h) => ` ${h.normalize('NFD')} `),
  0,
  1,
  -1,
  1950,
  1.95,
  2026,
  46000,
  1e16,
  Number.NaN,
  true,
  false,
  new Date(Date.UTC(2026, 5, 15)),
  new Date(Date.UTC(1950, 0, 1)),
  new Date(Number.NaN),
];

type Change =
  | { kind: 'cell'; tab: number; row: number; col: number; value: number }
  | { kind: 'repeatRow'; tab: number; row: number; to: number }
  | { kind: 'dropRow'; tab: number; row: number }
  | { kind: 'copyCell'; tab: number; row: number; to: number; col: number }
  | { kind: 'namesake'; tab: number; row: number; to: number }
  | { kind: 'swapColumns'; tab: number; a: number; b: number };

const index = fc.nat({ max: 10_000 });
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('cell' as const), tab: index, row: index, col: index, value: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeatRow' as const), tab: index, row: index, to: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropRow' as const), tab: index, row: index }) },
  // The same name (or any value) on another row: people recorded twice, with or without their birth year.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('copyCell' as const), tab: index, row: index, to: index, col: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('namesake' as const), tab: index, row: index, to: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapColumns' as const), tab: index, a: index, b: index }) },
);

/** The ward's grids with the changes applied (a fresh copy: the generated ward is left as it is). */
function messUp(grids: WardGrids, changes: Change[]): WardGrids {
  const out: WardGrids = Object.fromEntries(Object.entries(grids).map(([name, grid]) => [name, grid.map((row) => [...row])]));
  const names = Object.keys(out);
  const clubs = names.filter((n) => /^CLB/.test(n));
  for (const c of changes) {
    if (c.kind === 'namesake') {
      // A member's name on another member's row of the same register (a namesake, or the same person twice).
      const grid = out[clubs[c.tab % clubs.length]];
      const located = locateTables(grid, [MEMBERS]).get(MEMBERS.id);
      const col = located?.columns.get('name');
      if (!located || col === undefined || located.endRow - located.headerRow < 2) continue;
      const body = located.endRow - located.headerRow - 1;
      const [from, to] = [grid[located.headerRow + 1 + (c.row % body)], grid[located.headerRow + 1 + (c.to % body)]];
      if (from && to) to[col] = from[col];
      continue;
    }
    const grid = out[names[c.tab % names.length]];
    if (grid.length === 0) continue;
    const r = c.kind === 'swapColumns' ? 0 : c.row % grid.length;
    if (c.kind === 'cell') {
      const row = grid[r];
      row[c.col % Math.max(row.length, 1)] = MESSY[c.value % MESSY.length];
    } else if (c.kind === 'repeatRow') grid.splice(c.to % grid.length, 0, [...grid[r]]);
    else if (c.kind === 'dropRow') grid.splice(r, 1);
    else if (c.kind === 'copyCell') {
      const to = grid[c.to % grid.length];
      const col = c.col % Math.max(to.length, 1);
      to[col] = grid[r][col];
    } else {
      const width = Math.max(...grid.map((row) => row.length), 1);
      const [a, b] = [c.a % width, c.b % width];
      for (const row of grid) [row[a], row[b]] = [row[b], row[a]];
    }
  }
  return out;
}

const PERIODS = ['2026', '2026-H1', '2025-2026'].map((id) => parsePeriod(id)!);

function compareWard(grids: WardGrids): void {
  const fast = parseWard(grids, { today: TODAY });
  const reference = refParseWard(grids, { today: TODAY });
  expectSame(fast, reference);
  for (const period of PERIODS) {
    expectSame(allIssues(fast, { today: TODAY, period }), refAllIssues(reference, { today: TODAY, period }));
    expectSame(rollUpWard(fast, period, TODAY), refRollUpWard(reference, period, TODAY));
  }
  for (const [name, grid] of Object.entries(grids)) {
    expectSame([...locateTables(grid, ALL_TABLES)], [...refLocateTables(grid, ALL_TABLES)]);
    if (/^CLB/.test(name)) expectSame(clubTabIssues(name, grid, { today: TODAY }), refClubTabIssues(name, grid, { today: TODAY }));
  }
}

describe('the fast path equals the reference implementation', () => {
  test('on generated wards as they are (with their deliberate mistakes)', () => {
    for (const seed of [1, 2, 3]) compareWard(generateDemoWard({ seed, clubs: 5, membersPerClub: [20, 26], today: TODAY }).grids);
  });

  test('on generated wards made messy at random', () => {
    const wards = [4, 5].map((seed) => generateDemoWard({ seed, clubs: 2, membersPerClub: [20, 24], today: TODAY }).grids);
    fc.assert(
      fc.property(fc.nat({ max: wards.length - 1 }), fc.array(change, { minLength: 1, maxLength: 60 }), (w, changes) => {
        compareWard(messUp(wards[w], changes));
      }),
      { numRuns: 40 },
    );
  });

  test('on club tabs of random rows of messy cells under shuffled headers', () => {
    const cell = fc.nat({ max: MESSY.length - 1 }).map((i) => MESSY[i]);
    // A header row as typed: any of the tables' headers and aliases, shouted, decomposed, spaced.
    const typed = (h: string) => [h, h.toUpperCase(), ` ${h.normalize('NFD')}`, `\u00a0${h}`, `${h}  `, h.replace(/ /g, '  ')];
    const header = fc
      .shuffledSubarray(
        CLUB_TABLES.flatMap((t) => t.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])])),
        { minLength: 1 },
      )
      .chain((names) => fc.tuple(...names.map((h) => fc.constantFrom(...typed(h)))));
    fc.assert(
      fc.property(fc.array(fc.oneof(header, fc.array(cell, { maxLength: 20 })), { maxLength: 30 }), (rows) => {
        const grid = rows.map((row) => [...row]);
        expectSame([...locateTables(grid, CLUB_TABLES)], [...refLocateTables(grid, CLUB_TABLES)]);
        expectSame(clubTabIssues('CLB01', grid, { today: TODAY }), refClubTabIssues('CLB01', grid, { today: TODAY }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the short cuts equal their definitions', () => {
  test('isBlank on every one-character text, alone and before other text', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}a`, `${ch} `, `${ch}\u00a0`]) if (isBlank(text) !== refIsBlank(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  test('readYesNo and readChoice on the messy cells', () => {
    const choices = CLUB_TABLES.flatMap((t) => t.columns.flatMap((c) => (c.choices ? [c.choices] : [])));
    for (const cell of MESSY) {
      expect(readYesNo(cell)).toEqual(refReadYesNo(cell));
      for (const list of choices) expect(readChoice(cell, list)).toEqual(refReadChoice(cell, list));
    }
  });

  test('daysInMonth is what Date.UTC counts, in any year', () => {
    for (let year = -50; year <= 2500; year++)
      for (let month = 0; month <= 13; month++) expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }),
      { numRuns: 5000 },
    );
  });

  test("a register's people are re-counted after its rows change in place", () => {
    const member = (name: string | undefined, year: number, row: number) =>
      ({ sheet: 'CLB01', row, cells: {}, name, birth: { year } }) as unknown as Member;
    const members = [member('Nguyễn Thị An', 1950, 2), member('NGUYEN THI AN', 1950, 3), member('Trần Bình', 1951, 4)];
    const on = '2026-12-31';
    expect(countedMembers(members, on).map((m) => m.row)).toEqual([2, 4]);
    const namesakes = [member('Nguyễn Thị An', 1950, 2), member('Nguyễn Thị An', 1962, 3)];
    expect(countedMembers(namesakes, on).map((m) => m.row)).toEqual([2, 3]);
    expect(peopleCounter(namesakes)(on)).toBe(2);
    (members[1] as { name?: string }).name = 'Lê Văn C';
    expect(countedMembers(members, on)).toEqual(refCountedMembers(members, on));
    expect(countedMembers(members, on).map((m) => m.row)).toEqual([2, 3, 4]);
    (members[2] as { birth?: { year: number } }).birth = { year: 1950 };
    (members[2] as { name?: string }).name = 'nguyễn thị an';
    expect(peopleCounter(members)(on)).toBe(refPeopleCounter(members)(on));
    members.push(member('Lê Văn C', 1950, 5));
    expect(countedMembers(members, on)).toEqual(refCountedMembers(members, on));
    members[0] = member('Trần Bình', 1951, 2);
    expect(countedMembers(members, on)).toEqual(refCountedMembers(members, on));
  });
});
