/**
 * Declarations drive everything: one per-club indicator added to a copy of the declarations shows up
 * in Theo CLB, in Tổng hợp, in the JSON and in docs/INDICATORS.md (and the province tabs), with no
 * other edit. It counts members needing a loan (fact members_in_need).
 */
import { indicatorsMarkdown } from '../../../src/core/docsTables';
import { INDICATORS, type IndicatorDecl } from '../../../src/core/indicators/declarations';
import { rollUpGrids } from '../../../src/core/jobs';
import { provinceJson, rollUpJson } from '../../../src/core/output/json';
import { byWardSheet } from '../../../src/core/output/province';
import type { OutputSheet } from '../../../src/core/output/types';
import { parsePeriod } from '../../../src/core/period';
import { rollUpProvince } from '../../../src/core/province';
import { SHEETS } from '../../../src/core/schema/sheets';
import { fixtureWard, TODAY } from '../fixture';

const EXTRA: IndicatorDecl = {
  id: 'members_needing_loan',
  name: { vi: 'Số thành viên có nhu cầu vay vốn', en: 'Members needing a loan' },
  definition: { vi: 'Thành viên có nhu cầu vay vốn tại cuối kỳ', en: 'Members who need a loan at the period end' },
  numerator: 'members_in_need',
  subject: 'people',
  unit: 'count',
  perClub: true,
  targets: { P1: { min: 10, percent: false } },
};
const decls = [...INDICATORS, EXTRA];
const period = parsePeriod('2026-H1')!;
const result = rollUpGrids(fixtureWard(), period, TODAY, 'vi', decls);
const tab = (name: string): OutputSheet => result.sheets.find((s) => s.name === name)!;

// In need (fixture.ts): CLB A's An, Em and Gấm; CLB B nobody; CLB C is paused, so nobody counts → ward 3.
describe('a new per-club indicator, from its one declaration', () => {
  test('Theo CLB: its own column after the declared per-club indicators, one value per club, as a count', () => {
    const byClub = tab(SHEETS.byClub);
    const col = byClub.rows[2].indexOf('Số thành viên có nhu cầu vay vốn (người)');
    expect(col).toBe(byClub.rows[2].indexOf('Tỷ lệ CLB có cả quỹ tăng thu nhập và quỹ hoạt động (%)') + 1);
    expect(byClub.rows.slice(3).map((r) => [r[1], r[col]])).toEqual([
      ['CLBA', 3],
      ['CLBB', 0],
      ['CLBC', 0],
    ]);
    expect(byClub.formats!.map((r) => r[col])).toEqual(['#,##0', '#,##0', '#,##0']);
    expect(byClub.columnWidths).toHaveLength(byClub.rows[2].length);
  });

  test('Tổng hợp: its row, with value, target and status', () => {
    const summary = tab(SHEETS.summary);
    const row = summary.rows.find((r) => r[1] === EXTRA.id);
    expect(row).toEqual([INDICATORS.length + 1, EXTRA.id, 'Số thành viên có nhu cầu vay vốn', 'người', 3, 3, '', '≥ 10', '', 'Chưa đạt']);
  });

  test('JSON: in the ward indicators and in each club', () => {
    const json = rollUpJson(result);
    expect(json.indicators.find((v) => v.id === EXTRA.id)).toEqual({
      id: EXTRA.id,
      name: 'Số thành viên có nhu cầu vay vốn',
      value: 3,
      numerator: 3,
      denominator: null,
      unit: 'count',
      target: { min: 10, percent: false },
      status: 'below',
    });
    expect(json.clubs.map((c) => [c.code, c.indicators.find((v) => v.id === EXTRA.id)?.value])).toEqual([
      ['CLBA', 3],
      ['CLBB', 0],
      ['CLBC', 0],
    ]);
  });

  test('docs/INDICATORS.md: its row, marked per club', () => {
    expect(indicatorsMarkdown(decls)).toContain(
      '| `members_needing_loan` | Số thành viên có nhu cầu vay vốn | Members needing a loan: Members who need a loan at the period end | `members_in_need` |  | count of people | ≥ 10 |  | yes |',
    );
    expect(indicatorsMarkdown()).not.toContain(EXTRA.id);
  });

  test('the province: its column in Theo phường and its entry in the JSON, summed over the wards', () => {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const wards = ['Phường A', 'Phường B'].map((ward) => ({
      source: `${ward}.xlsx`,
      rollup: { ...result.rollup, ward },
      errors,
      warnings: result.issues.length - errors,
    }));
    const p = rollUpProvince(wards, period, undefined, decls);
    const byWard = byWardSheet(p, TODAY);
    const col = byWard.rows[2].indexOf('Số thành viên có nhu cầu vay vốn (người)');
    expect(byWard.rows.slice(3).map((r) => r[col])).toEqual([3, 3]);
    expect(provinceJson(p).indicators.find((v) => v.id === EXTRA.id)).toMatchObject({ value: 6, target: { min: 20 } });
  });

  test('the plan’s own declarations are left as they were', () => {
    expect(INDICATORS.map((d) => d.id)).not.toContain(EXTRA.id);
    expect(rollUpGrids(fixtureWard(), period, TODAY).rollup.indicators).toHaveLength(INDICATORS.length);
  });
});
