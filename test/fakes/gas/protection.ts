/**
 * Sheet protections and the people using the spreadsheet, strict where Apps Script is:
 *
 * - `Sheet.protect()` makes a protection that, until its editors or domain setting are changed,
 *   mirrors the spreadsheet's own sharing (so it protects nothing yet), as Apps Script documents.
 * - The owner and the current user are never removed from a protection's editors (removeEditors
 *   leaves them, silently, as Apps Script does).
 * - Only an editor of a protection (or the owner) may read its editors or change it.
 * - ENFORCEMENT: on a protected sheet whose protection is not warning-only, every write method of
 *   Sheet and Range (names starting set/insert/delete/clear/append) throws Apps Script's message
 *   unless the current user may edit it. Tests write through the same methods, so they act as
 *   the current user too.
 * - setDomainEdit throws on a consumer (non-Workspace) spreadsheet; a protection made in a
 *   Workspace domain starts with domain edit on.
 *
 * Approximations: only sheet protections (getProtections(RANGE) is always empty); the spreadsheet
 * is shared, as editor, with its owner and everyone who ever became the current user; the messages
 * for managing a protection without the right are Apps Script's protected-cell message.
 */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { makeEnum } from './context';
import type { FakeSheet } from './spreadsheet';
import { FakeUser } from './validation';

export const ProtectionType = makeEnum(['RANGE', 'SHEET'] as const);

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const lower = (email: string) => email.trim().toLowerCase();

/** Who is using the spreadsheet (test hooks, not counted). */
export class FakeUsers {
  /** The account the script runs as (Session.getEffectiveUser, and getActiveUser unless hidden). */
  current: string;
  /** The spreadsheet's owner; null for a file in a shared drive. */
  owner: string | null;
  /** The Workspace domain owning the spreadsheet (e.g. 'phuong.gov.vn'); null for a consumer account. */
  domain: string | null = null;
  /** Session.getActiveUser().getEmail() returns '' (a domain hiding identities, some consumer contexts). */
  activeEmailHidden = false;
  /** Everyone the spreadsheet is shared with as editor. */
  readonly sharedWith = new Set<string>();

  constructor(current: string) {
    this.current = lower(current);
    this.owner = this.current;
    this.sharedWith.add(this.current);
  }

  /** From now on the script (and the tests' writes) run as `email`, a user the spreadsheet is shared with. */
  become(email: string): void {
    this.current = lower(email);
    this.sharedWith.add(this.current);
  }

  _inDomain(email: string): boolean {
    return this.domain !== null && email.endsWith(`@${this.domain}`);
  }
}

export class FakeProtection {
  _description = '';
  _warningOnly = false;
  /** null while the protection mirrors the spreadsheet's sharing (nothing changed yet). */
  _editors: Set<string> | null = null;
  _domainEdit: boolean;

  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: FakeSheet,
  ) {
    this._domainEdit = _ctx.users.domain !== null;
  }

  /** Whether `email` may edit the protected sheet (warning-only aside). */
  _allows(email: string): boolean {
    const users = this._ctx.users;
    if (this._editors === null) return users.sharedWith.has(email) || email === users.owner;
    return email === users.owner || this._editors.has(email) || (this._domainEdit && users._inDomain(email));
  }

  private _requireManager(): void {
    if (!this._allows(this._ctx.users.current)) throw this._ctx.error(PROTECTED_MESSAGE);
  }

  /** The first editor change turns the mirrored sharing into an explicit list. */
  private _explicit(): Set<string> {
    if (this._editors === null) {
      const users = this._ctx.users;
      this._editors = new Set([...users.sharedWith, ...(users.owner ? [users.owner] : [])]);
    }
    return this._editors;
  }

  private _emails(method: string, v: unknown): string[] {
    if (!Array.isArray(v)) throw this._ctx.badArgs(`Protection.${method}`, [v]);
    return v.map((e) => {
      if (typeof e === 'string') return lower(e);
      if (e instanceof FakeUser) return lower(e._email);
      throw this._ctx.badArgs(`Protection.${method}`, [v]);
    });
  }

  getEditors(): FakeUser[] {
    this._requireManager();
    const users = this._ctx.users;
    const emails = this._editors ?? new Set([...users.sharedWith, ...(users.owner ? [users.owner] : [])]);
    return [...emails].sort().map((e) => new FakeUser(this._ctx, e));
  }

  addEditors(emailAddresses: unknown): FakeProtection {
    const emails = this._emails('addEditors', emailAddresses);
    this._requireManager();
    const editors = this._explicit();
    for (const e of emails) editors.add(e);
    return this;
  }

  /** The owner and the current user stay, as in Apps Script. */
  removeEditors(emailAddresses: unknown): FakeProtection {
    const emails = this._emails('removeEditors', emailAddresses);
    this._requireManager();
    const editors = this._explicit();
    const users = this._ctx.users;
    for (const e of emails) if (e !== users.owner && e !== users.current) editors.delete(e);
    return this;
  }

  canDomainEdit(): boolean {
    return this._domainEdit;
  }

  setDomainEdit(editable: unknown): FakeProtection {
    if (typeof editable !== 'boolean') throw this._ctx.badArgs('Protection.setDomainEdit', [editable]);
    if (this._ctx.users.domain === null)
      throw this._ctx.error('Domain edit can only be set on a spreadsheet owned by a Google Workspace domain.');
    this._requireManager();
    this._explicit();
    this._domainEdit = editable;
    return this;
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  setWarningOnly(warningOnly: unknown): FakeProtection {
    if (typeof warningOnly !== 'boolean') throw this._ctx.badArgs('Protection.setWarningOnly', [warningOnly]);
    this._requireManager();
    this._warningOnly = warningOnly;
    return this;
  }

  getDescription(): string {
    return this._description;
  }

  setDescription(description: unknown): FakeProtection {
    if (typeof description !== 'string') throw this._ctx.badArgs('Protection.setDescription', [description]);
    this._requireManager();
    this._description = description;
    return this;
  }
}
instrument(FakeProtection, 'Protection');

/** The sheet protection of each sheet (one at most, as in Sheets). */
const PROTECTIONS = new WeakMap<FakeSheet, FakeProtection>();

/** Sheet.protect(): the sheet's protection, made if it has none. */
export function protectSheet(sheet: FakeSheet): FakeProtection {
  let p = PROTECTIONS.get(sheet);
  if (!p) {
    p = new FakeProtection(sheet._ctx, sheet);
    PROTECTIONS.set(sheet, p);
  }
  return p;
}

/** Sheet.getProtections(type). */
export function sheetProtections(sheet: FakeSheet, type: unknown): FakeProtection[] {
  if (type !== ProtectionType.SHEET && type !== ProtectionType.RANGE) throw sheet._ctx.badArgs('Sheet.getProtections', [type]);
  const p = PROTECTIONS.get(sheet);
  return type === ProtectionType.SHEET && p ? [p] : [];
}

/** Copies a sheet's protection and the users (snapshot.ts: a test's copy of a prepared workbook). */
export function copyProtection(from: FakeSheet, to: FakeSheet): void {
  const p = PROTECTIONS.get(from);
  if (!p) return;
  const copy = new FakeProtection(to._ctx, to);
  copy._description = p._description;
  copy._warningOnly = p._warningOnly;
  copy._editors = p._editors === null ? null : new Set(p._editors);
  copy._domainEdit = p._domainEdit;
  PROTECTIONS.set(to, copy);
}

export function copyUsers(from: FakeUsers, to: FakeUsers): void {
  to.current = from.current;
  to.owner = from.owner;
  to.domain = from.domain;
  to.activeEmailHidden = from.activeEmailHidden;
  to.sharedWith.clear();
  for (const e of from.sharedWith) to.sharedWith.add(e);
}

/** The sheet's protection, for tests (not counted). */
export function protectionOf(sheet: FakeSheet): FakeProtection | undefined {
  return PROTECTIONS.get(sheet);
}

/** Throws Apps Script's message when the current user may not write to the sheet. */
export function assertMayWrite(sheet: FakeSheet): void {
  const p = PROTECTIONS.get(sheet);
  if (!p || p._warningOnly) return;
  if (!p._allows(sheet._ctx.users.current)) throw sheet._ctx.error(PROTECTED_MESSAGE);
}

const WRITES = /^(set|insert|delete|clear|append|update|remove)/;

/**
 * Makes every write method of a Sheet or Range class check the protection first. Call it before
 * `instrument`, so that a refused call is still counted, as a call it is.
 */
export function guardWrites(cls: abstract new (...args: never[]) => unknown, sheetOf: (self: never) => FakeSheet): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (!WRITES.test(name)) continue;
    const original = proto[name];
    if (typeof original !== 'function') continue;
    const guarded = function (this: never, ...args: unknown[]): unknown {
      assertMayWrite(sheetOf(this));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.defineProperty(guarded, 'name', { value: name });
    proto[name] = guarded;
  }
}
