/** The leader dashboard's model on the hand-counted fixture ward (2026-H1; figures counted in indicators.test.ts). */
import { rollUpGrids } from '../../../src/core/jobs';
import { dashboardModel } from '../../../src/core/output/dashboard';
import { parsePeriod } from '../../../src/core/period';
import { fixtureWard, TODAY } from '../fixture';

const { rollup } = rollUpGrids(fixtureWard(), parsePeriod('2026-H1')!, TODAY);
const model = dashboardModel(rollup, TODAY, 'vi', true);
const ind = (id: string) => model.indicators.find((v) => v.id === id)!;

test('a count against its phase target: 8 older members of ≥ 300, the bar at 8/300, the mark at the end', () => {
  expect(ind('elderly_members')).toMatchObject({ value: '8', target: 'Chỉ tiêu: ≥ 300', status: 'below', statusLabel: 'Chưa đạt' });
  expect(ind('elderly_members').bar).toBeCloseTo(8 / 300, 10);
  expect(ind('elderly_members').mark).toBe(1);
});

test('a share on 0–100%: women 75% of older members against 40–50% (mark at the lower bound), exceeded', () => {
  expect(ind('elderly_women_share')).toMatchObject({ value: '75%', target: 'Chỉ tiêu: 40–50%', bar: 0.75, mark: 0.4, status: 'exceeded' });
});

test('a count without a target has no bar; every indicator of the roll-up is listed, in order', () => {
  expect(model.indicators.map((v) => v.id)).toEqual(rollup.indicators.map((v) => v.id));
  const noTarget = model.indicators.filter((v) => v.target === '');
  expect(noTarget.length).toBeGreaterThan(0);
  for (const v of noTarget) expect(v.mark).toBeNull();
  expect(ind('members')).toMatchObject({ bar: null, mark: null, statusLabel: '' });
});

test('clubs: A and B judged with what they miss, C (paused) not judged', () => {
  expect(model.clubs.map((c) => [c.code, c.met])).toEqual([
    ['CLBA', false],
    ['CLBB', false],
    ['CLBC', null],
  ]);
  expect(model.clubs[0]!.detail).toMatch(/^Chưa đạt – thiếu: /);
  expect(model.clubs[2]!.detail).toBe('Tạm dừng – không tính vào tổng của phường');
  expect(model.heading).toBe('Phường Thử – 6 tháng đầu năm 2026');
});

test('in English the figures are written the English way (the Vietnamese model says "1.234" and "62,5%")', () => {
  const en = dashboardModel(rollup, TODAY, 'en', true);
  const vi = (id: string) => model.indicators.find((v) => v.id === id)!.value;
  const enValue = (id: string) => en.indicators.find((v) => v.id === id)!.value;
  const swapped = (text: string) => text.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
  for (const v of model.indicators) expect(enValue(v.id)).toBe(swapped(vi(v.id)));
  expect(en.indicators.some((v) => /\d\.\d/.test(v.value) || /\d,\d{3}/.test(v.value))).toBe(true);
});
