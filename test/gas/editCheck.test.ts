/**
 * The on-edit check puts back in-sheet rules a paste wiped or replaced, through the built bundle over
 * the strict fake. Each edit runs in a fresh copy of the bundle, as every trigger run is a fresh
 * Apps Script execution (no rule built by set-up is still in memory).
 */
import { generateDemoWard } from '../../src/core/demo';
import { SHEETS } from '../../src/core/schema/sheets';
import type { FakeDataValidation, FakeRange, FakeSheet, GasEnvironment } from '../fakes/gas';
import { createGasEnvironment, loadBundle } from '../fakes/gas';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 3, today: '2026-11-22' });

/** A rule as users see it (what the add-on compares); '' for no rule. */
function ruleKey(rule: FakeDataValidation | null): string {
  if (!rule) return '';
  return JSON.stringify([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]);
}

function ruleKeys(env: GasEnvironment, range: FakeRange): string[][] {
  return env.calls.uncounted(() => range.getDataValidations().map((line) => line.map(ruleKey)));
}

function allRuleKeys(env: GasEnvironment, sheet: FakeSheet): string[][] {
  return ruleKeys(
    env,
    env.calls.uncounted(() => sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())),
  );
}

/**
 * Fires the installable on-edit trigger for `range` in a fresh execution (a new copy of the bundle
 * over the same fake) and returns the calls it made (and only those).
 */
function fire({ env }: Loaded, range: FakeRange): Record<string, number> {
  const realm = env.context.realm;
  const trigger = loadBundle(env, 'dist') as Loaded['app'];
  env.calls.reset();
  trigger.onEditCheck({ range });
  const calls = env.calls.snapshot();
  env.calls.reset();
  env.context.realm = realm;
  return calls;
}

/** Calls that build a rule (in the script; none reaches the spreadsheet). */
const building = (calls: Record<string, number>) =>
  total(calls, 'DataValidationBuilder.') + (calls['SpreadsheetApp.newDataValidation'] ?? 0);

function total(calls: Record<string, number>, prefix = ''): number {
  return Object.entries(calls)
    .filter(([name]) => name.startsWith(prefix))
    .reduce((sum, [, n]) => sum + n, 0);
}

/** 1-based row of the header holding `header`, and that header's column. */
function headerCell(sheet: FakeSheet, header: string): { row: number; column: number } {
  const grid = sheet.getDataRange().getValues();
  const i = grid.findIndex((r) => r.includes(header));
  return { row: i + 1, column: grid[i].indexOf(header) + 1 };
}

interface RuleBuilder {
  requireValueInList(values: string[]): RuleBuilder;
  requireDate(): RuleBuilder;
  build(): FakeDataValidation;
}

/** A rule of the user's own, built through the fake SpreadsheetApp (uncounted). */
function ownRule(env: GasEnvironment, make: (b: RuleBuilder) => RuleBuilder): FakeDataValidation {
  return env.calls.uncounted(() => make((env.globals.SpreadsheetApp as { newDataValidation(): RuleBuilder }).newDataValidation()).build());
}

/** What a paste does: new values, and the pasted cells' data validation (here none) instead of ours. */
function paste(
  env: GasEnvironment,
  range: FakeRange,
  values: unknown[][],
  rules: Array<Array<FakeDataValidation | null>> | null = null,
): void {
  env.calls.uncounted(() => {
    range.setValues(values);
    range.setDataValidations(rules ?? values.map((line) => line.map(() => null)));
  });
}

function setUpWard(): Loaded & { club: FakeSheet } {
  const loaded = loadAddOn();
  writeGrids(loaded.env, demo.grids);
  loaded.app.menuSetUp();
  loaded.env.calls.reset();
  return { ...loaded, club: loaded.env.spreadsheet.getSheetByName('CLB01')! };
}

describe('the on-edit check restores wiped in-sheet rules', () => {
  test('a paste over member rows gets its dropdowns back on exactly those cells from the intact rows of the register, values untouched: one read and one write of rules, nothing built', () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const before = allRuleKeys(env, club);
    const name = env.calls.uncounted(() => headerCell(club, 'Họ và tên'));
    // Họ và tên, Năm sinh (no rules), Giới tính, Hộ nghèo/cận nghèo, Khuyết tật (dropdowns); rows 3–6 of the register.
    const block = env.calls.uncounted(() => club.getRange(name.row + 3, name.column, 4, 5));
    // The rule objects set-up left on the register's first row, above the pasted block.
    const intact = env.calls.uncounted(() => club.getRange(name.row + 1, name.column, 1, 5).getDataValidations()[0]);
    const other = env.spreadsheet.getSheetByName('CLB02')!;
    const pasted = env.calls.uncounted(() => other.getRange(name.row + 1, name.column, 4, 5).getValues());
    paste(env, block, pasted);
    expect(
      ruleKeys(env, block)
        .flat()
        .every((k) => k === ''),
    ).toBe(true);

    const calls = fire(ward, block);

    expect(allRuleKeys(env, club)).toEqual(before);
    const rules = env.calls.uncounted(() => block.getDataValidations());
    expect(env.calls.uncounted(() => rules.map((line) => line.map((r) => (r ? r.getCriteriaType() : null))))).toEqual(
      Array(4).fill([null, null, 'VALUE_IN_LIST', 'VALUE_IN_LIST', 'VALUE_IN_LIST']),
    );
    expect(
      env.calls.uncounted(() => [rules[0][2]!.getCriteriaValues()[0], rules[0][2]!.getHelpText(), rules[0][2]!.getAllowInvalid()]),
    ).toEqual([['Nam', 'Nữ'], 'Nam hoặc Nữ', false]);
    // Each restored cell holds the rule object an intact row of its column holds (the fake shares one
    // object per rule set-up wrote): taken from there, not built again.
    for (const line of rules) for (const c of [2, 3, 4]) expect(line[c]).toBe(intact[c]);
    expect(env.calls.uncounted(() => block.getValues())).toEqual(pasted);
    expect(
      env.calls
        .uncounted(() => block.getNotes())
        .flat()
        .every((n) => n === ''),
    ).toBe(true);

    // Spreadsheet round trips: 3 reads (values, notes, the rules of the block's columns over the
    // register's body) and the one write of rules; no values, notes or colours written.
    expect(calls).toMatchObject({
      'Sheet.getSheetValues': 1,
      'Range.getNotes': 1,
      'Range.getDataValidations': 1,
      'Range.setDataValidations': 1,
    });
    for (const name of [
      'Range.getBackgrounds',
      'Range.setValues',
      'Range.setValue',
      'Range.setDataValidation',
      'Range.setNotes',
      'Range.setBackgrounds',
    ])
      expect(calls[name]).toBeUndefined();
    // The rules are read over the register's body in the block's columns (one getRange), written on the block itself.
    expect(calls['Sheet.getRange']).toBe(1);
    // The 4 above + getSheet, getRow, getColumn, getNumRows, getNumColumns + Sheet getName, getRange.
    expect(total(calls, 'Range.') + total(calls, 'Sheet.')).toBe(11);
    // Nothing built in this fresh execution, no rule getter, no locale (no mark, so no language asked).
    expect(building(calls)).toBe(0);
    expect(total(calls)).toBe(11);

    const again = fire(ward, block);
    expect(allRuleKeys(env, club)).toEqual(before);
    // Intact rules are written again without comparing, the same 11 calls: cheaper than four
    // DataValidation getters per cell.
    expect(again).toEqual(calls);
    expect(total(again, 'DataValidation.')).toBe(0);
  });

  test("a rule pasted from another column is replaced by the column's own, from an intact row; cells without a declared rule keep theirs", () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const before = allRuleKeys(env, club);
    const { household, genderRule, edited } = env.calls.uncounted(() => {
      const gender = headerCell(club, 'Giới tính');
      return {
        household: club.getRange(gender.row + 2, gender.column + 1, 3, 1),
        genderRule: club.getRange(gender.row + 1, gender.column).getDataValidation(),
        // The edited range is wider than the damage: from Họ và tên to Hộ nghèo/cận nghèo.
        edited: club.getRange(gender.row + 1, gender.column - 2, 5, 4),
      };
    });
    const values = [['Không'], ['Nghèo'], ['Không']];
    paste(env, household, values, [[genderRule], [genderRule], [genderRule]]);

    const calls = fire(ward, edited);

    expect(allRuleKeys(env, club)).toEqual(before);
    expect(env.calls.uncounted(() => household.getValues())).toEqual(values);
    // Not null, so not told from ours without four getters per cell: every declared cell of the range
    // is written with its column's rule, whatever it holds. One read over the body, one write on the range.
    expect(calls['Range.setDataValidations']).toBe(1);
    expect(calls['Range.getDataValidations']).toBe(1);
    expect(calls['Sheet.getRange']).toBe(1);
    expect(total(calls, 'DataValidation.')).toBe(0);
    expect(building(calls)).toBe(0);
  });

  test("a user's own rule on a column without a declared rule is kept", () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const { role, cell, block, own } = env.calls.uncounted(() => {
      const note = headerCell(club, 'Ghi chú');
      const cell = club.getRange(note.row + 1, note.column);
      const own = ownRule(env, (b) => b.requireValueInList(['Chuyển đi']));
      cell.setDataValidation(own);
      return { role: club.getRange(note.row + 1, note.column - 1), cell, block: club.getRange(note.row + 1, note.column - 1, 1, 2), own };
    });
    paste(env, role, [['Thành viên']]);
    fire(ward, block);
    expect(env.calls.uncounted(() => cell.getDataValidation())).toBe(own);
    expect(ruleKeys(env, role)[0][0]).toContain('Chủ nhiệm');
  });

  test("a paste across a column without a declared rule restores the rules on both sides and keeps the user's own rule between them", () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const before = allRuleKeys(env, club);
    const { block, nameCell, own } = env.calls.uncounted(() => {
      const name = headerCell(club, 'Họ và tên');
      const gender = headerCell(club, 'Giới tính');
      const own = ownRule(env, (b) => b.requireValueInList(['Bà', 'Ông']));
      const nameCell = club.getRange(name.row + 2, name.column);
      nameCell.setDataValidation(own);
      // STT (a rule), Họ và tên and Năm sinh (none declared), Giới tính (a dropdown); two register rows.
      return { block: club.getRange(name.row + 1, name.column - 1, 2, gender.column - name.column + 2), nameCell, own };
    });
    const values = env.calls.uncounted(() => block.getValues());
    const kept = env.calls.uncounted(() => block.getDataValidations().map((line) => line.map((r) => r)));
    paste(
      env,
      block,
      values,
      kept.map((line, r) => line.map((rule, c) => (r === 1 && c === 1 ? rule : null))),
    );

    const calls = fire(ward, block);

    expect(env.calls.uncounted(() => nameCell.getDataValidation())).toBe(own);
    env.calls.uncounted(() => nameCell.setDataValidation(null));
    expect(allRuleKeys(env, club)).toEqual(before);
    expect(env.calls.uncounted(() => block.getValues())).toEqual(values);
    // The block's cells without a declared rule: their rules come in the one read (over the
    // register's body, a getRange) and are written back as they are, on the range itself.
    expect(calls['Range.getDataValidations']).toBe(1);
    expect(calls['Range.setDataValidations']).toBe(1);
    expect(calls['Sheet.getRange']).toBe(1);
    expect(building(calls)).toBe(0);
  });

  test('a typed edit of one cell costs a few calls in a fresh execution: a clean value 11, a wrong one without a declared rule 12 (its mark written)', () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const cell = env.calls.uncounted(() => {
      const gender = headerCell(club, 'Giới tính');
      return club.getRange(gender.row + 1, gender.column);
    });
    const value = env.calls.uncounted(() => cell.getValue());
    env.calls.uncounted(() => cell.setValue(value === 'Nam' ? 'Nữ' : 'Nam'));
    const clean = fire(ward, cell);
    // getSheet, getName, getRow, getColumn, getNumRows, getNumColumns, the tab's values, the cell's
    // note, the column's rules over the register's body (getRange, getDataValidations), its rule written.
    expect(total(clean)).toBe(11);
    expect(clean['Range.setDataValidations']).toBe(1);
    expect(building(clean)).toBe(0);

    const year = env.calls.uncounted(() => club.getRange(cell.getRow(), headerCell(club, 'Năm sinh').column));
    env.calls.uncounted(() => year.setValue(1820));
    const wrong = fire(ward, year);
    // No declared rule on Năm sinh: no rule written; the note and colour read and written, and the locale for the note's language.
    expect(wrong).toMatchObject({
      'Range.getNotes': 1,
      'Range.getBackgrounds': 1,
      'Range.setNotes': 1,
      'Range.setBackgrounds': 1,
      'Session.getActiveUserLocale': 1,
    });
    expect(total(wrong)).toBe(12);
    expect(env.calls.uncounted(() => year.getNote())).toMatch(/^⚠ /);
  });

  test('a range across two sections gets rules on the body rows only, never on the title and header between them', () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const block = env.calls.uncounted(() => {
      // Users removed most blank rows of the register: its body is now shorter than the 75 rows setup
      // left, so the rules validationsFor gives the register reach into the meetings section.
      const name = headerCell(club, 'Họ và tên');
      const title = headerCell(club, 'Ngày sinh hoạt').row - 1;
      const firstBlank =
        club
          .getDataRange()
          .getValues()
          .findIndex((r, i) => i >= name.row && r[name.column - 1] === '') + 1;
      club.deleteRows(firstBlank + 2, title - firstBlank - 2);
      const meetings = headerCell(club, 'Ngày sinh hoạt');
      expect(meetings.row - name.row - 2).toBeLessThan(75);
      // Two register rows, the meetings title and header, two meeting rows.
      return club.getRange(meetings.row - 3, 1, 6, 6);
    });
    const values = env.calls.uncounted(() => block.getValues());
    paste(env, block, values);

    fire(ward, block);

    const help = env.calls.uncounted(() => block.getDataValidations().map((line) => line.map((r) => (r ? r.getHelpText() : ''))));
    const yesNo = 'Có nếu buổi sinh hoạt có nội dung';
    expect(help.map((line) => line.map((h) => (h.startsWith(yesNo) ? yesNo : h)))).toEqual([
      // STT, (Họ và tên), (Năm sinh), Giới tính, Hộ nghèo/cận nghèo, Khuyết tật
      ['Số thứ tự', '', '', 'Nam hoặc Nữ', 'Nghèo, Cận nghèo hoặc Không', 'Có hoặc Không'],
      ['Số thứ tự', '', '', 'Nam hoặc Nữ', 'Nghèo, Cận nghèo hoặc Không', 'Có hoặc Không'],
      ['', '', '', '', '', ''], // II. SINH HOẠT ĐỊNH KỲ HẰNG THÁNG
      ['', '', '', '', '', ''], // its header
      // (Tháng), Ngày sinh hoạt, Số người dự, contents
      ['', 'dd/mm/yyyy', 'Số thành viên dự (không vượt quá số thành viên)', yesNo, yesNo, yesNo],
      ['', 'dd/mm/yyyy', 'Số thành viên dự (không vượt quá số thành viên)', yesNo, yesNo, yesNo],
    ]);
    expect(env.calls.uncounted(() => block.getValues())).toEqual(values);
  });

  test('a ward tab table gets its dropdown back', () => {
    const ward = setUpWard();
    const { env } = ward;
    const registry = env.spreadsheet.getSheetByName(SHEETS.clubs)!;
    const before = allRuleKeys(env, registry);
    const cell = env.calls.uncounted(() => registry.getRange(4, 6));
    paste(
      env,
      cell,
      env.calls.uncounted(() => cell.getValues()),
    );
    const calls = fire(ward, cell);
    expect(allRuleKeys(env, registry)).toEqual(before);
    expect(calls['Range.setDataValidations']).toBe(1);
  });

  test("every filled row of a ward tab's table pasted over: the rules come from the rows below it, room to type (a read to the sheet's last row), nothing built", () => {
    const ward = setUpWard();
    const { env } = ward;
    const registry = env.spreadsheet.getSheetByName(SHEETS.clubs)!;
    const before = allRuleKeys(env, registry);
    const { block, lastFilled } = env.calls.uncounted(() => {
      const grid = registry.getDataRange().getValues();
      const header = grid.findIndex((r) => r.includes('Tên CLB'));
      const width = grid[header].filter((h) => h !== '').length;
      return { block: registry.getRange(header + 2, 1, grid.length - header - 1, width), lastFilled: grid.length };
    });
    // The pasted rows are the table's last filled rows: no intact rule above them, only below the grid.
    expect(env.calls.uncounted(() => block.getRow() + block.getNumRows() - 1)).toBe(lastFilled);
    const declared = ruleKeys(env, block);
    expect(declared.flat().filter((k) => k !== '').length).toBeGreaterThan(0);
    paste(
      env,
      block,
      env.calls.uncounted(() => block.getValues()),
    );

    const calls = fire(ward, block);

    expect(allRuleKeys(env, registry)).toEqual(before);
    expect(building(calls)).toBe(0);
    expect(calls['Sheet.getRange']).toBe(1);
    expect(calls['Range.getDataValidations']).toBe(1);
    expect(calls['Range.setDataValidations']).toBe(1);
  });

  test('no intact rule left anywhere in a column of the table (the rare worst case): that rule alone is built, 5 calls in the script (newDataValidation, criteria, setAllowInvalid, help text, build)', () => {
    const ward = setUpWard();
    const { env, club } = ward;
    const { block, gender, wiped, intact } = env.calls.uncounted(() => {
      const name = headerCell(club, 'Họ và tên');
      const gender = headerCell(club, 'Giới tính');
      // Every rule of the Giới tính column below its header gone (the register's body and what lies below).
      const wiped = club.getRange(gender.row + 1, gender.column, club.getMaxRows() - gender.row, 1);
      wiped.setDataValidations(wiped.getValues().map(() => [null]));
      return {
        block: club.getRange(name.row + 3, name.column, 4, 5),
        gender,
        wiped,
        intact: club.getRange(name.row + 1, name.column, 1, 5).getDataValidations()[0],
      };
    });
    paste(
      env,
      block,
      env.calls.uncounted(() => block.getValues()),
    );

    const calls = fire(ward, block);

    const rules = env.calls.uncounted(() => block.getDataValidations());
    const offset = gender.column - env.calls.uncounted(() => block.getColumn());
    const built = rules[0][offset]!;
    expect(
      env.calls.uncounted(() => [built.getCriteriaType(), built.getCriteriaValues(), built.getAllowInvalid(), built.getHelpText()]),
    ).toEqual(['VALUE_IN_LIST', [['Nam', 'Nữ'], true], false, 'Nam hoặc Nữ']);
    for (const line of rules) {
      expect(line[offset]).toBe(built);
      for (const c of [3, 4]) expect(line[c]).toBe(intact[c]);
    }
    // Only the edited range is repaired: the rest of the column is Thiết lập sổ phường's to repair.
    expect(ruleKeys(env, wiped).filter(([k]) => k !== '').length).toBe(4);
    // The one rule built: SpreadsheetApp.newDataValidation, requireValueInList, setAllowInvalid(false)
    // (a new builder allows invalid input), setHelpText, build. The rest as for intact rules: 11.
    expect(calls).toMatchObject({
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireValueInList': 1,
      'DataValidationBuilder.setAllowInvalid': 1,
      'DataValidationBuilder.setHelpText': 1,
      'DataValidationBuilder.build': 1,
    });
    expect(building(calls)).toBe(5);
    expect(total(calls)).toBe(16);
  });

  test('output tabs and cells outside tables are left alone', () => {
    const ward = setUpWard();
    const { env, app, club } = ward;
    app.menuRollUp();
    const summary = env.spreadsheet.getSheetByName(SHEETS.summary)!;
    const outputBefore = allRuleKeys(env, summary);
    expect(
      fire(
        ward,
        env.calls.uncounted(() => summary.getRange(4, 1, 3, 3)),
      ),
    ).toEqual({ 'Range.getSheet': 1, 'Sheet.getName': 1 });
    expect(allRuleKeys(env, summary)).toEqual(outputBefore);

    // Columns to the right of every table of a club tab (with a rule of the user's), and the tab's title row.
    const { beside, title, own } = env.calls.uncounted(() => {
      const beside = club.getRange(1, 25, 10, 2);
      const own = ownRule(env, (b) => b.requireDate());
      beside.setDataValidation(own);
      return { beside, title: club.getRange(1, 1, 1, 5), own };
    });
    for (const range of [beside, title]) {
      const calls = fire(ward, range);
      expect(calls['Range.getDataValidations']).toBeUndefined();
      expect(calls['Range.setDataValidations']).toBeUndefined();
    }
    expect(
      env.calls
        .uncounted(() => beside.getDataValidations())
        .flat()
        .every((r) => r === own),
    ).toBe(true);
  });
});

describe('the fake Range data-validation methods are strict like Apps Script', () => {
  test('setDataValidations checks the dimensions and the elements; getDataValidations gives null for no rule', () => {
    const env = createGasEnvironment();
    const sheet = env.spreadsheet.getSheets()[0];
    const rule = ownRule(env, (b) => b.requireDate());
    const range = sheet.getRange('A1:B2');
    expect(() => range.setDataValidations([[rule, rule]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setDataValidations([[rule], [rule]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setDataValidations([
        [rule, 'x'],
        [null, null],
      ]),
    ).toThrow("don't match the method signature");
    expect(() => range.setDataValidations(rule)).toThrow("don't match the method signature");
    range.setDataValidations([
      [rule, null],
      [null, rule],
    ]);
    expect(range.getDataValidations()).toEqual([
      [rule, null],
      [null, rule],
    ]);
    expect(sheet.getRange('C3').getDataValidations()).toEqual([[null]]);
  });
});
