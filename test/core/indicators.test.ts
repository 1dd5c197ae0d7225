import { INDICATORS } from '../../src/core/indicators/declarations';
import { rollUpWard } from '../../src/core/indicators/rollup';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { ceremonyFor } from '../../src/core/policy';
import { fixtureWard, TODAY } from './fixture';

const ward = parseWard(fixtureWard(), { today: TODAY });
const rollup = rollUpWard(ward, parsePeriod('2026-H1')!, TODAY);
const ind = (id: string) => rollup.indicators.find((v) => v.id === id)!;
const club = (code: string) => rollup.clubs.find((c) => c.club.code === code)!;

describe('indicators on the fixture ward (2026-H1), counted by hand', () => {
  test('every declared indicator is evaluated', () => {
    expect(rollup.indicators.map((v) => v.id)).toEqual(INDICATORS.map((d) => d.id));
  });

  test('clubs_active: A and B active, C paused → 2', () => {
    expect(ind('clubs_active').value).toBe(2);
  });

  test('clubs_new: A (03/2025) and B (02/2026) founded in phase 1; C (2024) not → 2, below ≥ 5', () => {
    expect(ind('clubs_new').value).toBe(2);
    expect(ind('clubs_new').status).toBe('below');
  });

  test('clubs_maintained: 2 active / 3 established', () => {
    expect(ind('clubs_maintained')).toMatchObject({ numerator: 2, denominator: 3, status: 'below' });
  });

  // A counts An, Bình, Cúc, Dung, Em, Gấm, Lan, Minh (Hoa joins 07/2026, Khánh left 03/2026, a nameless row) = 8;
  // B counts 4; C is paused so none. 8 + 4 = 12.
  test('members = 12', () => expect(ind('members').value).toBe(12));

  // A: An, Cúc, Dung, Gấm ("nữ"), Lan = 5; B: Nga, Phương, Quang ("Nu" read as Nữ) = 3.
  test('women_members = 8', () => expect(ind('women_members').value).toBe(8));

  // A: An 76, Bình 66, Dung 60 (born 01/03/1966), Gấm 71, Minh 74 — Cúc is 59 on 30/06 (born 15/08/1966), Lan has no valid year.
  // B: Nga 86, Phương 76 ("1.950"), Quang 64. 5 + 3 = 8, below the ≥ 300 target.
  test('elderly_members = 8', () => {
    expect(ind('elderly_members').value).toBe(8);
    expect(ind('elderly_members').status).toBe('below');
  });

  // A: An, Dung, Gấm = 3; B: Nga, Phương, Quang = 3.
  test('elderly_women = 6 and elderly_women_share = 6/8 = 75%, above 40–50% → exceeded', () => {
    expect(ind('elderly_women').value).toBe(6);
    expect(ind('elderly_women_share')).toMatchObject({ numerator: 6, denominator: 8, value: 0.75, status: 'exceeded' });
  });

  test('groups_with_club: G1 (A) and G2 (B, named "Tổ 2") of 4 groups = 50%, above 20% → exceeded', () => {
    expect(ind('groups_with_club')).toMatchObject({ numerator: 2, denominator: 4, status: 'exceeded' });
  });

  test('groups_with_standard_club: neither club has 50–70 members → 0 / 4', () => {
    expect(ind('groups_with_standard_club')).toMatchObject({ numerator: 0, denominator: 4, status: 'below' });
  });

  // A met every month but April lacked content 5; B (founded 02/2026) met Feb–Jun with all 8 → 1 / 2.
  test('clubs_monthly_8 = 1/2', () => {
    expect(ind('clubs_monthly_8')).toMatchObject({ numerator: 1, denominator: 2, status: 'exceeded' });
    expect(club('CLBA').facts.clubs_monthly).toBe(1);
    expect(club('CLBA').facts.clubs_monthly_8).toBe(0);
    expect(club('CLBB').facts.clubs_monthly_8).toBe(1);
  });

  test('clubs_digital_green: only A (digital in March) → 1/2 = 50% → met', () => {
    expect(ind('clubs_digital_green')).toMatchObject({ numerator: 1, denominator: 2, status: 'met' });
  });

  // A's board: An (initial 2025, refresher 2026) and Bình (initial 02/2026) → trained; B's chair has no training.
  test('boards_trained = 1/2 → below 100%', () => {
    expect(ind('boards_trained')).toMatchObject({ numerator: 1, denominator: 2, status: 'below' });
  });

  // A's June balance "26.000.000" ≥ 25,000,000 (May's "30 triệu" is not the latest); B has no fund rows.
  test('clubs_fund_25m = 1/2 = 50% within 30–50% → met; clubs_both_funds = 1/2', () => {
    expect(ind('clubs_fund_25m')).toMatchObject({ numerator: 1, denominator: 2, status: 'met' });
    expect(ind('clubs_both_funds')).toMatchObject({ numerator: 1, denominator: 2, status: 'below' });
    expect(club('CLBA').facts.income_fund).toBe(26000000);
  });

  // In need: An (served: Có), Em (a loan row on 01/04/2026), Gấm (Không) → 2 / 3.
  test('loan_need_met = 2/3', () => {
    expect(ind('loan_need_met')).toMatchObject({ numerator: 2, denominator: 3, status: 'exceeded' });
  });

  // 300 reached on 10/03/2026 (the 01/08 event is outside H1) over 1000 + 1.000 + 500 + 500 = 3000 people.
  test('communication_reach = 300/3000 = 10% → below 20%', () => {
    expect(ind('communication_reach')).toMatchObject({ numerator: 300, denominator: 3000, value: 0.1, status: 'below' });
  });

  test('the club standard lists what each club misses', () => {
    expect(club('CLBA').standard?.missed).toEqual(['size']);
    expect(club('CLBB').standard?.missed).toEqual(expect.arrayContaining(['size', 'elderly', 'funds', 'board']));
  });

  // The same people as above, club by club (members, women, older, older women, in need, served).
  // A: 8 members; women An, Cúc, Dung, Gấm, Lan; older An, Bình, Dung, Gấm, Minh; older women An, Dung, Gấm;
  //    in need An, Em, Gấm, served An (Có) and Em (loan row). B: 4; women Nga, Phương, Quang, all three older,
  //    Oanh 56; nobody in need. C is paused: its own register still shows its people (A and B, women born
  //    1950, C a man born 1950: 3 members, 2 women, 3 older, 2 older women), none of them in the totals above.
  test('each club counts its own people', () => {
    const people = (code: string) => {
      const f = club(code).facts;
      return [f.members, f.women_members, f.elderly_members, f.elderly_women, f.members_in_need, f.members_served];
    };
    expect(people('CLBA')).toEqual([8, 5, 5, 3, 3, 2]);
    expect(people('CLBB')).toEqual([4, 3, 3, 3, 0, 0]);
    expect(people('CLBC')).toEqual([3, 2, 3, 2, 0, 0]);
  });
});

describe('bad values are issues at their cell, never exceptions', () => {
  const at = (sheet: string, key: string) => ward.issues.filter((i) => i.sheet === sheet && i.messageKey === key);
  test('nameless row, bad year, "1.950" and "Nu"', () => {
    expect(at('CLBA', 'value.required')).toEqual([
      expect.objectContaining({ a1: expect.stringMatching(/^B\d+$/), params: expect.objectContaining({ column: 'Họ và tên' }) }),
    ]);
    expect(at('CLBA', 'value.year.invalid')).toHaveLength(1);
    expect(at('CLBB', 'value.year.separator')).toEqual([
      expect.objectContaining({ severity: 'warning', params: expect.objectContaining({ year: 1950 }) }),
    ]);
    expect(at('CLBB', 'value.choice.misspelt')).toEqual([
      expect.objectContaining({ severity: 'warning', params: expect.objectContaining({ suggestion: 'Nữ' }) }),
    ]);
  });
});

describe('longevity ceremonies (Circular 06/2012/TT-BVHTTDL)', () => {
  test('70 and 75 mừng thọ, 80 and 85 mừng thượng thọ, 90, 95 and 100+ mừng thượng thượng thọ', () => {
    expect([70, 75, 80, 85, 90, 95, 100, 103].map(ceremonyFor)).toEqual([
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
