/**
 * A ward whose one club has members aged 69, 70, 74, 75, 79, 80, 89, 90, 99, 100 and 101 in 2026
 * (age by calendar year, year − birth year), with households and pensions to count the lists by hand.
 */
import { fillTable, setSettingValues } from '../../src/core/demo/fillTable';
import { parseWard } from '../../src/core/parse/parseWard';
import { CLUBS, SETTINGS_TABLE } from '../../src/core/schema/tables';
import { clubGrid, fixtureWard } from './fixture';

export const POLICY_TODAY = '2026-07-15';

/**
 * Name, birth, household, pension ("" = blank). The name says the age in 2026.
 * Left in 2025: not in any 2026 list. Born 15/12/1956: 70 by calendar year all through 2026.
 */
const PEOPLE: Array<[string, number | string, string, string]> = [
  ['Tuổi 101', 1925, 'Không', ''],
  ['Tuổi 100', 1926, 'Không', 'Có'],
  ['Tuổi 99', 1927, 'Không', 'Không'],
  ['Tuổi 90', 1936, 'Không', 'Không'],
  ['Tuổi 89', 1937, 'Không', 'Không'],
  ['Tuổi 80', 1946, 'Không', 'Có'],
  ['Tuổi 79', 1947, 'Không', 'Không'],
  ['Tuổi 75', 1951, 'Không', 'Không'],
  ['Tuổi 74 nghèo', 1952, 'Nghèo', 'Không'],
  ['Tuổi 73 nghèo có lương hưu', 1953, 'Nghèo', 'Có'],
  ['Tuổi 72', 1954, 'Không', 'Không'],
  ['Tuổi 70 cận nghèo', 1956, 'Cận nghèo', ''],
  ['Tuổi 70 sinh tháng 12', '15/12/1956', 'Không', 'Không'],
  ['Tuổi 69 nghèo', 1957, 'Nghèo', 'Không'],
];

export function policyGrids(settings: Record<string, string | number> = {}) {
  const grids = fixtureWard();
  fillTable(grids['Danh mục CLB'], CLUBS, [
    { code: 'CLBP', name: 'CLB Hoa Sen', group: 'G1', established: '01/03/2025', status: 'Đang hoạt động' },
  ]);
  for (const code of ['CLBA', 'CLBB', 'CLBC']) delete grids[code];
  grids.CLBP = clubGrid('CLBP', 'CLB Hoa Sen', 'G1', {
    members: [
      ...PEOPLE.map(([name, birth, household, pension]) => ({
        name,
        birth,
        gender: name.endsWith('9') ? 'Nam' : 'Nữ',
        household,
        pension,
      })),
      { name: 'Đã rời năm 2025', birth: 1930, gender: 'Nam', left: '01/03/2025' },
    ],
  });
  setSettingValues(grids['Cấu hình'], SETTINGS_TABLE, settings);
  return grids;
}

export const policyWard = (settings: Record<string, string | number> = {}) => parseWard(policyGrids(settings), { today: POLICY_TODAY });
