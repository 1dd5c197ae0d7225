/**
 * A strict in-memory fake of the Apps Script services the add-on uses.
 *
 *   const env = createGasEnvironment();
 *   const app = loadBundle(env);          // dist/*.js in a vm context whose globals are the fakes
 *   app.onOpen({ authMode: 'FULL' });
 *   expect(env.ui.menus[0].items).toEqual([...]);
 *   expect(env.calls.count('Range.setValues')).toBe(1);
 *
 * Known approximations (everything else throws where Apps Script throws):
 * - Formulas are stored, not computed: getValues() returns '#FORMULA!' for them.
 * - Written strings: "=..." formula, "'..." text, plain en-US numbers and TRUE/FALSE are parsed;
 *   date-like strings are NOT parsed (Sheets would, by locale).
 * - Ui.alert with only an OK button needs no scripted answer; every prompt and every other alert does.
 * - Documents keep text per paragraph; offset styling is recorded, not re-flowed. Body.appendTable
 *   adds no trailing paragraph. Exported "PDFs" contain the document text.
 * - DriveApp name searches include trashed items. Range objects do not move when rows are inserted
 *   or deleted. Column widths and the spreadsheet's time zone are checked, not kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallCounter } from './calls';
import type { LogEntry } from './context';
import { assertTimeZone, FakeContext } from './context';
import { FakeDocumentApp, FakeDocumentStore } from './document';
import { FakeDriveApp, FakeDriveStore, MimeType } from './drive';
import { FakeHtmlService } from './html';
import type { FakeTrigger, PropertyStores } from './services';
import {
  FakeConsole,
  FakeLockControl,
  FakeLockService,
  FakeLogger,
  FakeProperties,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
} from './services';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUiRecorder } from './ui';

export { FakeBlob } from './blob';
export { CallCounter } from './calls';
export { FORMULA_PLACEHOLDER } from './cells';
export type { LogEntry } from './context';
export {
  FakeBody,
  FakeDocument,
  FakeDocumentStore,
  FakeListItem,
  FakeParagraph,
  FakeTable,
  FakeTableCell,
  FakeTableRow,
  FakeText,
} from './document';
export { FakeDriveStore, FakeFile, FakeFolder, MimeType } from './drive';
export { FakeHtmlOutput, FakeHtmlTemplate } from './html';
export { loadBundle } from './load';
export { FakeRange } from './range';
export { FakeLockControl, FakeProperties, FakeTrigger } from './services';
export { FakeSheet, FakeSpreadsheet } from './spreadsheet';
export type { ButtonName, RecordedAlert, RecordedDialog, RecordedMenu, RecordedMenuItem, RecordedPrompt, RecordedToast } from './ui';
export { FakeUiRecorder } from './ui';
export { FakeDataValidation } from './validation';

export interface GasEnvironmentOptions {
  spreadsheetName?: string;
  userEmail?: string;
  /** Script and spreadsheet time zone (default Asia/Ho_Chi_Minh, as in appsscript.json). */
  timeZone?: string;
  /** Session.getActiveUserLocale() (default 'en'). */
  userLocale?: string;
  /** HTML files by name without ".html"; default: every dist/*.html. */
  htmlFiles?: Record<string, string>;
}

export interface GasEnvironment {
  /** The vm context's globals: the fake services. gas-local mutates this object when loading. */
  globals: Record<string, unknown>;
  /** The active spreadsheet (one sheet "Sheet1", 1000 x 26). Its calls are counted. */
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  ui: FakeUiRecorder;
  drive: FakeDriveStore;
  documents: FakeDocumentStore;
  /** The same objects PropertiesService returns. */
  properties: PropertyStores;
  /** Installable triggers created through ScriptApp (live array). */
  triggers: FakeTrigger[];
  locks: FakeLockControl;
  /** Logger.log and console.* output. */
  logs: LogEntry[];
  /** Shared internals (realm, stores); used by loadBundle. */
  context: FakeContext;
}

function readHtmlFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.html')) out[f.slice(0, -5)] = readFileSync(join(dir, f), 'utf8');
  return out;
}

export function createGasEnvironment(opts: GasEnvironmentOptions = {}): GasEnvironment {
  const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  const ctx = new FakeContext(opts.userEmail ?? 'user@example.com', timeZone, opts.userLocale ?? 'en');
  assertTimeZone(ctx, timeZone, 'createGasEnvironment');
  ctx.drive = new FakeDriveStore(ctx);
  ctx.documents = new FakeDocumentStore(ctx);
  ctx.ui = new FakeUiRecorder();
  ctx.locks = new FakeLockControl();
  ctx.triggers = [];

  const file = ctx.drive._newFile(opts.spreadsheetName ?? 'Test spreadsheet', MimeType.GOOGLE_SHEETS, [ctx.drive._root.id], null);
  const spreadsheet = new FakeSpreadsheet(ctx, file);
  const properties: PropertyStores = { script: new FakeProperties(ctx), document: new FakeProperties(ctx), user: new FakeProperties(ctx) };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet),
    DocumentApp: new FakeDocumentApp(ctx),
    DriveApp: new FakeDriveApp(ctx),
    PropertiesService: new FakePropertiesService(ctx, properties),
    LockService: new FakeLockService(ctx),
    Session: new FakeSession(ctx),
    HtmlService: new FakeHtmlService(ctx, opts.htmlFiles ?? readHtmlFiles('dist')),
    ScriptApp: new FakeScriptApp(ctx),
    Utilities: new FakeUtilities(ctx),
    Logger: new FakeLogger(ctx),
    MimeType,
    console: new FakeConsole(ctx),
  };

  return {
    globals,
    spreadsheet,
    calls: ctx.calls,
    ui: ctx.ui,
    drive: ctx.drive,
    documents: ctx.documents,
    properties,
    triggers: ctx.triggers,
    locks: ctx.locks,
    logs: ctx.logs,
    context: ctx,
  };
}
