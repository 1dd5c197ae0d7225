/**
 * What the speed work (docs/ARCHITECTURE.md, "Speed") must not change: a mid-size generated ward's
 * people figures equal the independent re-count of its cells (./recount.ts) at two period ends,
 * the memoised text folding equals its definition on any text (first call and repeated), and the
 * header index finds the first of two header cells and reports the other, as before. Speed itself
 * is measured by `npm run bench`, never here.
 */
import fc from 'fast-check';
import { generateDemoWard } from '../../src/core/demo';
import { countedMembers, peopleCounter } from '../../src/core/indicators/members';
import { rollUpGrids } from '../../src/core/jobs';
import type { Member } from '../../src/core/model';
import { locateTables } from '../../src/core/parse/locate';
import { parsePeriod } from '../../src/core/period';
import { MEMBERS } from '../../src/core/schema/tables';
import { foldText, normalizeText, personKey } from '../../src/core/text';
import { countedClubs, pickPeople, recountWard } from './recount';

const TODAY = '2026-11-22';

/** The definitions, written out again without any memo or short cut. */
const normalizeRef = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();
const foldRef = (value: string) =>
  normalizeRef(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

describe('a mid-size ward (40 clubs, about 2,600 members) counts as the re-count does', () => {
  const demo = generateDemoWard({ seed: 11, clubs: 40, membersPerClub: [55, 75], today: TODAY });

  test.each([
    ['2026-H1', '2026-06-30'],
    ['2026', '2026-12-31'],
  ])('period %s: ward and per-club people figures, active clubs', (periodId, end) => {
    const result = rollUpGrids(demo.grids, parsePeriod(periodId)!, TODAY);
    const recount = recountWard(demo.grids, end);
    expect(result.rollup.clubs).toHaveLength(40);
    expect(pickPeople(result.rollup.facts)).toEqual(recount.total);
    expect(Object.fromEntries(result.rollup.clubs.map((c) => [c.club.code, pickPeople(c.facts)]))).toEqual(recount.byClub);
    expect(result.rollup.facts.clubs_active).toBe(countedClubs(demo.grids, end).length);
    expect(recount.total.members).toBeGreaterThan(2000);
  });

  test('the check finds each deliberate mistake of the generated ward', () => {
    const result = rollUpGrids(demo.grids, parsePeriod('2026')!, TODAY);
    const reported = new Set(result.issues.map((i) => `${i.sheet}!${i.a1}`));
    for (const m of demo.mistakes) expect(reported.has(`${m.sheet}!${m.a1}`)).toBe(true);
  });
});

describe('memoised text folding equals its definition', () => {
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom('a', 'Đ', 'đ', 'ễ', 'e\u0302\u0303', ' ', '\t', '\u00a0', '\n', 'İ', 'Ữ', 'x', '1', '/') }),
    fc.constantFrom('', ' ', 'Nữ', 'NU\u031B', '  Nguyễn  Thị An ', 'ABC def', 'abc  def', ' abc', 'abc '),
  );

  test('on any text, folded once and again', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let twice = 0; twice < 2; twice++) {
          expect(normalizeText(text)).toBe(normalizeRef(text));
          expect(foldText(text)).toBe(foldRef(text));
        }
        expect(personKey(text, 1950)).toBe(`${foldRef(text)}|1950`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the header index', () => {
  test('a header typed twice (as itself and as its alias) takes the leftmost cell and reports the column', () => {
    for (const [row, name] of [
      [['Ghi chú', 'Năm sinh', 'HỌ VÀ TÊN', 'Giới tính', 'Họ  và tên'], 2],
      [['Ghi chú', 'Họ tên', 'Năm sinh', 'Họ và tên', 'Giới tính'], 1],
      [['Họ và tên', 'Năm sinh', 'Họ tên', 'Giới tính'], 0],
    ] as const) {
      const located = locateTables([[...row], ['', 1950, 'Nguyễn Thị An', 'Nữ', 'x']], [MEMBERS]).get(MEMBERS.id)!;
      expect(located.headerRow).toBe(0);
      expect(located.columns.get('name')).toBe(name);
      expect(located.duplicates.map((c) => c.key)).toEqual(['name']);
    }
  });

  test('a row of body text that holds no header name is no header, whatever its other cells', () => {
    const grid = [
      ['Nguyễn Thị An', 'Nữ', 1950],
      ['Họ và tên', 'Giới tính', 'Năm sinh'],
      ['Trần Văn Bình', 'Nam', 1948],
    ];
    expect(locateTables(grid, [MEMBERS]).get(MEMBERS.id)?.headerRow).toBe(1);
  });
});

describe('counting a register at many dates', () => {
  const date = fc.constantFrom('2025-12-31', '2026-03-01', '2026-06-30', '2026-07-01', '2026-12-31');
  const member = fc.record({
    name: fc.constantFrom(undefined, '', 'Nguyễn Thị An', 'NGUYEN THI AN', 'Nguyễn  Thị An ', 'Trần Bình'),
    year: fc.constantFrom(undefined, 1950, 1951),
    joined: fc.option(date, { nil: undefined }),
    left: fc.option(date, { nil: undefined }),
    unread: fc.constantFrom(undefined, ['joined'], ['left'], ['gender']),
  });

  test('peopleCounter(members)(on) is countedMembers(members, on).length at every date asked, in any order', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 12 }), fc.array(date, { maxLength: 6 }), (rows, dates) => {
        const members = rows.map(
          (r, i) =>
            ({
              sheet: 'CLB01',
              row: i + 2,
              cells: {},
              name: r.name,
              birth: r.year === undefined ? undefined : { year: r.year },
              joined: r.joined,
              left: r.left,
              unread: r.unread,
            }) as unknown as Member,
        );
        const countAt = peopleCounter(members);
        for (const on of dates) expect(countAt(on)).toBe(countedMembers(members, on).length);
      }),
      { numRuns: 1000 },
    );
  });
});
