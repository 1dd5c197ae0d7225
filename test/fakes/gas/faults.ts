/**
 * Fault injection: makes one counted call throw, as Apps Script's services do when they fail
 * ("Service Spreadsheets failed while accessing document with id …", "Exception: …").
 *
 *   const faults = armFault(env, { at: 17 });                 // the 17th counted call of the run
 *   const faults = armFault(env, { method: 'Range.setValues', nth: 2 });
 *   const faults = armFault(env, { at: 17, when: 'after' });   // the call takes effect, then throws
 *   …; faults.fired  // { seq, name } once it fired; faults.trace: every counted call's name, in order
 *
 * Only calls counted by the CallCounter (made from outside the fakes) can fail; the counting
 * restarts with calls.reset().
 */
import type { GasEnvironment } from './index';

export interface FaultPlan {
  /** Position among all counted calls (1-based), from the last calls.reset(). */
  at?: number;
  /** With `nth`: the nth call of this Class.method. */
  method?: string;
  nth?: number;
  /** 'before' (default): the call does nothing and throws; 'after': it takes effect, then throws. */
  when?: 'before' | 'after';
}

const SPREADSHEET_CLASSES = /^(Spreadsheet|Sheet|Range|RangeList|DeveloperMetadata\w*|DataValidation\w*)\./;
const SERVICE_OF: Array<[RegExp, string]> = [
  [/^(Document|Body|Paragraph|ListItem|Table\w*|Text|Element|RangeElement)\./, 'Documents'],
  [/^Documents\./, 'Docs'],
  [/^(DriveApp|File|Folder|FileIterator|FolderIterator)\./, 'Drive'],
  [/^(Lock|LockService)\./, 'Lock'],
  [/^(Properties|PropertiesService)\./, 'Properties'],
];

export class FaultInjector {
  fired: { seq: number; name: string } | null = null;
  readonly trace: string[] = [];
  private readonly perMethod = new Map<string, number>();

  constructor(
    private readonly env: GasEnvironment,
    private readonly plan: FaultPlan | null,
  ) {}

  /** The CallCounter's hook: called before and after every counted call. */
  onCall(name: string, seq: number, phase: 'before' | 'after'): void {
    if (phase === 'before') {
      this.trace.push(name);
      this.perMethod.set(name, (this.perMethod.get(name) ?? 0) + 1);
    }
    const plan = this.plan;
    if (!plan || this.fired || (plan.when ?? 'before') !== phase) return;
    const hit = plan.at !== undefined ? seq === plan.at : plan.method === name && this.perMethod.get(name) === (plan.nth ?? 1);
    if (!hit) return;
    this.fired = { seq, name };
    throw this.env.context.error(this.message(name));
  }

  private message(name: string): string {
    if (SPREADSHEET_CLASSES.test(name))
      return `Service Spreadsheets failed while accessing document with id ${this.env.spreadsheet._file.id}.`;
    const service = SERVICE_OF.find(([re]) => re.test(name))?.[1];
    return service ? `Exception: Service ${service} failed (${name}).` : `Exception: ${name} failed.`;
  }
}

/** Arms a fault (or, with null, only traces) from now on: the counter restarts at zero. */
export function armFault(env: GasEnvironment, plan: FaultPlan | null): FaultInjector {
  const injector = new FaultInjector(env, plan);
  env.calls.reset();
  env.calls.onCall = (name, seq, phase) => injector.onCall(name, seq, phase);
  return injector;
}

export function disarmFaults(env: GasEnvironment): void {
  env.calls.onCall = null;
}
