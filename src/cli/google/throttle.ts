/**
 * Staying inside the Sheets API read quota (per minute per user, per minute per project) and backing
 * off when the API says no (429, 5xx, a timeout): exponential with full jitter, honouring Retry-After.
 */
import type { Clock } from './clock';

export interface QuotaWindow {
  /** Requests allowed in any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

/**
 * A sliding-window limiter over several windows at once (the user's and the project's): a request
 * starts only when each window holds fewer than its limit of earlier starts. Callers are served in
 * order, one decision at a time, so concurrent readers never overrun a window together.
 */
export class QuotaLimiter {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** The most requests started in any one window so far, per window (what the bench reports). */
  readonly peak: number[];

  constructor(
    private readonly windows: QuotaWindow[],
    private readonly clock: Clock,
  ) {
    this.peak = windows.map(() => 0);
  }

  /** Waits for a free slot in every window and takes it. */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      let wait = 0;
      for (const w of this.windows) {
        const inWindow = this.countSince(now - w.windowMs);
        if (inWindow >= w.limit) {
          // The oldest start that keeps the window full must leave it.
          const oldest = this.starts[this.starts.length - w.limit];
          wait = Math.max(wait, oldest + w.windowMs - now);
        }
      }
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    const now = this.clock.now();
    this.starts.push(now);
    this.windows.forEach((w, i) => {
      this.peak[i] = Math.max(this.peak[i], this.countSince(now - w.windowMs));
    });
    // Forget what no window can see any more.
    const longest = this.windows.reduce((most, w) => Math.max(most, w.windowMs), 0);
    while (this.starts.length > 0 && this.starts[0] <= now - longest) this.starts.shift();
  }

  /** Starts strictly after `since`. */
  private countSince(since: number): number {
    let n = 0;
    for (let i = this.starts.length - 1; i >= 0 && this.starts[i] > since; i--) n++;
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
  | { kind: 'retry'; retryAfterMs?: number; why: string }
  | { kind: 'notFound' }
  | { kind: 'forbidden'; why: string }
  | { kind: 'unauthenticated'; why: string }
  | { kind: 'fatal'; why: string };

/**
 * Runs `request` through the limiter, retrying what `classify` calls transient with backoff.
 * Gives back the result, or the last failure once the attempts are spent or the failure is final.
 */
export async function withQuota<T>(
  request: () => Promise<T>,
  opts: {
    limiter: QuotaLimiter;
    clock: Clock;
    backoff: BackoffPolicy;
    classify: (error: unknown) => Failure;
    onRetry?: (f: Failure, waitMs: number) => void;
  },
): Promise<{ ok: true; value: T } | { ok: false; failure: Failure }> {
  let last: Failure = { kind: 'fatal', why: 'no attempt' };
  for (let attempt = 0; attempt < opts.backoff.attempts; attempt++) {
    await opts.limiter.acquire();
    try {
      return { ok: true, value: await request() };
    } catch (error) {
      last = opts.classify(error);
      if (last.kind !== 'retry') return { ok: false, failure: last };
      if (attempt + 1 === opts.backoff.attempts) break;
      const wait = backoffDelay(attempt, opts.backoff, last.retryAfterMs);
      opts.onRetry?.(last, wait);
      await opts.clock.sleep(wait);
    }
  }
  return { ok: false, failure: last };
}
