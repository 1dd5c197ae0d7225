/**
 * One-click fixes (core/validate/fixes.ts) and the sidebar's view (core/validate/page.ts) on the
 * fixture ward: CLBB holds "1.950" in a birth year and "Nu" in a gender (fixture.ts).
 */
import { parseA1 } from '../../src/core/a1';
import { checkWard } from '../../src/core/jobs';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { MEMBERS } from '../../src/core/schema/tables';
import { planFixes, type SafeFix, safeFixes, tabIssues } from '../../src/core/validate/fixes';
import { validationView } from '../../src/core/validate/page';
import type { Cell } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';

const grids = fixtureWard();
const ward = parseWard(grids, { today: TODAY });

/** The cell of a member's column, found by reading the grid's header, not through the parser. */
function memberCell(grid: Cell[][], name: string, header: string): string {
  const head = grid.findIndex((r) => r.includes('Họ và tên'));
  const row = grid.findIndex((r, i) => i > head && r.includes(name));
  const col = grid[head].indexOf(header);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

const gender = MEMBERS.columns.find((c) => c.key === 'gender')!.header;
const birth = MEMBERS.columns.find((c) => c.key === 'birth')!.header;
const nuCell = memberCell(grids.CLBB, 'Võ Văn Quang', gender);
const yearCell = memberCell(grids.CLBB, 'Hồ Thị Phương', birth);
const copy = (g: Cell[][]) => g.map((r) => [...r]);
const setCell = (g: Cell[][], a1: string, v: Cell) => {
  const { row, column } = parseA1(a1);
  g[row - 1][column - 1] = v;
};

describe('safeFixes', () => {
  test('the fixture ward has exactly two: "Nu" → "Nữ" and "1.950" → 1950, both on CLBB, at their cells', () => {
    expect(safeFixes(ward.issues, grids)).toEqual([expect.objectContaining({ sheet: 'CLBB' }), expect.objectContaining({ sheet: 'CLBB' })]);
    const byCell = Object.fromEntries(safeFixes(ward.issues, grids).map((f) => [f.a1, f]));
    expect(byCell[nuCell]).toEqual({ sheet: 'CLBB', a1: nuCell, seen: 'Nu', to: 'Nữ' });
    expect(byCell[yearCell]).toEqual({ sheet: 'CLBB', a1: yearCell, seen: '1.950', to: 1950 });
  });

  test('no fix for a problem that needs a person (a year that is no year, a missing name)', () => {
    const keys = new Set(safeFixes(ward.issues, grids).map((f) => `${f.sheet}!${f.a1}`));
    for (const i of ward.issues.filter((i) => ['value.year.invalid', 'value.required'].includes(i.messageKey)))
      expect(keys.has(`${i.sheet}!${i.a1}`)).toBe(false);
  });

  test('"co" in a yes/no column is fixed to "Có"; a number-formatted 1.95 to 1950', () => {
    const g = copy(grids.CLBB);
    setCell(g, yearCell, 1.95);
    const loan = memberCell(g, 'Lý Văn Oanh', MEMBERS.columns.find((c) => c.key === 'loanNeed')!.header);
    setCell(g, loan, 'co');
    const fixes = safeFixes(tabIssues('CLBB', g, TODAY), { CLBB: g });
    expect(fixes).toEqual(
      expect.arrayContaining([
        { sheet: 'CLBB', a1: yearCell, seen: 1.95, to: 1950 },
        { sheet: 'CLBB', a1: loan, seen: 'co', to: 'Có' },
      ]),
    );
  });
});

describe('planFixes: only what the tab as it is now still calls for', () => {
  const nu: SafeFix = { sheet: 'CLBB', a1: nuCell, seen: 'Nu', to: 'Nữ' };

  test('an unchanged cell is fixed; after writing the suggestion the tab has no fix left there', () => {
    expect(planFixes('CLBB', [nu], grids.CLBB, TODAY)).toEqual({ apply: [nu], stale: [] });
    const g = copy(grids.CLBB);
    setCell(g, nuCell, 'Nữ');
    expect(tabIssues('CLBB', g, TODAY).filter((i) => i.a1 === nuCell)).toEqual([]);
  });

  test('a cell changed since the check is stale: another value, the same word in another case, or emptied', () => {
    for (const now of ['Nam', 'nu', '']) {
      const g = copy(grids.CLBB);
      setCell(g, nuCell, now);
      expect([now, planFixes('CLBB', [nu], g, TODAY)]).toEqual([now, { apply: [], stale: [nu] }]);
    }
  });

  test('a fix core does not suggest is refused: another value, another tab, a cell without the problem', () => {
    const forged = [
      { ...nu, to: 'Nam' },
      { ...nu, sheet: 'CLBA' },
      { sheet: 'CLBB', a1: 'A1', seen: 'Nu', to: 'Nữ' },
    ];
    expect(planFixes('CLBB', forged, grids.CLBB, TODAY)).toEqual({ apply: [], stale: forged });
  });

  test('the same cell asked twice is written once', () => {
    expect(planFixes('CLBB', [nu, nu], grids.CLBB, TODAY)).toEqual({ apply: [nu], stale: [nu] });
  });

  test('a ward tab: a misspelt club status in Danh mục CLB', () => {
    const g = copy(grids['Danh mục CLB']);
    const head = g.findIndex((r) => r.includes('Mã CLB'));
    const col = g[head].indexOf('Trạng thái');
    const a1 = `${String.fromCharCode(65 + col)}${head + 2}`;
    setCell(g, a1, 'dang hoat dong');
    const fixes = safeFixes(tabIssues('Danh mục CLB', g, TODAY), { 'Danh mục CLB': g });
    expect(fixes).toEqual([{ sheet: 'Danh mục CLB', a1, seen: 'dang hoat dong', to: 'Đang hoạt động' }]);
    expect(planFixes('Danh mục CLB', fixes, g, TODAY).apply).toEqual(fixes);
  });
});

describe('validationView', () => {
  const checked = checkWard(grids, TODAY, 'vi', parsePeriod('2026-H1')!);
  const view = validationView({ issues: checked.issues, ward: checked.ward, grids, period: checked.period, today: TODAY, lang: 'vi' });

  test('one group per tab with issues, its counts those of the issue list, errors listed before warnings', () => {
    const sheets = [...new Set(checked.issues.map((i) => i.sheet))];
    expect(view.groups.map((g) => g.sheet).sort()).toEqual(sheets.sort());
    for (const g of view.groups) {
      const mine = checked.issues.filter((i) => i.sheet === g.sheet);
      expect([g.sheet, g.errors, g.warnings]).toEqual([
        g.sheet,
        mine.filter((i) => i.severity === 'error').length,
        mine.filter((i) => i.severity === 'warning').length,
      ]);
      const order = g.issues.map((i) => i.severity);
      expect(order).toEqual([...order].sort());
    }
    expect([view.errors, view.warnings]).toEqual([
      checked.issues.filter((i) => i.severity === 'error').length,
      checked.issues.filter((i) => i.severity === 'warning').length,
    ]);
  });

  test('a club tab is titled with its code and name; clubs follow the ward tabs in registry order', () => {
    const clubs = view.groups.filter((g) => g.club);
    expect(clubs.map((g) => g.title)).toEqual(
      ['CLBA – CLB A', 'CLBB – CLB B', 'CLBC – CLB C'].filter((t) => clubs.some((g) => t.startsWith(g.sheet))),
    );
    const firstClub = view.groups.findIndex((g) => g.club);
    expect(view.groups.slice(firstClub).every((g) => g.club)).toBe(true);
  });

  test("the full text (the sidebar is the officer's) with the fix beside it; every standard explained", () => {
    const clbb = view.groups.find((g) => g.sheet === 'CLBB')!;
    const nu = clbb.issues.find((i) => i.a1 === nuCell)!;
    expect(nu.text).toBe('"Nu" được hiểu là "Nữ". Sửa thành "Nữ".');
    expect(nu.fix).toEqual({ sheet: 'CLBB', a1: nuCell, seen: 'Nu', to: 'Nữ' });
    expect(clbb.fixes).toHaveLength(2);
    expect(view.standards.map((s) => [s.code, s.summary])).toEqual([
      ['CLBA', 'Chưa đạt 1/7 tiêu chí'],
      ['CLBB', 'Chưa đạt 5/7 tiêu chí'],
      ['CLBC', expect.stringContaining('không xét chuẩn')],
    ]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
