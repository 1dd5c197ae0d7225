/** Who is running a menu action, and whether core's role policy lets them (core/roles.ts decides). */
import type { WardGrids } from '../core/parse/parseWard';
import { authorize, type RoleAction, refusalMessage, type WardAccess, wardAccess } from '../core/roles';
import { SHEETS } from '../core/schema/sheets';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { userLang } from './i18n';
import { protectLogTab } from './protect';
import { RefusedError, type Run } from './run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RunAccess {
  access: WardAccess;
  /** The running user's e-mail: the active user's, or the effective user's when Apps Script hides that. */
  me: string;
  /** No officer e-mail is written yet: the runner acts as the officer. */
  unconfigured: boolean;
}

/**
 * Session e-mails are '' where the domain hides them (core decides what that means). A call that
 * throws is a platform failure, not an unknown user: it propagates and the run fails.
 */
const email = (user: GoogleAppsScript.Base.User): string => user.getEmail() || '';

/** Reads Cấu hình and Danh mục CLB (two reads) and the two tabs' roles. */
export function readAccess(ss: Spreadsheet): WardAccess {
  const grids: WardGrids = {};
  for (const name of [SHEETS.settings, SHEETS.clubs]) {
    const sheet = ss.getSheetByName(name);
    if (sheet) grids[name] = readSheetGrid(sheet);
  }
  return wardAccess(grids, today());
}

/**
 * Throws (with the catalogue's explanation) unless the running user may run `action`; with a `run`,
 * also protects the log tab once its row is written. The role
 * comes from the active user's e-mail, never the effective user's: an empty active e-mail is
 * "unknown", refused once officers are named (see authorize).
 */
export function requireRole(ss: Spreadsheet, action: RoleAction, run?: Run, as?: string): RunAccess {
  const access = readAccess(ss);
  // `as`: a continuation's trigger runs as the officer who started the job (continuation.ts), whose
  // e-mail it knows; Apps Script may give no active user there.
  const active = as ?? email(Session.getActiveUser());
  const decision = authorize(access, active, action);
  if (!decision.ok) throw new RefusedError(refusalMessage(decision.refusal, action, userLang()));
  const me = active || email(Session.getEffectiveUser());
  const allowed = { access, me, unconfigured: decision.unconfigured };
  // The run's log row comes last and may make the log tab: it is protected like every output.
  if (run) run.onLogged = (logSheet) => protectLogTab(ss, allowed, logSheet);
  return allowed;
}
