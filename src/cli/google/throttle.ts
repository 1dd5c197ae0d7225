/**
 * Staying inside the Sheets API read quota (per minute per user, per minute per project) and backing
 * off when the API says no (429, 5xx, a timeout): exponential with full jitter, honouring Retry-After.
 */
import type { Clock } from './clock';

export interface QuotaWindow {
  /** Requests allowed in any window of `windowMs`. */
  limit: number;
  windowMs: number;
  /** Counted per user (each identity the run signs in as has its own), or for all of them (the project). */
  perUser?: boolean;
}

/**
 * A sliding-window limiter over several windows at once (each user's, the project's): a request
 * starts only when each window holds fewer than its limit of earlier starts, and goes out as the
 * user (of `users`) whose windows free first. Callers are served in order, one decision at a time,
 * so concurrent readers never overrun a window together.
 */
export class QuotaLimiter {
  private readonly starts: Array<{ at: number; user: number }> = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** The most requests started in any one window so far, per window (a per-user window: its busiest user's). */
  readonly peak: number[];

  constructor(
    private readonly windows: QuotaWindow[],
    private readonly clock: Clock,
    private readonly users = 1,
  ) {
    this.peak = windows.map(() => 0);
  }

  /** Waits for a free slot in every window and takes it; gives the user it was taken for. */
  acquire(): Promise<number> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** How long `user` must wait for a slot in every window (0: now). */
  private waitFor(user: number, now: number): number {
    let wait = 0;
    for (const w of this.windows) {
      const mine = (s: { user: number }) => !w.perUser || s.user === user;
      const inWindow = this.countSince(now - w.windowMs, mine);
      if (inWindow < w.limit) continue;
      // The oldest start that keeps the window full must leave it.
      let seen = 0;
      for (let i = this.starts.length - 1; i >= 0; i--) {
        if (!mine(this.starts[i])) continue;
        if (++seen === w.limit) {
          wait = Math.max(wait, this.starts[i].at + w.windowMs - now);
          break;
        }
      }
    }
    return wait;
  }

  private async take(): Promise<number> {
    for (;;) {
      const now = this.clock.now();
      let best = 0;
      let bestWait = Number.POSITIVE_INFINITY;
      let bestLoad = Number.POSITIVE_INFINITY;
      for (let u = 0; u < this.users; u++) {
        const wait = this.waitFor(u, now);
        // The user free soonest; among those free, the one with the fewest recent starts (turns go round).
        const load = this.countSince(now - 60_000, (s) => s.user === u);
        if (wait < bestWait || (wait === bestWait && load < bestLoad)) {
          best = u;
          bestWait = wait;
          bestLoad = load;
        }
      }
      if (bestWait <= 0) {
        this.starts.push({ at: now, user: best });
        this.windows.forEach((w, i) => {
          this.peak[i] = Math.max(
            this.peak[i],
            this.countSince(now - w.windowMs, (s) => !w.perUser || s.user === best),
          );
        });
        // Forget what no window can see any more.
        const longest = this.windows.reduce((most, w) => Math.max(most, w.windowMs), 60_000);
        while (this.starts.length > 0 && this.starts[0].at <= now - longest) this.starts.shift();
        return best;
      }
      await this.clock.sleep(bestWait);
    }
  }

  /** Starts strictly after `since` that `counts`. */
  private countSince(since: number, counts: (s: { user: number }) => boolean): number {
    let n = 0;
    for (let i = this.starts.length - 1; i >= 0 && this.starts[i].at > since; i--) if (counts(this.starts[i])) n++;
    return n;
  }
}

export interface BackoffPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseMs: number;
  capMs: number;
  /** 0 ≤ random() < 1; Math.random unless a test fixes it. */
  random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { attempts: 7, baseMs: 1000, capMs: 64_000 };

/** Full jitter: a uniform wait in [0, min(cap, base·2^retry)), never less than the server's Retry-After. */
export function backoffDelay(retry: number, policy: BackoffPolicy, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** retry);
  const jittered = Math.floor((policy.random ?? Math.random)() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** What a failed request means for the run. */
export type Failure =
  /** noAnswer: no HTTP answer at all (a timeout, a dropped connection), as against a 429 or 5xx. */
  | { kind: 'retry'; retryAfterMs?: number; why: string; noAnswer?: boolean }
  | { kind: 'notFound' }
  | { kind: 'forbidden'; why: string }
  | { kind: 'unauthenticated'; why: string }
  | { kind: 'fatal'; why: string };

/**
 * Runs `request` through the limiter (as the user it gives), retrying what `classify` calls transient with backoff.
 * Gives back the result, or the last failure once the attempts are spent or the failure is final.
 */
export async function withQuota<T>(
  request: (user: number) => Promise<T>,
  opts: {
    limiter: QuotaLimiter;
    clock: Clock;
    backoff: BackoffPolicy;
    classify: (error: unknown) => Failure;
    /** A transient failure the caller would rather handle itself than retry (given back at once). */
    stopOn?: (f: Failure) => boolean;
    onRetry?: (f: Failure, waitMs: number) => void;
  },
): Promise<{ ok: true; value: T } | { ok: false; failure: Failure }> {
  let last: Failure = { kind: 'fatal', why: 'no attempt' };
  for (let attempt = 0; attempt < opts.backoff.attempts; attempt++) {
    const user = await opts.limiter.acquire();
    try {
      return { ok: true, value: await opts.clock.during(request(user)) };
    } catch (error) {
      last = opts.classify(error);
      if (last.kind !== 'retry' || opts.stopOn?.(last)) return { ok: false, failure: last };
      if (attempt + 1 === opts.backoff.attempts) break;
      const wait = backoffDelay(attempt, opts.backoff, last.retryAfterMs);
      opts.onRetry?.(last, wait);
      await opts.clock.sleep(wait);
    }
  }
  return { ok: false, failure: last };
}
