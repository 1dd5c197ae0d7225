/** State and helpers shared by every fake of one environment. */
import { CallCounter } from './calls';
import type { FakeDocumentStore } from './document';
import type { FakeDriveStore } from './drive';
import type { FakeUsers } from './protection';
import type { FakeLockControl, FakeTrigger } from './services';
import type { FakeUiRecorder } from './ui';

/** Constructors of the realm the bundle runs in (a vm context once `loadBundle` has run). */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** A console.error line of the code under test. */
export interface LogEntry {
  level: 'error';
  message: string;
}

/**
 * The authorization a run has (ScriptApp.AuthMode): FULL for menu items and pages once the user has
 * authorized; LIMITED for onOpen/onEdit as simple triggers of a bound script (or of an add-on used in
 * the document); NONE for an add-on's onOpen in a document where it was never used.
 */
export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

/** What NONE allows: building menus and reading the locale, nothing of the document. */
const ALLOWED_IN_NONE = ['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Menu.', 'Session.getActiveUserLocale', 'console.'];
/**
 * What LIMITED refuses: a simple trigger may read and change the file it is bound to, but not use a
 * service that needs the user's authorization (other files, Docs, triggers, sidebars and dialogs).
 */
const REFUSED_IN_LIMITED = [
  'DriveApp.',
  'Drive.',
  'Files.',
  'Folder.',
  'File.',
  'DocumentApp.',
  'Docs.',
  'Documents.',
  'ScriptApp.',
  'Ui.showSidebar',
  'Ui.showModalDialog',
];

export class FakeContext {
  readonly calls = new CallCounter();
  readonly logs: LogEntry[] = [];
  /** Errors and Dates handed to the bundle are made in its realm so `instanceof` works there. */
  realm: Realm = { Date, Error };
  // Stores wired up by createGasEnvironment (set once, right after construction).
  drive!: FakeDriveStore;
  documents!: FakeDocumentStore;
  ui!: FakeUiRecorder;
  locks!: FakeLockControl;
  triggers!: FakeTrigger[];
  /** Who runs the script, owns the spreadsheet, and its domain (protection.ts). */
  users!: FakeUsers;
  /** Where HtmlService.createHtmlOutputFromFile finds the project's HTML files (the built dist/). */
  htmlDir = 'dist';
  /** The run's authorization (runInAuthMode in index.ts); calls it does not allow throw as Apps Script's do. */
  authMode: AuthMode = 'FULL';
  private readonly seq = new Map<string, number>();

  constructor(readonly userLocale: string) {
    this.calls.gate = (name) => this.checkAuthorized(name);
  }

  private checkAuthorized(name: string): void {
    const refused =
      this.authMode === 'NONE'
        ? !ALLOWED_IN_NONE.some((p) => name === p || (p.endsWith('.') && name.startsWith(p)))
        : this.authMode === 'LIMITED' && REFUSED_IN_LIMITED.some((p) => name === p || (p.endsWith('.') && name.startsWith(p)));
    if (refused) throw this.error(`You do not have permission to call ${name}.`);
  }

  /** Deterministic, Drive-shaped ids (44 characters of [A-Za-z0-9_-]). */
  newId(kind: string): string {
    const n = (this.seq.get(kind) ?? 0) + 1;
    this.seq.set(kind, n);
    return `1Fake${kind}${String(n).padStart(6, '0')}`.padEnd(44, '_');
  }

  /** Next value of a simple per-kind counter (sheet ids). */
  next(kind: string): number {
    const n = (this.seq.get(kind) ?? 0) + 1;
    this.seq.set(kind, n);
    return n;
  }

  error(message: string): Error {
    return new this.realm.Error(message);
  }

  /** Apps Script's message for arguments that match no overload of a method. */
  badArgs(method: string, args: readonly unknown[]): Error {
    return this.error(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`);
  }

  /** A Date in the bundle's realm. */
  date(ms: number): Date {
    return new this.realm.Date(ms);
  }
}

/** Works for Dates from any realm (the bundle's vm context has its own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Roughly the type names Apps Script prints in "The parameters (...) don't match" messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) return v.length > 0 && Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  const cls = (v as { _className?: unknown })._className;
  if (typeof cls === 'string') return cls;
  return 'Object';
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Makes a frozen string enum `{ KEY: 'KEY' }`. */
export function makeEnum<K extends string>(keys: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const k of keys) out[k] = k;
  return Object.freeze(out);
}

/** Throws unless `tz` is an IANA zone Intl knows (or a GMT±h[:mm] offset). */
export function assertTimeZone(ctx: FakeContext, tz: unknown, method: string): string {
  if (typeof tz !== 'string') throw ctx.badArgs(method, [tz]);
  if (parseGmtOffset(tz) !== null) return tz;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw ctx.error(`Invalid time zone: ${tz}`);
  }
  return tz;
}

/** Minutes east of UTC for "GMT+7", "UTC-03:30", "GMT"; null for anything else. */
export function parseGmtOffset(tz: string): number | null {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(tz);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}
