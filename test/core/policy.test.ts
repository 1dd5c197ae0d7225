/** The named lists from the member register, counted by hand (policyFixture.ts). */

import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { ceremonyFor, longevityList, pensionedOfAge, socialPensionList } from '../../src/core/policy';
import { buildPensionListData } from '../../src/core/report/lists';
import { POLICY_TODAY, policyGrids, policyWard } from './policyFixture';

const names = (entries: Array<{ member: { name?: string } }>) => entries.map((e) => e.member.name);

describe('longevity list: 70, 75, …, 95 and everyone 100 or older, by calendar year', () => {
  test('2026: the hand-counted seven, oldest first', () => {
    const list = longevityList(policyWard(), 2026);
    expect(list.map((e) => [e.member.name, e.age, e.ceremony])).toEqual([
      ['Tuổi 101', 101, 'mừng thượng thượng thọ'],
      ['Tuổi 100', 100, 'mừng thượng thượng thọ'],
      ['Tuổi 90', 90, 'mừng thượng thượng thọ'],
      ['Tuổi 80', 80, 'mừng thượng thọ'],
      ['Tuổi 75', 75, 'mừng thọ'],
      ['Tuổi 70 cận nghèo', 70, 'mừng thọ'],
      ['Tuổi 70 sinh tháng 12', 70, 'mừng thọ'],
    ]);
  });

  test('2027: a year later the born-in-1957 member turns 70 and the 70s of 2026 drop out', () => {
    expect(longevityList(policyWard(), 2027).map((e) => e.age)).toEqual([102, 101, 100, 90, 80, 75, 70]);
    expect(names(longevityList(policyWard(), 2027))).toContain('Tuổi 69 nghèo');
    expect(names(longevityList(policyWard(), 2027))).not.toContain('Tuổi 70 cận nghèo');
  });

  test('69, 74, 79, 89 and 99 get no ceremony; a member who left before the year is not listed', () => {
    const listed = names(longevityList(policyWard(), 2026));
    for (const name of ['Tuổi 69 nghèo', 'Tuổi 74 nghèo', 'Tuổi 79', 'Tuổi 89', 'Tuổi 99', 'Đã rời năm 2025'])
      expect(listed).not.toContain(name);
  });

  test('ceremony names per Circular 06/2012/TT-BVHTTDL', () => {
    expect([70, 75, 80, 85, 90, 95, 100, 101].map(ceremonyFor)).toEqual([
      'mừng thọ',
      'mừng thọ',
      'mừng thượng thọ',
      'mừng thượng thọ',
      'mừng thượng thượng thọ',
      'mừng thượng thượng thọ',
      'mừng thượng thượng thọ',
      'mừng thượng thượng thọ',
    ]);
  });
});

describe('social pension list (Law on Social Insurance 2024 Art. 21, Decree 176/2025)', () => {
  test('defaults 75 and 70: 75+ without a pension, 70–74 poor or near-poor; "Có" excludes, blank is listed', () => {
    const list = socialPensionList(policyWard(), 2026);
    expect(list.map((e) => [e.member.name, e.ground])).toEqual([
      ['Tuổi 101', 'age75'],
      ['Tuổi 99', 'age75'],
      ['Tuổi 90', 'age75'],
      ['Tuổi 89', 'age75'],
      ['Tuổi 79', 'age75'],
      ['Tuổi 75', 'age75'],
      ['Tuổi 74 nghèo', 'poor70'],
      ['Tuổi 70 cận nghèo', 'poor70'],
    ]);
    // 100 and 80 (pension Có) and 73 poor with a pension: of age, left out, counted.
    expect(pensionedOfAge(policyWard(), 2026)).toBe(3);
  });

  test('thresholds from the Cấu hình tab: 80 and 65 change who is listed and on which ground', () => {
    const ward = policyWard({ pensionAge: 80, pensionPoorAge: 65 });
    expect(ward.settings.pensionAge).toBe(80);
    expect(socialPensionList(ward, 2026).map((e) => [e.member.name, e.ground])).toEqual([
      ['Tuổi 101', 'age75'],
      ['Tuổi 99', 'age75'],
      ['Tuổi 90', 'age75'],
      ['Tuổi 89', 'age75'],
      ['Tuổi 74 nghèo', 'poor70'],
      ['Tuổi 70 cận nghèo', 'poor70'],
      ['Tuổi 69 nghèo', 'poor70'],
    ]);
    expect(pensionedOfAge(ward, 2026)).toBe(3);
  });

  test('a threshold out of its bounds is refused, naming its cell, and the default is used', () => {
    const ward = policyWard({ pensionAge: 200, pensionAmount: '-5' });
    expect(ward.issues.filter((i) => i.sheet === 'Cấu hình').map((i) => i.messageKey)).toEqual(['setting.aboveMax', 'setting.belowMin']);
    expect([ward.settings.pensionAge, ward.settings.pensionAmount]).toEqual([75, 500000]);
  });
});

describe('a pension below the social pension (Mức lương hưu/trợ cấp)', () => {
  /** The fixture with amounts written for the three members who have a pension ("Có"). */
  function withAmounts(amounts: Record<string, number>, settings: Record<string, string | number> = {}) {
    const grids = policyGrids(settings);
    const grid = grids.CLBP;
    const header = grid.findIndex((row) => row.includes('Mức lương hưu/trợ cấp (đồng/tháng)'));
    const [nameCol, amountCol] = ['Họ và tên', 'Mức lương hưu/trợ cấp (đồng/tháng)'].map((h) => grid[header].indexOf(h));
    for (const row of grid.slice(header + 1)) {
      const amount = amounts[String(row[nameCol])];
      if (amount !== undefined) row[amountCol] = amount;
    }
    return parseWard(grids, { today: POLICY_TODAY });
  }

  test('below the ward’s amount: listed, with the amount; at or above it, or unwritten: left out and counted', () => {
    const ward = withAmounts({ 'Tuổi 100': 400000, 'Tuổi 80': 500000, 'Tuổi 73 nghèo có lương hưu': 350000 });
    const list = socialPensionList(ward, 2026);
    expect(list.map((e) => e.member.name)).toEqual([
      'Tuổi 101',
      'Tuổi 100',
      'Tuổi 99',
      'Tuổi 90',
      'Tuổi 89',
      'Tuổi 79',
      'Tuổi 75',
      'Tuổi 74 nghèo',
      'Tuổi 73 nghèo có lương hưu',
      'Tuổi 70 cận nghèo',
    ]);
    expect(pensionedOfAge(ward, 2026)).toBe(1);
    const people = buildPensionListData(ward, parsePeriod('2026')!, { today: POLICY_TODAY }).people as unknown as Array<
      Record<string, string>
    >;
    expect(people.find((p) => p.name === 'Tuổi 100')?.pension).toBe('Có, 400.000 đồng/tháng (thấp hơn mức hưu trí xã hội)');
  });

  test('the comparison follows the ward’s amount setting', () => {
    const ward = withAmounts({ 'Tuổi 80': 500000 }, { pensionAmount: 600000 });
    expect(names(socialPensionList(ward, 2026))).toContain('Tuổi 80');
    expect(names(socialPensionList(withAmounts({ 'Tuổi 80': 500000 }), 2026))).not.toContain('Tuổi 80');
  });
});
