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
  restoredRules,
  ruleRead,
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
    expect(rules[0]).toMatchObject({ first: header + 1, last: header + 2, bodyFirst: header + 1 });
    // The register is not the tab's last table: its rules stop at its body, above the next section.
    const register = locateTables(g, editableTables('CLB01').tables).get(MEMBERS.id)!;
    expect(register.endRow).toBeLessThan(g.length);
    expect(rules[0].bodyLast).toBe(register.endRow);
    expect(rules[0].spec.rule).toEqual({ kind: 'list', values: ['Nam', 'Nữ'] });
  });

  test('declaredRulesIn gives nothing on an output tab', () => {
    expect(declaredRulesIn(SHEETS.summary, grid(), { top: 1, left: 1, rows: 50, cols: 20 })).toEqual([]);
  });
});

describe('ruleRead and restoredRules', () => {
  const spec = (column: number, row = 1, numRows = 100): ValidationSpec => ({ row, column, numRows, rule: { kind: 'date' }, help: '' });
  const box: Box = { top: 5, left: 2, rows: 3, cols: 3 };
  const s2 = spec(2);
  const s4 = spec(4);
  const declared = (s: ValidationSpec, first: number, last: number) => ({
    spec: s,
    first,
    last,
    bodyFirst: s.row,
    bodyLast: s.row + s.numRows - 1,
  });

  test('nothing to read when the box holds no declared cell', () => {
    expect(ruleRead(box, [], 50)).toBeUndefined();
  });

  test('the read spans the box and the declared bodies; open past the rows known to exist; whole when it is the box', () => {
    expect(ruleRead(box, [declared(s2, 5, 7)], 200)).toEqual({ top: 1, bottom: 100, open: false, whole: false });
    expect(ruleRead(box, [declared(s2, 5, 7)], 60)).toEqual({ top: 1, bottom: 100, open: true, whole: false });
    const own = spec(3, 5, 3);
    expect(ruleRead(box, [declared(own, 5, 7)], 7)).toEqual({ top: 5, bottom: 7, open: false, whole: true });
  });

  // Rules as plain strings: core passes them through without asking what they are.
  test('each declared cell takes the nearest non-null rule of its column outside the box; other cells keep theirs', () => {
    // Rows 1..10 over columns 2..4 (the box is rows 5..7).
    const read: (string | null)[][] = [
      ['a1', 'u', 'c1'],
      ['a2', null, null],
      [null, null, 'c3'],
      ['a4', null, null],
      [null, 'own', 'pasted'], // 5: the box
      [null, null, null], // 6
      ['foreign', null, null], // 7
      [null, null, 'c8'],
      ['a9', null, null],
      [null, null, null],
    ];
    const built: ValidationSpec[] = [];
    const { rules, built: n } = restoredRules(box, [declared(s2, 5, 7), declared(s4, 6, 7)], read, 1, (s) => {
      built.push(s);
      return 'built';
    });
    expect(rules).toEqual([
      ['a4', 'own', 'pasted'], // column 4 is declared on rows 6..7 only here: row 5 keeps what it holds
      ['a4', null, 'c8'],
      ['a4', null, 'c8'],
    ]);
    expect(n).toBe(0);
    expect(built).toEqual([]);
  });

  test('a column with no rule outside the box in its body is built, once; a rule of another table never lends', () => {
    // s4's body is rows 5..8; the rule on row 9 belongs to another table's body.
    const short = spec(4, 5, 4);
    const read: (string | null)[][] = [
      [null, null, null], // 5
      [null, null, null],
      [null, null, null], // 7
      [null, null, null], // 8
      ['a9', null, 'other'], // 9
    ];
    const built: ValidationSpec[] = [];
    const { rules, built: n } = restoredRules(box, [declared(s2, 5, 7), declared(short, 5, 7)], read, 5, (s) => {
      built.push(s);
      return `built ${s.column}`;
    });
    expect(rules).toEqual([
      ['a9', null, 'built 4'],
      ['a9', null, 'built 4'],
      ['a9', null, 'built 4'],
    ]);
    expect(n).toBe(1);
    expect(built).toEqual([short]);
  });

  test('an open read that holds fewer rows than asked: the rows past it lend nothing', () => {
    const read: (string | null)[][] = [
      [null, null, null], // 5
      [null, null, null],
      [null, null, null], // 7
    ];
    const { rules, built } = restoredRules(box, [declared(s2, 5, 7)], read, 5, () => 'built');
    expect(rules.map((line) => line[0])).toEqual(['built', 'built', 'built']);
    expect(built).toBe(1);
  });
});
