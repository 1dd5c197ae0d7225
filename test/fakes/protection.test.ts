/** The fake's sheet protections behave as Apps Script documents them (test/fakes/gas/protection.ts). */
import { createGasEnvironment, PROTECTED_MESSAGE } from './gas';

const OWNER = 'chu@gmail.com';

function setUp() {
  const env = createGasEnvironment({ userEmail: OWNER });
  const sheet = env.spreadsheet.insertSheet('Dữ liệu');
  const app = env.globals.SpreadsheetApp as { ProtectionType: { SHEET: 'SHEET'; RANGE: 'RANGE' } };
  return { env, sheet, SHEET: app.ProtectionType.SHEET };
}

const emails = (users: Array<{ getEmail(): string }>) => users.map((u) => u.getEmail());

test('a new protection mirrors the sharing (protects nothing) until its editors change', () => {
  const { env, sheet, SHEET } = setUp();
  env.users.become('ban@gmail.com');
  env.users.become(OWNER);
  const p = sheet.protect();
  expect(sheet.getProtections(SHEET)).toEqual([p]);
  expect(sheet.protect()).toBe(p);
  expect(emails(p.getEditors())).toEqual(['ban@gmail.com', OWNER]);
  env.users.become('ban@gmail.com');
  expect(() => sheet.getRange('A1').setValue(1)).not.toThrow();
  env.users.become(OWNER);
  p.removeEditors(['ban@gmail.com']);
  env.users.become('ban@gmail.com');
  expect(() => sheet.getRange('A1').setValue(2)).toThrow(PROTECTED_MESSAGE);
  expect(() => sheet.setFrozenRows(1)).toThrow(PROTECTED_MESSAGE);
  expect(() => sheet.getRange('A1:B2').getValues()).not.toThrow();
  expect(() => p.getEditors()).toThrow(PROTECTED_MESSAGE);
  expect(() => p.addEditors(['ban@gmail.com'])).toThrow(PROTECTED_MESSAGE);
});

test('the owner and the current user are never removed', () => {
  const { env, sheet } = setUp();
  env.users.become('canbo@gmail.com');
  const p = sheet.protect();
  p.addEditors(['x@gmail.com']);
  p.removeEditors([OWNER, 'canbo@gmail.com', 'x@gmail.com']);
  expect(emails(p.getEditors())).toEqual(['canbo@gmail.com', OWNER]);
});

test('warning-only lets everyone write; domain edit only in a Workspace domain; arguments checked', () => {
  const { env, sheet, SHEET } = setUp();
  const p = sheet.protect();
  p.addEditors([OWNER]);
  p.setWarningOnly(true);
  env.users.become('ai@gmail.com');
  expect(() => sheet.getRange('A1').setValue(1)).not.toThrow();
  env.users.become(OWNER);
  expect(p.canDomainEdit()).toBe(false);
  expect(() => p.setDomainEdit(false)).toThrow(/Workspace/);
  expect(() => sheet.getProtections('SHEETS')).toThrow(/don't match/);
  expect(sheet.getProtections('RANGE')).toEqual([]);
  expect(sheet.getProtections(SHEET)).toEqual([p]);
  expect(() => p.addEditors('x@gmail.com')).toThrow(/don't match/);

  const domain = createGasEnvironment({ userEmail: 'canbo@phuong.vn' });
  domain.users.domain = 'phuong.vn';
  const q = domain.spreadsheet.insertSheet('A').protect();
  expect(q.canDomainEdit()).toBe(true);
  q.addEditors(['canbo@phuong.vn']);
  domain.users.become('khac@phuong.vn');
  expect(() => domain.spreadsheet.getSheetByName('A')!.getRange('A1').setValue(1)).not.toThrow();
  domain.users.become('canbo@phuong.vn');
  q.setDomainEdit(false);
  domain.users.become('khac@phuong.vn');
  expect(() => domain.spreadsheet.getSheetByName('A')!.getRange('A1').setValue(1)).toThrow(PROTECTED_MESSAGE);
});

test('Session: the active user can be hidden, the effective user cannot; the owner is known', () => {
  const { env } = setUp();
  const session = env.globals.Session as { getActiveUser(): { getEmail(): string }; getEffectiveUser(): { getEmail(): string } };
  env.users.become('ban@gmail.com');
  env.users.activeEmailHidden = true;
  expect(session.getActiveUser().getEmail()).toBe('');
  expect(session.getEffectiveUser().getEmail()).toBe('ban@gmail.com');
  expect(env.spreadsheet.getOwner()!.getEmail()).toBe(OWNER);
  env.users.owner = null;
  expect(env.spreadsheet.getOwner()).toBeNull();
});
