/** Many wards into a province: the same declarations over summed facts, with the wards' problems named. */
import { rollUpWard } from '../../src/core/indicators/rollup';
import { provinceJson } from '../../src/core/output/json';
import { byWardSheet, provinceSummarySheet } from '../../src/core/output/province';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { rollUpProvince, type WardInput } from '../../src/core/province';
import { fixtureWard, TODAY } from './fixture';

const period = parsePeriod('2026-H1')!;
const fixture = rollUpWard(parseWard(fixtureWard(), { today: TODAY }), period, TODAY);
const as = (ward: string, province = fixture.province, source = `${ward}.xlsx`): WardInput => ({
  source,
  rollup: { ...fixture, ward, province },
  errors: 0,
  warnings: 0,
});

describe('rollUpProvince', () => {
  const p = rollUpProvince([as('Phường A'), as('Phường B')], period);

  test('two copies of a ward double every numerator and denominator, and leave every share as it was', () => {
    for (const v of p.indicators) {
      const one = fixture.indicators.find((i) => i.id === v.id)!;
      expect(v.numerator).toBe(2 * one.numerator);
      if (v.unit === 'percent') {
        expect(v.denominator).toBe(2 * (one.denominator ?? 0));
        expect(v.value).toEqual(one.value);
      }
    }
  });

  // Ward B is the fixture with club C active again: its three members (born 1950; Nữ, Nữ, Nam) add
  // 3 members, 2 women, 3 older people (76 in 2026), 2 older women. Ward A: 12 members, 6 older women
  // of 8 older people, 2 of 3 clubs maintained; ward B: 15, 8 of 11, 3 of 3.
  test('two different wards: hand-counted sums, and a share of the sums that is not the average of the shares', () => {
    const grids = fixtureWard();
    const registry = grids['Danh mục CLB'];
    const status = registry.find((r) => r.includes('Mã CLB'))!.indexOf('Trạng thái');
    registry.find((r) => r[0] === 'CLBC')![status] = 'Đang hoạt động';
    const b = rollUpWard(parseWard(grids, { today: TODAY }), period, TODAY);
    const q = rollUpProvince([as('Phường A'), { source: 'b.xlsx', rollup: { ...b, ward: 'Phường B' }, errors: 0, warnings: 0 }], period);
    const v = (id: string) => q.indicators.find((i) => i.id === id)!;
    expect([v('members').value, v('women_members').value, v('elderly_members').value, v('elderly_women').value]).toEqual([27, 18, 19, 14]);
    expect(v('elderly_women_share')).toMatchObject({ numerator: 14, denominator: 19 });
    expect(v('elderly_women_share').value).toBeCloseTo(14 / 19, 12);
    expect(v('elderly_women_share').value).not.toBeCloseTo((6 / 8 + 8 / 11) / 2, 4);
    expect(v('clubs_maintained')).toMatchObject({ numerator: 5, denominator: 6 });
    expect(v('communication_reach')).toMatchObject({ numerator: 600, denominator: 6000, value: 0.1 });
  });

  test('count targets add up over the wards; share targets stay the plan rate', () => {
    // The fixture ward's own Chỉ tiêu: elderly_members ≥ 300 in phase 1, so two wards need ≥ 600.
    expect(p.targets.elderly_members.P1).toEqual({ min: 600, max: undefined, percent: false });
    expect(p.targets.elderly_women_share.P1).toEqual({ min: 0.4, max: 0.5, percent: true });
  });

  test('the same ward twice is an error; a missing name and another province are warnings', () => {
    const q = rollUpProvince(
      [as('Phường A'), as('phường a', undefined, 'copy.xlsx'), as('', undefined, 'blank.xlsx'), as('Phường C', 'Tỉnh Khác')],
      period,
    );
    expect(q.province).toBe(fixture.province);
    expect(q.problems.map((x) => [x.severity, x.messageKey, x.params.source])).toEqual([
      ['error', 'province.duplicateWard', 'copy.xlsx'],
      ['warning', 'province.noWardName', 'blank.xlsx'],
      ['warning', 'province.otherProvince', 'Phường C.xlsx'],
    ]);
    expect(provinceJson(q).problems[0].message).toBe(
      'Phường "phường a" có hai lần (Phường A.xlsx và copy.xlsx); bỏ một tệp để không cộng trùng.',
    );
  });

  test('the province tabs list every indicator and every ward', () => {
    const summary = provinceSummarySheet(p, TODAY);
    expect(summary.rows.slice(3).map((r) => r[1])).toEqual(p.indicators.map((v) => v.id));
    const byWard = byWardSheet(p, TODAY, 'en');
    expect(byWard.rows.slice(3).map((r) => r[1])).toEqual(['Phường A', 'Phường B']);
    expect(byWard.formats![0].length).toBe(byWard.rows[2].length);
  });
});
