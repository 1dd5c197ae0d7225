/**
 * How every menu action runs: a logged run (a Nhật ký row whatever happens) around a locked job
 * (one writing job at a time per workbook; the lock is released in a finally, and a release that
 * fails is logged and tried again).
 */
import { t, withUserLang } from './i18n';
import { appendLog, type Outcome } from './log';
import type { Outputs } from './outputs';
import { alertMessage } from './ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Run {
  ss: Spreadsheet;
  action: string;
  period: string;
  fingerprint: string;
  notes: string[];
  cancelled: boolean;
  /** The job's output discovery, so the log row needs no second search. */
  outputs?: Outputs;
  /** Runs once the log row is written, with the log tab (the role check sets it: protect a new log tab). */
  onLogged?: (logSheet: GoogleAppsScript.Spreadsheet.Sheet) => void;
}

class BusyError extends Error {}

/** A menu action the running user may not run (access.ts): its message is shown as it is. */
export class RefusedError extends Error {}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** How a run ended, for a page that shows it itself: the outcome and, unless it went well, the message. */
export interface RunResult {
  outcome: Outcome;
  message: string;
}

/**
 * Runs a menu action; a failure is shown as an alert (not a stack trace) and the run is logged in
 * every case. A page's server function passes `quiet`: no alert, the page shows the returned message.
 */
export function runLogged(action: string, body: (run: Run) => void, opts: { quiet?: boolean } = {}): RunResult {
  return withUserLang(() => runLoggedOnce(action, body, opts));
}

function runLoggedOnce(action: string, body: (run: Run) => void, opts: { quiet?: boolean }): RunResult {
  const started = Date.now();
  const run: Run = { ss: undefined as unknown as Spreadsheet, action, period: '', fingerprint: '', notes: [], cancelled: false };
  let outcome: Outcome = 'failed';
  let message = '';
  try {
    run.ss = SpreadsheetApp.getActive();
    body(run);
    outcome = run.cancelled ? 'cancelled' : 'ok';
  } catch (error) {
    outcome = error instanceof BusyError ? 'busy' : error instanceof RefusedError ? 'refused' : 'failed';
    const cause = messageOf(error);
    run.notes.push(cause);
    // A failure is said with what it left untouched, on a page as in an alert.
    message = outcome === 'failed' ? t('job.failed', { action, message: cause }) : cause;
    if (!opts.quiet) showQuietly(message);
  } finally {
    const entry = {
      action,
      period: run.period,
      outcome,
      seconds: (Date.now() - started) / 1000,
      fingerprint: run.fingerprint,
      notes: run.notes,
    };
    // One more try: a service call that failed once usually succeeds the next time.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const logSheet = appendLog(run.ss ?? SpreadsheetApp.getActive(), entry, attempt === 0 ? run.outputs : undefined);
        afterLog(run, logSheet);
        break;
      } catch (error) {
        console.error(`Writing the Nhật ký row failed: ${messageOf(error)}`);
      }
    }
  }
  return { outcome, message };
}

function afterLog(run: Run, logSheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  try {
    run.onLogged?.(logSheet);
  } catch (error) {
    console.error(`After the Nhật ký row: ${messageOf(error)}`);
  }
}

function showQuietly(message: string): void {
  try {
    alertMessage(message);
  } catch (error) {
    console.error(`Showing "${message}" failed: ${messageOf(error)}`);
  }
}

/** One writing job at a time per workbook. */
export function locked<T>(run: Run, job: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) throw new BusyError(t('busy'));
  try {
    const result = job();
    SpreadsheetApp.flush();
    return result;
  } finally {
    release(run, lock);
  }
}

function release(run: Run, lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (error) {
    run.notes.push(t('log.lockReleaseFailed', { message: messageOf(error) }));
    console.error(`Releasing the document lock failed: ${messageOf(error)}`);
    try {
      lock.releaseLock();
    } catch (again) {
      console.error(`Releasing the document lock failed again (Apps Script releases it when the run ends): ${messageOf(again)}`);
    }
  }
}
