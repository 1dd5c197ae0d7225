/**
 * The demo ward: deterministic, drawn on the real template, realistic, and its deliberate mistakes
 * are exactly what the ward check finds. People figures are re-counted straight from the grids
 * (./recount.ts), independently of the core's parser and counting code.
 */

import { parseA1 } from '../../src/core/a1';
import { type DemoOptions, generateDemoWard } from '../../src/core/demo';
import { rollUpWard } from '../../src/core/indicators/rollup';
import { clubSheetSpec, wardSheetSpecs } from '../../src/core/layout/wardLayout';
import { parseWard } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { validateWard } from '../../src/core/validate';
import { countedClubs, pickPeople, recountWard } from './recount';

const TODAY = '2026-11-22';

const demo = generateDemoWard();
const ward = parseWard(demo.grids, { today: TODAY });
const rollUp = rollUpWard(ward, parsePeriod('2026')!, TODAY);
const ruleIssues = validateWard(ward, { today: TODAY, period: parsePeriod('2026')! });
const at = (sheet: string, a1: string) => `${sheet}!${a1}`;
const mistakeCells = new Set(demo.mistakes.map((m) => at(m.sheet, m.a1)));

describe('generateDemoWard', () => {
  test('is deterministic: the same seed gives the same grids and mistakes, another seed another ward', () => {
    expect(generateDemoWard()).toEqual(demo);
    expect(generateDemoWard({ seed: 1648 })).toEqual(demo);
    expect(generateDemoWard({ seed: 7 }).grids).not.toEqual(demo.grids);
  });

  test('is drawn on the real template: every title and header row of each tab is there, in order', () => {
    const specs = [...wardSheetSpecs(), ...ward.registry.map((c) => clubSheetSpec(c.code!, c.name!, c.group!))];
    expect(Object.keys(demo.grids)).toEqual(specs.map((s) => s.name));
    for (const spec of specs) {
      const grid = demo.grids[spec.name];
      const marked = [...spec.titleRows, ...spec.headerRows].sort((a, b) => a - b).map((r) => JSON.stringify(spec.rows[r - 1]));
      const found = grid.map((row) => JSON.stringify(row)).filter((row) => marked.includes(row));
      expect(found).toEqual(marked);
    }
  });

  test('has at least 5 active clubs and 300 members, one tab each', () => {
    expect(ward.clubs.length).toBeGreaterThanOrEqual(5);
    // Active by the registry's own cells (Trạng thái, Ngày thành lập), not by the parsed clubs.
    expect(rollUp.facts.clubs_active).toBe(countedClubs(demo.grids, '2026-12-31').length);
    expect(rollUp.facts.members).toBeGreaterThanOrEqual(300);
    for (const club of rollUp.clubs) {
      expect(club.facts.members).toBeGreaterThanOrEqual(50);
      expect(club.facts.members).toBeLessThanOrEqual(70);
    }
  });

  test('roll-up people figures equal an independent re-count of the grids, for the ward and each club', () => {
    const recount = recountWard(demo.grids, '2026-12-31');
    expect(pickPeople(rollUp.facts)).toEqual(recount.total);
    expect(Object.fromEntries(rollUp.clubs.map((c) => [c.club.code, pickPeople(c.facts)]))).toEqual(recount.byClub);
    // The re-count is not vacuous: the demo has people in need, some served, some not.
    expect(recount.total.members_served).toBeGreaterThan(0);
    expect(recount.total.members_served).toBeLessThan(recount.total.members_in_need);
  });

  test('looks like a real ward: composition, meetings, funds, loans, trainings, communication', () => {
    const f = rollUp.facts;
    expect(ward.settings.ward).toBe('Phường Bỉm Sơn');
    expect(ward.settings.populationBase).toBeUndefined();
    // No population base set: the groups' Dân số cells, added up here from the grid.
    const groups = demo.grids['Tổ dân phố'];
    const h = groups.findIndex((r) => r.includes('Dân số'));
    const cells = groups.slice(h + 1).filter((r) => r[0] !== '');
    expect(cells.every((r) => typeof r[2] === 'number')).toBe(true);
    expect(f.population_base).toBe(cells.reduce((sum, r) => sum + Number(r[2]), 0));
    expect(ward.groups.length).toBeGreaterThanOrEqual(10);
    expect(f.women_members / f.members).toBeGreaterThan(0.58);
    expect(f.women_members / f.members).toBeLessThan(0.72);
    expect(f.elderly_members / f.members).toBeGreaterThan(0.55);
    expect(f.elderly_members / f.members).toBeLessThan(0.72);
    // Founded in phase 1 (from 01/01/2025) by the period end, read from the registry's Ngày thành lập cells.
    const registry = demo.grids['Danh mục CLB'];
    const rh = registry.findIndex((r) => r.includes('Mã CLB'));
    const founded = registry
      .slice(rh + 1)
      .filter((r) => r[0] !== '')
      .map((r) => String(r[registry[rh].indexOf('Ngày thành lập')]).split('/').reverse().join('-'));
    const newInPhase = founded.filter((d) => d >= '2025-01-01' && d <= '2026-12-31').length;
    expect(f.clubs_new_in_phase).toBe(newInPhase);
    expect(newInPhase).toBeGreaterThan(0);
    expect(newInPhase).toBeLessThan(founded.length);
    expect(f.clubs_fund_25m).toBeGreaterThanOrEqual(1);
    expect(f.clubs_both_funds).toBe(ward.clubs.length);
    expect(f.clubs_board_trained).toBeGreaterThanOrEqual(ward.clubs.length - 2);
    expect(ward.activities.length).toBeGreaterThanOrEqual(6);
    expect(ward.activities.length).toBeLessThanOrEqual(10);
    for (const club of ward.clubs) {
      const counted = rollUp.clubs.find((c) => c.club === club)!.facts.members;
      expect(club.members.filter((m) => m.role === 'Chủ nhiệm')).toHaveLength(1);
      expect(club.meetings.length).toBeGreaterThanOrEqual(6);
      for (const m of club.meetings.filter((x) => !mistakeCells.has(at(x.sheet, x.cells.attendance))))
        expect(m.attendance).toBeLessThan(counted);
      expect(club.loans.length).toBeGreaterThanOrEqual(5);
      expect(club.loans.length).toBeLessThanOrEqual(16);
      expect(club.trainings.some((t) => t.kind === 'Ban đầu')).toBe(true);
    }
  });

  test('plants 6–10 mistakes, one of each kind, each on the cell it names', () => {
    expect(demo.mistakes.length).toBeGreaterThanOrEqual(6);
    expect(demo.mistakes.length).toBeLessThanOrEqual(10);
    expect(new Set(demo.mistakes.map((m) => m.kind)).size).toBe(demo.mistakes.length);
    const cell = (sheet: string, a1: string) => {
      const { row, column } = parseA1(a1);
      return demo.grids[sheet][row - 1][column - 1];
    };
    const byKind = Object.fromEntries(demo.mistakes.map((m) => [m.kind, cell(m.sheet, m.a1)]));
    expect(byKind).toMatchObject({ genderNoDiacritics: 'Nu', moneyNotNumber: 'abc', nameMissing: '' });
    expect(String(byKind.birthYearDotted)).toMatch(/^\d\.\d{3}$/);
    expect(String(byKind.impossibleDate)).toMatch(/^3[12]\/\d{2}\/2026$/);
  });

  test('the ward check reports every mistake at its cell: cell mistakes while parsing, cross-row ones by the rules', () => {
    const parsed = new Set(ward.issues.map((i) => at(i.sheet, i.a1)));
    const ruled = new Set(ruleIssues.map((i) => at(i.sheet, i.a1)));
    for (const m of demo.mistakes) {
      expect({ mistake: m.kind, reported: (m.foundBy === 'parse' ? parsed : ruled).has(at(m.sheet, m.a1)) }).toEqual({
        mistake: m.kind,
        reported: true,
      });
    }
  });

  test('apart from the mistakes the ward is clean: no parse issue and no rule error elsewhere', () => {
    const stray = [...ward.issues, ...ruleIssues.filter((i) => i.severity === 'error')].filter((i) => !mistakeCells.has(at(i.sheet, i.a1)));
    expect(stray).toEqual([]);
  });

  test('other sizes and seeds keep the guarantees', () => {
    const cases: DemoOptions[] = [
      { seed: 1 },
      { seed: 2, clubs: 3, membersPerClub: [20, 30] },
      { seed: 3, clubs: 12, year: 2027 },
      // More members than the register's blank rows: rows are inserted and later sections move down.
      { seed: 4, clubs: 5, membersPerClub: [85, 95] },
    ];
    for (const options of cases) {
      const other = generateDemoWard(options);
      const today = options.year ? `${options.year}-11-22` : TODAY;
      const parsed = parseWard(other.grids, { today });
      const issues = [...parsed.issues, ...validateWard(parsed, { today, period: parsePeriod(String(options.year ?? 2026))! })];
      const reported = new Set(issues.map((i) => at(i.sheet, i.a1)));
      expect(other.mistakes).toHaveLength(8);
      for (const m of other.mistakes) expect(reported.has(at(m.sheet, m.a1))).toBe(true);
      const cells = new Set(other.mistakes.map((m) => at(m.sheet, m.a1)));
      expect([...parsed.issues, ...issues.filter((i) => i.severity === 'error')].filter((i) => !cells.has(at(i.sheet, i.a1)))).toEqual([]);
      const recount = recountWard(other.grids, `${options.year ?? 2026}-12-31`);
      const facts = rollUpWard(parsed, parsePeriod(String(options.year ?? 2026))!, today).facts;
      expect(pickPeople(facts)).toEqual(recount.total);
    }
  });

  test('rejects options it cannot honour', () => {
    expect(() => generateDemoWard({ clubs: 0 })).toThrow();
    expect(() => generateDemoWard({ membersPerClub: [10, 12] })).toThrow();
    expect(() => generateDemoWard({ membersPerClub: [60, 50] })).toThrow();
    expect(() => generateDemoWard({ year: 2026, today: '2025-11-22' })).toThrow();
  });
});
