/** The on-edit check's rules, tested directly on hand-made grids, issues, notes and rules. */
import { fillTable } from '../../src/core/demo/fillTable';
import {
  type Box,
  declaredRulesIn,
  editableTables,
  editIssues,
  MARK,
  MARK_COLOURS,
  type Marks,
  marksInBox,
  nextMarks,
  ruleBlock,
} from '../../src/core/editMarks';
import type { Issue } from '../../src/core/issues';
import type { ValidationSpec } from '../../src/core/layout/types';
import { clubSheetSpec } from '../../src/core/layout/wardLayout';
import { locateTables } from '../../src/core/parse/locate';
import { SHEETS } from '../../src/core/schema/sheets';
import { MEMBERS } from '../../src/core/schema/tables';
import type { Cell } from '../../src/core/values';

const TODAY = '2026-11-22';

const issue = (a1: string, severity: Issue['severity'], messageKey: Issue['messageKey'], params = {}): Issue => ({
  sheet: 'CLB01',
  a1,
  severity,
  messageKey,
  params,
});

describe('editableTables', () => {
  test('a club tab has its five sections; a ward tab its own table; output tabs and the guide none', () => {
    expect(editableTables('CLB01')).toMatchObject({ clubTab: true });
    expect(editableTables('CLB01').tables.map((t) => t.id)).toEqual(['members', 'meetings', 'funds', 'loans', 'trainings']);
    expect(editableTables(SHEETS.clubs).tables.map((t) => t.id)).toEqual(['clubs']);
    expect(editableTables(SHEETS.clubs).clubTab).toBe(false);
    for (const name of [SHEETS.summary, SHEETS.byClub, SHEETS.check, SHEETS.longevity, SHEETS.pension, SHEETS.log, SHEETS.guide]) {
      expect(editableTables(name).tables).toEqual([]);
    }
  });
});

describe('marksInBox', () => {
  const box: Box = { top: 10, left: 2, rows: 3, cols: 2 }; // B10:C12

  test('marks by offset in the box; an error wins over a warning on the same cell', () => {
    const marks = marksInBox(
      [
        issue('B10', 'warning', 'value.choice.misspelt', { value: 'Nu', suggestion: 'Nữ' }),
        issue('B10', 'error', 'value.date.invalid', { value: 'x' }),
        issue('C12', 'warning', 'value.date.twoDigitYear', { value: '1/2/50', year: 1950 }),
      ],
      box,
      'vi',
    );
    expect([...marks.keys()]).toEqual(['0,0', '2,1']);
    expect(marks.get('0,0')).toEqual({ severity: 'error', message: '"x" không phải ngày hợp lệ. Nhập dạng dd/mm/yyyy, ví dụ 05/06/2026.' });
    expect(marks.get('2,1')?.severity).toBe('warning');
  });

  test('an error stays when a warning on the same cell comes after it', () => {
    const marks = marksInBox(
      [issue('C11', 'error', 'value.date.invalid', { value: 'x' }), issue('C11', 'warning', 'rule.member.age', { age: 130 })],
      box,
      'en',
    );
    expect(marks.get('1,1')).toEqual({ severity: 'error', message: '"x" is not a valid date. Type it as dd/mm/yyyy, e.g. 05/06/2026.' });
  });

  test('cells outside the box, whole-sheet issues and missing values are not marked', () => {
    const marks = marksInBox(
      [
        issue('A10', 'error', 'value.date.invalid', { value: 'x' }),
        issue('D10', 'error', 'value.date.invalid', { value: 'x' }),
        issue('B13', 'error', 'value.date.invalid', { value: 'x' }),
        issue('B9', 'error', 'value.date.invalid', { value: 'x' }),
        issue('', 'error', 'table.missingSheet', { sheet: 'X' }),
        issue('B11', 'error', 'value.required', { column: 'Họ và tên' }),
      ],
      box,
      'vi',
    );
    expect(marks.size).toBe(0);
  });

  test('the language given as a function is asked only when a cell is marked', () => {
    const lang = jest.fn((): 'en' => 'en');
    expect(marksInBox([issue('A10', 'error', 'value.date.invalid', { value: 'x' })], box, lang).size).toBe(0);
    expect(lang).not.toHaveBeenCalled();
    const marks = marksInBox([issue('B10', 'error', 'value.date.invalid', { value: 'x' })], box, lang);
    expect(marks.get('0,0')?.message).toMatch(/^"x" is not a valid date/);
  });
});

describe('nextMarks', () => {
  const found: Marks = new Map([
    ['0,2', { severity: 'error', message: 'sai' }],
    ['1,0', { severity: 'warning', message: 'nên sửa' }],
  ]);

  test('marks what is wrong, clears our old marks, keeps users’ notes and colours', () => {
    const next = nextMarks(
      found,
      [
        ['ghi chú của người dùng', `${MARK}cũ`, ''],
        ['', '', 'của tôi'],
      ],
      [
        ['#abcdef', MARK_COLOURS.error, '#ffffff'],
        ['#ffffff', '#ffffff', '#00ff00'],
      ],
    );
    expect(next).toEqual({
      notes: [
        ['ghi chú của người dùng', '', `${MARK}sai`],
        [`${MARK}nên sửa`, '', 'của tôi'],
      ],
      backgrounds: [
        ['#abcdef', null, '#f4cccc'],
        ['#fff2cc', '#ffffff', '#00ff00'],
      ],
    });
  });

  test('nothing to write when no cell is marked now or was marked before', () => {
    expect(nextMarks(new Map(), [['ghi chú', '']], [['#ffffff', '#ffffff']])).toBeUndefined();
  });

  test('colours given as a function are read only when something is written', () => {
    const read = jest.fn(() => [['#ffffff']]);
    expect(nextMarks(new Map(), [['ghi chú']], read)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    expect(nextMarks(new Map(), [[`${MARK}cũ`]], read)).toEqual({ notes: [['']], backgrounds: [[null]] });
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('a fixed cell loses our mark even when nothing else is marked', () => {
    expect(nextMarks(new Map(), [[`${MARK}cũ`]], [[MARK_COLOURS.warning]])).toEqual({ notes: [['']], backgrounds: [[null]] });
  });
});

describe('on a club tab', () => {
  const grid = (): Cell[][] => {
    const g = clubSheetSpec('CLB01', 'CLB Tổ 1', 'TDP01').rows.map((r) => [...r]);
    fillTable(g, MEMBERS, [
      { name: 'Nguyễn Thị An', birth: 1950, gender: 'Khác' },
      { name: 'Trần Văn Bình', birth: 1948, gender: 'Nam' },
      { name: 'Trần Văn Bình', birth: 1948, gender: 'Nam' },
    ]);
    return g;
  };
  const members = (g: Cell[][]) => locateTables(g, [MEMBERS]).get('members')!;

  test('editIssues finds the cell issues and the tab rules (a person twice) of the edited club', () => {
    const g = grid();
    const m = members(g);
    const top = m.headerRow + 2;
    const issues = editIssues('CLB01', g, { top, left: 1, rows: 3, cols: 10 }, TODAY);
    const keys = issues.map((i) => i.ruleId ?? i.messageKey);
    expect(keys).toContain('value.choice.invalid');
    expect(keys).toContain('member.duplicateInClub');
  });

  test('editIssues is empty for a box above every table', () => {
    expect(editIssues('CLB01', grid(), { top: 1, left: 1, rows: 2, cols: 3 }, TODAY)).toEqual([]);
  });

  test('declaredRulesIn gives the gender dropdown on the edited body rows only, never the header', () => {
    const g = grid();
    const m = members(g);
    const gender = m.columns.get('gender')! + 1;
    const header = m.headerRow + 1;
    const rules = declaredRulesIn('CLB01', g, { top: header, left: gender, rows: 3, cols: 1 });
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ first: header + 1, last: header + 2 });
    expect(rules[0].spec.rule).toEqual({ kind: 'list', values: ['Nam', 'Nữ'] });
  });

  test('declaredRulesIn gives nothing on an output tab', () => {
    expect(declaredRulesIn(SHEETS.summary, grid(), { top: 1, left: 1, rows: 50, cols: 20 })).toEqual([]);
  });
});

describe('ruleBlock', () => {
  const spec = (column: number): ValidationSpec => ({ row: 1, column, numRows: 100, rule: { kind: 'date' }, help: '' });
  const box: Box = { top: 5, left: 2, rows: 3, cols: 3 };
  const s2 = spec(2);
  const s4 = spec(4);

  test('nothing when the box holds no declared cell', () => {
    expect(ruleBlock(box, [])).toBeUndefined();
  });

  test('the smallest block holding the declared cells, null where none is declared', () => {
    const block = ruleBlock(box, [
      { spec: s2, first: 6, last: 7 },
      { spec: s4, first: 6, last: 6 },
    ]);
    expect(block).toEqual({
      top: 1,
      left: 0,
      specs: [
        [s2, null, s4],
        [s2, null, null],
      ],
      complete: false,
      whole: false,
    });
  });

  test('complete when every cell of the block has a rule; whole when the block is the box', () => {
    const s3 = spec(3);
    const part = ruleBlock(box, [
      { spec: s3, first: 5, last: 7 },
      { spec: s4, first: 5, last: 7 },
    ]);
    expect(part).toMatchObject({ top: 0, left: 1, complete: true, whole: false });
    const all = ruleBlock(box, [
      { spec: s2, first: 5, last: 7 },
      { spec: s3, first: 5, last: 7 },
      { spec: s4, first: 5, last: 7 },
    ]);
    expect(all).toMatchObject({ complete: true, whole: true });
    expect(all?.specs).toEqual([
      [s2, s3, s4],
      [s2, s3, s4],
      [s2, s3, s4],
    ]);
  });
});
