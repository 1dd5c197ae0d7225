/**
 * Per-method call counting for the fakes.
 *
 * Every public method of a fake class is wrapped once (on its prototype) by `instrument`, so that a
 * call made from outside the fakes increments `Class.method`. Calls that one fake method makes to
 * another are not counted (only the outermost call is), so the counts reflect what the code under
 * test asked for, not how the fake is built.
 */

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private depth = 0;
  private seq = 0;
  /** Called before (and, when it succeeded, after) each counted call, with its 1-based position; may throw (faults.ts). */
  onCall: ((name: string, seq: number, phase: 'before' | 'after') => void) | null = null;
  /** Checked before each call from outside the fakes; throws when the call is not allowed (context.ts, authorization modes). */
  gate: ((name: string) => void) | null = null;

  /** Number of calls recorded for one exact name, e.g. `Range.setValues`. */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum of every count whose name starts with `prefix` (e.g. `Range` or `Range.` or `Range.set`). */
  total(prefix = ''): number {
    const p = prefix === '' || prefix.includes('.') ? prefix : `${prefix}.`;
    let sum = 0;
    for (const [name, n] of this.counts) if (name.startsWith(p)) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
    this.seq = 0;
  }

  /** A sorted copy of all non-zero counts. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const name of [...this.counts.keys()].sort()) out[name] = this.counts.get(name)!;
    return out;
  }

  /** Runs `fn` without counting the fake calls it makes (for test set-up and inspection). */
  uncounted<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Used by the instrumented wrappers: counts `name` unless already inside a fake call. */
  invoke<T>(name: string, fn: () => T): T {
    if (this.depth !== 0) return this.uncounted(fn);
    this.gate?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const seq = ++this.seq;
    const hook = this.onCall;
    hook?.(name, seq, 'before');
    const result = this.uncounted(fn);
    hook?.(name, seq, 'after');
    return result;
  }
}

/** Anything whose methods are counted must reach a counter through `_ctx.calls`. */
export interface Counted {
  readonly _ctx: { readonly calls: CallCounter };
}

type AnyClass = abstract new (...args: never[]) => unknown;

/** Every class passed to `instrument`: the fake's Apps Script classes (surface.test.ts checks each is in surface.ts). */
export const INSTRUMENTED: AnyClass[] = [];

/**
 * Wraps every public method declared on `cls.prototype` (names not starting with `_`) so that it
 * counts `<className>.<method>`, where className is that of the instance's own class (so a method
 * inherited from a base class is counted under the subclass's name).
 */
export function instrument(cls: AnyClass, className: string): void {
  INSTRUMENTED.push(cls);
  const proto = cls.prototype as Record<string, unknown>;
  Object.defineProperty(proto, '_className', { value: className, enumerable: false });
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const wrapped = function (this: Counted & { _className: string }, ...args: unknown[]): unknown {
      return this._ctx.calls.invoke(`${this._className}.${name}`, () => original.apply(this, args));
    };
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { ...desc, value: wrapped });
  }
}
