/** The role policy (core/roles.ts) on hand-made Cấu hình and Danh mục CLB grids. */

import {
  accessFingerprint,
  authorize,
  planProtections,
  ROLE_ACTIONS,
  refusalMessage,
  roleOf,
  type WardAccess,
  wardAccess,
} from '../../src/core/roles';
import { SHEETS } from '../../src/core/schema/sheets';
import type { Cell } from '../../src/core/values';

const TODAY = '2026-11-22';

function settingsGrid(values: Record<string, string>): Cell[][] {
  return [['CẤU HÌNH SỔ PHƯỜNG'], ['Mã', 'Thông số', 'Giá trị'], ...Object.entries(values).map(([k, v]) => [k, k, v])];
}

/** Columns in another order than the declaration's, and an extra column: found by header names. */
function registryGrid(rows: Array<[code: string, emails: string]>): Cell[][] {
  return [
    ['DANH MỤC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU'],
    ['Email Ban chủ nhiệm', 'Ghi chú', 'Mã CLB', 'Tên CLB', 'Tổ dân phố', 'Trạng thái'],
    ...rows.map(([code, emails]) => [emails, '', code, `CLB ${code}`, 'TDP01', 'Đang hoạt động']),
  ];
}

const WARD = {
  [SHEETS.settings]: settingsGrid({
    officerEmail: 'CanBo@Phuong.vn, pho.canbo@phuong.vn',
    leaderEmail: 'lanhdao@phuong.vn',
  }),
  [SHEETS.clubs]: registryGrid([
    ['CLB01', 'ban1@gmail.com; ban1b@gmail.com'],
    ['CLB02', 'ban2@gmail.com'],
    ['CLB03', ''],
    ['CLB04', 'not an e-mail'],
    ['CLB02', 'intruder@gmail.com'],
    ['CLB05', 'canbo@phuong.vn'],
  ]),
};

describe('wardAccess reads officers, leaders, boards and the mode', () => {
  const access = wardAccess(WARD, TODAY);

  test('several officers, lower-cased; boards by club code; a second row of a code grants nothing; unreadable or blank e-mails give an empty board', () => {
    expect(access.officers).toEqual(['canbo@phuong.vn', 'pho.canbo@phuong.vn']);
    expect(access.leaders).toEqual(['lanhdao@phuong.vn']);
    expect(access.boards).toEqual({
      CLB01: ['ban1@gmail.com', 'ban1b@gmail.com'],
      CLB02: ['ban2@gmail.com'],
      CLB03: [],
      CLB04: [],
      CLB05: ['canbo@phuong.vn'],
    });
    expect(access.warningOnly).toBe(false);
    expect(access.badOfficerEmail).toBeUndefined();
  });

  test('"Cảnh báo" (any case, with or without accents) makes protections warning-only; Khóa, blank or anything else locks', () => {
    const mode = (v: string) => wardAccess({ [SHEETS.settings]: settingsGrid({ sheetProtection: v }) }, TODAY).warningOnly;
    expect([mode('Cảnh báo'), mode('canh bao'), mode('CẢNH BÁO (hỏi lại)'), mode('warning')]).toEqual([true, true, true, true]);
    expect([mode('Khóa'), mode(''), mode('khong'), mode('mở')]).toEqual([false, false, false, false]);
  });

  test('no tabs at all: unconfigured, nobody named', () => {
    expect(wardAccess({}, TODAY)).toEqual({ officers: [], leaders: [], boards: {}, warningOnly: false });
  });

  test('an unreadable officer e-mail is remembered with its cell, never read as "no officer"', () => {
    const bad = wardAccess({ [SHEETS.settings]: settingsGrid({ ward: 'X', officerEmail: 'canbo at phuong' }) }, TODAY);
    expect(bad.officers).toEqual([]);
    expect(bad.badOfficerEmail).toEqual({ a1: 'C4', value: 'canbo at phuong' });
  });
});

describe('roleOf', () => {
  const access = wardAccess(WARD, TODAY);
  test.each([
    ['canbo@phuong.vn', 'officer', []],
    [' PHO.CANBO@phuong.vn ', 'officer', []],
    ['ban1b@gmail.com', 'board', ['CLB01']],
    ['ban2@gmail.com', 'board', ['CLB02']],
    ['intruder@gmail.com', 'reader', []],
    ['lanhdao@phuong.vn', 'leader', []],
    ['someone@gmail.com', 'reader', []],
    ['', 'reader', []],
  ])('%s is %s %j', (email, role, clubs) => {
    expect(roleOf(access, email)).toEqual({ role, clubs });
  });

  test('an officer who also sits on a board is an officer; a member of two boards has both clubs', () => {
    expect(roleOf(access, 'canbo@phuong.vn').role).toBe('officer');
    const two: WardAccess = { ...access, boards: { CLB01: ['x@gmail.com'], CLB02: ['x@gmail.com', 'y@gmail.com'] } };
    expect(roleOf(two, 'x@gmail.com')).toEqual({ role: 'board', clubs: ['CLB01', 'CLB02'] });
  });
});

describe("authorize: every action is the officers'", () => {
  const access = wardAccess(WARD, TODAY);

  test.each(ROLE_ACTIONS)('%s: officers only', (action) => {
    expect(authorize(access, 'canbo@phuong.vn', action)).toEqual({ ok: true, role: 'officer', unconfigured: false });
    for (const email of ['ban1@gmail.com', 'lanhdao@phuong.vn', 'someone@gmail.com'])
      expect(authorize(access, email, action).ok).toBe(false);
  });

  test('a board member running the roll-up is told why, in Vietnamese and in English', () => {
    const decision = authorize(access, 'ban1@gmail.com', 'rollUp');
    if (decision.ok) throw new Error('allowed');
    const vi = refusalMessage(decision.refusal, 'rollUp', 'vi');
    expect(vi).toMatch(/^Chỉ cán bộ phụ trách phường .* mới được tổng hợp chỉ tiêu\./);
    expect(vi).toContain('ban1@gmail.com');
    expect(vi).toContain('Ban chủ nhiệm CLB01');
    expect(vi).toContain('Email cán bộ phụ trách');
    const en = refusalMessage(decision.refusal, 'rollUp', 'en');
    expect(en).toMatch(/^Only the ward officers .* may roll up the indicators\./);
  });

  test('a leader and a stranger are told they can read', () => {
    const leader = authorize(access, 'lanhdao@phuong.vn', 'setup');
    const stranger = authorize(access, 'x@gmail.com', 'report');
    if (leader.ok || stranger.ok) throw new Error('allowed');
    expect(refusalMessage(leader.refusal, 'setup', 'vi')).toContain(
      'mới được thiết lập sổ phường. Tài khoản lanhdao@phuong.vn là lãnh đạo',
    );
    expect(refusalMessage(stranger.refusal, 'report', 'vi')).toContain('chỉ được xem');
  });

  test('an unknown e-mail (hidden by the domain) is refused once an officer is named, with how to fix it', () => {
    const decision = authorize(access, '', 'check');
    expect(decision).toEqual({ ok: false, refusal: { reason: 'noEmail' } });
    if (!decision.ok) expect(refusalMessage(decision.refusal, 'check', 'vi')).toContain('không đọc được email');
  });

  test('unconfigured (no officer e-mail yet): anyone may, even without an e-mail (the first set-up)', () => {
    const none = wardAccess({}, TODAY);
    for (const email of ['', 'anyone@gmail.com'])
      expect(authorize(none, email, 'setup')).toEqual({ ok: true, role: 'officer', unconfigured: true });
  });

  test('an unreadable officer e-mail refuses everyone, naming the cell', () => {
    const bad = wardAccess({ [SHEETS.settings]: settingsGrid({ officerEmail: 'canbo@' }) }, TODAY);
    const decision = authorize(bad, 'canbo@phuong.vn', 'permissions');
    if (decision.ok) throw new Error('allowed');
    expect(refusalMessage(decision.refusal, 'permissions', 'vi')).toContain('(ô C3) có "canbo@"');
  });
});

describe('planProtections', () => {
  const access = wardAccess(WARD, TODAY);
  const tabs = [SHEETS.settings, SHEETS.clubs, 'CLB01', 'CLB02', 'CLB03', 'CLB04', SHEETS.summary, SHEETS.log, 'Ghi chép riêng'];
  const officers = ['canbo@phuong.vn', 'pho.canbo@phuong.vn'];

  test('a club tab: its board and the officers; every other tab: the officers; leaders edit nothing', () => {
    const plan = Object.fromEntries(planProtections(access, tabs, 'canbo@phuong.vn').map((p) => [p.sheet, p.editors]));
    expect(plan).toEqual({
      [SHEETS.settings]: officers,
      [SHEETS.clubs]: officers,
      CLB01: ['ban1@gmail.com', 'ban1b@gmail.com', ...officers],
      CLB02: ['ban2@gmail.com', ...officers],
      CLB03: officers,
      CLB04: officers,
      [SHEETS.summary]: officers,
      [SHEETS.log]: officers,
      'Ghi chép riêng': officers,
    });
    expect(Object.values(plan).flat()).not.toContain('lanhdao@phuong.vn');
    expect(Object.values(plan).flat()).not.toContain('intruder@gmail.com');
  });

  test('the running user is always an editor, e.g. the one who sets up an unconfigured workbook', () => {
    const plan = planProtections(wardAccess({}, TODAY), [SHEETS.settings, 'CLB01'], 'First@Gmail.com');
    expect(plan.map((p) => p.editors)).toEqual([['first@gmail.com'], ['first@gmail.com']]);
    expect(planProtections(access, ['CLB02'], 'ban2@gmail.com')[0]!.editors).toEqual(['ban2@gmail.com', ...officers]);
  });

  test('a registered club without board e-mails is still a club tab (its board can be named later)', () => {
    expect(planProtections(access, ['CLB03'], 'canbo@phuong.vn')[0]!.description).toEqual({
      key: 'protect.description.club',
      params: { code: 'CLB03' },
    });
  });

  test('warning-only follows the setting; descriptions name the club', () => {
    const warn = { ...access, warningOnly: true };
    const plan = planProtections(warn, ['CLB01', SHEETS.summary, SHEETS.groups], 'canbo@phuong.vn');
    expect(plan.every((p) => p.warningOnly)).toBe(true);
    expect(plan.map((p) => p.description)).toEqual([
      { key: 'protect.description.club', params: { code: 'CLB01' } },
      { key: 'protect.description.output', params: {} },
      { key: 'protect.description.ward', params: {} },
    ]);
  });
});

describe('accessFingerprint', () => {
  const access = wardAccess(WARD, TODAY);
  const fp = accessFingerprint(access, 'canbo@phuong.vn');

  test('stable for the same access, whichever officer runs, and when a club without e-mails is added', () => {
    expect(accessFingerprint(wardAccess(WARD, TODAY), 'pho.canbo@phuong.vn')).toBe(fp);
    expect(accessFingerprint({ ...access, boards: { ...access.boards, CLB09: [] } }, 'canbo@phuong.vn')).toBe(fp);
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
  });

  test('changes when a board e-mail, an officer, or the mode changes', () => {
    const changed = [
      { ...access, boards: { ...access.boards, CLB02: ['new@gmail.com'] } },
      { ...access, boards: { ...access.boards, CLB03: ['ban3@gmail.com'] } },
      { ...access, boards: { ...access.boards, CLB05: [] } },
      { ...access, officers: ['canbo@phuong.vn'] },
      { ...access, warningOnly: true },
    ].map((a) => accessFingerprint(a, 'canbo@phuong.vn'));
    for (const other of changed) expect(other).not.toBe(fp);
    expect(new Set(changed).size).toBe(changed.length);
  });
});
