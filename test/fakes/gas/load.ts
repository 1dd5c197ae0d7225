/** Loads the built Apps Script bundle into a vm context whose globals are the fakes. */

import { isAbsolute } from 'node:path';
import { runInContext } from 'node:vm';
import gasLocal from 'gas-local';
import type { GasEnvironment } from './index';

/**
 * gas-local's require(folder, globals): every .js file under `distDir` (relative to the current
 * directory) runs in one context; top-level `function`s and `var`s become properties of the result.
 * Afterwards the fakes make their Dates and Errors in that context's realm, so `instanceof Date`
 * and `instanceof Error` hold inside the bundle.
 */
// biome-ignore lint/suspicious/noExplicitAny: the bundle's top-level functions, untyped
export function loadBundle(env: GasEnvironment, distDir = 'dist'): Record<string, any> {
  const folder = isAbsolute(distDir) || distDir.startsWith('.') ? distDir : `./${distDir}`;
  const ctx = gasLocal.require(folder, env.globals);
  followHostClock(ctx);
  // The bundle's Date (with the clock): the fakes build their Dates with it, and a test clock (clock.ts) sets its now.
  env.context.realm = { Date: runInContext('Date', ctx) as DateConstructor, Error: runInContext('Error', ctx) as ErrorConstructor };
  return ctx;
}

/**
 * The bundle's realm has its own Date, which Jest's fake timers do not reach: without this a test that
 * fakes "now" would run the bundle on the machine's date (and pass or fail with the calendar). The
 * bundle's `new Date()` and `Date.now()` read the host's `Date.now()` instead, so a test's faked now is
 * the bundle's now too; a Date built from arguments is untouched. `setToday` (test/gas/harness.ts) can
 * still pin a day on top of it.
 */
function followHostClock(ctx: object): void {
  const install = runInContext(
    `(function (hostNow) {
      var Real = Date;
      function HostDate() {
        if (!new.target) return new Real(hostNow()).toString();
        return arguments.length ? Reflect.construct(Real, arguments) : new Real(hostNow());
      }
      HostDate.prototype = Real.prototype;
      HostDate.now = function () { return hostNow(); };
      HostDate.UTC = Real.UTC;
      HostDate.parse = Real.parse;
      Date = HostDate;
    })`,
    ctx,
  ) as (hostNow: () => number) => void;
  install(() => Date.now());
}
