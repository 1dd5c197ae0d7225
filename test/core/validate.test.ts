/** One club tab checked on its own (what the on-edit check runs). */

import { fillTable } from '../../src/core/demo/fillTable';
import { clubSheetSpec } from '../../src/core/layout/wardLayout';
import { locateTables } from '../../src/core/parse/locate';
import { LOANS, MEMBERS } from '../../src/core/schema/tables';
import { clubTabIssues, RULES } from '../../src/core/validate';

describe('clubTabIssues', () => {
  const grid = clubSheetSpec('CLB09', 'CLB 9', 'Tổ 9').rows.map((r) => [...r]);
  fillTable(grid, MEMBERS, [
    { name: 'Nguyễn Thị Lan', birth: 1950, gender: 'Nữ', role: 'Chủ nhiệm' },
    { name: 'Trần Văn Nam', birth: 1948, gender: 'Nam' },
    { name: 'nguyễn thị  lan', birth: '1.950', gender: 'Nu' },
  ]);
  fillTable(grid, LOANS, [{ name: 'Người Ngoài', date: '01/03/2026', amount: '5 triệu' }]);
  const issues = clubTabIssues('CLB09', grid, { today: '2026-07-15' });
  const ids = issues.map((i) => i.ruleId ?? i.messageKey);

  test('finds the cell issues and the rules that need only the tab', () => {
    expect(ids).toEqual(
      expect.arrayContaining(['value.year.separator', 'value.choice.misspelt', 'member.duplicateInClub', 'loan.notMember']),
    );
    const dup = issues.find((i) => i.ruleId === 'member.duplicateInClub')!;
    expect(dup.sheet).toBe('CLB09');
    // Rows are 1-based sheet rows: the first member sits just below the header, the duplicate two rows further.
    const firstRow = locateTables(grid, [MEMBERS]).get(MEMBERS.id)!.headerRow + 2;
    expect(dup.params.row).toBe(firstRow);
    expect(dup.a1).toMatch(new RegExp(`^[A-Z]+${firstRow + 2}$`));
  });

  test('runs no rule that needs other tabs or the whole club', () => {
    const wardOnly = new Set(RULES.filter((r) => r.scope === 'ward').map((r) => r.id));
    expect(ids.filter((id) => wardOnly.has(id))).toEqual([]);
    // The club has fewer than 50 members, which Kiểm tra reports, but it is not about the edited cell.
    expect(ids).not.toContain('club.size');
  });
});
