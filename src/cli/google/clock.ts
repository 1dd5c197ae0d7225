/**
 * Time for the Google reader: real for the command line, virtual for the national simulation
 * (bench/provinceGoogle.ts), where waiting for the quota advances the clock instead of the process.
 */
export interface Clock {
  /** Milliseconds since an arbitrary start. */
  now(): number;
  /** Resolves once `now()` has reached `ms` more than it was. */
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * A clock that only moves when someone sleeps: sleeping jumps it forward (never back) and yields
 * to the event loop, so requests in flight go on in zero virtual time.
 */
export class VirtualClock implements Clock {
  private t = 0;
  now(): number {
    return this.t;
  }
  sleep(ms: number): Promise<void> {
    this.t += Math.max(0, ms);
    return new Promise((resolve) => setImmediate(resolve));
  }
  /** Moves the clock to `at` if it is later (a request's modelled latency). */
  advanceTo(at: number): void {
    this.t = Math.max(this.t, at);
  }
}
