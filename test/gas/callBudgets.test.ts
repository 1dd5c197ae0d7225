/**
 * Service-call budgets of the add-on's jobs, through the built bundle over the counting fake, at two
 * ward sizes. Each budget is a formula of the workbook's tab count (and of what the job must write),
 * so a call added per tab or per row fails here. Calls are counted as the fake counts them (every
 * `Class.method`). The constants are the levels the code reaches (docs/ARCHITECTURE.md, "Service
 * calls per job"); with them the issue-11 targets hold at 200 clubs (npm run bench prints them):
 * check and roll-up ≤ 3 calls per tab + 40, set-up again ≤ 12 calls per club tab, an on-edit check ≤ 20.
 */
import { PASTED_ROWS } from '../../bench/gasJobs';
import { generateDemoWard } from '../../src/core/demo';
import { type Grid, locateTables } from '../../src/core/parse/locate';
import { SHEETS } from '../../src/core/schema/sheets';
import { MEMBERS } from '../../src/core/schema/tables';
import { type FakeRange, loadBundle } from '../fakes/gas';
import { type Loaded, loadAddOn, writeGrids } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

/**
 * Per tab a job reads its name and its values (Sheet.getSheetValues, one call), and the sheet id of
 * each tab an output links to. Beyond that a constant: lock, log row, output discovery and commit,
 * locale, access check, protections of the new outputs; a first roll-up draws four output tabs (each
 * about 30 calls: staging, marker, header, formats, widths, protection) and Biểu đồ's charts.
 */
const CHECK_CONSTANT = 70;
const ROLLUP_CONSTANT = 165;
/** Biểu đồ: per chart newChart, setChartType, getRange, addRange, setPosition, the title, the height of a tall chart, build, insertChart (was 14). */
const PER_CHART = 9;
/**
 * A roll-up whose outputs keep their layout (the same clubs, targets and language): Kiểm tra, which
 * links to cells, is drawn anew (about 32 calls with its protection); Tổng hợp, Theo CLB and Biểu đồ
 * are written in place (getRange, getValues, setValues; with colours getBackgrounds, setBackgrounds;
 * Biểu đồ's getCharts), their protections asked (one call each); discovery, lock, log row, access,
 * locale the rest. Was 195 + 9 per chart (every chart rebuilt and every tab drawn on every run).
 */
const ROLLUP_AGAIN_CONSTANT = 100;
/** Tabs written in place read their block once (Range.getValues): what a failure writes back. */
const IN_PLACE_TABS = 3;
/**
 * Set-up again on a ward already right, per tab: its name and values, the rules block (getRange, its
 * rules, its formats) and the protection (getProtections, isWarningOnly, getEditors, an e-mail per
 * editor, canDomainEdit): 11 with the demo's two editors. Plus the run's constant, and the getters of
 * each distinct rule object compared (4 per declared rule, write.ts RuleKeys; they read no spreadsheet).
 */
const SETUP_PER_TAB = 11;
const SETUP_CONSTANT = 15;
const DECLARED_RULES = 40;
/**
 * The on-edit check (issue 11: ≤ 20), in the same execution as set-up or in a fresh one (every trigger
 * run): the range's sheet, name, row, column and size (6), the tab's values, the range's notes, the
 * rules of its columns over the declared body rows (getRange, getDataValidations) and the range's
 * rules written (setDataValidations): 11 for a typed clean cell; a pasted block with marks adds its
 * colours read, notes and colours written and the locale: 15. Each declared cell takes its column's
 * rule from an intact row of the table, so nothing is built (was 5 builder calls per rule column in a
 * fresh execution: 69 for the pasted block).
 */
const EDIT_TYPED = 11;
const EDIT_PASTED = 15;
/** The bench's pasted block: its 15 columns with a declared rule, 11 distinct rules among them (several yes/no lists share one). */
const PASTED_RULE_COLUMNS = 15;
const PASTED_RULES = 11;

function chartCount(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().reduce((n, s) => n + s.getCharts().length, 0));
}

function counted(loaded: Loaded, job: () => void): { total: number; calls: Record<string, number> } {
  loaded.env.calls.reset();
  job();
  const result = { total: loaded.env.calls.total(), calls: loaded.env.calls.snapshot() };
  loaded.env.calls.reset();
  return result;
}

function chartsSheetId(loaded: Loaded): number | undefined {
  return loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheetByName(SHEETS.charts)?.getSheetId());
}

function tabCount(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => loaded.env.spreadsheet.getSheets().length);
}

/** Tabs the outputs link to: the HYPERLINK gids in the workbook's formulas (a job reads each linked tab's id once). */
function linkedTabs(loaded: Loaded): number {
  return loaded.env.calls.uncounted(() => {
    const gids = new Set<string>();
    for (const sheet of loaded.env.spreadsheet.getSheets())
      for (const row of sheet.getDataRange().getFormulas()) for (const f of row) for (const m of f.matchAll(/#gid=(\d+)/g)) gids.add(m[1]);
    return gids.size;
  });
}

/** Calls that read a tab's values, whichever way. */
const valueReads = (calls: Record<string, number>) => (calls['Sheet.getSheetValues'] ?? 0) + (calls['Range.getValues'] ?? 0);

/** Calls that build a rule (in the script; none reaches the spreadsheet). */
const building = (calls: Record<string, number>) =>
  Object.entries(calls)
    .filter(([name]) => name.startsWith('DataValidationBuilder.') || name === 'SpreadsheetApp.newDataValidation')
    .reduce((n, [, c]) => n + c, 0);

/** A range's rules as users see them ('' for none), read without counting. */
function ruleKeysOf(loaded: Loaded, range: FakeRange): string[][] {
  return loaded.env.calls.uncounted(() =>
    range
      .getDataValidations()
      .map((line) =>
        line.map((r) => (r ? JSON.stringify([r.getCriteriaType(), r.getCriteriaValues(), r.getAllowInvalid(), r.getHelpText()]) : '')),
      ),
  );
}

/** The bench's pasted block: the first PASTED_ROWS rows of CLB01's member register, every column (uncounted). */
function pastedBlock(loaded: Loaded, grids: Record<string, Grid>): FakeRange {
  return loaded.env.calls.uncounted(() => {
    const sheet = loaded.env.spreadsheet.getSheetByName('CLB01')!;
    const located = locateTables(grids.CLB01!, [MEMBERS]).get(MEMBERS.id)!;
    const columns = [...located.columns.values()];
    const left = Math.min(...columns);
    return sheet.getRange(located.headerRow + 2, left + 1, PASTED_ROWS, Math.max(...columns) - left + 1);
  }) as FakeRange;
}

/**
 * The three edits of the budget, each made before its check (uncounted), with the rules the range
 * must hold afterwards: (a) the block pasted over itself (Sheets carries the rules along), (b) one
 * gender typed, (c) the block pasted from cells without rules (its rules wiped), the rest of the
 * register intact.
 */
function* edits(
  loaded: Loaded,
  grids: Record<string, Grid>,
): Generator<{ name: string; range: FakeRange; budget: number; rules: string[][] }> {
  const block = pastedBlock(loaded, grids);
  const rules = ruleKeysOf(loaded, block);
  expect(rules.flat().filter((k) => k !== '').length).toBe(PASTED_ROWS * PASTED_RULE_COLUMNS);
  loaded.env.calls.uncounted(() => block.setValues(block.getValues()));
  yield { name: '(a) pasted, rules intact', range: block, budget: EDIT_PASTED, rules };
  const cell = loaded.env.calls.uncounted(() => {
    const located = locateTables(grids.CLB01!, [MEMBERS]).get(MEMBERS.id)!;
    const cell = block.getSheet().getRange(block.getRow(), located.columns.get('gender')! + 1);
    cell.setValue(cell.getValue() === 'Nam' ? 'Nữ' : 'Nam');
    return cell as FakeRange;
  });
  yield { name: '(b) typed', range: cell, budget: EDIT_TYPED, rules: ruleKeysOf(loaded, cell) };
  loaded.env.calls.uncounted(() => {
    block.setValues(block.getValues());
    block.setDataValidations(block.getValues().map((line) => line.map(() => null)));
  });
  expect(
    ruleKeysOf(loaded, block)
      .flat()
      .every((k) => k === ''),
  ).toBe(true);
  yield { name: '(c) pasted, rules wiped', range: block, budget: EDIT_PASTED, rules };
}

describe.each([6, 60])('call budgets at %i clubs', (clubs) => {
  const { grids } = generateDemoWard({ clubs, membersPerClub: [20, 25], today: '2026-11-22' });
  let loaded: Loaded;

  beforeAll(() => {
    loaded = loadAddOn();
    loaded.app.menuSetUp();
    writeGrids(loaded.env, grids);
    // The first set-up on the filled ward installs the rules and protections its tabs were written without.
    loaded.app.menuSetUp();
    loaded.env.ui.alerts.length = 0;
  });

  test('Kiểm tra dữ liệu: a name and one value read per tab, one id per linked tab, the rest constant', () => {
    const { total, calls } = counted(loaded, () => loaded.app.menuCheck());
    const tabs = tabCount(loaded);
    const linked = linkedTabs(loaded);
    expect(valueReads(calls)).toBeLessThanOrEqual(tabs + 2);
    expect(calls['Sheet.getSheetId'] ?? 0).toBe(linked);
    expect(total).toBeLessThanOrEqual(2 * tabs + linked + CHECK_CONSTANT);
  });

  test('Tổng hợp chỉ tiêu: the same reads; a second run (club lines unchanged) writes a constant number of cells', () => {
    const first = counted(loaded, () => loaded.app.menuRollUp());
    const tabs = tabCount(loaded);
    const linked = linkedTabs(loaded);
    // The first roll-up writes each club's standard line (getRange ×2, marker read and add, re-read, write, tab colour).
    const charts = chartCount(loaded);
    expect(first.calls['Sheet.insertChart']).toBe(charts);
    expect(first.total).toBeLessThanOrEqual(2 * tabs + linked + ROLLUP_CONSTANT + PER_CHART * charts + 7 * clubs);
    const chartsTab = chartsSheetId(loaded);
    const again = counted(loaded, () => loaded.app.menuRollUp());
    expect(again.calls['Range.setValue'] ?? 0).toBe(0);
    // Biểu đồ's layout is the same: its values are written in place, no chart is built, the tab stays.
    expect(again.calls['Sheet.newChart'] ?? 0).toBe(0);
    expect(again.calls['Sheet.insertChart'] ?? 0).toBe(0);
    expect(chartsSheetId(loaded)).toBe(chartsTab);
    expect(chartCount(loaded)).toBe(charts);
    expect(valueReads(again.calls)).toBeLessThanOrEqual(tabs + 2 + IN_PLACE_TABS);
    expect(again.total).toBeLessThanOrEqual(2 * tabs + linked + ROLLUP_AGAIN_CONSTANT);
  });

  test('a new period rewrites every club line: 6 calls a club, the tab colour only where the result changed', () => {
    const colours = () =>
      loaded.env.calls.uncounted(() =>
        loaded.env.spreadsheet.getSheets().map((s): [string, string | null] => [s.getName(), s.getTabColor()]),
      );
    const before = new Map(colours());
    loaded.env.calls.uncounted(() => {
      const settings = loaded.env.spreadsheet.getSheetByName(SHEETS.settings)!;
      const row = settings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'year');
      settings.getRange(row + 1, 3).setValue(2025);
    });
    const { total, calls } = counted(loaded, () => loaded.app.menuRollUp());
    const tabs = tabCount(loaded);
    const linked = linkedTabs(loaded);
    const charts = calls['Sheet.insertChart'] ?? 0;
    // Every club's line names the period, so every line is written; its tab colour follows its result,
    // read here from the line itself (green: meets the standard, red: not yet, none: not assessed).
    const recoloured = colours().filter(([name, colour]) => before.has(name) && before.get(name) !== colour).length;
    loaded.env.calls.uncounted(() => {
      for (const sheet of loaded.env.spreadsheet.getSheets().filter((s) => /^CLB\d+$/.test(s.getName()))) {
        const line = String(sheet.getRange('A3').getValue());
        expect(line).toMatch(/^Chuẩn CLB \(năm 2025\): /);
        const want = /: Đạt chuẩn$/.test(line) ? '#d9ead3' : /: Chưa đạt/.test(line) ? '#f4cccc' : null;
        expect([sheet.getName(), sheet.getTabColor()]).toEqual([sheet.getName(), want]);
      }
    });
    for (const perClub of ['Range.getDeveloperMetadata', 'DeveloperMetadata.getKey', 'Range.getValue', 'Range.setValue'])
      expect([perClub, calls[perClub]]).toEqual([perClub, clubs]);
    expect(calls['Sheet.setTabColor'] ?? 0).toBe(recoloured);
    expect(recoloured).toBeLessThan(clubs);
    // The outputs' layout changed with the period (Biểu đồ's charts too): drawn anew, as on a first run.
    expect(total).toBeLessThanOrEqual(2 * tabs + linked + ROLLUP_CONSTANT + PER_CHART * charts + 6 * clubs + recoloured);
  });

  test('the on-edit check: a pasted block with its rules intact or wiped, a typed cell, whatever the rows', () => {
    for (const edit of edits(loaded, grids)) {
      const { total, calls } = counted(loaded, () => loaded.app.onEditCheck({ range: edit.range }));
      expect([edit.name, total]).toEqual([edit.name, edit.budget]);
      expect(Object.keys(calls).filter((name) => name.startsWith('DataValidation.'))).toEqual([]);
      expect(calls['Range.setDataValidations']).toBe(1);
      expect(ruleKeysOf(loaded, edit.range)).toEqual(edit.rules);
    }
  });

  test("the report wizard's Tạo báo cáo reads each tab once, under the lock (its check of the ward's problems included)", () => {
    const { calls } = counted(loaded, () => {
      const made = loaded.app.wizardMakeReport({ kind: 'h1', period: '2026-H1', provisional: false }) as { ok: boolean };
      expect(made.ok).toBe(true);
    });
    const tabs = tabCount(loaded);
    expect(valueReads(calls)).toBeLessThanOrEqual(tabs + 2);
    expect(calls['Sheet.getName'] ?? 0).toBeLessThanOrEqual(tabs + 12);
  });

  test('Thiết lập sổ phường again: what is already right costs reads only', () => {
    const { total, calls } = counted(loaded, () => loaded.app.menuSetUp());
    const tabs = tabCount(loaded);
    const getters = Object.entries(calls)
      .filter(([name]) => name.startsWith('DataValidation.'))
      .reduce((n, [, c]) => n + c, 0);
    for (const write of [
      'Range.setDataValidations',
      'Range.setNumberFormats',
      'Sheet.protect',
      'Protection.addEditors',
      'Protection.setDescription',
    ])
      expect(calls[write] ?? 0).toBe(0);
    expect(total - getters).toBeLessThanOrEqual(SETUP_PER_TAB * tabs + SETUP_CONSTANT);
    expect(getters).toBeLessThanOrEqual(4 * DECLARED_RULES);
  });

  // Last: they load more copies of the bundle over the same fake, which the jobs above must not share.
  test('the on-edit check in a fresh execution (every trigger run) costs the same: no rule is built while an intact one is in its table', () => {
    for (const edit of edits(loaded, grids)) {
      const fresh = loadBundle(loaded.env, 'dist') as Loaded['app'];
      const { total, calls } = counted(loaded, () => fresh.onEditCheck({ range: edit.range }));
      expect([edit.name, total]).toEqual([edit.name, edit.budget]);
      expect(building(calls)).toBe(0);
      expect(Object.keys(calls).filter((name) => name.startsWith('DataValidation.'))).toEqual([]);
      expect(ruleKeysOf(loaded, edit.range)).toEqual(edit.rules);
    }
  });

  test('the worst case, no intact rule left in any column of the pasted block, builds each rule once with one builder', () => {
    const { range, rules } = loaded.env.calls.uncounted(() => {
      const range = pastedBlock(loaded, grids);
      const rules = ruleKeysOf(loaded, range);
      // Every rule below the register's header gone, in the block's columns.
      const sheet = range.getSheet();
      const below = sheet.getRange(range.getRow(), range.getColumn(), sheet.getMaxRows() - range.getRow() + 1, range.getNumColumns());
      below.setDataValidations(below.getValues().map((line) => line.map(() => null)));
      return { range, rules };
    });
    const fresh = loadBundle(loaded.env, 'dist') as Loaded['app'];
    const { total, calls } = counted(loaded, () => fresh.onEditCheck({ range }));
    expect(ruleKeysOf(loaded, range)).toEqual(rules);
    // One builder for the execution; per distinct rule its criteria, help text and build; setAllowInvalid
    // only when a list rule (rejects) follows a warning one or the reverse (5 times here): 39 calls in
    // the script (5 per rule before, 55), on top of the 15 of an intact block: 54 (69 before).
    expect(calls['SpreadsheetApp.newDataValidation']).toBe(1);
    expect(calls['DataValidationBuilder.build']).toBe(PASTED_RULES);
    expect(calls['DataValidationBuilder.setHelpText']).toBe(PASTED_RULES);
    expect(calls['DataValidationBuilder.setAllowInvalid'] ?? 0).toBeLessThanOrEqual(PASTED_RULES - 1);
    expect(building(calls)).toBeLessThanOrEqual(1 + 4 * PASTED_RULES - 1);
    expect(total - building(calls)).toBe(EDIT_PASTED);
    expect(total).toBeLessThanOrEqual(54);
  });
});
