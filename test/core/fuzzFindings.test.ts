/** What the fuzz run (test/core/fuzz.test.ts, `npm run fuzz`) found, each kept as a small regression test. */

import { evaluateIndicators } from '../../src/core/indicators/rollup';
import { rollUpGrids } from '../../src/core/jobs';
import { indicatorJson } from '../../src/core/output/json';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import type { Cell } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';

const H1 = parsePeriod('2026-H1')!;
const rowOf = (grid: Cell[][], text: string) => grid.findIndex((r) => r.includes(text));

test('a number outside its column bounds is reported and not used: a negative population does not lower the base', () => {
  const grids = fixtureWard();
  const groups = grids['Tổ dân phố'];
  const header = groups[rowOf(groups, 'Mã tổ')];
  groups[rowOf(groups, 'G4')][header.indexOf('Dân số')] = -500;
  const result = rollUpGrids(grids, H1, TODAY);
  // The fixture's groups hold 1000 + 1.000 + 500 + 500; G4's 500 is now -500 and counts nothing.
  expect(result.rollup.facts.population_base).toBe(2500);
  expect(result.issues).toContainEqual(expect.objectContaining({ sheet: 'Tổ dân phố', messageKey: 'value.belowMin' }));
});

test('a header row repeated inside a table (pasted at a page break) is no member', () => {
  const grids = fixtureWard();
  const club = grids.CLBB;
  const header = club[rowOf(club, 'Họ và tên')];
  const first = rowOf(club, 'Phan Thị Nga');
  club.splice(first + 1, 0, [...header]);
  const ward = parseWard(grids, { today: TODAY });
  const b = ward.clubs.find((c) => c.code === 'CLBB')!;
  expect(b.members.map((m) => m.name)).toEqual(['Phan Thị Nga', 'Lý Văn Oanh', 'Hồ Thị Phương', 'Võ Văn Quang']);
  expect(ward.issues.filter((i) => i.sheet === 'CLBB' && i.a1.endsWith(String(first + 2)))).toEqual([]);
});

test('a club with a blank group cell is not counted in a group row whose code is blank', () => {
  const grids = fixtureWard();
  const groups = grids['Tổ dân phố'];
  // A group row with only its population filled (code and name blank) ...
  const free = rowOf(groups, 'G4') + 1;
  groups[free] = ['', '', 300];
  // ... and club B's group cell emptied.
  const registry = grids['Danh mục CLB'];
  registry[rowOf(registry, 'CLBB')][registry[rowOf(registry, 'Mã CLB')].indexOf('Tổ dân phố')] = '';
  const { facts } = rollUpGrids(grids, H1, TODAY).rollup;
  // Club A (G1) is the only active club left with a group: 1 group of the 4 named ones.
  expect([facts.groups_with_club, facts.groups_total]).toEqual([1, 4]);
});

test('the JSON never turns a huge value into Infinity when rounding it', () => {
  const [reached] = evaluateIndicators({ people_reached: 1e308, population_base: 1 }, {}, 'P1').filter(
    (v) => v.id === 'communication_reach',
  );
  const json = indicatorJson(reached);
  expect(json.value).toBe(1e308);
  expect(JSON.parse(JSON.stringify(json)).value).toBe(1e308);
});

test('a number too large for any ward (1e308 people reached, twice) is an error and not summed into Infinity', () => {
  const grids = fixtureWard();
  const activities = grids['Hoạt động phường'];
  const column = activities[rowOf(activities, 'Ngày')].indexOf('Số người được tuyên truyền');
  activities[rowOf(activities, 'Hội nghị tuyên truyền')][column] = 1e308;
  activities[rowOf(activities, 'Phát thanh')][column] = '1e308';
  const result = rollUpGrids(grids, parsePeriod('2026')!, TODAY);
  expect(result.rollup.facts.people_reached).toBe(0);
  expect(result.issues.filter((i) => i.sheet === 'Hoạt động phường' && i.messageKey === 'value.number.invalid')).toHaveLength(2);
});
