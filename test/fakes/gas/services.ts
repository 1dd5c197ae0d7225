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

  deleteProperty(key: unknown): FakeProperties {
    if (typeof key !== 'string') throw this._ctx.badArgs('Properties.deleteProperty', [key]);
    this._data.delete(key);
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

/** Apps Script's limit on installable triggers per user per script. */
const TRIGGER_LIMIT = 20;

/**
 * What Apps Script throws when an add-on makes a second time-based trigger for the same user in the
 * same document (Editor add-ons may hold one trigger of each event type per user per document:
 * developers.google.com/workspace/add-ons/concepts/editor-triggers). The text is the one users and
 * add-on developers report (e.g. github.com/ljay79/jira-tools issue 53, printed as "Exception: …");
 * Google's reference does not quote it, so the exact wording is as reported, not documented.
 */
export const ADDON_CLOCK_LIMIT_MESSAGE =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

export type TriggerKind = 'ON_EDIT' | 'CLOCK';

/**
 * An installable trigger the add-on made: its owner (the user who made it, whom it runs as), the
 * document it belongs to, its kind. A one-off clock trigger stays listed after it fired, until it is
 * deleted (Apps Script does not remove fired `after()` triggers; they keep counting against the
 * limits), so `_fired` is only a record.
 */
export class FakeTrigger {
  _fired = 0;

  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _spreadsheetId: string,
    readonly _kind: TriggerKind = 'ON_EDIT',
    readonly _owner: string = _ctx.users.current,
    /** For a clock trigger: milliseconds after its creation that it fires. */
    readonly _afterMs: number | null = null,
    readonly _id: string = String(_ctx.next('triggerUid') + 8_000_000_000),
  ) {}

  getHandlerFunction(): string {
    return this._handler;
  }

  /** Apps Script's id of the trigger; a clock trigger's event object carries it as `triggerUid`. */
  getUniqueId(): string {
    return this._id;
  }
}
instrument(FakeTrigger, 'Trigger');

/** Refuses a trigger over the per-user-per-script limit (20). */
function checkTriggerLimit(ctx: FakeContext): void {
  if (ctx.triggers.filter((t) => t._owner === ctx.users.current).length >= TRIGGER_LIMIT)
    throw ctx.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
}

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
    checkTriggerLimit(this._ctx);
    const trigger = new FakeTrigger(this._ctx, this._handler, this._spreadsheetId);
    this._ctx.triggers.push(trigger);
    return trigger;
  }
}
instrument(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');

/**
 * A time-based trigger as an Editor add-on makes it: it belongs to the document the add-on runs in
 * (the active spreadsheet), one per user per document. Only one-off `after(ms)` triggers are
 * modelled (recurring ones are at most hourly for add-ons, and the add-on makes none).
 */
export class FakeClockTriggerBuilder {
  private _after: number | null = null;

  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _spreadsheetId: string,
  ) {}

  after(durationMilliseconds: unknown): FakeClockTriggerBuilder {
    if (!isInt(durationMilliseconds) || durationMilliseconds < 0)
      throw this._ctx.badArgs('ClockTriggerBuilder.after', [durationMilliseconds]);
    this._after = durationMilliseconds;
    return this;
  }

  create(): FakeTrigger {
    const ctx = this._ctx;
    // The exact text Apps Script gives a clock builder without a time is not documented; it does refuse.
    if (this._after === null) throw ctx.error('The time-based trigger needs a time (after, at, every…) before create().');
    const mine = ctx.triggers.filter((t) => t._owner === ctx.users.current);
    if (mine.some((t) => t._kind === 'CLOCK' && t._spreadsheetId === this._spreadsheetId)) throw ctx.error(ADDON_CLOCK_LIMIT_MESSAGE);
    checkTriggerLimit(ctx);
    const trigger = new FakeTrigger(ctx, this._handler, this._spreadsheetId, 'CLOCK', ctx.users.current, this._after);
    ctx.triggers.push(trigger);
    return trigger;
  }
}
instrument(FakeClockTriggerBuilder, 'ClockTriggerBuilder');

export class FakeTriggerBuilder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _activeSpreadsheetId: string,
  ) {}

  forSpreadsheet(sheet: unknown): FakeSpreadsheetTriggerBuilder {
    if (sheet instanceof FakeSpreadsheet) return new FakeSpreadsheetTriggerBuilder(this._ctx, this._handler, sheet._file.id);
    if (typeof sheet === 'string') return new FakeSpreadsheetTriggerBuilder(this._ctx, this._handler, sheet);
    throw this._ctx.badArgs('TriggerBuilder.forSpreadsheet', [sheet]);
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._ctx, this._handler, this._activeSpreadsheetId);
  }
}
instrument(FakeTriggerBuilder, 'TriggerBuilder');

/**
 * Installable triggers are per user: each call sees only the current user's (a user cannot see, or
 * delete, another's triggers, though they run in the same document).
 */
export class FakeScriptApp {
  constructor(
    readonly _ctx: FakeContext,
    readonly _spreadsheet: FakeSpreadsheet,
  ) {}

  newTrigger(functionName: unknown): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw this._ctx.badArgs('ScriptApp.newTrigger', [functionName]);
    return new FakeTriggerBuilder(this._ctx, functionName, this._spreadsheet._file.id);
  }

  /**
   * The current user's triggers of this script in the given spreadsheet, clock triggers an add-on made
   * in it included. (Google documents getUserTriggers as "installable triggers owned by this user in
   * the given spreadsheet, for this script or add-on only"; that an add-on's time-based triggers are
   * among them follows from their belonging to the document, but is not stated: the add-on does not
   * rely on it, it finds its trigger by id through getProjectTriggers.)
   */
  getUserTriggers(spreadsheet: unknown): FakeTrigger[] {
    if (!(spreadsheet instanceof FakeSpreadsheet)) throw this._ctx.badArgs('ScriptApp.getUserTriggers', [spreadsheet]);
    return this._ctx.triggers.filter((t) => t._spreadsheetId === spreadsheet._file.id && t._owner === this._ctx.users.current);
  }

  /** The current user's triggers of this script (every document's). */
  getProjectTriggers(): FakeTrigger[] {
    return this._ctx.triggers.filter((t) => t._owner === this._ctx.users.current);
  }

  /**
   * Deletes one of the current user's triggers. Deleting one that is already gone, or another user's,
   * throws here; what Apps Script does then is not documented (the add-on never does either).
   */
  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof FakeTrigger)) throw this._ctx.badArgs('ScriptApp.deleteTrigger', [trigger]);
    const at = this._ctx.triggers.indexOf(trigger);
    if (at < 0 || trigger._owner !== this._ctx.users.current) throw this._ctx.error('Trigger not found (deleted, or not yours).');
    this._ctx.triggers.splice(at, 1);
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
