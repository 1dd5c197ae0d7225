/**
 * Personal data in its place, through the built dist/Code.js over the fake services: the tabs every
 * reader of the ward workbook sees carry no name; the named lists go into a Doc in the officer's own
 * report folder. Names come from the cells (test/personNames.ts), not from the core's parser.
 */
import { generateDemoWard } from '../../src/core/demo';
import { longevitySheet } from '../../src/core/output/policyLists';
import { isLinkCell } from '../../src/core/output/types';
import { parseWard } from '../../src/core/parse/parseWard';
import { longevityList, socialPensionList } from '../../src/core/policy';
import { SHEETS } from '../../src/core/schema/sheets';
import { FakeBody } from '../fakes/gas/document';
import { namesIn, personNames } from '../personNames';
import { loadAddOn, writeGrids } from './harness';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 3, today: TODAY });
const names = personNames(demo.grids);
const userTabs = new Set(Object.keys(demo.grids));

type Env = ReturnType<typeof loadAddOn>['env'];
/** Every cell of every tab the add-on wrote (every tab that is not one of the user's), as text. */
function outputTexts(env: Env): Array<{ where: string; text: string }> {
  return env.spreadsheet
    .getSheets()
    .filter((s) => !userTabs.has(s.getName()) && s.getName() !== 'Sheet1')
    .flatMap((s) =>
      s
        .getDataRange()
        .getValues()
        .flat()
        .map((v) => ({ where: s.getName(), text: String(v) })),
    );
}

describe('the shared workbook', () => {
  test('after check and roll-up, no tab the add-on wrote holds a member’s name, and no list of people is among them', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuCheck();
    app.menuRollUp();
    const tabs = env.spreadsheet.getSheets().map((s) => s.getName());
    expect(tabs).toEqual(expect.arrayContaining([SHEETS.summary, SHEETS.byClub, SHEETS.check, SHEETS.log]));
    expect(tabs).not.toContain(SHEETS.longevity);
    expect(tabs).not.toContain(SHEETS.pension);
    expect(names.length).toBeGreaterThan(100);
    const texts = outputTexts(env);
    expect(texts.length).toBeGreaterThan(200);
    expect(namesIn(texts, names)).toEqual([]);
    // Kiểm tra keeps each issue's link to its cell.
    const formulas = env.spreadsheet.getSheetByName(SHEETS.check)!.getDataRange().getFormulas();
    expect(formulas.flat().filter((f) => f.startsWith('=HYPERLINK("#gid=')).length).toBeGreaterThan(3);
    // The roll-up makes no document: named lists are made only when the officer asks.
    expect(env.documents.all()).toEqual([]);
  });

  test('an earlier version’s list tab is removed by the roll-up; a user’s tab of that name is kept', () => {
    const { env, app } = loadAddOn();
    const ward = parseWard(demo.grids, { today: TODAY });
    const old = longevitySheet(ward, 2026, TODAY).rows.map((r) => r.map((c) => (isLinkCell(c) ? c.text : c)));
    const users = [['Danh sách hưu trí xã hội của phường (tự lập)'], ['Nguyễn Văn Mẫu', 1950]];
    writeGrids(env, { ...demo.grids, [SHEETS.longevity]: old, [SHEETS.pension]: users });
    expect(namesIn(outputTexts(env), names).length).toBeGreaterThan(0);
    app.menuRollUp();
    expect(env.spreadsheet.getSheetByName(SHEETS.longevity)).toBeNull();
    expect(env.spreadsheet.getSheetByName(SHEETS.pension)!.getDataRange().getValues()).toEqual([[users[0][0], ''], users[1]]);
    expect(env.ui.toasts.at(-1)!.message).toContain(`Đã xóa trang ${SHEETS.longevity}`);
  });
});

describe('Danh sách chính sách (riêng cán bộ)', () => {
  test('makes a Doc in the officer’s report folder with both lists by name, links it, and changes no tab but the log', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuRollUp();
    const before = env.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()] as const);
    app.menuPrivateLists();
    expect(env.ui.alerts.map((a) => a.message)).toEqual([]);
    const docs = env.documents.all();
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect(doc.getName()).toMatch(/^Phường Bỉm Sơn – Danh sách chính sách năm 2026 \(riêng cán bộ\) – \d{2}\/\d{2}\/\d{4}$/);
    const file = env.drive.allFiles().find((f) => f.getId() === doc.getId())!;
    expect(env.drive.pathOf(file)).toEqual(['My Drive', 'Báo cáo CLB LTHTGN', doc.getName()]);
    const text = doc.getBody().getText();
    expect(text).toContain('Nghị định 13/2023/NĐ-CP');
    const ward = parseWard(demo.grids, { today: TODAY });
    const listed = [...longevityList(ward, 2026), ...socialPensionList(ward, 2026)].map((e) => e.member.name!);
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(text).toContain(name);
    // The issues the shared Kiểm tra tab shows without names, in full.
    expect(text).toContain('KIỂM TRA – NỘI DUNG ĐẦY ĐỦ');
    expect(names.filter((n) => text.includes(n) && !listed.includes(n)).length).toBeGreaterThan(0);
    expect(env.ui.dialogs.at(-1)!.html.getContent()).toContain(doc.getId());
    // The workbook: every tab as it was, the log one row longer, which names no one and links nothing.
    const after = new Map(env.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
    for (const [name, values] of before) if (name !== SHEETS.log) expect(after.get(name)).toEqual(values);
    const log = after.get(SHEETS.log)!;
    expect(log.length).toBe(before.find(([n]) => n === SHEETS.log)![1].length + 1);
    // Nhật ký: time, user, action, period, outcome, duration, fingerprint, notes — no link, no name.
    expect(String(log.at(-1)![2])).toBe('Danh sách chính sách (riêng cán bộ)');
    expect(String(log.at(-1)![4])).toBe('xong');
    expect(String(log.at(-1)![7])).toContain('Lập danh sách chính sách riêng 2026');
  });

  test('a failure while filling the Doc leaves no Doc behind (it goes to the trash) and says why', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    const spy = jest.spyOn(FakeBody.prototype, 'appendTable').mockImplementation(() => {
      throw new Error('Service Documents failed while accessing document');
    });
    try {
      app.menuPrivateLists();
    } finally {
      spy.mockRestore();
    }
    expect(env.ui.alerts.map((a) => a.message)).toEqual([expect.stringContaining('Service Documents failed while accessing document')]);
    const docs = env.drive.allFiles().filter((f) => f._data.mimeType === 'application/vnd.google-apps.document');
    expect(docs).toHaveLength(1);
    expect(docs.every((f) => f._data.trashed === true)).toBe(true);
  });
});
