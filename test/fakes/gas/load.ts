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
  env.context.realm = { Date: runInContext('Date', ctx) as DateConstructor, Error: runInContext('Error', ctx) as ErrorConstructor };
  return ctx;
}
