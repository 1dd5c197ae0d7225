/** PropertiesService, LockService, Session, ScriptApp, Utilities, Logger and console. */
import { randomUUID } from 'node:crypto';
import { format as nodeFormat } from 'node:util';
import { bytesFrom, FakeBlob, toSignedBytes } from './blob';
import { instrument } from './calls';
import type { FakeContext, LogEntry } from './context';
import { assertTimeZone, isDate, isInt, makeEnum, zonedParts } from './context';
import { FakeSpreadsheet } from './spreadsheet';
import { FakeUser } from './validation';

// ---- Properties ----------------------------------------------------------------------------------

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

export class FakeProperties {
  readonly _data = new Map<string, string>();

  constructor(readonly _ctx: FakeContext) {}

  private _size(extra: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of extra) n += utf8Length(k) + utf8Length(v);
    return n;
  }

  /** Applies all writes or none, with Apps Script's size limits. */
  private _write(method: string, entries: [unknown, unknown][], replaceAll: boolean): void {
    const next = new Map(replaceAll ? [] : this._data);
    for (const [k, raw] of entries) {
      // Apps Script stores numbers and booleans as their string form; anything else would be stored
      // as "[object Object]" or "null", which the fake refuses rather than hide.
      const v = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
      if (typeof k !== 'string' || typeof v !== 'string')
        throw this._ctx.badArgs(`Properties.${method}`, entries.length === 1 ? [k, raw] : [Object.fromEntries(entries)]);
      if (utf8Length(v) > VALUE_LIMIT) throw this._ctx.error('Argument too large: value');
      next.set(k, v);
    }
    if (this._size(next) > STORE_LIMIT)
      throw this._ctx.error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this._data.clear();
    for (const [k, v] of next) this._data.set(k, v);
  }

  getProperty(key: unknown): string | null {
    if (typeof key !== 'string') throw this._ctx.badArgs('Properties.getProperty', [key]);
    return this._data.get(key) ?? null;
  }

  setProperty(key: unknown, value: unknown): FakeProperties {
    this._write('setProperty', [[key, value]], false);
    return this;
  }

  deleteProperty(key: unknown): FakeProperties {
    if (typeof key !== 'string') throw this._ctx.badArgs('Properties.deleteProperty', [key]);
    this._data.delete(key);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this._data);
  }

  setProperties(properties: unknown, deleteAllOthers?: unknown): FakeProperties {
    if (
      typeof properties !== 'object' ||
      properties === null ||
      Array.isArray(properties) ||
      (deleteAllOthers !== undefined && typeof deleteAllOthers !== 'boolean')
    ) {
      throw this._ctx.badArgs('Properties.setProperties', deleteAllOthers === undefined ? [properties] : [properties, deleteAllOthers]);
    }
    this._write('setProperties', Object.entries(properties), deleteAllOthers === true);
    return this;
  }

  getKeys(): string[] {
    return [...this._data.keys()];
  }

  deleteAllProperties(): FakeProperties {
    this._data.clear();
    return this;
  }
}
instrument(FakeProperties, 'Properties');

export interface PropertyStores {
  script: FakeProperties;
  document: FakeProperties;
  user: FakeProperties;
}

export class FakePropertiesService {
  constructor(
    readonly _ctx: FakeContext,
    readonly _stores: PropertyStores,
  ) {}

  getScriptProperties(): FakeProperties {
    return this._stores.script;
  }

  getDocumentProperties(): FakeProperties {
    return this._stores.document;
  }

  getUserProperties(): FakeProperties {
    return this._stores.user;
  }
}
instrument(FakePropertiesService, 'PropertiesService');

// ---- Locks ---------------------------------------------------------------------------------------

type LockKind = 'document' | 'script' | 'user';

interface LockSlot {
  heldByOther: boolean;
  heldByMe: boolean;
  acquisitions: number;
}

/** Test hooks: make a lock look held by another execution. */
export class FakeLockControl {
  readonly _slots: Record<LockKind, LockSlot> = {
    document: { heldByOther: false, heldByMe: false, acquisitions: 0 },
    script: { heldByOther: false, heldByMe: false, acquisitions: 0 },
    user: { heldByOther: false, heldByMe: false, acquisitions: 0 },
  };

  holdDocumentLock(): void {
    this._slots.document.heldByOther = true;
  }

  holdScriptLock(): void {
    this._slots.script.heldByOther = true;
  }

  holdUserLock(): void {
    this._slots.user.heldByOther = true;
  }

  /** Ends every hold made by the hooks above. */
  releaseAll(): void {
    for (const s of Object.values(this._slots)) s.heldByOther = false;
  }

  /** Whether the code under test currently holds the lock. */
  isHeld(kind: LockKind): boolean {
    return this._slots[kind].heldByMe;
  }

  /** How many times the code under test acquired the lock. */
  acquisitions(kind: LockKind): number {
    return this._slots[kind].acquisitions;
  }
}

export class FakeLock {
  constructor(
    readonly _ctx: FakeContext,
    readonly _slot: LockSlot,
  ) {}

  private _timeout(method: string, ms: unknown): void {
    if (!isInt(ms) || ms < 0) throw this._ctx.badArgs(`Lock.${method}`, [ms]);
  }

  tryLock(timeoutInMillis: unknown): boolean {
    this._timeout('tryLock', timeoutInMillis);
    if (this._slot.heldByOther) return false;
    if (!this._slot.heldByMe) this._slot.acquisitions++;
    this._slot.heldByMe = true;
    return true;
  }

  waitLock(timeoutInMillis: unknown): void {
    this._timeout('waitLock', timeoutInMillis);
    if (this._slot.heldByOther) throw this._ctx.error('Lock timeout: another process was holding the lock for too long.');
    if (!this._slot.heldByMe) this._slot.acquisitions++;
    this._slot.heldByMe = true;
  }

  releaseLock(): void {
    this._slot.heldByMe = false;
  }

  hasLock(): boolean {
    return this._slot.heldByMe;
  }
}
instrument(FakeLock, 'Lock');

export class FakeLockService {
  constructor(readonly _ctx: FakeContext) {}

  getDocumentLock(): FakeLock {
    return new FakeLock(this._ctx, this._ctx.locks._slots.document);
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this._ctx, this._ctx.locks._slots.script);
  }

  getUserLock(): FakeLock {
    return new FakeLock(this._ctx, this._ctx.locks._slots.user);
  }
}
instrument(FakeLockService, 'LockService');

// ---- Session -------------------------------------------------------------------------------------

export class FakeSession {
  constructor(readonly _ctx: FakeContext) {}

  getActiveUser(): FakeUser {
    return new FakeUser(this._ctx, this._ctx.userEmail);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this._ctx, this._ctx.userEmail);
  }

  getScriptTimeZone(): string {
    return this._ctx.timeZone;
  }

  getActiveUserLocale(): string {
    return this._ctx.userLocale;
  }
}
instrument(FakeSession, 'Session');

// ---- ScriptApp -----------------------------------------------------------------------------------

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);
export const WeekDay = makeEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const);
const TRIGGER_LIMIT = 20;

export interface ClockSchedule {
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  onWeekDay?: string;
}

export class FakeTrigger {
  constructor(
    readonly _ctx: FakeContext,
    readonly handler: string,
    readonly eventType: keyof typeof EventType,
    readonly source: keyof typeof TriggerSource,
    /** Spreadsheet id for spreadsheet triggers, null for clock triggers. */
    readonly sourceId: string | null,
    readonly schedule: ClockSchedule | null,
    readonly uniqueId: string,
  ) {}

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): string {
    return this.eventType;
  }

  getUniqueId(): string {
    return this.uniqueId;
  }

  getTriggerSource(): string {
    return this.source;
  }

  getTriggerSourceId(): string | null {
    return this.sourceId;
  }
}
instrument(FakeTrigger, 'Trigger');

function createTrigger(
  ctx: FakeContext,
  handler: string,
  eventType: keyof typeof EventType,
  source: keyof typeof TriggerSource,
  sourceId: string | null,
  schedule: ClockSchedule | null,
): FakeTrigger {
  if (ctx.triggers.length >= TRIGGER_LIMIT)
    throw ctx.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  const trigger = new FakeTrigger(ctx, handler, eventType, source, sourceId, schedule, String(8000000000 + ctx.next('trigger')));
  ctx.triggers.push(trigger);
  return trigger;
}

export class FakeSpreadsheetTriggerBuilder {
  private _event: 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | null = null;

  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
    readonly _ssId: string,
  ) {}

  onOpen(): FakeSpreadsheetTriggerBuilder {
    this._event = 'ON_OPEN';
    return this;
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    this._event = 'ON_EDIT';
    return this;
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    this._event = 'ON_CHANGE';
    return this;
  }

  create(): FakeTrigger {
    if (!this._event) throw this._ctx.error('The trigger needs an event type (onOpen, onEdit or onChange) before create().');
    return createTrigger(this._ctx, this._handler, this._event, 'SPREADSHEETS', this._ssId, null);
  }
}
instrument(FakeSpreadsheetTriggerBuilder, 'SpreadsheetTriggerBuilder');

export class FakeClockTriggerBuilder {
  readonly _schedule: ClockSchedule = {};

  constructor(
    readonly _ctx: FakeContext,
    readonly _handler: string,
  ) {}

  everyHours(n: unknown): FakeClockTriggerBuilder {
    if (!isInt(n) || ![1, 2, 4, 6, 8, 12].includes(n)) throw this._ctx.error('Invalid argument: everyHours must be 1, 2, 4, 6, 8 or 12.');
    this._schedule.everyHours = n;
    return this;
  }

  everyDays(n: unknown): FakeClockTriggerBuilder {
    if (!isInt(n) || n < 1) throw this._ctx.badArgs('ClockTriggerBuilder.everyDays', [n]);
    this._schedule.everyDays = n;
    return this;
  }

  atHour(hour: unknown): FakeClockTriggerBuilder {
    if (!isInt(hour) || hour < 0 || hour > 23) throw this._ctx.badArgs('ClockTriggerBuilder.atHour', [hour]);
    this._schedule.atHour = hour;
    return this;
  }

  onWeekDay(day: unknown): FakeClockTriggerBuilder {
    if (typeof day !== 'string' || !Object.hasOwn(WeekDay, day)) throw this._ctx.badArgs('ClockTriggerBuilder.onWeekDay', [day]);
    this._schedule.onWeekDay = day;
    return this;
  }

  create(): FakeTrigger {
    const s = this._schedule;
    if (s.everyHours === undefined && s.everyDays === undefined && s.onWeekDay === undefined) {
      throw this._ctx.error('The clock trigger needs a schedule (everyHours, everyDays or onWeekDay) before create().');
    }
    if (s.atHour !== undefined && s.everyHours !== undefined) throw this._ctx.error('atHour cannot be combined with everyHours.');
    return createTrigger(this._ctx, this._handler, 'CLOCK', 'CLOCK', null, { ...s });
  }
}
instrument(FakeClockTriggerBuilder, 'ClockTriggerBuilder');

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

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this._ctx, this._handler);
  }
}
instrument(FakeTriggerBuilder, 'TriggerBuilder');

export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;

  constructor(readonly _ctx: FakeContext) {}

  newTrigger(functionName: unknown): FakeTriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw this._ctx.badArgs('ScriptApp.newTrigger', [functionName]);
    return new FakeTriggerBuilder(this._ctx, functionName);
  }

  getProjectTriggers(): FakeTrigger[] {
    return [...this._ctx.triggers];
  }

  getUserTriggers(spreadsheet: unknown): FakeTrigger[] {
    if (!(spreadsheet instanceof FakeSpreadsheet)) throw this._ctx.badArgs('ScriptApp.getUserTriggers', [spreadsheet]);
    return this._ctx.triggers.filter((t) => t.sourceId === spreadsheet._file.id);
  }

  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof FakeTrigger)) throw this._ctx.badArgs('ScriptApp.deleteTrigger', [trigger]);
    const i = this._ctx.triggers.findIndex((t) => t.uniqueId === trigger.uniqueId);
    if (i < 0) throw this._ctx.error('The trigger does not exist (it may have been deleted already).');
    this._ctx.triggers.splice(i, 1);
  }
}
instrument(FakeScriptApp, 'ScriptApp');

// ---- Utilities -----------------------------------------------------------------------------------

/** Java SimpleDateFormat subset: yyyy yy MM M dd d HH H mm ss and 'quoted' text. */
export function formatDate(ctx: FakeContext, date: Date, tz: string, pattern: string): string {
  const p = zonedParts(date.getTime(), tz);
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw ctx.error(`Unterminated quote in date pattern: ${pattern}`);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (pattern[j] === ch) j++;
    const token = pattern.slice(i, j);
    i = j;
    switch (token) {
      case 'yyyy':
        out += pad(p.year, 4);
        break;
      case 'yy':
        out += pad(p.year % 100, 2);
        break;
      case 'MM':
        out += pad(p.month, 2);
        break;
      case 'M':
        out += String(p.month);
        break;
      case 'dd':
        out += pad(p.day, 2);
        break;
      case 'd':
        out += String(p.day);
        break;
      case 'HH':
        out += pad(p.hour, 2);
        break;
      case 'H':
        out += String(p.hour);
        break;
      case 'mm':
        out += pad(p.minute, 2);
        break;
      case 'ss':
        out += pad(p.second, 2);
        break;
      default:
        throw ctx.error(`Utilities.formatDate: the fake does not support "${token}" in the pattern "${pattern}".`);
    }
  }
  return out;
}

/** Java-style formatString: %s, %d, %f / %.Nf, %%. */
function formatString(ctx: FakeContext, template: string, args: unknown[]): string {
  let k = 0;
  return template.replace(/%(\.(\d+))?([sdf%])/g, (m, _p: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (k >= args.length) throw ctx.error(`Utilities.formatString: missing argument for ${m}`);
    const v = args[k++];
    if (conv === 's') return String(v);
    if (typeof v !== 'number') throw ctx.error(`Utilities.formatString: ${m} needs a number, got ${String(v)}`);
    if (conv === 'd') {
      if (!Number.isInteger(v)) throw ctx.error(`Utilities.formatString: ${m} needs an integer, got ${v}`);
      return String(v);
    }
    return v.toFixed(prec === undefined ? 6 : Number(prec));
  });
}

export class FakeUtilities {
  constructor(readonly _ctx: FakeContext) {}

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw this._ctx.badArgs('Utilities.formatDate', [date, timeZone, format]);
    if (Number.isNaN(date.getTime())) throw this._ctx.error('Utilities.formatDate: invalid Date.');
    return formatDate(this._ctx, date, assertTimeZone(this._ctx, timeZone, 'Utilities.formatDate'), format);
  }

  formatString(template: unknown, ...args: unknown[]): string {
    if (typeof template !== 'string') throw this._ctx.badArgs('Utilities.formatString', [template, ...args]);
    return formatString(this._ctx, template, args);
  }

  /** Counted, returns at once. Apps Script caps the wait at 5 minutes. */
  sleep(milliseconds: unknown): void {
    if (!isInt(milliseconds) || milliseconds < 0 || milliseconds > 300000) throw this._ctx.badArgs('Utilities.sleep', [milliseconds]);
  }

  newBlob(data: unknown, contentType?: unknown, name?: unknown): FakeBlob {
    const bytes = bytesFrom(data);
    const args = [data, contentType, name].filter((a) => a !== undefined);
    if (
      !bytes ||
      (contentType !== undefined && contentType !== null && typeof contentType !== 'string') ||
      (name !== undefined && name !== null && typeof name !== 'string')
    ) {
      throw this._ctx.badArgs('Utilities.newBlob', args);
    }
    return new FakeBlob(this._ctx, bytes, (contentType as string | null | undefined) ?? null, (name as string | null | undefined) ?? null);
  }

  getUuid(): string {
    return randomUUID();
  }

  base64Encode(data: unknown): string {
    const bytes = bytesFrom(data);
    if (!bytes) throw this._ctx.badArgs('Utilities.base64Encode', [data]);
    return Buffer.from(bytes).toString('base64');
  }

  base64Decode(encoded: unknown): number[] {
    if (typeof encoded !== 'string') throw this._ctx.badArgs('Utilities.base64Decode', [encoded]);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s/g, ''))) throw this._ctx.error('Could not decode string.');
    return toSignedBytes(new Uint8Array(Buffer.from(encoded, 'base64')));
  }
}
instrument(FakeUtilities, 'Utilities');

// ---- Logger and console ----------------------------------------------------------------------------

export class FakeLogger {
  constructor(readonly _ctx: FakeContext) {}

  log(data: unknown, ...values: unknown[]): FakeLogger {
    const message =
      values.length > 0 && typeof data === 'string'
        ? formatString(this._ctx, data, values)
        : typeof data === 'string'
          ? data
          : nodeFormat('%o', data);
    this._ctx.logs.push({ source: 'Logger', level: 'log', message });
    return this;
  }
}
instrument(FakeLogger, 'Logger');

/** Collects into env.logs instead of printing. */
export class FakeConsole {
  constructor(readonly _ctx: FakeContext) {}

  private _push(level: LogEntry['level'], args: unknown[]): void {
    this._ctx.logs.push({ source: 'console', level, message: nodeFormat(...args) });
  }

  log(...args: unknown[]): void {
    this._push('log', args);
  }

  info(...args: unknown[]): void {
    this._push('info', args);
  }

  warn(...args: unknown[]): void {
    this._push('warn', args);
  }

  error(...args: unknown[]): void {
    this._push('error', args);
  }

  debug(...args: unknown[]): void {
    this._push('debug', args);
  }
}
instrument(FakeConsole, 'console');
