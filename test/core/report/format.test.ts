import { formatDateLine, formatNumber, formatPercent, formatTarget, upper } from '../../../src/core/report/format';

describe('report formatting', () => {
  it('prints vi-VN numbers and percentages', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatPercent(0.4523)).toBe('45,2%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.4523, 1, 'en')).toBe('45.2%');
    expect(formatNumber(1234567, 0, 'en')).toBe('1,234,567');
  });

  it('prints targets as the plans write them', () => {
    expect(formatTarget({ min: 300, percent: false })).toBe('≥ 300');
    expect(formatTarget({ min: 0.4, max: 0.5, percent: true })).toBe('40–50%');
    expect(formatTarget({ min: 1, percent: true })).toBe('100%');
    expect(formatTarget(undefined)).toBe('');
  });

  it('writes the Decree 30 place-and-date line with leading zeros where the decree wants them', () => {
    expect(formatDateLine('Bỉm Sơn', '2026-11-22')).toBe('Bỉm Sơn, ngày 22 tháng 11 năm 2026');
    expect(formatDateLine('Bỉm Sơn', '2026-02-05')).toBe('Bỉm Sơn, ngày 05 tháng 02 năm 2026');
    expect(formatDateLine('Bỉm Sơn', '2026-06-09')).toBe('Bỉm Sơn, ngày 09 tháng 6 năm 2026');
    expect(formatDateLine('Bim Son', '2026-06-09', 'en')).toBe('Bim Son, 9 June 2026');
  });

  it('upper-cases Vietnamese', () => {
    expect(upper('Ủy ban nhân dân phường Bỉm Sơn')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG BỈM SƠN');
  });
});
