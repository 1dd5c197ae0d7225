/**
 * Time for the Google reader: real for the command line, virtual for the national simulation
 * (bench/provinceGoogle.ts), where waiting for the quota advances the clock instead of the process.
 */
export interface Clock {
  /** Milliseconds since an arbitrary start. */
  now(): number;
  /** Resolves once `now()` has reached `ms` more than it was. */
  sleep(ms: number): Promise<void>;
  /** A request in flight: a virtual clock does not move until it has its answer. */
  during<T>(request: Promise<T>): Promise<T>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  during: (request) => request,
};

/**
 * A clock that moves only when everyone waits: sleepers are woken in time order, the clock jumping
 * to the earliest wake-up once no request is in flight (so requests take no virtual time and
 * concurrent sleeps overlap as they would in real time, rather than add up).
 */
export class VirtualClock implements Clock {
  private t = 0;
  private inFlight = 0;
  private scheduled = false;
  private readonly sleepers: Array<{ at: number; wake: () => void }> = [];

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.sleepers.push({ at: this.t + Math.max(0, ms), wake });
      this.schedule();
    });
  }

  async during<T>(request: Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await request;
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }

  /** After the event loop's turn (other callbacks may start requests or sleep first), wake the earliest sleepers. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (this.inFlight > 0 || this.sleepers.length === 0) return;
      const at = this.sleepers.reduce((min, s) => Math.min(min, s.at), Number.POSITIVE_INFINITY);
      this.t = Math.max(this.t, at);
      for (let i = this.sleepers.length - 1; i >= 0; i--) {
        if (this.sleepers[i].at > this.t) continue;
        this.sleepers[i].wake();
        this.sleepers.splice(i, 1);
      }
      this.schedule();
    });
  }
}
