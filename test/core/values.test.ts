import { readMonth, readTarget } from '../../src/core/parse/readCell';
import { GENDERS } from '../../src/core/schema/tables';
import { escapeForSheet, normalizeText } from '../../src/core/text';
import { readChoice, readDate, readNumber, readYearOrDate, readYesNo } from '../../src/core/values';

const ctx = { referenceYear: 2026, workbookYear: 2026 };

describe('reading what officers type', () => {
  test.each([
    ['05/06/2026', '2026-06-05'],
    ['5/6/2026', '2026-06-05'],
    ['5-6-2026', '2026-06-05'],
    ['5.6.2026', '2026-06-05'],
    ['2026-06-05', '2026-06-05'],
  ])('date %s', (text, iso) => expect(readDate(text, ctx)).toEqual({ value: iso }));

  test('two-digit years: 20yy when not after the reference year, else 19yy, with a warning', () => {
    expect(readDate('5/6/66', ctx)).toMatchObject({ value: '1966-06-05', problem: { severity: 'warning' } });
    expect(readDate('5/6/24', ctx)).toMatchObject({ value: '2024-06-05' });
  });

  test('impossible dates are errors', () => {
    expect(readDate('31/02/2026', ctx).problem?.key).toBe('value.date.invalid');
    expect(readDate('hôm qua', ctx).value).toBeUndefined();
  });

  test('real dates and serials', () => {
    expect(readDate(new Date(Date.UTC(2026, 5, 5)), ctx).value).toBe('2026-06-05');
    expect(readDate(46178, ctx).value).toBe('2026-06-05');
  });

  test.each([
    ['1.000.000', 1000000],
    ['25 triệu', 25000000],
    ['2,5 triệu', 2500000],
    ['500 nghìn', 500000],
    ['1.200.000 đ', 1200000],
    ['1,000,000', 1000000],
    ['2,5', 2.5],
    [' 300 ', 300],
  ])('number %s', (text, n) => expect(readNumber(text).value).toBe(n));

  test('non-numbers are errors naming the value', () => {
    expect(readNumber('abc')).toMatchObject({ problem: { key: 'value.number.invalid', params: { value: 'abc' } } });
  });

  test('birth years and dates', () => {
    expect(readYearOrDate(1950, ctx).value).toEqual({ year: 1950 });
    expect(readYearOrDate('1950', ctx).value).toEqual({ year: 1950 });
    expect(readYearOrDate('1.950', ctx)).toMatchObject({ value: { year: 1950 }, problem: { severity: 'warning' } });
    expect(readYearOrDate('15/08/1966', ctx).value).toEqual({ year: 1966, date: '1966-08-15' });
    expect(readYearOrDate('xyz', ctx).problem?.severity).toBe('error');
  });

  test('Nam/Nữ: any case is fine, no diacritics is read with a warning, nonsense is an error', () => {
    expect(readChoice('NỮ', GENDERS)).toEqual({ value: 'Nữ' });
    expect(readChoice('Nu', GENDERS)).toMatchObject({ value: 'Nữ', problem: { severity: 'warning', params: { suggestion: 'Nữ' } } });
    expect(readChoice('Khác', GENDERS)).toMatchObject({ problem: { severity: 'error' } });
  });

  test('Có/Không and checkboxes', () => {
    expect(readYesNo('Có').value).toBe(true);
    expect(readYesNo('x').value).toBe(true);
    expect(readYesNo(false).value).toBe(false);
    expect(readYesNo('khong')).toMatchObject({ value: false, problem: { severity: 'warning' } });
    expect(readYesNo('có lẽ').problem?.severity).toBe('error');
  });

  test('months and targets', () => {
    expect(readMonth('06/2026', ctx).value).toBe('2026-06');
    expect(readMonth('Tháng 6/2026', ctx).value).toBe('2026-06');
    expect(readMonth(6, ctx).value).toBe('2026-06');
    expect(readTarget('≥ 300').value).toEqual({ min: 300, max: undefined, percent: false });
    expect(readTarget('40–50%').value).toEqual({ min: 0.4, max: 0.5, percent: true });
    expect(readTarget('—')).toEqual({});
    expect(readTarget('50-40%').problem?.key).toBe('value.target.invalid');
  });

  test('text is NFC-normalised and trimmed; sheet writes never start a formula', () => {
    expect(normalizeText('  Nguye\u0302\u0303n  Văn ')).toBe('Nguyễn Văn');
    expect(escapeForSheet('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(escapeForSheet('01')).toBe(`'01`);
    expect(escapeForSheet('Nguyễn')).toBe('Nguyễn');
  });
});
