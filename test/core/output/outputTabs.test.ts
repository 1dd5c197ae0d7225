/** Which marked tab is an output, what outputs are called, and the data fingerprint: hand-worked cases. */
import { fingerprintGrids } from '../../../src/core/fingerprint';
import { clubSheetSpec } from '../../../src/core/layout/wardLayout';
import { standardRow } from '../../../src/core/output/clubStandard';
import {
  finalName,
  freeName,
  isUnmarkedLog,
  isUnmarkedOutput,
  parseOutputMarker,
  resolveOutputs,
  stagingName,
} from '../../../src/core/output/outputTabs';

describe('resolveOutputs', () => {
  const tab = (name: string, id: 'summary' | 'check', generation: number) => ({ name, id, generation });

  test('the current tab of each output is its latest generation not after the committed one', () => {
    const old = tab('Tổng hợp', 'summary', 3);
    const staged = tab('Tổng hợp (đang ghi)', 'summary', 5);
    const check = tab('Kiểm tra', 'check', 1);
    const { current, leftovers } = resolveOutputs([old, staged, check], 4);
    expect(current.get('summary')).toBe(old);
    expect(current.get('check')).toBe(check);
    expect(leftovers).toEqual([staged]);
  });

  test('after a commit, the replaced tab is the leftover', () => {
    const old = tab('Tổng hợp', 'summary', 3);
    const fresh = tab('Tổng hợp (đang ghi)', 'summary', 5);
    const { current, leftovers } = resolveOutputs([old, fresh], 5);
    expect(current.get('summary')).toBe(fresh);
    expect(leftovers).toEqual([old]);
  });
});

describe('names', () => {
  test('a free name skips the taken ones, ignoring case as Sheets does', () => {
    expect(freeName('Tổng hợp', ['Cấu hình'])).toBe('Tổng hợp');
    expect(freeName('Tổng hợp', ['tổng hợp', 'Tổng hợp (2)'])).toBe('Tổng hợp (3)');
    expect(stagingName('Tổng hợp', ['Tổng hợp (đang ghi)'])).toBe('Tổng hợp (đang ghi) (2)');
  });

  test('an output keeps its own name unless a user tab holds it; then its previous name, never a staging name', () => {
    expect(finalName('Tổng hợp', 'Tổng hợp (2)', ['Cấu hình'])).toBe('Tổng hợp');
    expect(finalName('Tổng hợp', 'Tổng hợp (2)', ['Tổng hợp'])).toBe('Tổng hợp (2)');
    expect(finalName('Tổng hợp', 'Tổng hợp (đang ghi)', ['Tổng hợp'])).toBe('Tổng hợp (2)');
    expect(finalName('Tổng hợp', undefined, ['Tổng hợp', 'Tổng hợp (2)'])).toBe('Tổng hợp (3)');
  });

  test('markers and the signatures of unmarked outputs of older versions', () => {
    expect(parseOutputMarker('summary@12')).toEqual({ id: 'summary', generation: 12 });
    expect(parseOutputMarker('other@1')).toBeUndefined();
    expect(parseOutputMarker(null)).toBeUndefined();
    expect(isUnmarkedOutput('Cập nhật ngày 22/11/2026')).toBe(true);
    expect(isUnmarkedOutput('Updated on 22/11/2026')).toBe(true);
    expect(isUnmarkedOutput('Cập nhật ngày mai')).toBe(false);
    expect(isUnmarkedLog(['Thời gian', 'Người thực hiện'])).toBe(true);
    expect(isUnmarkedLog(['Thời gian', 'Việc'])).toBe(false);
  });
});

describe('standardRow', () => {
  const grid = () => clubSheetSpec('CLB01', 'CLB Tổ 1', 'TDP01').rows.map((r) => [...r]);

  test('is the row holding the placeholder or our line, above the first table', () => {
    expect(standardRow(grid())).toBe(3);
    const g = grid();
    g.splice(1, 0, ['Dòng chèn thêm']);
    expect(standardRow(g)).toBe(4);
  });

  test('is none when a user wrote over it, even with a table header deleted (never a blank row of the register)', () => {
    const g = grid();
    g[2][0] = 'Ghi chú';
    g.splice(4, 1); // the member register's header row
    expect(standardRow(g)).toBeUndefined();
  });
});

describe('fingerprintGrids', () => {
  test('changes with any cell, not with trailing blanks, tab order or our own standard line', () => {
    const a = { T1: [['a', 1], ['b']], T2: [['x']] };
    const base = fingerprintGrids(a);
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(
      fingerprintGrids({
        T2: [['x']],
        T1: [
          ['a', 1, ''],
          ['b', null],
        ],
      }),
    ).toBe(base);
    expect(fingerprintGrids({ T1: [['a', 2], ['b']], T2: [['x']] })).not.toBe(base);
    expect(fingerprintGrids({ T1: [['a', '1'], ['b']], T2: [['x']] })).not.toBe(base);
    const withLine = { T1: [['Chuẩn CLB (năm 2026): Đạt chuẩn'], ...a.T1], T2: a.T2 };
    const withOther = { T1: [['Chuẩn CLB (năm 2025): Chưa đạt'], ...a.T1], T2: a.T2 };
    expect(fingerprintGrids(withLine)).toBe(fingerprintGrids(withOther));
  });
});
