import { locateTables } from '../../src/core/parse/locate';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { CLUB_TABLES, MEMBERS } from '../../src/core/schema/tables';
import { allIssues } from '../../src/core/validate';
import { fixtureWard, TODAY } from './fixture';

describe('tables are found by their header names', () => {
  test('columns in any order, extra columns, blank rows and inserted rows', () => {
    const grid = [
      ['Sổ của CLB X'],
      [],
      ['Ghi chú riêng', 'Giới tính', 'HỌ VÀ TÊN', 'Năm sinh'],
      ['x', 'Nữ', '  Nguyễn Thị  An ', '1950'],
      [],
      ['', 'Nam', 'Trần Văn Bình', 1948],
    ];
    const located = locateTables(grid, [MEMBERS]).get('members')!;
    expect(located.headerRow).toBe(2);
    expect(located.columns.get('name')).toBe(2);
    const ward = parseWard(
      {
        'Danh mục CLB': [
          ['Mã CLB', 'Tên CLB', 'Tổ dân phố'],
          ['X', 'CLB X', 'T1'],
        ],
        X: grid,
      },
      { today: TODAY },
    );
    expect(ward.clubs[0].members.map((m) => [m.name, m.row, m.cells.name])).toEqual([
      ['Nguyễn Thị An', 4, 'C4'],
      ['Trần Văn Bình', 6, 'C6'],
    ]);
  });

  test('each club section ends where the next one starts', () => {
    const located = locateTables(fixtureWard().CLBA, CLUB_TABLES);
    expect([...located.keys()]).toEqual(['members', 'meetings', 'funds', 'loans', 'trainings']);
    const m = located.get('members')!;
    expect(m.endRow).toBeLessThan(located.get('meetings')!.headerRow);
  });

  test('a missing tab or table is an issue, not an exception', () => {
    const ward = parseWard({}, { today: TODAY });
    expect(ward.issues.map((i) => i.messageKey)).toContain('table.missingSheet');
    expect(ward.settings.year).toBe(2026);
  });
});

describe('validation rules across rows and tables', () => {
  const grids = fixtureWard();
  const clubA = grids.CLBA;
  // The same person twice in a club, and again in club B; a loan to a stranger; attendance above members.
  const memberHeader = clubA.findIndex((r) => r.includes('Họ và tên'));
  clubA[memberHeader + 12] = [...clubA[memberHeader + 1]];
  const loanHeader = clubA.findIndex((r) => r.includes('Người vay'));
  clubA[loanHeader + 2] = ['Người Lạ', '01/05/2026', '1 triệu', '', '01/04/2026'];
  const meetingHeader = clubA.findIndex((r) => r.includes('Số người dự'));
  clubA[meetingHeader + 1][2] = 99;
  const bHeader = grids.CLBB.findIndex((r) => r.includes('Họ và tên'));
  grids.CLBB[bHeader + 5] = [...clubA[memberHeader + 2]];
  const issues = allIssues(parseWard(grids, { today: TODAY }), { today: TODAY, period: parsePeriod('2026-H1')! });
  const rule = (id: string) => issues.filter((i) => i.ruleId === id);

  test('duplicates within a club (error) and across clubs (warning)', () => {
    expect(rule('member.duplicateInClub')).toEqual([
      expect.objectContaining({ sheet: 'CLBA', severity: 'error', a1: `B${memberHeader + 13}` }),
    ]);
    expect(rule('member.duplicateAcrossClubs')).toEqual([
      expect.objectContaining({ sheet: 'CLBB', severity: 'warning', params: expect.objectContaining({ other: 'CLBA' }) }),
    ]);
  });

  test('loans only to members, due after borrowed; attendance within members', () => {
    expect(rule('loan.notMember')).toEqual([expect.objectContaining({ a1: `A${loanHeader + 3}` })]);
    expect(rule('loan.dueBeforeBorrowed')).toHaveLength(1);
    expect(rule('meeting.attendance')).toEqual([expect.objectContaining({ a1: `C${meetingHeader + 2}` })]);
  });

  // CLB C is paused: its 3 members (all 76, two women) are outside every bound, but it is not judged.
  test('club composition warnings from the standard, for the active clubs only, dated at the period end', () => {
    expect(
      rule('club.size')
        .map((i) => i.sheet)
        .sort(),
    ).toEqual(['CLBA', 'CLBB']);
    expect(rule('club.size').every((i) => i.severity === 'warning')).toBe(true);
    expect(rule('club.size')[0].params.date).toBe('30/06/2026');
    expect(issues.filter((i) => i.sheet === 'CLBC' && i.ruleId?.startsWith('club.'))).toEqual([]);
  });

  test('every issue names its tab and cell', () => {
    for (const i of issues) {
      expect(i.sheet).not.toBe('');
      if (i.messageKey !== 'table.missingSheet') expect(i.a1).toMatch(/^[A-Z]+\d+$/);
    }
  });
});
