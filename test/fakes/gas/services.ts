/** PropertiesService, LockService, Session, ScriptApp and console. */
import { format as nodeFormat } from 'node:util';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { isInt } from './context';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUser } from './validation';

// ---- Properties ----------------------------------------------------------------------------------

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  readonly _data = new Map<string, string>();

  constructor(readonly _ctx: FakeContext) {}

  getProperty(key: unknown): string | null {
    if (typeof key !== 'string') throw this._ctx.badArgs('Properties.getProperty', [key]);
    return this._data.get(key) ?? null;
  }

  /** With Apps Script's size limits; nothing is written when one is exceeded. */
  setProperty(key: unknown, raw: unknown): FakeProperties {
    // Apps Script stores numbers and booleans as their string form; anything else would be stored
    // as "[object Object]" or "null", which the fake refuses rather than hide.
    const value = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
    if (typeof key !== 'string' || typeof value !== 'string') throw this._ctx.badArgs('Properties.setProperty', [key, raw]);
    if (utf8Length(value) > VALUE_LIMIT) throw this._ctx.error('Argument too large: value');
    let size = utf8Length(key) + utf8Length(value);
    for (const [k, v] of this._data) if (k !== key) size += utf8Length(k) + utf8Length(v);
    if (size > STORE_LIMIT)
      throw this._ctx.error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this._data.set(key, value);
    return this;
  }
}
instrument(FakeProperties, 'Properties');

export class FakePropertiesService {
  constructor(
    readonly _ctx: FakeContext,
    readonly _document: FakeProperties,
  ) {}

  getDocumentProperties(): FakeProperties {
    return this._document;
  }
}
instrument(FakePropertiesService, 'PropertiesService');

// ---- Locks ---------------------------------------------------------------------------------------

/** Test hooks on the document lock (not counted). */
export class FakeLockControl {
  _heldByOther = false;
  _heldByMe = false;

  /** Makes the lock look held by another execution: tryLock then fails. */
  holdDocumentLock(): void {
    this._heldByOther = true;
  }

  /** Whether the code under test holds the lock. */
  isHeld(): boolean {
    return this._heldByMe;
  }
}

export class FakeLock {
  constructor(
    readonly _ctx: FakeContext,
    readonly _control: FakeLockControl,
  ) {}

  tryLock(timeoutInMillis: unknown): boolean {
    if (!isInt(timeoutInMillis) || timeoutInMillis < 0) throw this._ctx.badArgs('Lock.tryLock', [timeoutInMillis]);
    if (this._control._heldByOther) return false;
    this._control._heldByMe = true;
    return true;
  }

  releaseLock(): void {
    this._control._heldByMe = false;
  }
}
instrument(FakeLock, 'Lock');

export class FakeLockService {
  constructor(readonly _ctx: FakeContext) {}

  getDocumentLock(): FakeLock {
    return new FakeLock(this._ctx, this._ctx.locks);
  }
}
instrument(FakeLockService, 'LockService');

// ---- Session -------------------------------------------------------------------------------------

export class FakeSession {
  constructor(readonly _ctx: FakeContext) {}

  /** '' when the test hides it (a domain that hides identities). */
  getActiveUser(): FakeUser {
    const users = this._ctx.users;
    return new FakeUser(this._ctx, users.activeEmailHidden ? '' : users.current);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this._ctx, this._ctx.users.current);
  }

  getActiveUserLocale(): string {
    return this._ctx.userLocale;
  }
}
instrument(FakeSession, 'Session');

// ---- ScriptApp -----------------------------------------------------------------------------------

const TRIGGER_LIMIT = 20;

/** An installable on-edit trigger of a spreadsheet. */
export class FakeTrigger {
  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _spreadsheetId: string,
  ) {}

  getHandlerFunction(): string {
    return this._handler;
  }
}
instrument(FakeTrigger, 'Trigger');

export class FakeSpreadsheetTriggerBuilder {
  private _onEdit = false;

  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _spreadsheetId: string,
  ) {}

  onEdit(): FakeSpreadsheetTriggerBuilder {
    this._onEdit = true;
    return this;
  }

  create(): FakeTrigger {
    if (!this._onEdit) throw this._ctx.error('The trigger needs an event type (onEdit) before create().');
    const triggers = this._ctx.triggers;
    if (triggers.length >= TRIGGER_LIMIT)
      throw this._ctx.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const trigger = new FakeTrigger(this._ctx, this._handler, this._spreadsheetId);
    triggers.push(trigger);
    return trigger;
  }
}
instrument(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');

export class FakeTriggerBuilder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
  ) {}

  forSpreadsheet(sheet: unknown): FakeSpreadsheetTriggerBuilder {
    if (sheet instanceof FakeSpreadsheet) return new FakeSpreadsheetTriggerBuilder(this._ctx, this._handler, sheet._file.id);
    if (typeof sheet === 'string') return new FakeSpreadsheetTriggerBuilder(this._ctx, this._handler, sheet);
    throw this._ctx.badArgs('TriggerBuilder.forSpreadsheet', [sheet]);
  }
}
instrument(FakeTriggerBuilder, 'TriggerBuilder');

export class FakeScriptApp {
  constructor(readonly _ctx: FakeContext) {}

  newTrigger(functionName: unknown): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw this._ctx.badArgs('ScriptApp.newTrigger', [functionName]);
    return new FakeTriggerBuilder(this._ctx, functionName);
  }

  getUserTriggers(spreadsheet: unknown): FakeTrigger[] {
    if (!(spreadsheet instanceof FakeSpreadsheet)) throw this._ctx.badArgs('ScriptApp.getUserTriggers', [spreadsheet]);
    return this._ctx.triggers.filter((t) => t._spreadsheetId === spreadsheet._file.id);
  }
}
instrument(FakeScriptApp, 'ScriptApp');

// ---- console -------------------------------------------------------------------------------------

/** Collects into env.logs instead of printing. */
export class FakeConsole {
  constructor(readonly _ctx: FakeContext) {}

  error(...args: unknown[]): void {
    this._ctx.logs.push({ level: 'error', message: nodeFormat(...args) });
  }
}
instrument(FakeConsole, 'console');
