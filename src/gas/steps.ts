/**
 * A job's work as numbered steps that may be done over several executions (continuation.ts): a run
 * skips the steps an earlier one did (`from`) and, once at least one step of its own is done, stops
 * before the next when its time is up (`due`). It keeps counting the steps it skips after stopping,
 * so the total is known. Without a gate every step runs, as before.
 */
export interface StepGate {
  /** The first step this run does (the ones before were done by an earlier run). */
  from: number;
  /** True once this run should stop (its deadline passed). */
  due(): boolean;
}

export class Steps {
  private index = 0;
  private doneHere = 0;
  private stopAt: number | undefined;

  constructor(private readonly gate?: StepGate) {}

  /** Call at the top of each step: 'run' it, or 'skip' it (done before, or after this run stopped). */
  next(): 'run' | 'skip' {
    const i = this.index++;
    if (!this.gate) return 'run';
    if (i < this.gate.from || this.stopAt !== undefined) return 'skip';
    if (this.doneHere > 0 && this.gate.due()) {
      this.stopAt = i;
      return 'skip';
    }
    this.doneHere++;
    return 'run';
  }

  /** The first step not done yet when this run stopped early; undefined when every step is done. */
  get stoppedAt(): number | undefined {
    return this.stopAt;
  }

  /** Steps seen (all of them once the loops ran to their end). */
  get total(): number {
    return this.index;
  }
}
