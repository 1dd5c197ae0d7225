/**
 * Time for tests of jobs that continue past Apps Script's 6 minutes: a clock the bundle reads
 * (src/gas/clock.ts reads Date.now of the bundle's realm) that runs out when the test says, and
 * firing a time-based trigger as Apps Script would.
 *
 *   const clock = installTestClock(env, { msPerCall: 200 });   // every service call takes 200 ms
 *   const clock = installTestClock(env, { msPerCall: (name) => (name === 'Range.setValues' ? 100 : 1) });
 *   const clock = installTestClock(env, { runOutAfterReads: 3 }); // the 4th read is an hour later
 *   app.menuSetUp();                                             // stops before its deadline
 *   fireClockTrigger(env, app, clock);                           // the continuation runs
 */
import type { GasEnvironment } from './index';
import type { FakeTrigger } from './services';

export interface TestClockOptions {
  /** Epoch ms the clock starts at (default 2026-11-22T03:00:00Z). */
  start?: number;
  /** Virtual milliseconds each counted service call takes, or a function of its `Class.method` (a job's time then grows with its calls). */
  msPerCall?: number | ((name: string) => number);
  /** After this many reads of the clock, it jumps an hour ahead once (the job's time runs out there). */
  runOutAfterReads?: number;
}

export interface TestClock {
  /** The clock's reading now, without counting a read. */
  peek(): number;
  /** How many times the bundle read the clock. */
  readonly reads: number;
  /** Moves the clock on (time between executions). */
  advance(ms: number): void;
}

const HOUR = 60 * 60 * 1000;

/** Replaces Date.now of the bundle's realm (loadBundle must have run). */
export function installTestClock(env: GasEnvironment, opts: TestClockOptions = {}): TestClock {
  const realmDate = env.context.realm.Date;
  if (realmDate === Date) throw new Error('installTestClock: load the bundle first (loadBundle), so its Date is known');
  const start = opts.start ?? Date.parse('2026-11-22T03:00:00Z');
  const per = opts.msPerCall;
  env.calls.timeOf = per === undefined ? null : typeof per === 'number' ? () => per : per;
  const spentAtStart = env.calls.spent;
  let offset = 0;
  let reads = 0;
  let ranOut = false;
  const peek = () => start + offset + env.calls.spent - spentAtStart;
  realmDate.now = () => {
    reads++;
    if (!ranOut && opts.runOutAfterReads !== undefined && reads > opts.runOutAfterReads) {
      ranOut = true;
      offset += HOUR;
    }
    return peek();
  };
  return {
    peek,
    get reads() {
      return reads;
    },
    advance(ms: number) {
      offset += ms;
    },
  };
}

/** The current user's time-based triggers in the environment's spreadsheet. */
export function clockTriggers(env: GasEnvironment): FakeTrigger[] {
  return env.triggers.filter((t) => t._kind === 'CLOCK');
}

/**
 * Fires a one-off time-based trigger as Apps Script does: after its delay (the clock moves on by it),
 * as the user who made it, with a time-driven event object carrying its `triggerUid`. The trigger
 * stays listed until the code deletes it. Without `trigger`, the only clock trigger there is.
 */
export function fireClockTrigger(
  env: GasEnvironment,
  app: Record<string, (...args: unknown[]) => unknown>,
  clock?: TestClock,
  trigger?: FakeTrigger,
): void {
  const clocks = clockTriggers(env);
  const target = trigger ?? clocks[0];
  if (!target || (!trigger && clocks.length !== 1)) throw new Error(`fireClockTrigger: ${clocks.length} clock triggers, expected one`);
  if (!env.triggers.includes(target)) throw new Error('fireClockTrigger: that trigger was deleted');
  const handler = app[target._handler];
  if (typeof handler !== 'function') throw new Error(`fireClockTrigger: the bundle has no top-level function ${target._handler}`);
  clock?.advance(target._afterMs ?? 0);
  target._fired++;
  const before = env.users.current;
  env.users.become(target._owner);
  try {
    const at = new Date(clock?.peek() ?? Date.now());
    handler({
      authMode: 'FULL',
      triggerUid: target._id,
      year: at.getUTCFullYear(),
      month: at.getUTCMonth() + 1,
      'day-of-month': at.getUTCDate(),
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      timezone: 'UTC',
    });
  } finally {
    env.users.become(before);
  }
}
