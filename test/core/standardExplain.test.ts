/**
 * The club standard explained (core/indicators/standardExplain.ts): on the hand-made fixture ward
 * (fixture.ts, 2026-H1, today 15/07/2026) every figure and bound counted by hand, and on generated
 * wards the same verdict, criterion by criterion, as evaluateClub (what Theo CLB and the club tab show).
 */
import { generateDemoWard } from '../../src/core/demo';
import { evaluateClub } from '../../src/core/indicators/facts';
import { explainClubStandard, explainWardStandards } from '../../src/core/indicators/standardExplain';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { fixtureWard, TODAY } from './fixture';

const period = parsePeriod('2026-H1')!;
const ward = parseWard(fixtureWard(), { today: TODAY });
const ctx = { period, today: TODAY };
const explained = (code: string, lang: 'vi' | 'en' = 'vi') =>
  explainClubStandard(ward.clubs.find((c) => c.code === code)!, ward, ctx, lang);
const row = (code: string, id: string, lang: 'vi' | 'en' = 'vi') => explained(code, lang).rows.find((r) => r.id === id)!;

describe('CLBA: 8 members, misses only the size', () => {
  test('size: 8 counted (An, Bình, Cúc, Dung, Em, Gấm, Lan, Minh) against 50–70', () => {
    expect(row('CLBA', 'size')).toEqual({ id: 'size', met: false, text: 'Số thành viên: 8 — cần 50–70' });
  });

  test('women 5/8 = 62,5% and older people 5/8 = 62,5%, both within 60–70%', () => {
    expect(row('CLBA', 'women')).toEqual({ id: 'women', met: true, text: 'Tỷ lệ nữ: 62,5% (5/8) — cần 60–70%' });
    expect(row('CLBA', 'elderly')).toEqual({ id: 'elderly', met: true, text: 'Tỷ lệ người cao tuổi: 62,5% (5/8) — cần 60–70%' });
  });

  test('a meeting in each of the 6 months, all 8 contents, both funds at 06/2026, board of 2 trained', () => {
    expect(row('CLBA', 'monthly')).toEqual({ id: 'monthly', met: true, text: 'Tháng có sinh hoạt: 6/6 — cần đủ 6 tháng' });
    expect(row('CLBA', 'contents')).toEqual({ id: 'contents', met: true, text: 'Nội dung đã thực hiện: 8/8 — cần đủ 8' });
    expect(row('CLBA', 'funds').text).toBe('Quỹ tăng thu nhập: 26.000.000 đ; quỹ hoạt động: 1.500.000 đ — cần cả hai quỹ có số dư');
    // An: initial 04/2025 and a refresher 03/2026; Bình: initial 02/2026, which is also this year's training.
    expect(row('CLBA', 'board')).toMatchObject({
      met: true,
      text: 'Ban chủ nhiệm đã tập huấn ban đầu và nhắc lại năm 2026: 2/2 — cần tất cả',
    });
  });

  test('summary: 1 of 7 missed', () => {
    expect(explained('CLBA')).toMatchObject({ judged: true, met: false, summary: 'Chưa đạt 1/7 tiêu chí', name: 'CLB A' });
  });
});

describe('CLBB: founded 01/02/2026, 4 members', () => {
  // Nga (1940, Nữ), Oanh (1970, Nam), Phương ("1.950", Nữ), Quang (1962, "Nu" read as Nữ).
  test('women 3/4 = 75% and older people 3/4 = 75%, both above 60–70%', () => {
    expect(row('CLBB', 'women')).toEqual({ id: 'women', met: false, text: 'Tỷ lệ nữ: 75% (3/4) — cần 60–70%' });
    expect(row('CLBB', 'elderly')).toEqual({ id: 'elderly', met: false, text: 'Tỷ lệ người cao tuổi: 75% (3/4) — cần 60–70%' });
  });

  test('expected from its founding month: 02–06/2026, all met; no fund row; a board of 1 untrained', () => {
    expect(row('CLBB', 'monthly')).toMatchObject({ met: true, text: 'Tháng có sinh hoạt: 5/5 — cần đủ 5 tháng' });
    expect(row('CLBB', 'funds')).toMatchObject({
      met: false,
      text: 'Quỹ: chưa có dòng quỹ nào đến tháng 06/2026 — cần cả hai quỹ có số dư',
    });
    expect(row('CLBB', 'board')).toMatchObject({
      met: false,
      text: 'Ban chủ nhiệm đã tập huấn ban đầu và nhắc lại năm 2026: 0/1 — cần tất cả',
    });
    expect(explained('CLBB').summary).toBe('Chưa đạt 5/7 tiêu chí');
  });

  test('in English', () => {
    expect(row('CLBB', 'elderly', 'en').text).toBe('Share of older people: 75% (3/4) — needs 60–70%');
    expect(explained('CLBB', 'en').summary).toBe('Misses 5 of 7 criteria');
    // Figures in the reader's language: the Vietnamese "62,5%" and "26.000.000" are "62.5%" and "26,000,000".
    expect(row('CLBA', 'women', 'en').text).toContain('62.5% (5/8)');
    expect(row('CLBA', 'funds', 'en').text).toContain('26,000,000');
  });
});

test('a paused club is not judged: no rows, its standing as the summary', () => {
  expect(explained('CLBC')).toMatchObject({ judged: false, met: false, rows: [] });
  expect(explained('CLBC').summary).toContain('Tạm dừng');
});

test('months without a meeting and contents never covered are named', () => {
  const grids = fixtureWard();
  const w = parseWard(grids, { today: TODAY });
  const club = w.clubs.find((c) => c.code === 'CLBA')!;
  // Drop the meetings of March and May, and content 5 and 8 from every remaining meeting.
  const edited = {
    ...club,
    meetings: club.meetings.filter((m) => !['2026-03', '2026-05'].includes(m.month ?? '')).map((m) => ({ ...m, c5: false, c8: false })),
  };
  const out = explainClubStandard(edited, w, ctx);
  expect(out.rows.find((r) => r.id === 'monthly')).toEqual({
    id: 'monthly',
    met: false,
    text: 'Tháng có sinh hoạt: 4/6 — cần đủ 6 tháng',
    missing: 'Chưa sinh hoạt: 03/2026, 05/2026',
  });
  expect(out.rows.find((r) => r.id === 'contents')).toEqual({
    id: 'contents',
    met: false,
    text: 'Nội dung đã thực hiện: 6/8 — cần đủ 8',
    missing: 'Chưa thực hiện: 5. Quyền và lợi ích; 8. Vận động nguồn lực',
  });
  // The same verdict as the roll-up's.
  expect(evaluateClub(edited, w, ctx).standard?.missed).toEqual(out.rows.filter((r) => !r.met).map((r) => r.id));
});

describe('the same verdict as evaluateClub, criterion by criterion, on generated wards', () => {
  test.each([
    [1, 6, '2026-H1', '2026-11-22'],
    [7, 12, '2026', '2026-11-22'],
    [3, 20, '2025', '2026-02-01'],
  ])('seed %i, %i clubs, %s', (seed, clubs, id, today) => {
    const demo = generateDemoWard({ seed, clubs, today });
    const w = parseWard(demo.grids, { today });
    const c = { period: parsePeriod(id)!, today };
    const all = explainWardStandards(w, c);
    expect(all).toHaveLength(w.clubs.length);
    let judged = 0;
    for (const [i, club] of w.clubs.entries()) {
      const evaluation = evaluateClub(club, w, c);
      const mine = all[i];
      expect(mine.judged).toBe(evaluation.standard !== null);
      if (!evaluation.standard) continue;
      judged += 1;
      expect([club.code, mine.rows.filter((r) => !r.met).map((r) => r.id)]).toEqual([club.code, evaluation.standard.missed]);
      expect(mine.met).toBe(evaluation.standard.met);
      // The figures quoted are the roll-up's own.
      expect(mine.rows.find((r) => r.id === 'size')!.text).toContain(`: ${evaluation.facts.members} —`);
    }
    expect(judged).toBeGreaterThan(0);
  });
});
