/**
 * Roles through the built bundle over the fake, whose protections are enforced: a write by a user
 * who may not edit a tab throws Apps Script's message, as it would in Sheets.
 */
import { generateDemoWard } from '../../src/core/demo';
import { OUTPUT_SHEETS, SHEETS } from '../../src/core/schema/sheets';
import { type GasEnvironment, PROTECTED_MESSAGE, protectionOf } from '../fakes/gas';
import { loadAddOn, OFFICER, sheetValues, writeGrids } from './harness';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const BOARD1 = 'clb01.bimson@example.com';
const BOARD2 = 'clb02.bimson@example.com';
const LEADER = 'lanhdao.bimson@example.com';
const demo = generateDemoWard({ clubs: 3, today: TODAY });

type App = ReturnType<typeof loadAddOn>['app'];

/** The demo ward, set up and rolled up by its officer: every tab exists and is protected. */
function officerWard(): { env: GasEnvironment; app: App } {
  const { env, app } = loadAddOn();
  writeGrids(env, demo.grids);
  app.menuSetUp();
  app.menuRollUp();
  expect(env.ui.alerts.map((a) => a.message).join('\n')).not.toMatch(/Chỉ cán bộ|protected/);
  return { env, app };
}

/** Tries to type into A1 of a tab as the current user; the error message, or '' when it was allowed. */
function typeInto(env: GasEnvironment, sheet: string): string {
  try {
    env.spreadsheet.getSheetByName(sheet)!.getRange(1, 1).setValue('gõ thử');
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const allTabs = (env: GasEnvironment) => env.spreadsheet.getSheets().map((s) => s.getName());

/** A dialog's server function answers the page instead of alerting: its message when it refused. */
const answered = (result: unknown): string => {
  const r = result as { ok: boolean; message: string };
  return r.ok ? '' : r.message;
};

/** Each menu action with what it needs to get past its prompts (a dialog's: its submit); a dialog's refusal is returned. */
const ACTIONS: Record<string, (env: GasEnvironment, app: App) => unknown> = {
  menuSetUp: (_env, app) => app.menuSetUp(),
  menuAddClub: (_env, app) => answered(app.addClubSubmit({ code: 'CLB09', name: 'CLB Tổ 9', group: 'TDP09' })),
  menuSettings: (_env, app) => answered(app.settingsSave({ values: { 'setting:signerName': 'Nguyễn Văn Bình' } })),
  menuCheck: (_env, app) => app.menuCheck(),
  menuRollUp: (_env, app) => app.menuRollUp(),
  menuReport: (env, app) => {
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
  },
  menuPrivateLists: (_env, app) => app.menuPrivateLists(),
  menuInstallEditCheck: (_env, app) => app.menuInstallEditCheck(),
  menuPermissions: (_env, app) => app.menuPermissions(),
};

/** Runs one action; the alert it raised ('' when none). */
function run(env: GasEnvironment, app: App, action: string): string {
  const before = env.ui.alerts.length;
  const answer = ACTIONS[action]!(env, app);
  return [...env.ui.alerts.slice(before).map((a) => a.message), answer].filter(Boolean).join('\n');
}

describe('the done-when check', () => {
  test('a board member of CLB01 edits CLB01 only: not CLB02, not Tổng hợp, and cannot run Tổng hợp chỉ tiêu', () => {
    const { env, app } = officerWard();
    const summary = sheetValues(env, SHEETS.summary);
    env.users.become(BOARD1);
    expect(typeInto(env, 'CLB01')).toBe('');
    expect(typeInto(env, 'CLB02')).toBe(PROTECTED_MESSAGE);
    expect(typeInto(env, SHEETS.summary)).toBe(PROTECTED_MESSAGE);
    for (const tab of allTabs(env).filter((name) => name !== 'CLB01')) expect([tab, typeInto(env, tab)]).toEqual([tab, PROTECTED_MESSAGE]);

    const toasts = env.ui.toasts.length;
    const alert = run(env, app, 'menuRollUp');
    expect(alert).toMatch(/^Chỉ cán bộ phụ trách phường .* mới được tổng hợp chỉ tiêu\./);
    expect(alert).toContain(`Tài khoản ${BOARD1} là thành viên Ban chủ nhiệm CLB01`);
    expect(env.ui.toasts.length).toBe(toasts);
    expect(sheetValues(env, SHEETS.summary)).toEqual(summary);
  });

  test('a leader reads every tab but edits none and runs no action, each refusal saying why', () => {
    const { env, app } = officerWard();
    const before = Object.fromEntries(allTabs(env).map((tab) => [tab, sheetValues(env, tab)]));
    env.users.become(LEADER);
    for (const tab of allTabs(env)) {
      expect(sheetValues(env, tab)).toEqual(before[tab]);
      expect([tab, typeInto(env, tab)]).toEqual([tab, PROTECTED_MESSAGE]);
    }
    for (const action of Object.keys(ACTIONS)) {
      expect([action, run(env, app, action)]).toEqual([action, expect.stringContaining(`Tài khoản ${LEADER} là lãnh đạo`)]);
    }
    expect(env.spreadsheet.getSheetByName('CLB09')).toBeNull();
    expect(env.triggers).toEqual([]);
    for (const tab of allTabs(env)) expect(sheetValues(env, tab)).toEqual(before[tab]);
  });

  test('the officer edits every tab and runs every action', () => {
    const { env, app } = officerWard();
    for (const action of Object.keys(ACTIONS))
      expect([action, run(env, app, action)]).not.toEqual([action, expect.stringMatching(/Chỉ cán bộ|protected|lỗi/)]);
    expect(env.spreadsheet.getSheetByName('CLB09')).not.toBeNull();
    expect(env.triggers.map((t) => t.getHandlerFunction())).toEqual(['onEditCheck']);
    for (const tab of allTabs(env)) expect([tab, typeInto(env, tab)]).toEqual([tab, '']);
  });
});

describe('protections', () => {
  test('every tab is protected after set-up; a new club tab is protected when it is added, for the officers only until its board is named', () => {
    const { env, app } = officerWard();
    for (const sheet of env.spreadsheet.getSheets())
      expect([sheet.getName(), protectionOf(sheet)?.isWarningOnly()]).toEqual([sheet.getName(), false]);
    run(env, app, 'menuAddClub');
    const club = env.spreadsheet.getSheetByName('CLB09')!;
    expect(
      protectionOf(club)!
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual([OFFICER]);
    expect(protectionOf(club)!.getDescription()).toBe('CLB LTHTGN: Ban chủ nhiệm CLB09 và cán bộ phụ trách phường được sửa');
    env.users.become(BOARD1);
    expect(typeInto(env, 'CLB09')).toBe(PROTECTED_MESSAGE);
  });

  test('a second set-up finds every protection right and changes none', () => {
    const { env, app } = officerWard();
    env.calls.reset();
    const alert = run(env, app, 'menuSetUp');
    expect(alert).toContain(`${allTabs(env).length} trang được bảo vệ (0 trang vừa đổi`);
    for (const method of ['addEditors', 'removeEditors', 'setWarningOnly', 'setDomainEdit', 'setDescription'])
      expect([method, env.calls.count(`Protection.${method}`)]).toEqual([method, 0]);
    expect(env.calls.count('Sheet.protect')).toBe(0);
  });

  test('re-applied when the registry e-mails change: by the next roll-up (fingerprint), and by Cập nhật phân quyền', () => {
    const { env, app } = officerWard();
    const registry = env.spreadsheet.getSheetByName(SHEETS.clubs)!;
    const row = sheetValues(env, SHEETS.clubs).findIndex((r) => r[0] === 'CLB02') + 1;
    const column = (sheetValues(env, SHEETS.clubs)[1] as string[]).indexOf('Email Ban chủ nhiệm') + 1;
    registry.getRange(row, column).setValue('moi.clb02@example.com');
    env.users.become('moi.clb02@example.com');
    expect(typeInto(env, 'CLB02')).toBe(PROTECTED_MESSAGE);

    env.users.become(OFFICER);
    app.menuRollUp();
    env.users.become('moi.clb02@example.com');
    expect(typeInto(env, 'CLB02')).toBe('');
    env.users.become(BOARD2);
    expect(typeInto(env, 'CLB02')).toBe(PROTECTED_MESSAGE);

    // A roll-up with nothing changed looks only at its new output tabs (and the log tab), not at the others.
    env.users.become(OFFICER);
    env.calls.reset();
    app.menuRollUp();
    expect(env.calls.count('Sheet.getProtections')).toBeLessThanOrEqual(OUTPUT_SHEETS.length + 2);
    expect(env.calls.count('Sheet.getProtections')).toBeLessThan(allTabs(env).length - 3);
    for (const sheet of env.spreadsheet.getSheets())
      expect([sheet.getName(), protectionOf(sheet) !== undefined]).toEqual([sheet.getName(), true]);

    // Back to the old board through the menu action.
    registry.getRange(row, column).setValue(BOARD2);
    expect(run(env, app, 'menuPermissions')).toMatch(/Phân quyền: \d+ trang được bảo vệ \(1 trang vừa đổi/);
    env.users.become(BOARD2);
    expect(typeInto(env, 'CLB02')).toBe('');
  });

  test('warning-only mode (Cấu hình "Bảo vệ trang tính" = Cảnh báo): everyone may edit, and back to Khóa locks again', () => {
    const { env, app } = officerWard();
    const settings = env.spreadsheet.getSheetByName(SHEETS.settings)!;
    const row = sheetValues(env, SHEETS.settings).findIndex((r) => r[0] === 'sheetProtection') + 1;
    settings.getRange(row, 3).setValue('Cảnh báo');
    expect(run(env, app, 'menuPermissions')).toContain('chế độ "Cảnh báo"');
    for (const sheet of env.spreadsheet.getSheets()) expect(protectionOf(sheet)!.isWarningOnly()).toBe(true);
    env.users.become(BOARD1);
    for (const tab of allTabs(env)) expect([tab, typeInto(env, tab)]).toEqual([tab, '']);
    // Roles still decide the menu actions.
    expect(run(env, app, 'menuRollUp')).toContain('mới được tổng hợp chỉ tiêu');

    env.users.become(OFFICER);
    settings.getRange(row, 3).setValue('Khóa');
    app.menuRollUp(); // the fingerprint changed: the roll-up re-applies
    env.users.become(BOARD1);
    expect(typeInto(env, 'CLB02')).toBe(PROTECTED_MESSAGE);
    expect(typeInto(env, 'CLB01')).toBe('');
  });

  test('protections made in Cảnh báo mode lock for real when switched to Khóa, also against people shared later', () => {
    const { env, app } = loadAddOn();
    const grids = structuredClone(demo.grids);
    const row = grids[SHEETS.settings]!.findIndex((r) => r[0] === 'sheetProtection');
    grids[SHEETS.settings]![row]![2] = 'Cảnh báo';
    writeGrids(env, grids);
    app.menuSetUp();
    env.spreadsheet
      .getSheetByName(SHEETS.settings)!
      .getRange(row + 1, 3)
      .setValue('Khóa');
    app.menuPermissions();
    env.users.become('moi.chia.se@gmail.com');
    for (const tab of allTabs(env)) expect([tab, typeInto(env, tab)]).toEqual([tab, PROTECTED_MESSAGE]);
  });

  test('the running user is always kept: the person who sets up an unconfigured workbook is its only editor until officers are named', () => {
    const { env, app } = loadAddOn('nguoi.lap@gmail.com');
    app.menuSetUp();
    expect(env.ui.alerts.at(-1)!.message).toContain('Chưa có email ở dòng "Email cán bộ phụ trách"');
    for (const sheet of env.spreadsheet.getSheets())
      expect(
        protectionOf(sheet)!
          .getEditors()
          .map((u) => u.getEmail()),
      ).toEqual(['nguoi.lap@gmail.com']);
    env.users.become('khac@gmail.com');
    expect(typeInto(env, SHEETS.settings)).toBe(PROTECTED_MESSAGE);
  });

  test("the owner (not an officer) stays an editor, as Apps Script insists, and is not 'wrong' on the next pass", () => {
    const { env, app } = loadAddOn('chu.so@gmail.com');
    writeGrids(env, demo.grids);
    env.users.become(OFFICER);
    app.menuSetUp();
    const registry = protectionOf(env.spreadsheet.getSheetByName(SHEETS.clubs)!)!;
    expect(registry.getEditors().map((u) => u.getEmail())).toEqual(['chu.so@gmail.com', OFFICER]);
    expect(run(env, app, 'menuPermissions')).toContain('(0 trang vừa đổi');
  });

  test('in a Workspace domain, domain-wide editing is turned off', () => {
    const { env, app } = loadAddOn();
    env.users.domain = 'example.com';
    writeGrids(env, demo.grids);
    app.menuSetUp();
    for (const sheet of env.spreadsheet.getSheets()) expect(protectionOf(sheet)!.canDomainEdit()).toBe(false);
    env.users.become('ai.do@example.com');
    expect(typeInto(env, 'CLB01')).toBe(PROTECTED_MESSAGE);
  });
});

describe('an e-mail Apps Script does not give', () => {
  test('refused once officers are named, with how to fix it; allowed for the first set-up', () => {
    const { env, app } = officerWard();
    env.users.activeEmailHidden = true;
    expect(run(env, app, 'menuRollUp')).toContain('không đọc được email tài khoản của bạn');

    const fresh = loadAddOn('an.danh@gmail.com');
    fresh.env.users.activeEmailHidden = true;
    expect(run(fresh.env, fresh.app, 'menuSetUp')).toContain('Đã thiết lập sổ phường');
    // The effective user (who the script runs as) is the one kept.
    expect(
      protectionOf(fresh.env.spreadsheet.getSheetByName(SHEETS.settings)!)!
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual(['an.danh@gmail.com']);
  });
});
