import fc from 'fast-check';
import { fillTable } from '../../src/core/demo/fillTable';
import { evaluateIndicators, rollUpWard, sumFacts } from '../../src/core/indicators/rollup';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { MEMBERS } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.date({ min: new Date(-1e13), max: new Date(1e13) }),
  fc.constantFrom(
    'Họ và tên',
    'Năm sinh',
    'Giới tính',
    'Nữ',
    'Nam',
    'Nu',
    '1.950',
    '31/02/2026',
    '25 triệu',
    'Có',
    'Mã CLB',
    'Tên CLB',
    'Tổ dân phố',
    'Ngày sinh hoạt',
    'Số người dự',
  ),
);
const grid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 });

const member = fc.record({
  name: fc.oneof(fc.constantFrom('Nguyễn Thị An', 'Trần Văn Bình', 'Lê Thị Cúc', ''), fc.string()),
  birth: fc.oneof(fc.integer({ min: 1900, max: 2025 }), fc.constantFrom('1.950', '15/08/1966', 'abc', '')),
  gender: fc.constantFrom('Nam', 'Nữ', 'nữ', 'Nu', '', 'Khác'),
  joined: fc.constantFrom('', '01/01/2020', '01/07/2026', 'xx'),
  left: fc.constantFrom('', '01/03/2026', '01/12/2026'),
  loanNeed: fc.constantFrom('Có', 'Không', ''),
  loanServed: fc.constantFrom('Có', 'Không', ''),
});

describe('properties', () => {
  test('the parser never throws on any grid of strings, numbers, dates and blanks', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('Cấu hình', 'Danh mục CLB', 'Tổ dân phố', 'CLBA', 'X'), grid), (grids) => {
        const ward = parseWard(grids, { today: TODAY });
        rollUpWard(ward, parsePeriod('2026')!, TODAY);
      }),
      { numRuns: 300 },
    );
  });

  test('for random registers, ward totals equal the sum of club totals and every share lies in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 40 }),
        fc.array(member, { maxLength: 40 }),
        fc.constantFrom('2026', '2026-H1', '2026-H2', 'P1'),
        (a, b, periodId) => {
          const grids = fixtureWard();
          const header = (g: Cell[][]) => g.findIndex((r) => r.includes('Họ và tên'));
          for (const [code, members] of [
            ['CLBA', a],
            ['CLBB', b],
          ] as const) {
            const g = grids[code];
            const h = header(g);
            const next = g.findIndex((r, i) => i > h && r.includes('II. SINH HOẠT ĐỊNH KỲ HẰNG THÁNG'));
            for (let r = h + 1; r < next - 1; r++) g[r] = g[r].map(() => '');
            fillTable(g, MEMBERS, members);
          }
          const rollup = rollUpWard(parseWard(grids, { today: TODAY }), parsePeriod(periodId)!, TODAY);
          for (const id of ['members', 'women_members', 'elderly_members', 'elderly_women', 'members_in_need', 'members_served'] as const) {
            expect(rollup.facts[id]).toBe(rollup.clubs.reduce((s, c) => s + c.facts[id], 0));
          }
          for (const v of rollup.indicators)
            if (v.unit === 'percent' && v.value !== null && v.id !== 'communication_reach') {
              expect(v.value).toBeGreaterThanOrEqual(0);
              expect(v.value).toBeLessThanOrEqual(1);
            }
          for (const c of rollup.clubs)
            for (const v of c.indicators) if (v.unit === 'percent' && v.value !== null) expect(v.value).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a province is the sum of numerators and denominators, not an average of shares', () => {
    const w1 = { elderly_women: 1, elderly_members: 1 };
    const w2 = { elderly_women: 10, elderly_members: 100 };
    const share = evaluateIndicators(sumFacts([w1, w2]), {}, 'P1').find((v) => v.id === 'elderly_women_share')!;
    expect(share.value).toBeCloseTo(11 / 101);
  });
});
