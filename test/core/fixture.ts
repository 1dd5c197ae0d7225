/**
 * A small hand-made ward whose every figure is counted by hand in indicators.test.ts.
 * Period 2026-H1 (1 Jan – 30 Jun 2026), today 15 Jul 2026.
 */

import { fillTable, type RowValues, setSettingValues } from '../../src/core/demo/fillTable';
import { clubSheetSpec, wardSheetSpecs } from '../../src/core/layout/wardLayout';
import type { WardGrids } from '../../src/core/parse/parseWard';
import { ACTIVITIES, CLUBS, FUNDS, GROUPS, LOANS, MEETINGS, MEMBERS, SETTINGS_TABLE, TRAININGS } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';

export const TODAY = '2026-07-15';

const all8 = { c1: 'Có', c2: 'Có', c3: 'Có', c4: 'Có', c5: 'Có', c6: 'Có', c7: 'Có', c8: 'Có' };
const meeting = (month: number, extra: RowValues = {}): RowValues => ({
  month: `${String(month).padStart(2, '0')}/2026`,
  date: `10/${String(month).padStart(2, '0')}/2026`,
  attendance: 3,
  ...all8,
  ...extra,
});

/** A club tab drawn from the declarations, its sections filled with these rows. */
export function clubGrid(
  code: string,
  name: string,
  group: string,
  tables: { members: RowValues[]; meetings?: RowValues[]; funds?: RowValues[]; loans?: RowValues[]; trainings?: RowValues[] },
): Cell[][] {
  const grid = clubSheetSpec(code, name, group).rows.map((r) => [...r]);
  fillTable(grid, MEMBERS, tables.members);
  fillTable(grid, MEETINGS, tables.meetings ?? []);
  fillTable(grid, FUNDS, tables.funds ?? []);
  fillTable(grid, LOANS, tables.loans ?? []);
  fillTable(grid, TRAININGS, tables.trainings ?? []);
  return grid;
}

export function fixtureWard(): WardGrids {
  const grids: WardGrids = {};
  for (const spec of wardSheetSpecs()) grids[spec.name] = spec.rows.map((r) => [...r]);
  setSettingValues(grids['Cấu hình'], SETTINGS_TABLE, { ward: 'Phường Thử', province: 'Tỉnh Thử', year: 2026 });
  fillTable(grids['Tổ dân phố'], GROUPS, [
    { code: 'G1', name: 'Tổ 1', population: 1000 },
    { code: 'G2', name: 'Tổ 2', population: '1.000' },
    { code: 'G3', name: 'Tổ 3', population: 500 },
    { code: 'G4', name: 'Tổ 4', population: 500 },
  ]);
  fillTable(grids['Danh mục CLB'], CLUBS, [
    { code: 'CLBA', name: 'CLB A', group: 'G1', established: '01/03/2025', status: 'Đang hoạt động' },
    { code: 'CLBB', name: 'CLB B', group: 'Tổ 2', established: '01/02/2026', status: 'Đang hoạt động' },
    { code: 'CLBC', name: 'CLB C', group: 'G2', established: '01/05/2024', status: 'Tạm dừng' },
  ]);
  fillTable(grids['Hoạt động phường'], ACTIVITIES, [
    { date: '10/03/2026', title: 'Hội nghị tuyên truyền', reached: 300 },
    { date: '01/08/2026', title: 'Phát thanh', reached: 500 },
  ]);
  grids.CLBA = clubGrid('CLBA', 'CLB A', 'G1', {
    members: [
      { name: 'Nguyễn Thị An', birth: 1950, gender: 'Nữ', role: 'Chủ nhiệm', loanNeed: 'Có', loanServed: 'Có' },
      { name: 'Trần Văn Bình', birth: 1960, gender: 'Nam', role: 'Phó chủ nhiệm' },
      { name: 'Lê Thị Cúc', birth: '15/08/1966', gender: 'Nữ' },
      { name: 'Phạm Thị Dung', birth: '01/03/1966', gender: 'Nữ' },
      { name: 'Hoàng Văn Em', birth: 1990, gender: 'Nam', loanNeed: 'Có' },
      { name: 'Vũ Thị Gấm', birth: 1955, gender: 'nữ', loanNeed: 'Có', loanServed: 'Không' },
      { name: 'Đỗ Thị Hoa', birth: 1958, gender: 'Nữ', joined: '01/07/2026' },
      { name: 'Bùi Văn Khánh', birth: 1945, gender: 'Nam', left: '01/03/2026' },
      { birth: 1950, gender: 'Nữ' },
      { name: 'Ngô Thị Lan', birth: 'abc', gender: 'Nữ' },
      { name: 'Dương Văn Minh', birth: 1952, gender: 'Nam', left: '01/08/2026' },
    ],
    meetings: [meeting(1), meeting(2), meeting(3, { digital: 'Có' }), meeting(4, { c5: 'Không' }), meeting(5), meeting(6)],
    funds: [
      { month: '05/2026', incomeFund: '30 triệu', activityFund: 2000000 },
      { month: '06/2026', incomeFund: '26.000.000', activityFund: '1.500.000' },
    ],
    loans: [{ name: 'Hoàng Văn Em', date: '01/04/2026', amount: '5 triệu' }],
    trainings: [
      { name: 'Nguyễn Thị An', kind: 'Ban đầu', date: '01/04/2025' },
      { name: 'Nguyễn Thị An', kind: 'Nhắc lại', date: '01/03/2026' },
      { name: 'Trần Văn Bình', kind: 'Ban đầu', date: '01/02/2026' },
    ],
  });
  grids.CLBB = clubGrid('CLBB', 'CLB B', 'Tổ 2', {
    members: [
      { name: 'Phan Thị Nga', birth: 1940, gender: 'Nữ', role: 'Chủ nhiệm' },
      { name: 'Lý Văn Oanh', birth: 1970, gender: 'Nam' },
      { name: 'Hồ Thị Phương', birth: '1.950', gender: 'Nữ' },
      { name: 'Võ Văn Quang', birth: 1962, gender: 'Nu' },
    ],
    meetings: [meeting(2), meeting(3), meeting(4), meeting(5), meeting(6)],
  });
  grids.CLBC = clubGrid('CLBC', 'CLB C', 'G2', {
    members: [
      { name: 'A', birth: 1950, gender: 'Nữ' },
      { name: 'B', birth: 1950, gender: 'Nữ' },
      { name: 'C', birth: 1950, gender: 'Nam' },
    ],
  });
  return grids;
}
