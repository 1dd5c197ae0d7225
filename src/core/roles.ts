/**
 * Who may do what in a ward workbook, decided from the settings (Cấu hình) and the club registry
 * (Danh mục CLB) alone. The edge reads those two tabs and the running user's e-mail, asks
 * `authorize` before a menu action, and carries out `planProtections` (src/gas/protect.ts).
 *
 * - ward officers (Cấu hình, "Email cán bộ phụ trách", several allowed) edit every tab and run every action;
 * - a club's board (Danh mục CLB, "Email Ban chủ nhiệm") edits its club's tab only and runs no action;
 * - leaders (Cấu hình, "Email lãnh đạo") and everyone else read.
 *
 * Until an officer e-mail is written, the workbook is "unconfigured": whoever runs an action is
 * treated as its officer (first set-up), and the protections name that person. An officer e-mail
 * that cannot be read (a typo) never falls back to that: every action is refused until it is fixed.
 */
import type { IsoDate } from './dates';
import { type Lang, type MessageKey, translate } from './i18n/messages';
import { locatedOf, locateTables } from './parse/locate';
import { parseWard, type WardGrids } from './parse/parseWard';
import { readEmails } from './parse/readCell';
import { readTable } from './parse/readTable';
import { OUTPUT_SHEETS, SHEETS } from './schema/sheets';
import { SETTINGS_TABLE } from './schema/tables';
import { foldText } from './text';

export type Role = 'officer' | 'board' | 'leader' | 'reader';

/** The menu actions; each one writes tabs only officers may edit, so each is the officers'. */
export const ROLE_ACTIONS = [
  'setup',
  'addClub',
  'check',
  'rollUp',
  'report',
  'privateLists',
  'editCheck',
  'permissions',
  'lock',
  'settings',
] as const;
export type RoleAction = (typeof ROLE_ACTIONS)[number];

export interface WardAccess {
  /** Officer e-mails, lower-case; empty when none is written (unconfigured) or unreadable. */
  officers: string[];
  leaders: string[];
  /** Each registered club's code → its board's e-mails (lower-case); [] when blank or unreadable. */
  boards: Record<string, string[]>;
  /** Protections only warn (Cấu hình "Bảo vệ trang tính" = Cảnh báo). */
  warningOnly: boolean;
  /** The officer e-mail cell holds something that is not a list of e-mails: nobody may act until it is fixed. */
  badOfficerEmail?: { a1: string; value: string };
}

const EMAIL_SETTINGS = ['officerEmail', 'leaderEmail'] as const;

/** Reads the two tabs roles depend on (missing tabs give an unconfigured workbook). */
export function wardAccess(grids: WardGrids, today: IsoDate): WardAccess {
  const raw = settingCells(grids);
  const emails = (key: (typeof EMAIL_SETTINGS)[number]) => readEmails(raw[key]?.value ?? '');
  const officers = emails('officerEmail');
  const access: WardAccess = {
    officers: officers.value ?? [],
    leaders: emails('leaderEmail').value ?? [],
    boards: {},
    warningOnly: isWarningOnly(raw.sheetProtection?.value ?? ''),
  };
  if (officers.problem) access.badOfficerEmail = { a1: raw.officerEmail?.a1 ?? '', value: raw.officerEmail?.value ?? '' };
  const registry = parseWard({ [SHEETS.clubs]: grids[SHEETS.clubs] ?? [] }, { today }).registry;
  for (const entry of registry) {
    const code = entry.code;
    // The first row of a code counts, as in the roll-up: a second row never grants access.
    if (!code || code in access.boards) continue;
    access.boards[code] = entry.boardEmails ?? [];
  }
  return access;
}

/** The access once a club is added to the registry (with the board e-mails given, if any). */
export function withNewClub(access: WardAccess, code: string, boardEmails: readonly string[] = []): WardAccess {
  return { ...access, boards: { ...access.boards, [code]: access.boards[code] ?? [...boardEmails] } };
}

/** "Cảnh báo" (or "warning") in the sheetProtection setting; anything else, blank included, locks. */
export function isWarningOnly(value: string): boolean {
  const folded = foldText(value);
  return folded.startsWith('canh bao') || folded.startsWith('warning');
}

/** Raw text and cell of the settings rows by key, read without defaults or type checks. */
function settingCells(grids: WardGrids): Record<string, { value: string; a1: string }> {
  const grid = grids[SHEETS.settings];
  const out: Record<string, { value: string; a1: string }> = {};
  if (!grid) return out;
  const located = locatedOf(locateTables(grid, [SETTINGS_TABLE]), SETTINGS_TABLE);
  if (!located) return out;
  for (const row of readTable(SHEETS.settings, grid, located, { referenceYear: 2000, workbookYear: 2000 }).rows) {
    const key = row.key ?? '';
    if (key && !(key in out)) out[key] = { value: row.value ?? '', a1: row.cells.value };
  }
  return out;
}

export interface RoleOf {
  role: Role;
  /** The clubs whose board the user sits on (a board role). */
  clubs: string[];
}

/** The role of one e-mail (compared without case); an officer who also sits on a board is an officer. */
export function roleOf(access: WardAccess, email: string): RoleOf {
  const me = email.trim().toLowerCase();
  if (me && access.officers.includes(me)) return { role: 'officer', clubs: [] };
  const clubs = me ? Object.keys(access.boards).filter((code) => access.boards[code]!.includes(me)) : [];
  if (clubs.length > 0) return { role: 'board', clubs };
  if (me && access.leaders.includes(me)) return { role: 'leader', clubs: [] };
  return { role: 'reader', clubs: [] };
}

export type Refusal =
  | { reason: 'notOfficer'; email: string; role: RoleOf }
  | { reason: 'noEmail' }
  | { reason: 'badOfficerEmail'; a1: string; value: string };

export type Decision = { ok: true; role: Role; unconfigured: boolean } | { ok: false; refusal: Refusal };

/**
 * May `email` (the running user's; '' when Apps Script cannot tell) run `action`? Every action is
 * the officers'. With no officer written yet anyone may (the first set-up), even without an e-mail;
 * once one is written, an unknown e-mail is refused, since nobody could tell an officer from a reader.
 */
export function authorize(access: WardAccess, email: string, _action: RoleAction): Decision {
  if (access.badOfficerEmail) return { ok: false, refusal: { reason: 'badOfficerEmail', ...access.badOfficerEmail } };
  if (access.officers.length === 0) return { ok: true, role: 'officer', unconfigured: true };
  if (!email.trim()) return { ok: false, refusal: { reason: 'noEmail' } };
  const role = roleOf(access, email);
  if (role.role === 'officer') return { ok: true, role: 'officer', unconfigured: false };
  return { ok: false, refusal: { reason: 'notOfficer', email: email.trim(), role } };
}

const ACTION_KEYS: Record<RoleAction, MessageKey> = {
  setup: 'roles.action.setup',
  addClub: 'roles.action.addClub',
  check: 'roles.action.check',
  rollUp: 'roles.action.rollUp',
  report: 'roles.action.report',
  privateLists: 'roles.action.privateLists',
  editCheck: 'roles.action.editCheck',
  permissions: 'roles.action.permissions',
  lock: 'roles.action.lock',
  settings: 'roles.action.settings',
};

/** Why an action was refused, and what to do about it, in the user's language. */
export function refusalMessage(refusal: Refusal, action: RoleAction, lang: Lang): string {
  if (refusal.reason === 'noEmail') return translate('roles.refused.noEmail', {}, lang);
  if (refusal.reason === 'badOfficerEmail')
    return translate('roles.refused.badOfficerEmail', { cell: refusal.a1, value: refusal.value }, lang);
  const { role, clubs } = refusal.role;
  const who =
    role === 'board'
      ? translate('roles.role.board', { clubs: clubs.join(', ') }, lang)
      : translate(role === 'leader' ? 'roles.role.leader' : 'roles.role.reader', {}, lang);
  return translate('roles.refused.notOfficer', { action: translate(ACTION_KEYS[action], {}, lang), email: refusal.email, who }, lang);
}

/** One tab's protection: who may edit it (or, warning-only, that everyone may after a warning). */
export interface TabProtection {
  sheet: string;
  /** Lower-case e-mails, sorted; the running user is always one of them. */
  editors: string[];
  warningOnly: boolean;
  description: { key: MessageKey; params: Record<string, string> };
}

/**
 * The protection of every tab in `sheetNames`: a registered club's tab is edited by its board and
 * the officers; every other tab (ward tabs, output tabs, Nhật ký, tabs the add-on does not know)
 * by the officers only. `runningUser` is always an editor (Apps Script keeps the current user
 * anyway), which in an unconfigured workbook makes the person who sets it up its officer.
 */
export function planProtections(access: WardAccess, sheetNames: readonly string[], runningUser: string): TabProtection[] {
  const officers = officerEditors(access, runningUser);
  return sheetNames.map((sheet) => {
    const board = Object.hasOwn(access.boards, sheet) ? access.boards[sheet]! : undefined;
    const editors = board ? [...new Set([...officers, ...board])].sort() : officers;
    const description: TabProtection['description'] = board
      ? { key: 'protect.description.club', params: { code: sheet } }
      : { key: OUTPUT_SHEETS.includes(sheet) ? 'protect.description.output' : 'protect.description.ward', params: {} };
    return { sheet, editors, warningOnly: access.warningOnly, description };
  });
}

function officerEditors(access: WardAccess, runningUser: string): string[] {
  const me = runningUser.trim().toLowerCase();
  return [...new Set([...access.officers, ...(me ? [me] : [])])].sort();
}

/**
 * A short fingerprint of what the protections depend on (officers, boards, mode), so a job can
 * tell cheaply, from a document property, whether the registry's e-mails changed since they were
 * applied. Tab names and clubs without e-mails are not in it: a job that adds a tab protects that
 * tab itself.
 */
export function accessFingerprint(access: WardAccess, runningUser: string): string {
  const boards = Object.keys(access.boards)
    .filter((code) => access.boards[code]!.length > 0)
    .sort()
    .map((code) => `${code}=${access.boards[code]!.join(',')}`);
  const text = [officerEditors(access, runningUser).join(','), access.warningOnly ? 'warn' : 'lock', ...boards].join('\n');
  return fnv1a(text);
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to notice a change, not a security measure. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
