/**
 * A strict in-memory fake of the Apps Script services the add-on uses, and only of those: surface.ts
 * lists every public member, conformance.ts types them against @types/google-apps-script, and
 * test/fakes/surface.test.ts checks that src/gas calls nothing else.
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
 * - Authorization modes (env.runInAuthMode): NONE allows menus and the locale only; LIMITED (simple
 *   triggers) refuses Drive, Docs, ScriptApp and sidebars/dialogs. Which calls need what is simplified.
 * - Ui.alert answers OK alerts only; every prompt needs a scripted answer (env.ui.queuePrompt).
 * - Documents keep text per paragraph; offset styling is recorded, not re-flowed. Body.appendTable
 *   adds no trailing paragraph. Exported "PDFs" contain the document text. A child element got with
 *   getChild has its concrete type's methods too (Apps Script's needs asParagraph() etc. first).
 * - Protections (protection.ts): sheet protections only; the spreadsheet counts as shared, as editor,
 *   with its owner and everyone who became the current user (env.users.become). Writes are refused
 *   as in Sheets for a user who may not edit a protected tab.
 * - Docs.Documents.get / batchUpdate (the Docs advanced service, v1): structural JSON with the API's
 *   indices; six request kinds, strict and atomic (advancedDocs.ts).
 * - Drive.Files.create (the Drive advanced service, v3) converts a .docx upload into a Doc of its
 *   paragraphs and tables (text only) and remembers whether its header had a PAGE field.
 * - Embedded charts (charts.ts) are data: type, ranges, anchor, options; their PNG is blank, of the
 *   chart's size, with the chart's title, ranges and values in a tEXt chunk.
 * - Range objects do not move when rows are inserted or deleted. Column widths, dialog sizes and
 *   the spreadsheet's time zone are checked, not kept.
 */
import { FakeAdvancedDocs } from './advancedDocs';
import { FakeAdvancedDrive, FakeUtilities } from './advancedDrive';
import type { CallCounter } from './calls';
import { FakeCharts } from './charts';
import type { AuthMode, LogEntry } from './context';
import { FakeContext } from './context';
import { FakeDocumentApp, FakeDocumentStore } from './document';
import { FakeDriveApp, FakeDriveStore, MimeType } from './drive';
import { FakeHtmlService } from './html';
import { FakeUsers } from './protection';
import type { FakeTrigger } from './services';
import {
  FakeConsole,
  FakeLockControl,
  FakeLockService,
  FakeProperties,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
} from './services';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUiRecorder } from './ui';

export { FORMULA_PLACEHOLDER } from './cells';
export type { AuthMode } from './context';
export type { FakeDocument, FakeParagraph, FakeTable } from './document';
export { loadBundle } from './load';
export type { FakeProtection, FakeUsers } from './protection';
export { PROTECTED_MESSAGE, protectionOf } from './protection';
export type { FakeRange } from './range';
export type { FakeSheet, FakeSpreadsheet } from './spreadsheet';
export type { FakeDataValidation } from './validation';

export interface GasEnvironmentOptions {
  spreadsheetName?: string;
  /** The current user, who also owns the spreadsheet (default user@example.com). */
  userEmail?: string;
  /** Session.getActiveUserLocale() (default 'en'). */
  userLocale?: string;
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
  /** Installable triggers created through ScriptApp (live array). */
  triggers: FakeTrigger[];
  locks: FakeLockControl;
  /** Who runs the script (settable: env.users.become(email)), the owner, the domain. */
  users: FakeUsers;
  /** console.error output. */
  logs: LogEntry[];
  /** Shared internals (realm, stores); used by loadBundle. */
  context: FakeContext;
  /**
   * Runs `fn` as a trigger of that authorization runs (e.g. onOpen as a simple trigger: LIMITED in a
   * bound script); a call the mode does not allow throws "You do not have permission to call …".
   */
  runInAuthMode<T>(mode: AuthMode, fn: () => T): T;
}

export function createGasEnvironment(opts: GasEnvironmentOptions = {}): GasEnvironment {
  const ctx = new FakeContext(opts.userLocale ?? 'en');
  ctx.users = new FakeUsers(opts.userEmail ?? 'user@example.com');
  ctx.drive = new FakeDriveStore(ctx);
  ctx.documents = new FakeDocumentStore(ctx);
  ctx.ui = new FakeUiRecorder();
  ctx.locks = new FakeLockControl();
  ctx.triggers = [];

  const file = ctx.drive._newFile(opts.spreadsheetName ?? 'Test spreadsheet', MimeType.GOOGLE_SHEETS, [ctx.drive._root.id], null);
  const spreadsheet = new FakeSpreadsheet(ctx, file);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: new FakeSpreadsheetApp(ctx, spreadsheet),
    Charts: new FakeCharts(ctx),
    DocumentApp: new FakeDocumentApp(ctx),
    DriveApp: new FakeDriveApp(ctx),
    Drive: new FakeAdvancedDrive(ctx),
    Docs: new FakeAdvancedDocs(ctx),
    Utilities: new FakeUtilities(ctx),
    PropertiesService: new FakePropertiesService(ctx, new FakeProperties(ctx)),
    LockService: new FakeLockService(ctx),
    Session: new FakeSession(ctx),
    HtmlService: new FakeHtmlService(ctx),
    ScriptApp: new FakeScriptApp(ctx),
    console: new FakeConsole(ctx),
  };

  return {
    globals,
    spreadsheet,
    calls: ctx.calls,
    ui: ctx.ui,
    drive: ctx.drive,
    documents: ctx.documents,
    triggers: ctx.triggers,
    locks: ctx.locks,
    users: ctx.users,
    logs: ctx.logs,
    context: ctx,
    runInAuthMode<T>(mode: AuthMode, fn: () => T): T {
      const before = ctx.authMode;
      ctx.authMode = mode;
      try {
        return fn();
      } finally {
        ctx.authMode = before;
      }
    },
  };
}
