/** The one policy for a job's default period, and its use over a ward's own settings. */
import { defaultPeriodOfWard } from '../../src/core/defaults';
import { setSettingValues } from '../../src/core/demo/fillTable';
import { wardSheetSpecs } from '../../src/core/layout/wardLayout';
import { defaultPeriodFor, type PeriodJob, parsePeriod } from '../../src/core/period';
import { SHEETS } from '../../src/core/schema/sheets';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';

const ids = (jobs: PeriodJob[], context: Parameters<typeof defaultPeriodFor>[1]) => jobs.map((job) => defaultPeriodFor(job, context).id);

describe('defaultPeriodFor', () => {
  test('check and roll-up take the ward reporting year, the report its first half, a province today’s year', () => {
    expect(ids(['check', 'rollup', 'report', 'province'], { today: '2027-02-03', reportingYear: 2026 })).toEqual([
      '2026',
      '2026',
      '2026-H1',
      '2027',
    ]);
  });

  test('without a reporting year, today’s year', () => {
    expect(ids(['check', 'rollup', 'report', 'province'], { today: '2026-11-22' })).toEqual(['2026', '2026', '2026-H1', '2026']);
  });

  test('a reporting year no period can name falls back to today’s year', () => {
    for (const reportingYear of [99999, -5, 1999]) {
      expect(ids(['rollup', 'report'], { today: '2028-01-10', reportingYear })).toEqual(['2028', '2028-H1']);
    }
  });

  test('the period runs over the whole year or half-year', () => {
    const year = defaultPeriodFor('rollup', { today: '2026-11-22', reportingYear: 2025 });
    expect([year.start, year.end, year.phase]).toEqual(['2025-01-01', '2025-12-31', 'P1']);
    const half = defaultPeriodFor('report', { today: '2032-03-01', reportingYear: 2031 });
    expect([half.start, half.end, half.phase]).toEqual(['2031-01-01', '2031-06-30', 'P2']);
  });
});

describe('defaultPeriodOfWard', () => {
  const settingsGrid = (values: Record<string, Cell>): Cell[][] => {
    const grid = wardSheetSpecs()
      .find((s) => s.name === SHEETS.settings)!
      .rows.map((r) => [...r]);
    setSettingValues(grid, SETTINGS_TABLE, values);
    return grid;
  };

  test('reads the reporting year from Cấu hình', () => {
    const grids = { [SHEETS.settings]: settingsGrid({ year: 2025 }) };
    expect(defaultPeriodOfWard('rollup', grids, '2026-11-22').id).toBe('2025');
    expect(defaultPeriodOfWard('report', grids, '2026-11-22').id).toBe('2025-H1');
  });

  test('a workbook without Cấu hình, or with the year left blank, runs over today’s year', () => {
    expect(defaultPeriodOfWard('rollup', {}, '2027-04-01').id).toBe('2027');
    expect(defaultPeriodOfWard('check', { [SHEETS.settings]: settingsGrid({ year: '' }) }, '2027-04-01').id).toBe('2027');
  });
});

describe('parsePeriod: whole years of one phase (a review)', () => {
  test('two years of phase 1, with their labels', () => {
    expect(parsePeriod('2025-2026')).toEqual({
      id: '2025-2026',
      start: '2025-01-01',
      end: '2026-12-31',
      phase: 'P1',
      labelVi: '2 năm 2025–2026',
      labelEn: '2 years 2025–2026',
    });
    expect(parsePeriod('2031 – 2032')?.phase).toBe('P2');
  });

  test('refused across phases, backwards, a single year twice, or out of range', () => {
    for (const text of ['2029-2031', '2026-2025', '2026-2026', '1999-2001', '2026-H3']) expect(parsePeriod(text)).toBeUndefined();
  });
});
