import { runInContext } from 'node:vm';
/** Loads the built bundle over the fake services, with a ward written into the fake spreadsheet. */

import { DEMO_WARD } from '../../src/core/demo/ward';
import type { Cell } from '../../src/core/values';
import { createGasEnvironment, type GasEnvironment, loadBundle } from '../fakes/gas';

export interface Loaded {
  env: GasEnvironment;
  app: Record<string, (...args: unknown[]) => unknown>;
}

/** The demo ward's officer: whoever runs the menus unless a test becomes someone else (env.users.become). */
export const OFFICER = DEMO_WARD.officerEmail;

/**
 * The built add-on (dist/) over a fresh fake; `distDir: 'dist-bound'` loads the bound-template build
 * instead (its HTML pages too).
 */
export function loadAddOn(userEmail: string = OFFICER, userLocale: 'vi' | 'en' = 'vi', distDir = 'dist'): Loaded {
  const env = createGasEnvironment({ userLocale, spreadsheetName: 'Sổ phường Bỉm Sơn', userEmail });
  env.context.htmlDir = distDir;
  const app = loadBundle(env, distDir) as Loaded['app'];
  return { env, app };
}

/** Writes grids as tabs of the fake spreadsheet (as users would have typed them), then resets the call counts. */
export function writeGrids(env: GasEnvironment, grids: Record<string, Cell[][]>): void {
  for (const [name, grid] of Object.entries(grids)) {
    const sheet = env.spreadsheet.getSheetByName(name) ?? env.spreadsheet.insertSheet(name);
    const width = Math.max(...grid.map((r) => r.length), 1);
    if (grid.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    const values = grid.map((r) => Array.from({ length: width }, (_, i) => (r[i] === null || r[i] === undefined ? '' : r[i]))) as Array<
      Array<string | number | boolean | Date>
    >;
    sheet.clearContents();
    sheet.getRange(1, 1, values.length, width).setValues(values);
  }
  env.calls.reset();
}

export function sheetValues(env: GasEnvironment, name: string): unknown[][] {
  const sheet = env.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getDataRange().getValues();
}

/** The Docs renderers use the DocumentApp global directly: a fresh fake of it for one test. */
export function useFakeDocumentApp(): GasEnvironment {
  const env = createGasEnvironment();
  Object.assign(globalThis, { DocumentApp: env.globals.DocumentApp });
  return env;
}

export function clearFakeDocumentApp(): void {
  delete (globalThis as Record<string, unknown>).DocumentApp;
}

/**
 * Sets the bundle's clock to a day (its vm realm has its own Date, which Jest's fake timers do not
 * reach): every `new Date()` and `Date.now()` of the bundle is 03:00 UTC of that day.
 */
export function setToday(app: object, iso: string): void {
  runInContext(
    `(function () {
      var Real = globalThis.__RealDate || Date;
      globalThis.__RealDate = Real;
      var fixed = Real.parse('${iso}T03:00:00Z');
      function Fake() {
        if (!new.target) return new Real(fixed).toString();
        return arguments.length ? new (Function.prototype.bind.apply(Real, [null].concat([].slice.call(arguments))))() : new Real(fixed);
      }
      Fake.prototype = Real.prototype;
      Fake.now = function () { return fixed; };
      Fake.UTC = Real.UTC;
      Fake.parse = Real.parse;
      Date = Fake;
    })()`,
    app,
  );
}
