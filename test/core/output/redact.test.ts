/**
 * Personal data in its place: the Kiểm tra tab and the default JSON quote no name, birth year, age
 * or cell value; the officers' private lists carry them. Names are read from the cells by
 * test/personNames.ts, not by the core's parser.
 */
import { generateDemoWard } from '../../../src/core/demo';
import { MESSAGE_KEYS, REDACTED_KEYS, redactedVariant, translate } from '../../../src/core/i18n/messages';
import { issueMessage } from '../../../src/core/issues';
import { rollUpGrids } from '../../../src/core/jobs';
import { rollUpJson } from '../../../src/core/output/json';
import { longevitySheet, pensionSheet } from '../../../src/core/output/policyLists';
import { isOwnListTab, ownListTabs, PRIVATE_SHEETS, privateLists } from '../../../src/core/output/privateLists';
import { hasPersonalParams, sharedIssueMessage } from '../../../src/core/output/redact';
import { isLinkCell } from '../../../src/core/output/types';
import { parsePeriod } from '../../../src/core/period';
import { longevityList, socialPensionList } from '../../../src/core/policy';
import { SHEETS } from '../../../src/core/schema/sheets';
import type { Cell } from '../../../src/core/values';
import { namesIn, personNames } from '../../personNames';

const TODAY = '2026-11-22';
const demo = generateDemoWard({ today: TODAY });
const names = personNames(demo.grids);
const result = rollUpGrids(demo.grids, parsePeriod('2026')!, TODAY);
const params = (template: string) => new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** Messages an Issue can carry: the reading, table, club, rule, setting and target families. */
const ISSUE_FAMILIES = /^(value|table|club|rule|setting|target)\./;
/** Parameter names that always stand for something personal in an issue message. */
const PERSONAL_NAMES = ['name', 'year', 'age', 'value', 'suggestion', 'birth', 'born'];

describe('the catalogue gives every issue message with a personal parameter a variant without it', () => {
  const issueKeys = MESSAGE_KEYS.filter((k) => ISSUE_FAMILIES.test(k));

  test('a new issue message quoting a name, year, age or value fails here until it has its variant', () => {
    const missing = issueKeys.flatMap((key) => {
      const used = [...params(translate(key, {}, 'vi')), ...params(translate(key, {}, 'en'))];
      const personal = used.filter((p) => PERSONAL_NAMES.includes(p));
      const declared = redactedVariant(key)?.personal ?? [];
      return personal.filter((p) => !declared.includes(p)).map((p) => `${key}: {${p}}`);
    });
    expect(missing).toEqual([]);
    expect(issueKeys.length).toBeGreaterThan(30);
  });

  test.each(REDACTED_KEYS)('%s: personal parameters are the full message’s, and neither language of the variant uses them', (key) => {
    const variant = redactedVariant(key)!;
    for (const lang of ['vi', 'en'] as const) {
      const full = params(translate(key, {}, lang));
      for (const p of variant.personal) expect(full).toContain(p);
      const shared = params(variant[lang]);
      for (const p of variant.personal) expect(shared).not.toContain(p);
      // Only the full message's other parameters, or the issue's own row.
      for (const p of shared) expect([...full, 'thisRow']).toContain(p);
    }
    expect(params(variant.vi)).toEqual(params(variant.en));
  });
});

describe('the demo ward’s issues', () => {
  test('the full messages quote names (so the test below can fail); the shared ones never do', () => {
    expect(names.length).toBeGreaterThan(300);
    const full = result.issues.map((i) => ({ where: `${i.sheet}!${i.a1}`, text: issueMessage(i) }));
    expect(namesIn(full, names).length).toBeGreaterThanOrEqual(2);
    for (const lang of ['vi', 'en'] as const) {
      const shared = result.issues.map((i) => ({ where: `${i.sheet}!${i.a1}`, text: sharedIssueMessage(i, lang) }));
      expect(namesIn(shared, names)).toEqual([]);
      for (const { text } of shared) expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  test('a duplicate person reads "Một người có hai dòng trong CLB này (dòng 12 và 30)", with no birth year', () => {
    const dup = result.issues.find((i) => i.messageKey === 'rule.member.duplicateInClub')!;
    const thisRow = Number(/\d+$/.exec(dup.a1)![0]);
    expect(sharedIssueMessage(dup)).toBe(`Một người có hai dòng trong CLB này (dòng ${dup.params.row} và ${thisRow}). Xóa dòng trùng.`);
    expect(issueMessage(dup)).toContain(String(dup.params.year));
    const dotted = result.issues.find((i) => i.messageKey === 'value.year.separator')!;
    expect(sharedIssueMessage(dotted)).toBe('Năm sinh có dấu chấm hoặc dấu phẩy. Ghi năm không có dấu, ví dụ 1950.');
    expect(sharedIssueMessage(dotted)).not.toContain(String(dotted.params.value));
  });

  test('Kiểm tra has no name in any cell, and each issue keeps its link to the cell', () => {
    const check = result.sheets.find((s) => s.name === SHEETS.check)!;
    const texts = check.rows.flat().map((c, i) => ({ where: `cell ${i}`, text: isLinkCell(c) ? c.text : String(c ?? '') }));
    expect(namesIn(texts, names)).toEqual([]);
    const linked = check.rows.slice(3).filter((r) => isLinkCell(r[3]));
    expect(linked.length).toBe(result.issues.filter((i) => i.a1).length);
  });

  test('no shared output tab of the roll-up is a list of people', () => {
    expect(result.sheets.map((s) => s.name)).toEqual([SHEETS.summary, SHEETS.byClub, SHEETS.charts, SHEETS.check]);
    const texts = result.sheets.flatMap((s) =>
      s.rows.flat().map((c) => ({ where: s.name, text: isLinkCell(c) ? c.text : String(c ?? '') })),
    );
    expect(namesIn(texts, names)).toEqual([]);
  });
});

describe('the officers’ private lists', () => {
  const lists = privateLists(result.ward, result.issues, 2026, TODAY);
  const sheet = (name: string) => lists.sheets.find((s) => s.name === name)!;

  test('carry every person of both lists by name, and the full text of each issue the shared tab redacts', () => {
    const longevity = longevityList(result.ward, 2026);
    const pension = socialPensionList(result.ward, 2026);
    expect(longevity.length).toBeGreaterThan(0);
    expect(lists.counts).toEqual({
      longevity: longevity.length,
      pension: pension.length,
      fullCheck: result.issues.filter(hasPersonalParams).length,
    });
    expect(
      sheet(PRIVATE_SHEETS.longevity)
        .rows.slice(3)
        .map((r) => r[1]),
    ).toEqual(longevity.map((e) => e.member.name));
    expect(
      sheet(PRIVATE_SHEETS.pension)
        .rows.slice(3)
        .map((r) => r[1]),
    ).toEqual(pension.map((e) => e.member.name));
    const full = sheet(PRIVATE_SHEETS.fullCheck).rows.slice(3);
    expect(full.map((r) => r[4])).toEqual(result.issues.filter(hasPersonalParams).map((i) => issueMessage(i)));
    expect(
      namesIn(
        full.map((r) => ({ where: '', text: String(r[4]) })),
        names,
      ).length,
    ).toBeGreaterThanOrEqual(2);
    expect(lists.notice).toMatch(/Nghị định 13\/2023\/NĐ-CP/);
  });

  test('outside the workbook, links to its cells are written as text', () => {
    for (const s of lists.sheets) expect(s.rows.flat().filter(isLinkCell)).toEqual([]);
    expect(sheet(PRIVATE_SHEETS.longevity).rows[3].at(-1)).toMatch(/^CLB\d+![A-Z]+\d+$/);
  });
});

describe('an earlier version’s list tabs are recognised by their content, and a user’s tab never is', () => {
  const grid = (rows: unknown[][]) => rows.map((r) => r.map((c) => (isLinkCell(c) ? c.text : c))) as Cell[][];
  const oldLongevity = grid(longevitySheet(result.ward, 2025, '2025-12-01').rows);
  const oldPensionEn = grid(pensionSheet(result.ward, 2031, '2031-01-01', 'en').rows);

  test('what the add-on drew, in either language and for any year, is its own', () => {
    expect(isOwnListTab(SHEETS.longevity, oldLongevity)).toBe(true);
    expect(isOwnListTab(SHEETS.pension, oldPensionEn)).toBe(true);
    expect(
      ownListTabs([
        { name: SHEETS.longevity, grid: oldLongevity },
        { name: 'CLB01', grid: oldLongevity },
      ]),
    ).toEqual([SHEETS.longevity]);
  });

  test.each([
    ['another tab name', 'Mừng thọ 2025', oldLongevity],
    ['another title', SHEETS.longevity, [['Danh sách mừng thọ của tôi'], ...oldLongevity.slice(1)]],
    ['another header row', SHEETS.longevity, [...oldLongevity.slice(0, 2), ['STT', 'Họ và tên', 'Ghi chú'], ...oldLongevity.slice(3)]],
    ['a note typed beside the list', SHEETS.longevity, oldLongevity.map((r, i) => (i === 5 ? [...r, 'đã tặng quà'] : r))],
    ['the other list’s title', SHEETS.pension, oldLongevity],
    ['an empty tab', SHEETS.pension, []],
  ])('%s: kept', (_why, name, g) => {
    expect(isOwnListTab(name as string, g as Cell[][])).toBe(false);
  });
});

describe('rollup --json without names carries counts; with names, the people', () => {
  const plain = rollUpJson(result);
  const named = rollUpJson(result, 'vi', { withNames: true });

  test('no name, anywhere in the default JSON', () => {
    expect(namesIn([{ where: 'json', text: JSON.stringify(plain) }], names)).toEqual([]);
    expect(plain.longevity).not.toHaveProperty('people');
    expect(plain.socialPension).not.toHaveProperty('people');
  });

  test('the counts add up, by age and by club, to the list', () => {
    const longevity = longevityList(result.ward, 2026);
    expect(plain.longevity.count).toBe(longevity.length);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(plain.longevity.byClub)).toBe(longevity.length);
    expect(sum((plain.longevity as unknown as { byAge: Record<string, number> }).byAge)).toBe(longevity.length);
    expect(sum((plain.socialPension as unknown as { byGround: Record<string, number> }).byGround)).toBe(plain.socialPension.count);
  });

  test('--with-names lists each person with birth year and cell, and the full issue messages', () => {
    const people = (named.longevity as unknown as { people: Array<{ name: string; cell: string }> }).people;
    expect(people.map((p) => p.name)).toEqual(longevityList(result.ward, 2026).map((e) => e.member.name));
    for (const p of people) expect(names).toContain(p.name);
    expect(namesIn([{ where: 'json', text: JSON.stringify(named.issues) }], names).length).toBeGreaterThanOrEqual(2);
  });
});
