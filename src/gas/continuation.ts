/**
 * Jobs that go on past Apps Script's 6 minutes. Which job: set-up again on a large ward — the
 * bench's call model (bench/callModel.ts) puts it past 6 minutes from about 150 clubs, since its
 * work grows per tab (rules and protections re-checked on every club tab) and each tab's work is
 * complete in itself. The roll-up and the report are not continued: each must read every tab and
 * compute in one execution (a ward's grids do not fit the 500 KB of document properties to be
 * carried over), and what they then write is a few output tabs in one commit or one Docs batch; the
 * model puts them inside 6 minutes up to about 500–600 clubs (docs/ARCHITECTURE.md, "Continuation").
 *
 * How a sliced job runs:
 * - The menu click runs steps until its deadline — SLICE_BUDGET_MS after the execution began, read
 *   from clock.ts: 4.5 of the 6 minutes, the rest a margin for the step in progress, the log row and
 *   the trigger — then saves a cursor (document properties: which phase, the next step, the sums so
 *   far, a fingerprint of the job's inputs) and makes one one-off `after()` trigger of continueJob.
 * - continueJob first deletes the trigger that fired (ours: its id is the cursor's; Editor add-ons
 *   may hold one time-based trigger per user per document, so it must go before the next is made),
 *   then, under the document lock, checks the fingerprint, runs the next steps, and either saves the
 *   cursor and makes the next trigger, or finishes: cursor deleted, no trigger left, the result in
 *   Nhật ký and shown at the next opening. Each execution writes one Nhật ký row: "đang tiếp tục"
 *   until the last, which has the job's result.
 * - Steps are whole and idempotent (a tab's rules or protection); a step done is not done again, a
 *   step that fails leaves what setUpWorkbook leaves on failure (tabs it made deleted), and the job
 *   stops there: cursor deleted, the officer told (Nhật ký row, notice at the next opening).
 * - The inputs changed between executions (tab list, Cấu hình, Danh mục CLB: what decides the steps
 *   and the protections): the job STOPS with a message instead of starting again. The tabs done are
 *   right as they are; starting again by itself would redo work on a workbook still being edited, and
 *   could go on indefinitely in the background, each part taking the trigger runtime quota (90
 *   minutes a day for a consumer account). Running set-up again is one click.
 * - A menu click while a continuation is pending says so (outcome "bận") instead of starting over. A
 *   cursor whose trigger has not run STALE_AFTER_MS after it was due (its execution was killed,
 *   or Apps Script dropped the trigger) no longer blocks: the click starts the job again.
 *
 * Triggers: only ones this module made are touched, found by the unique id the cursor holds among
 * the user's project triggers. Apps Script does not run installable triggers in test deployments.
 */
import { fingerprintGrids } from '../core/fingerprint';
import type { Grid } from '../core/parse/locate';
import { SHEETS } from '../core/schema/sheets';
import { type RunAccess, requireRole } from './access';
import { now } from './clock';
import { readSheetGrid } from './grids';
import { t } from './i18n';
import { applyProtections, protectionMessage } from './protect';
import { BusyError, locked, type Run, runLogged } from './run';
import { setUpWorkbook, setupMessage } from './setup';
import { alertMessage, toast } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** The trigger's handler: a top-level function of the bundle (main.ts re-exports it). */
export const CONTINUE_HANDLER = 'continueJob';
/** A slice stops starting steps after this much of Apps Script's 6 minutes. */
export const SLICE_BUDGET_MS = 270_000;
/** The next slice runs this long after one stops (Apps Script may start it a little later). */
export const NEXT_SLICE_AFTER_MS = 60_000;
/** A continuation not heard of this long after its next slice was due is taken as dead. */
export const STALE_AFTER_MS = 30 * 60_000;

const CURSOR_KEY = 'ishc.continuation';
const NOTICE_KEY = 'ishc.continuation.notice';
/** Document properties hold 9 KB per value: the sums are trimmed to stay well under it. */
const CURSOR_LIMIT = 8000;
const NOTICE_LIMIT = 8000;
const MINUTES = Math.round(NEXT_SLICE_AFTER_MS / 60_000);

/** What set-up has done so far, summed over its slices (its message is made from these). */
interface SetupSums {
  created: number;
  updated: number;
  skipped: string[];
  moreSkipped: number;
  renamed: Array<{ expected: string; found: string }>;
  /** The new spreadsheet's empty default tab, removed (first slice). */
  removed?: string[];
  changed: number;
}

/** Where a continued job stands, kept in the document properties between executions. */
interface Cursor {
  job: 'setup';
  /** Who started it: the trigger runs as them. */
  by: string;
  started: number;
  /** The unique id of the one trigger that continues it. */
  triggerId: string;
  /** When that trigger should fire. */
  due: number;
  phase: 'rules' | 'protect';
  /** The first step of the phase not done. */
  next: number;
  /** Steps of the rules phase (known after the first slice). */
  rulesTotal: number;
  /** Executions so far. */
  slices: number;
  fingerprint: string;
  sums: SetupSums;
}

const jobTitle = () => t('menu.setup');

function readCursor(props: Properties): Cursor | undefined {
  const raw = props.getProperty(CURSOR_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Cursor;
  } catch {
    return undefined;
  }
}

/** The cursor as JSON under the property limit: the list of tabs without headers is cut short, its rest counted. */
function saveCursor(props: Properties, cursor: Cursor): void {
  const sums = cursor.sums;
  let raw = JSON.stringify(cursor);
  while (raw.length > CURSOR_LIMIT && sums.skipped.length > 0) {
    sums.moreSkipped += 1;
    sums.skipped.pop();
    raw = JSON.stringify(cursor);
  }
  props.setProperty(CURSOR_KEY, raw);
}

/** The inputs that decide set-up's steps and protections: the tab names in order, Cấu hình and Danh mục CLB. */
function inputFingerprint(ss: Spreadsheet): { fingerprint: string; tabs: number } {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const grids: Record<string, Grid> = { '\u0000tabs': [names] };
  for (const name of [SHEETS.settings, SHEETS.clubs]) {
    const at = names.indexOf(name);
    if (at >= 0) grids[name] = readSheetGrid(sheets[at]!);
  }
  return { fingerprint: fingerprintGrids(grids), tabs: names.length };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A time as the officer reads it: 14:05 22/11. */
function clockText(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}`;
}

/** Deletes this module's trigger with that id, if the user has it; never any other trigger. */
function deleteOurTrigger(id: string | undefined): void {
  if (!id) return;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === id && trigger.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

function makeTrigger(): string {
  return ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(NEXT_SLICE_AFTER_MS).create().getUniqueId();
}

/** The final result (or the failure) for the officer: shown at the next opening of the workbook (showContinuationNotice). */
function leaveNotice(props: Properties, message: string): void {
  try {
    props.setProperty(NOTICE_KEY, message.slice(0, NOTICE_LIMIT));
  } catch (error) {
    console.error(`Keeping the continuation's notice failed: ${String(error)}`);
  }
  toast(message);
}

/** Ends a continuation: no cursor, no trigger of ours. Best effort: called on the way out of a failure too. */
function clearContinuation(props: Properties, cursor: Cursor | undefined): void {
  try {
    props.deleteProperty(CURSOR_KEY);
  } catch (error) {
    console.error(`Deleting the continuation's cursor failed: ${String(error)}`);
  }
  try {
    deleteOurTrigger(cursor?.triggerId);
  } catch (error) {
    console.error(`Deleting the continuation's trigger failed: ${String(error)}`);
  }
}

interface SliceEnd {
  /** The job's whole result (done), or undefined when it goes on. */
  message?: string;
  cursor: Cursor;
  done: number;
  total: number;
}

const emptySums = (): SetupSums => ({ created: 0, updated: 0, skipped: [], moreSkipped: 0, renamed: [], changed: 0 });

/**
 * One slice of set-up: the rules phase (setUpWorkbook: ward tabs made or their rules put back, then
 * each club tab's rules), then the protections phase (applyProtections, tab by tab), from where the
 * cursor says, until the deadline. Returns the new cursor state, or the message when all is done.
 */
function setUpSlice(run: Run, access: RunAccess, cursor: Cursor, deadline: number): SliceEnd {
  const due = () => now() >= deadline;
  const sums = cursor.sums;
  if (cursor.phase === 'rules') {
    const result = setUpWorkbook(run.ss, run, { from: cursor.next, due });
    sums.created += result.created.length;
    sums.updated += result.updated.length;
    for (const sheet of result.skipped) sums.skipped.push(sheet);
    for (const m of result.renamed) sums.renamed.push({ expected: m.expected, found: m.found });
    if (result.removed.length > 0) sums.removed = [...(sums.removed ?? []), ...result.removed];
    cursor.rulesTotal = result.steps?.total ?? 0;
    const stopped = result.steps?.stoppedAt;
    if (stopped !== undefined) return { cursor: { ...cursor, next: stopped }, done: stopped, total: 0 };
    cursor.phase = 'protect';
    cursor.next = 0;
    if (due()) return { cursor, done: cursor.rulesTotal, total: 0 };
  }
  const protections = applyProtections(run.ss, access, { tabs: run.outputs?.tabs, gate: { from: cursor.next, due } });
  sums.changed += protections.changed;
  if (protections.stoppedAt !== undefined) {
    return { cursor: { ...cursor, next: protections.stoppedAt }, done: cursor.rulesTotal + protections.stoppedAt, total: 0 };
  }
  const setup = setupMessage(sums, run);
  const message = `${setup}\n${protectionMessage({ protected: protections.protected, changed: sums.changed }, access)}`;
  return { message, cursor, done: 0, total: 0 };
}

/** After a slice that stopped early: the one trigger made, the cursor saved (with its fingerprint after this slice's own changes). */
function scheduleNext(run: Run, props: Properties, end: SliceEnd): { done: number; total: number } {
  const { fingerprint, tabs } = inputFingerprint(run.ss);
  const cursor: Cursor = { ...end.cursor, fingerprint, triggerId: makeTrigger(), due: now() + NEXT_SLICE_AFTER_MS };
  try {
    saveCursor(props, cursor);
  } catch (error) {
    deleteOurTrigger(cursor.triggerId);
    throw error;
  }
  run.continuing = true;
  return { done: end.done, total: cursor.rulesTotal + tabs };
}

/** Thiết lập sổ phường from the menu: the whole job when it fits, else its first slice and a trigger for the rest. */
export function menuSetUpContinued(deadline: number): void {
  runLogged(t('menu.setup'), (run) => {
    const access = requireRole(run.ss, 'setup', run);
    toast(t('setup.working'));
    const props = PropertiesService.getDocumentProperties();
    const message = locked(run, () => {
      refusePending(props, run);
      const start: Cursor = {
        job: 'setup',
        by: access.me,
        started: now(),
        triggerId: '',
        due: 0,
        phase: 'rules',
        next: 0,
        rulesTotal: 0,
        slices: 1,
        fingerprint: '',
        sums: emptySums(),
      };
      const end = setUpSlice(run, access, start, deadline);
      if (end.message !== undefined) return end.message;
      const progress = scheduleNext(run, props, end);
      const line = t('continuation.scheduled', { job: jobTitle(), ...progress, minutes: MINUTES });
      run.notes.push(t('continuation.progress', { job: jobTitle(), ...progress, slice: 1, minutes: MINUTES }));
      return line;
    });
    alertMessage(message);
  });
}

/**
 * A pending continuation refuses a new start (BusyError: logged "bận", its message shown); a dead one
 * (its trigger long overdue) is cleared, noted, and the job starts again.
 */
function refusePending(props: Properties, run: Run): void {
  const cursor = readCursor(props);
  if (!cursor) return;
  if (now() < cursor.due + STALE_AFTER_MS) {
    throw new BusyError(
      t('continuation.pending', {
        job: jobTitle(),
        done: cursor.phase === 'rules' ? cursor.next : cursor.rulesTotal + cursor.next,
        total: cursor.rulesTotal || '?',
        started: clockText(cursor.started),
        by: cursor.by || '?',
        next: clockText(cursor.due),
      }),
    );
  }
  run.notes.push(t('continuation.stale', { job: jobTitle(), started: clockText(cursor.started) }));
  clearContinuation(props, cursor);
}

/**
 * The trigger's function: the next slice of the pending job. The trigger that fired is deleted first;
 * a trigger that is not the cursor's (its job ended or was started again) does nothing more.
 */
export function continueJob(e?: GoogleAppsScript.Events.TimeDriven): void {
  const deadline = now() + SLICE_BUDGET_MS;
  const fired = e?.triggerUid ? String(e.triggerUid) : undefined;
  const props = PropertiesService.getDocumentProperties();
  try {
    deleteOurTrigger(fired);
  } catch (error) {
    console.error(`Deleting the trigger that fired failed: ${String(error)}`);
  }
  const pending = readCursor(props);
  if (!pending || !fired || pending.triggerId !== fired) return;
  runLogged(
    t('menu.setup'),
    (run) => {
      let cursor: Cursor | undefined = pending;
      try {
        const me = Session.getEffectiveUser().getEmail();
        const access = requireRole(run.ss, 'setup', run, me || pending.by);
        const end = locked(run, () => {
          cursor = readCursor(props);
          if (!cursor || cursor.triggerId !== fired) return undefined;
          if (inputFingerprint(run.ss).fingerprint !== cursor.fingerprint) throw new Error(t('continuation.changed', { job: jobTitle() }));
          const slice = setUpSlice(run, access, { ...cursor, slices: cursor.slices + 1 }, deadline);
          if (slice.message !== undefined) {
            clearContinuation(props, undefined);
            return { message: slice.message, slices: slice.cursor.slices };
          }
          const progress = scheduleNext(run, props, slice);
          run.notes.push(t('continuation.progress', { job: jobTitle(), ...progress, slice: slice.cursor.slices, minutes: MINUTES }));
          toast(run.notes[run.notes.length - 1]!);
          return undefined;
        });
        if (end) leaveNotice(props, t('continuation.done', { job: jobTitle(), slices: end.slices, message: end.message }));
      } catch (error) {
        if (error instanceof BusyError && cursor) {
          // Another job holds the workbook: this slice runs again a little later, nothing done.
          const triggerId = makeTrigger();
          saveCursor(props, { ...cursor, triggerId, due: now() + NEXT_SLICE_AFTER_MS });
          run.continuing = true;
          run.notes.push(t('continuation.busyLater', { job: jobTitle(), minutes: MINUTES }));
          return;
        }
        clearContinuation(props, readCursor(props));
        const message = error instanceof Error ? error.message : String(error);
        leaveNotice(props, t('continuation.failed', { job: jobTitle(), slice: (cursor?.slices ?? 0) + 1, message }));
        throw error;
      }
    },
    { quiet: true },
  );
}

/** At opening (not in AuthMode.NONE): a continued job's final result or failure, once, as a toast. */
export function showContinuationNotice(e?: { authMode?: unknown }): void {
  if (!e || String(e.authMode) === 'NONE') return;
  try {
    const props = PropertiesService.getDocumentProperties();
    const notice = props.getProperty(NOTICE_KEY);
    if (!notice) return;
    SpreadsheetApp.getActive().toast(notice, 'CLB LTHTGN', 30);
    props.deleteProperty(NOTICE_KEY);
  } catch (error) {
    console.error(`Showing the continuation's notice failed: ${String(error)}`);
  }
}
