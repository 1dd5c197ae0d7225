/**
 * Counting at the period end everywhere: the check's club-level rules and the roll-up judge the same
 * people at the same date, and a club that is not active (paused, dissolved, unreadable) shows its own
 * register but is kept out of the ward's and the province's totals, and out of the check's warnings.
 * Every figure below is counted by hand from the rows written here.
 */
import { fillTable, type RowValues } from '../../src/core/demo/fillTable';
import { checkWard, rollUpGrids } from '../../src/core/jobs';
import { rollUpJson } from '../../src/core/output/json';
import type { WardGrids } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { rollUpProvince } from '../../src/core/province';
import { CLUBS } from '../../src/core/schema/tables';
import { RULES } from '../../src/core/validate';
import type { ReferenceDate } from '../../src/core/validate/rules';
import { clubGrid, fixtureWard } from './fixture';
import { countedClubs, pickPeople, recountWard } from './recount';

const H1 = parsePeriod('2026-H1')!;
const YEAR = parsePeriod('2026')!;
/** Well after the end of the first half: people have turned 60 and left since. */
const TODAY = '2026-11-22';

const people = (n: number, row: RowValues): RowValues[] => Array.from({ length: n }, () => ({ ...row }));
const named = (rows: RowValues[], prefix: string): RowValues[] => rows.map((r, i) => ({ ...r, name: `${prefix} ${i + 1}` }));

/**
 * CLBP: 50 members on 30/06/2026; 30 women (60%); 35 older (70%, the top of 60–70%) and a man born
 * 01/09/1966, who is 59 on 30/06/2026 and 60 on 22/11/2026 (36 of 50 = 72% then).
 * CLBQ: 50 members on 30/06/2026, one of whom (a young man) left on 01/09/2026 (49 today); 30 women,
 * 30 older (60% then, 61% today).
 */
function crossingWard(): WardGrids {
  const grids = fixtureWard();
  fillTable(grids['Danh mục CLB'], CLUBS, [
    { code: 'CLBP', name: 'CLB P', group: 'G3', established: '01/03/2025', status: 'Đang hoạt động' },
    { code: 'CLBQ', name: 'CLB Q', group: 'G4', established: '01/03/2025', status: 'Đang hoạt động' },
  ]);
  grids.CLBP = clubGrid('CLBP', 'CLB P', 'G3', {
    members: named(
      [
        { birth: 1950, gender: 'Nữ', role: 'Chủ nhiệm' },
        ...people(24, { birth: 1950, gender: 'Nữ' }),
        ...people(10, { birth: 1950, gender: 'Nam' }),
        { birth: '01/09/1966', gender: 'Nam' },
        ...people(5, { birth: 1990, gender: 'Nữ' }),
        ...people(9, { birth: 1990, gender: 'Nam' }),
      ],
      'Người P',
    ),
  });
  grids.CLBQ = clubGrid('CLBQ', 'CLB Q', 'G4', {
    members: named(
      [
        { birth: 1950, gender: 'Nữ', role: 'Chủ nhiệm' },
        ...people(19, { birth: 1950, gender: 'Nữ' }),
        ...people(10, { birth: 1950, gender: 'Nam' }),
        ...people(10, { birth: 1990, gender: 'Nữ' }),
        { birth: 1990, gender: 'Nam', left: '01/09/2026' },
        ...people(9, { birth: 1990, gender: 'Nam' }),
      ],
      'Người Q',
    ),
  });
  return grids;
}

const COMPOSITION = { size: 'club.size', women: 'club.womenShare', elderly: 'club.elderlyShare' } as const;

/** For every active club with members: a composition warning exactly when the standard misses that criterion. */
function expectAgreement(result: ReturnType<typeof rollUpGrids>): void {
  for (const c of result.rollup.clubs) {
    if (!c.active || c.facts.members === 0) continue;
    for (const [criterion, ruleId] of Object.entries(COMPOSITION)) {
      const warned = result.issues.some((i) => i.sheet === c.club.sheet && i.ruleId === ruleId);
      expect([c.club.code, criterion, warned]).toEqual([c.club.code, criterion, c.standard!.missed.includes(criterion as 'size')]);
    }
  }
}

describe('the check and the roll-up count at the same date', () => {
  const grids = crossingWard();
  const result = rollUpGrids(grids, H1, TODAY);
  const club = (code: string) => result.rollup.clubs.find((c) => c.club.code === code)!;
  const issuesOf = (code: string, ruleId: string) => result.issues.filter((i) => i.sheet === code && i.ruleId === ruleId);

  test('a member turning 60 after the period end is not older in the check either (2026-H1, today 22/11/2026)', () => {
    expect(club('CLBP').facts).toMatchObject({ members: 50, women_members: 30, elderly_members: 35 });
    expect(club('CLBP').standard!.missed).not.toContain('elderly');
    expect(issuesOf('CLBP', 'club.elderlyShare')).toEqual([]);
  });

  test('a member who left after the period end still counts in the check (50 on 30/06, 49 today)', () => {
    expect(club('CLBQ').facts).toMatchObject({ members: 50, women_members: 30, elderly_members: 30 });
    expect(club('CLBQ').standard!.missed).not.toContain('size');
    expect(issuesOf('CLBQ', 'club.size')).toEqual([]);
  });

  test('the check on its own, over the same period, says what the roll-up says', () => {
    expect(checkWard(grids, TODAY, 'vi', H1).issues).toEqual(result.issues);
    expectAgreement(result);
  });

  test('over the whole year (end 31/12/2026) both see the older member and the leaver, and both say so', () => {
    const year = rollUpGrids(grids, YEAR, TODAY);
    const at = (code: string) => year.rollup.clubs.find((c) => c.club.code === code)!;
    expect(at('CLBP').facts.elderly_members).toBe(36);
    expect(at('CLBP').standard!.missed).toContain('elderly');
    expect(year.issues.filter((i) => i.sheet === 'CLBP' && i.ruleId === 'club.elderlyShare')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ date: '31/12/2026', share: '72%' }) }),
    ]);
    expect(at('CLBQ').facts.members).toBe(49);
    expect(year.issues.filter((i) => i.sheet === 'CLBQ' && i.ruleId === 'club.size')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ date: '31/12/2026', members: 49 }) }),
    ]);
    expectAgreement(year);
  });

  test('without a period, the check takes the roll-up default (the reporting year) and its tab says the date', () => {
    const checked = checkWard(grids, TODAY);
    expect(checked.period.id).toBe('2026');
    expect(checked.issues).toEqual(rollUpGrids(grids, YEAR, TODAY).issues);
    expect(checked.sheet.rows[1][0]).toContain('31/12/2026');
  });

  test('every rule declares the date it counts at; the on-edit rules never count at a period end', () => {
    for (const r of RULES) expect(['periodEnd', 'today', 'rowDate', 'none']).toContain(r.referenceDate);
    // The compiler already refuses a tab rule counting at the period end (its type has no period); this holds it at run time too.
    expect(RULES.filter((r) => r.scope === 'tab' && (r.referenceDate as ReferenceDate) === 'periodEnd')).toEqual([]);
    for (const id of Object.values(COMPOSITION)) expect(RULES.find((r) => r.id === id)!.referenceDate).toBe('periodEnd');
  });
});

/**
 * The fixture ward (CLBA, CLBB active; CLBC paused) plus:
 * - CLBD dissolved (Giải thể), two women born 1940;
 * - CLBE with a status nobody can read ("Ngừng hẳn"), two men born 1945;
 * - CLBF active with a blank status: Xuân (1950, Nữ) entered twice (counted once); Yên whose Ngày tham
 *   gia is "xx" and Tâm whose Ngày rời is "sắp rời" (neither counted); Uyên (1980, Nam) → 2 members.
 */
function statusWard(): WardGrids {
  const grids = fixtureWard();
  fillTable(grids['Danh mục CLB'], CLUBS, [
    { code: 'CLBD', name: 'CLB D', group: 'G3', established: '01/03/2025', status: 'Giải thể' },
    { code: 'CLBE', name: 'CLB E', group: 'G4', established: '01/03/2025', status: 'Ngừng hẳn' },
    { code: 'CLBF', name: 'CLB F', group: 'G3', established: '01/03/2025', status: '' },
  ]);
  grids.CLBD = clubGrid('CLBD', 'CLB D', 'G3', {
    members: [
      { name: 'Đinh Thị Một', birth: 1940, gender: 'Nữ' },
      { name: 'Đinh Thị Hai', birth: 1940, gender: 'Nữ' },
    ],
  });
  grids.CLBE = clubGrid('CLBE', 'CLB E', 'G4', {
    members: [
      { name: 'Mai Văn Ba', birth: 1945, gender: 'Nam' },
      { name: 'Mai Văn Bốn', birth: 1945, gender: 'Nam' },
    ],
  });
  grids.CLBF = clubGrid('CLBF', 'CLB F', 'G3', {
    members: [
      { name: 'Lê Thị Xuân', birth: 1950, gender: 'Nữ', role: 'Chủ nhiệm' },
      { name: 'Trịnh Văn Uyên', birth: 1980, gender: 'Nam' },
      { name: 'le thi  xuan', birth: 1950, gender: 'Nữ' },
      { name: 'Phí Thị Yên', birth: 1950, gender: 'Nữ', joined: 'xx' },
      { name: 'Phí Văn Tâm', birth: 1950, gender: 'Nam', left: 'sắp rời' },
    ],
  });
  return grids;
}

describe('a club that is not active shows its register, is not judged, and is in no total', () => {
  const grids = statusWard();
  const result = rollUpGrids(grids, H1, '2026-07-15');
  const club = (code: string) => result.rollup.clubs.find((c) => c.club.code === code)!;
  const json = rollUpJson(result);
  const jsonClub = (code: string) => json.clubs.find((c) => c.code === code)!;

  test('each club has its standing; only active ones are counted', () => {
    expect(result.rollup.clubs.map((c) => [c.club.code, c.standing])).toEqual([
      ['CLBA', 'active'],
      ['CLBB', 'active'],
      ['CLBC', 'paused'],
      ['CLBD', 'dissolved'],
      ['CLBE', 'unreadable'],
      ['CLBF', 'active'],
    ]);
    // 6 registered (all founded by the end), 3 active.
    expect(result.rollup.facts).toMatchObject({ clubs_registered: 6, clubs_active: 3 });
  });

  test('their own figures are real; the ward counts only A (8), B (4) and F (2)', () => {
    expect(pickPeople(club('CLBD').facts)).toMatchObject({ members: 2, women_members: 2, elderly_members: 2 });
    expect(pickPeople(club('CLBE').facts)).toMatchObject({ members: 2, women_members: 0, elderly_members: 2 });
    expect(pickPeople(club('CLBF').facts)).toMatchObject({ members: 2, women_members: 1, elderly_members: 1, elderly_women: 1 });
    expect(result.rollup.facts).toMatchObject({ members: 14, women_members: 9, elderly_members: 9, elderly_women: 7 });
    // Groups: G1 (A), G2 (B, "Tổ 2"), G3 (F); G4 has only CLBE, which is not counted.
    expect(result.rollup.facts.groups_with_club).toBe(3);
  });

  test('an independent re-count of the cells agrees, club by club and for the ward', () => {
    const recount = recountWard(grids, H1.end);
    expect(countedClubs(grids, H1.end)).toEqual(['CLBA', 'CLBB', 'CLBF']);
    expect(pickPeople(result.rollup.facts)).toEqual(recount.total);
    expect(Object.fromEntries(result.rollup.clubs.map((c) => [c.club.code, pickPeople(c.facts)]))).toEqual(recount.byClub);
  });

  test('the unreadable cells are errors at their cells; the duplicate is an error and counted once', () => {
    const at = (sheet: string, key: string) => result.issues.filter((i) => i.sheet === sheet && (i.ruleId ?? i.messageKey) === key);
    expect(at('Danh mục CLB', 'value.choice.invalid')).toHaveLength(1);
    expect(at('CLBF', 'value.date.invalid')).toHaveLength(2);
    expect(at('CLBF', 'member.duplicateInClub')).toHaveLength(1);
  });

  test('no composition, chair or duplicate warning about a club that is not active', () => {
    const clubRules = new Set(RULES.filter((r) => r.referenceDate === 'periodEnd').map((r) => r.id));
    const about = result.issues.filter((i) => ['CLBC', 'CLBD', 'CLBE'].includes(i.sheet) && clubRules.has(i.ruleId ?? ''));
    expect(about).toEqual([]);
  });

  test('the JSON gives each club its status, its own facts and no standard when not judged; active clubs sum to the ward', () => {
    expect(jsonClub('CLBC')).toMatchObject({
      active: false,
      status: 'paused',
      statusText: 'Tạm dừng – không tính vào tổng của phường',
      standard: null,
    });
    expect(jsonClub('CLBC').facts.members).toBe(3);
    expect(jsonClub('CLBD')).toMatchObject({
      status: 'dissolved',
      statusText: 'Giải thể – không tính vào tổng của phường',
      standard: null,
    });
    expect(jsonClub('CLBE')).toMatchObject({ status: 'unreadable', standard: null });
    expect(jsonClub('CLBA').standard).toEqual({ met: false, missed: ['size'] });
    const active = json.clubs.filter((c) => c.active);
    expect(active.reduce((n, c) => n + c.facts.members, 0)).toBe(json.facts.members);
  });

  test("the club's own tab says it is not judged, with its status, and gets no colour", () => {
    const mark = (code: string) => result.marks.find((m) => m.sheet === code)!;
    expect(mark('CLBC')).toMatchObject({
      text: 'Chuẩn CLB (6 tháng đầu năm 2026): Tạm dừng – không tính vào tổng của phường; không xét chuẩn',
      colour: null,
    });
    expect(mark('CLBD').text).toBe('Chuẩn CLB (6 tháng đầu năm 2026): Giải thể – không tính vào tổng của phường; không xét chuẩn');
    expect(mark('CLBF').text).toMatch(/^Chuẩn CLB \(6 tháng đầu năm 2026\): Chưa đạt – thiếu: /);
  });

  test('a province sums the wards: no paused, dissolved or unreadable club leaks in', () => {
    const plain = rollUpGrids(fixtureWard(), H1, '2026-07-15');
    const wardInput = (source: string, r: typeof result) => ({ source, rollup: { ...r.rollup, ward: source }, errors: 0, warnings: 0 });
    const province = rollUpProvince([wardInput('Phường 1', result), wardInput('Phường 2', plain)], H1);
    // 14 + 12 members; 3 + 2 active clubs of 6 + 3 registered.
    expect(province.facts).toMatchObject({ members: 26, clubs_active: 5, clubs_registered: 9 });
    const elderly = province.indicators.find((v) => v.id === 'elderly_members')!;
    expect(elderly.value).toBe(9 + 8);
  });
});
