/**
 * Honest answers to bad input in core: error cells reported as such, settings out of range refused
 * naming their cell, a renamed ward tab named, and no stack that grows with the input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setSettingValues } from '../../src/core/demo/fillTable';
import { issueMessage } from '../../src/core/issues';
import { checkWard, rollUpGrids } from '../../src/core/jobs';
import { clubSheetSpec } from '../../src/core/layout/wardLayout';
import { parseWard, type WardGrids } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';
import { SETTINGS } from '../../src/core/schema/settings';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { errorValueOf } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';

/** The A1 address of a setting's value cell in the Cấu hình grid, found by its key (not by the code under test). */
function settingCell(grids: WardGrids, key: string): string {
  const grid = grids['Cấu hình'];
  const row = grid.findIndex((r) => r.includes(key));
  const header = grid.findIndex((r) => r.includes('Giá trị'));
  const column = grid[header].indexOf('Giá trị');
  return `${String.fromCharCode(65 + column)}${row + 1}`;
}

describe('error cells (#REF!, #N/A, …)', () => {
  test('are read as the error code on their own, never as text or a number', () => {
    for (const code of ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', ' #ref! '])
      expect(errorValueOf(code)).toBe(code.trim().toUpperCase());
    for (const other of ['#1', 'REF!', 'Tổ #REF!', '', 12, null, true]) expect(errorValueOf(other)).toBeUndefined();
  });

  test('are reported as "lỗi công thức" with their code, not as a missing value, in a member row and in a setting', () => {
    const grids = fixtureWard();
    const members = grids.CLBA;
    const header = members.findIndex((r) => r.includes('Họ và tên'));
    const nameCol = members[header].indexOf('Họ và tên');
    const birthCol = members[header].indexOf('Năm sinh');
    members[header + 1][nameCol] = '#REF!';
    members[header + 2][birthCol] = '#N/A';
    grids['Cấu hình'][Number(settingCell(grids, 'year').slice(1)) - 1][2] = '#VALUE!';
    const { issues } = checkWard(grids, TODAY);
    const at = (sheet: string, a1: string) => issues.filter((i) => i.sheet === sheet && i.a1 === a1);
    const nameA1 = `${String.fromCharCode(65 + nameCol)}${header + 2}`;
    const birthA1 = `${String.fromCharCode(65 + birthCol)}${header + 3}`;
    expect(
      at('CLBA', nameA1)
        .filter((i) => i.messageKey.startsWith('value.'))
        .map((i) => issueMessage(i)),
    ).toEqual(['Ô "Họ và tên" có lỗi công thức #REF!. Sửa công thức hoặc nhập lại giá trị.']);
    expect(
      at('CLBA', birthA1)
        .filter((i) => i.messageKey.startsWith('value.'))
        .map((i) => i.messageKey),
    ).toEqual(['value.errorCell']);
    expect(at('Cấu hình', settingCell(grids, 'year')).map((i) => [i.messageKey, i.params.code])).toEqual([['value.errorCell', '#VALUE!']]);
    expect(issues.some((i) => i.messageKey === 'value.required' && [nameA1, birthA1].includes(i.a1) && i.sheet === 'CLBA')).toBe(false);
  });
});

describe('settings out of their declared range', () => {
  test.each([
    ['year', 99999, 'setting.aboveMax'],
    ['year', -5, 'setting.belowMin'],
    ['standardMinWomenShare', '150%', 'setting.aboveMax'],
    ['standardMaxElderlyShare', -1, 'setting.belowMin'],
    ['standardMinMembers', -3, 'setting.belowMin'],
    ['fundThreshold', '-1.000.000', 'setting.belowMin'],
    ['elderlyAge', 200, 'setting.aboveMax'],
  ])('%s = %p is refused with an error naming its cell, and the default is used', (key, value, messageKey) => {
    const grids = fixtureWard();
    setSettingValues(grids['Cấu hình'], SETTINGS_TABLE, { [key]: value });
    const ward = parseWard(grids, { today: TODAY });
    const found = ward.issues.filter((i) => i.sheet === 'Cấu hình' && i.a1 === settingCell(grids, key));
    expect(found.map((i) => [i.severity, i.messageKey])).toEqual([['error', messageKey]]);
    const decl = SETTINGS.find((s) => s.key === key)!;
    const expected = decl.type === 'percent' ? Number(decl.default) / 100 : decl.default;
    expect(ward.settings[key as keyof typeof ward.settings]).toBe(expected);
    expect(issueMessage(found[0])).toContain(decl.label);
  });

  test('values inside the bounds, the bounds themselves included, are taken as typed', () => {
    const grids = fixtureWard();
    setSettingValues(grids['Cấu hình'], SETTINGS_TABLE, {
      year: 2100,
      standardMinWomenShare: '0%',
      standardMaxWomenShare: 100,
      elderlyAge: 60,
    });
    const ward = parseWard(grids, { today: TODAY });
    expect(ward.issues.filter((i) => i.sheet === 'Cấu hình')).toEqual([]);
    expect([ward.settings.year, ward.settings.standardMinWomenShare, ward.settings.standardMaxWomenShare]).toEqual([2100, 0, 1]);
  });

  test('every bounded year setting can name a period, so the default period never falls outside what --period accepts', () => {
    const year = SETTINGS.find((s) => s.key === 'year')!;
    expect(parsePeriod(String(year.min))).toBeDefined();
    expect(parsePeriod(String(year.max))).toBeDefined();
  });
});

describe('a renamed ward tab', () => {
  const renamed = (grids: WardGrids, from: string, to: string): WardGrids =>
    Object.fromEntries(Object.entries(grids).map(([name, grid]) => [name === from ? to : name, grid]));

  test('Cấu hình renamed: an error names the tab found and what to do, instead of only "missing"', () => {
    const grids = renamed(fixtureWard(), 'Cấu hình', 'Cấu hình cũ');
    const result = rollUpGrids(grids, parsePeriod('2026-H1')!, TODAY);
    expect(result.rollup.ward).toBe('Phường Mẫu');
    const found = result.issues.filter((i) => i.messageKey === 'sheet.renamed');
    expect(found).toEqual([
      expect.objectContaining({
        sheet: 'Cấu hình cũ',
        severity: 'error',
        params: expect.objectContaining({ expected: 'Cấu hình', found: 'Cấu hình cũ' }),
      }),
    ]);
    expect(issueMessage(found[0])).toContain('Đổi tên trang "Cấu hình cũ" thành "Cấu hình"');
    expect(result.issues.some((i) => i.messageKey === 'table.missingSheet' && i.params.sheet === 'Cấu hình')).toBe(false);
  });

  test('a fresh Cấu hình beside the renamed one (what set-up used to make): a warning that the old one is not read', () => {
    const base = fixtureWard();
    const grids = { ...base, 'Bản sao của Cấu hình': base['Cấu hình'].map((r) => [...r]) };
    const issues = checkWard(grids, TODAY).issues.filter((i) => i.messageKey === 'sheet.shadowed');
    expect(issues.map((i) => [i.sheet, i.severity])).toEqual([['Bản sao của Cấu hình', 'warning']]);
  });

  test('Danh mục CLB renamed: named too; the club tabs are not taken for ward tables', () => {
    const grids = renamed(fixtureWard(), 'Danh mục CLB', 'DS CLB');
    const issues = checkWard(grids, TODAY).issues.filter((i) => i.messageKey === 'sheet.renamed');
    expect(issues.map((i) => [i.sheet, i.params.expected])).toEqual([['DS CLB', 'Danh mục CLB']]);
  });
});

describe('no stack that grows with the input', () => {
  test('a club of 70,000 register rows, each with an error, is checked without a RangeError', () => {
    const grids = fixtureWard();
    const grid = clubSheetSpec('CLBA', 'CLB A', 'G1').rows.map((r) => [...r]);
    const header = grid.findIndex((r) => r.includes('Họ và tên'));
    const nameCol = grid[header].indexOf('Họ và tên');
    const birthCol = grid[header].indexOf('Năm sinh');
    const rows = Array.from({ length: 70_000 }, (_, i) => {
      const row = Array.from({ length: grid[header].length }, () => '' as string | number);
      row[nameCol] = `Người ${i}`;
      row[birthCol] = 'abc';
      return row;
    });
    grids.CLBA = [...grid.slice(0, header + 1), ...rows, ...grid.slice(header + 1)];
    // The check job (parse, every rule, the Kiểm tra tab); `issues.push(...rows)` in parseWard threw here.
    const result = checkWard(grids, TODAY);
    const bad = result.issues.filter((i) => i.sheet === 'CLBA' && i.messageKey === 'value.year.invalid');
    expect(bad.length).toBe(70_000);
    expect(result.sheet.rows.length).toBeGreaterThan(70_000);
  });

  test('src has no argument spread that grows with data: push(...x), Math.max(...x), Math.min(...x)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : [],
      );
    const offending = files('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /(\.push|\.unshift|Math\.max|Math\.min|String\.fromCharCode)\(\s*\.\.\./.test(line) && !/^\s*(\*|\/\/)/.test(line)
            ? [`${file}:${i + 1}`]
            : [],
        ),
    );
    expect(offending).toEqual([]);
  });
});
