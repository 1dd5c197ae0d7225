/**
 * Chốt số liệu — locking a reported period, like DHIS2's data approval. Locking keeps a snapshot of
 * the input tabs as the add-on read them (every club tab and ward table), so any report on that
 * period is made again from exactly what was reported, whatever is edited later; later edits that
 * change a locked period's figures are flagged in Kiểm tra with old → new values; the province
 * roll-up takes a ward's locked figures for a locked period.
 *
 * The snapshots live in the add-on's tab *Số liệu đã chốt*, one event per lock or unlock, appended
 * and never rewritten: a lock's rows (its snapshot, as JSON cut into pieces under the 50,000
 * characters a Sheets cell holds) are written with one call, and a lock whose pieces are not all
 * there is not a lock. The tab is found by its header (the command line) or its marker (the add-on).
 */
import type { IsoDate } from './dates';
import { fingerprintGrids } from './fingerprint';
import { type Lang, translate } from './i18n/messages';
import { rollUpWard } from './indicators/rollup';
import type { Issue } from './issues';
import type { Grid } from './parse/locate';
import { parseWard, type WardGrids } from './parse/parseWard';
import { type Period, parsePeriod } from './period';
import { foldText } from './text';
import { type Cell, cellText } from './values';

export type LockAction = 'lock' | 'unlock';

export interface LockEvent {
  /** The period's id ("2026-H1", "2026", …). */
  period: string;
  action: LockAction;
  /** "yyyy-mm-dd hh:mm" in the ward's time zone. */
  at: string;
  by: string;
  /** fingerprintGrids of the snapshot (the input tabs at the lock). */
  fingerprint: string;
  /** The input tabs at the lock; only for a lock. */
  grids?: WardGrids;
  /** A lock whose pieces are missing, do not read, or do not match its fingerprint (hand-edited, half-copied). */
  damaged?: boolean;
}

export interface LockedPeriod {
  period: string;
  at: string;
  by: string;
  fingerprint: string;
  grids: WardGrids;
  /** The period's last lock is damaged: never used (its grids are empty), reported by Kiểm tra, may be locked again. */
  damaged?: boolean;
}

const COLUMN_KEYS = ['period', 'action', 'at', 'by', 'fingerprint', 'part', 'data'] as const;
export const LOCK_HEADER_KEYS = COLUMN_KEYS.map((k) => `lock.col.${k}` as const);
export const LOCK_COLUMN_WIDTHS = [90, 90, 130, 200, 100, 60, 400];

export const lockHeader = (lang: Lang): string[] => LOCK_HEADER_KEYS.map((k) => translate(k, {}, lang));

/** A Sheets cell holds 50,000 characters and an .xlsx cell 32,767 (a workbook downloaded as .xlsx keeps its pieces whole). */
export const PIECE_CHARS = 30_000;

/** Dates survive JSON as {"$d": ISO instant}; trailing blanks of a row are dropped. */
function encodeGrids(grids: WardGrids): string {
  const out: Record<string, unknown[][]> = {};
  for (const [name, grid] of Object.entries(grids)) {
    out[name] = grid.map((row) => {
      let end = row.length;
      while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end--;
      return row.slice(0, end).map((c) => (c instanceof Date ? { $d: c.toISOString() } : (c ?? null)));
    });
  }
  return JSON.stringify({ v: 1, grids: out });
}

function decodeGrids(text: string): WardGrids | undefined {
  try {
    const parsed = JSON.parse(text) as { v?: number; grids?: Record<string, unknown[][]> };
    if (parsed.v !== 1 || !parsed.grids || typeof parsed.grids !== 'object') return undefined;
    const grids: WardGrids = {};
    for (const [name, rows] of Object.entries(parsed.grids)) {
      grids[name] = rows.map((row) =>
        row.map((c): Cell => (c !== null && typeof c === 'object' && '$d' in c ? new Date(String((c as { $d: string }).$d)) : (c as Cell))),
      );
    }
    return grids;
  } catch {
    return undefined;
  }
}

const ACTION_WORD: Record<LockAction, 'lock.action.lock' | 'lock.action.unlock'> = {
  lock: 'lock.action.lock',
  unlock: 'lock.action.unlock',
};

/** The rows one event appends: a lock's snapshot in pieces "1/3", "2/3", …; an unlock one row without data. */
export function lockEventRows(event: LockEvent, lang: Lang): Cell[][] {
  const head = [event.period, translate(ACTION_WORD[event.action], {}, lang), event.at, event.by, event.fingerprint];
  if (event.action === 'unlock' || !event.grids) return [[...head, '', '']];
  const text = encodeGrids(event.grids);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += PIECE_CHARS) pieces.push(text.slice(i, i + PIECE_CHARS));
  return pieces.map((piece, i) => [...head, `${i + 1}/${pieces.length}`, piece]);
}

const HEADER_VARIANTS = (['vi', 'en'] as const).map((lang) => lockHeader(lang).map(foldText));

/** Whether a grid is a lock tab: its first row is the lock header (either language). */
export function isLockGrid(grid: Grid): boolean {
  const first = (grid[0] ?? []).slice(0, COLUMN_KEYS.length).map((c) => foldText(cellText(c)));
  return HEADER_VARIANTS.some((h) => h.every((text, i) => first[i] === text));
}

function actionOf(text: string): LockAction | undefined {
  const folded = foldText(text);
  for (const action of ['lock', 'unlock'] as const) {
    if ((['vi', 'en'] as const).some((lang) => foldText(translate(ACTION_WORD[action], {}, lang)) === folded)) return action;
  }
  return undefined;
}

/**
 * The events of a lock tab in order. A lock missing a piece, whose snapshot does not read, or whose
 * snapshot is not the one its fingerprint names (a piece edited by hand) is a damaged event: kept, so
 * Kiểm tra can say so, and never used.
 */
export function parseLockEvents(grid: Grid): LockEvent[] {
  const events: LockEvent[] = [];
  let pending: { event: LockEvent; pieces: string[]; of: number } | undefined;
  const flush = () => {
    if (pending) {
      const grids = pending.pieces.length === pending.of ? decodeGrids(pending.pieces.join('')) : undefined;
      if (grids && fingerprintGrids(grids) === pending.event.fingerprint) events.push({ ...pending.event, grids });
      else events.push({ ...pending.event, damaged: true });
    }
    pending = undefined;
  };
  for (const row of grid.slice(1)) {
    const [period, action, at, by, fingerprint, part] = COLUMN_KEYS.map((_, i) => cellText(row[i]).trim());
    const kind = actionOf(action);
    const p = parsePeriod(period);
    if (!kind || !p) continue;
    const event: LockEvent = { period: p.id, action: kind, at, by, fingerprint };
    if (kind === 'unlock') {
      flush();
      events.push(event);
      continue;
    }
    const m = /^(\d+)\/(\d+)$/.exec(part);
    if (!m) continue;
    const [n, of] = [Number(m[1]), Number(m[2])];
    const same = pending && pending.event.period === event.period && pending.event.at === event.at && pending.of === of;
    if (n === 1 || !same) {
      flush();
      if (n !== 1) {
        // A piece without its first: what is left of a lock whose first rows were deleted.
        if (events.at(-1)?.period !== event.period || !events.at(-1)?.damaged) events.push({ ...event, damaged: true });
        continue;
      }
      pending = { event, pieces: [], of };
    }
    if (pending && pending.pieces.length === n - 1) pending.pieces.push(cellText(row[6]));
    else if (pending) pending.of = -1; // a piece doubled or out of order
  }
  flush();
  return events;
}

/** The periods locked now: each period's last event, when it is a lock (a damaged one marked, with no grids). */
export function lockedPeriods(events: readonly LockEvent[]): LockedPeriod[] {
  const last = new Map<string, LockEvent>();
  for (const e of events) last.set(e.period, e);
  const out: LockedPeriod[] = [];
  for (const e of last.values()) {
    if (e.action !== 'lock') continue;
    const head = { period: e.period, at: e.at, by: e.by, fingerprint: e.fingerprint };
    out.push(e.grids && !e.damaged ? { ...head, grids: e.grids } : { ...head, grids: {}, damaged: true });
  }
  return out;
}

/** The locks a workbook's tabs hold (the command line: the tab is found by its header). */
export function locksInGrids(grids: WardGrids): LockedPeriod[] {
  const tab = Object.values(grids).find(isLockGrid);
  return tab ? lockedPeriods(parseLockEvents(tab)) : [];
}

/** The workbook's tabs without its lock tab (what a snapshot keeps and what the job reads). */
export function withoutLockTab(grids: WardGrids): WardGrids {
  return Object.fromEntries(Object.entries(grids).filter(([, grid]) => !isLockGrid(grid)));
}

/** The period's usable lock; a damaged one is not (the period follows the tabs until it is locked again). */
export const lockOf = (locks: readonly LockedPeriod[], period: Period): LockedPeriod | undefined =>
  locks.find((l) => l.period === period.id && !l.damaged);

/** The tabs a job on `period` reads: the locked snapshot when the period is locked, else the workbook's. */
export function gridsForPeriod(grids: WardGrids, locks: readonly LockedPeriod[], period: Period): WardGrids {
  return lockOf(locks, period)?.grids ?? grids;
}

const printed = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10_000) / 10_000));

/**
 * Kiểm tra's flags: for each locked period, each ward indicator and each club's indicator whose value
 * from today's tabs differs from the locked one, old → new (no names: codes and indicator names).
 * `parsed` is `grids` already parsed with the same `today`, when the caller has it.
 */
export function lockFlags(
  grids: WardGrids,
  locks: readonly LockedPeriod[],
  today: IsoDate,
  lang: Lang = 'vi',
  parsed?: ReturnType<typeof parseWard>,
): Issue[] {
  const issues: Issue[] = [];
  // Today's tabs are parsed once (or handed over by the check, which parsed them already), whatever the number of locks.
  let current = parsed;
  for (const lock of locks) {
    const period = parsePeriod(lock.period);
    if (!period) continue;
    if (lock.damaged) {
      const sheet = translate('lock.tab', {}, lang);
      issues.push({ sheet, a1: '', severity: 'error', messageKey: 'lock.damaged', params: { period: lock.period, at: lock.at } });
      continue;
    }
    const before = rollUpWard(parseWard(lock.grids, { today }), period, today);
    current ??= parseWard(grids, { today });
    const now = rollUpWard(current, period, today);
    const flag = (sheet: string, name: string, club: string, old: number | null, value: number | null) =>
      issues.push({
        sheet,
        a1: '',
        severity: 'warning',
        messageKey: club ? 'lock.changedClub' : 'lock.changed',
        params: { period: lock.period, at: lock.at, name, club, old: printed(old), new: printed(value) },
      });
    for (const v of now.indicators) {
      const old = before.indicators.find((b) => b.id === v.id);
      if (old && old.value !== v.value) flag(translate('lock.tab', {}, lang), v.decl.name[lang], '', old.value, v.value);
    }
    for (const club of now.clubs) {
      const was = before.clubs.find((c) => c.club.code === club.club.code);
      for (const v of club.indicators) {
        const old = was?.indicators.find((b) => b.id === v.id);
        const oldValue = old ? old.value : null;
        if (oldValue !== v.value) flag(club.club.sheet, v.decl.name[lang], club.club.code, oldValue, v.value);
      }
    }
  }
  return issues;
}
