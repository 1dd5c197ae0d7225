import fc from 'fast-check';
import { fillTable } from '../../src/core/demo/fillTable';
import { evaluateIndicators, rollUpWard, sumFacts } from '../../src/core/indicators/rollup';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { MEMBERS } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';
import { pickPeople, recountWard } from './recount';

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

/** Period ends, written out here rather than taken from the core's period code. */
const PERIOD_END: Record<string, string> = { '2026': '2026-12-31', '2026-H1': '2026-06-30', '2026-H2': '2026-12-31', P1: '2030-12-31' };

const member = fc.record({
  // "Hoàng Văn Em" borrowed from club A's fund on 01/04/2026 (the fixture's loan row), so he is served when in need there.
  name: fc.oneof(fc.constantFrom('Nguyễn Thị An', 'Trần Văn Bình', 'Lê Thị Cúc', 'Hoàng Văn Em', 'hoang van em', ''), fc.string()),
  birth: fc.oneof(fc.integer({ min: 1900, max: 2025 }), fc.constantFrom('1.950', '15/08/1966', 'abc', '')),
  gender: fc.constantFrom('Nam', 'Nữ', 'nữ', 'Nu', '', 'Khác'),
  joined: fc.constantFrom('', '01/01/2020', '01/07/2026', 'xx'),
  left: fc.constantFrom('', '01/03/2026', '01/12/2026'),
  loanNeed: fc.constantFrom('Có', 'Không', ''),
  loanServed: fc.constantFrom('Có', 'Không', ''),
});

describe('properties', () => {
  // Drawing the fixture takes most of a run's time: draw it once, copy it per run.
  const fixture = fixtureWard();

  test('the parser never throws on any grid of strings, numbers, dates and blanks', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('Cấu hình', 'Danh mục CLB', 'Tổ dân phố', 'CLBA', 'X'), grid), (grids) => {
        const ward = parseWard(grids, { today: TODAY });
        rollUpWard(ward, parsePeriod('2026')!, TODAY);
      }),
      { numRuns: 300 },
    );
  });

  test('for random registers, the roll-up counts the people an independent re-count of the cells finds, and every share lies in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 40 }),
        fc.array(member, { maxLength: 40 }),
        fc.constantFrom('Đang hoạt động', 'Tạm dừng', ''),
        fc.constantFrom('01/02/2026', '01/09/2026'),
        fc.constantFrom('2026', '2026-H1', '2026-H2', 'P1'),
        (a, b, statusB, establishedB, periodId) => {
          const grids = structuredClone(fixture);
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
          const registry = grids['Danh mục CLB'];
          const rowB = registry.findIndex((r) => r[0] === 'CLBB');
          const col = (name: string) => registry.find((r) => r.includes('Mã CLB'))!.indexOf(name);
          registry[rowB][col('Trạng thái')] = statusB;
          registry[rowB][col('Ngày thành lập')] = establishedB;

          const rollup = rollUpWard(parseWard(grids, { today: TODAY }), parsePeriod(periodId)!, TODAY);
          const recount = recountWard(grids, PERIOD_END[periodId]);
          expect(pickPeople(rollup.facts)).toEqual(recount.total);
          expect(Object.fromEntries(rollup.clubs.map((c) => [c.club.code, pickPeople(c.facts)]))).toEqual(recount.byClub);
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
