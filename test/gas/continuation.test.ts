/**
 * Set-up again on a large ward, continued past Apps Script's 6 minutes (src/gas/continuation.ts),
 * through the built bundle: a test clock makes every service call take virtual time, so the job
 * runs out of time mid-way; the test fires the one-off trigger as Apps Script would, until the job
 * is done, and compares the workbook cell for cell (values, formulas, notes, rules, formats,
 * protections, markers, tab order, colours, frozen rows; Nhật ký aside, which records each part)
 * with an uninterrupted run on a copy of the same workbook.
 */
import { callClass, LATENCY_MS } from '../../bench/callModel';
import { generateDemoWard } from '../../src/core/demo';
import { OUTPUT_KEY, parseOutputMarker } from '../../src/core/output/outputTabs';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { clockTriggers, fireClockTrigger, installTestClock, type TestClock } from '../fakes/gas/clock';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { metadataOf } from '../fakes/gas/metadata';
import { protectionOf } from '../fakes/gas/protection';
import { copyWorkbook } from '../fakes/gas/snapshot';
import { type Loaded, loadAddOn, writeGrids } from './harness';

const TODAY = '2026-11-22';
/** Apps Script's limit on one execution: no part of the job may come near it. */
const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** The document property holding the cursor (continuation.ts). */
const CURSOR_KEY = 'ishc.continuation';

const demo = generateDemoWard({ clubs: 30, membersPerClub: [20, 22], today: TODAY });

function props(env: GasEnvironment): Map<string, string> {
  return (env.globals.PropertiesService as { _document: { _data: Map<string, string> } })._document._data;
}

function logSheet(env: GasEnvironment) {
  return metadataOf(env.spreadsheet).find((e) => e.key === OUTPUT_KEY && parseOutputMarker(e.value)?.id === 'log')?.sheet ?? null;
}

/** Nhật ký's rows after its header: [action, outcome, notes]. */
function logRows(env: GasEnvironment): string[][] {
  const sheet = logSheet(env);
  if (!sheet) return [];
  return env.calls
    .uncounted(() => sheet.getDataRange().getValues())
    .slice(1)
    .map((r) => [String(r[2]), String(r[4]), String(r[7])]);
}

/** The whole workbook, Nhật ký aside, as one comparable value: every cell with its rule and format, each tab's protection and markers. */
function workbook(env: GasEnvironment): unknown {
  const log = logSheet(env);
  const meta = metadataOf(env.spreadsheet);
  return env.spreadsheet._sheets
    .filter((s) => s !== log)
    .map((s) => {
      const p = protectionOf(s);
      return {
        name: s._name,
        size: [s._maxRows, s._maxCols],
        frozen: s._frozenRows,
        colour: s._tabColor,
        hidden: s._hidden,
        protection: p && {
          description: p._description,
          warningOnly: p._warningOnly,
          editors: p._editors === null ? null : [...p._editors].sort(),
          domain: p._domainEdit,
        },
        markers: meta.filter((e) => e.sheet === s).map((e) => [e.key, e.value, e.row]),
        cells: s._rows.map((row) =>
          row?.map((c) =>
            c
              ? {
                  value: c.value instanceof Date ? c.value.toISOString() : c.value,
                  formula: c.formula,
                  note: c.note,
                  format: c.format,
                  rule: c.validation && [c.validation._criteria, c.validation._allowInvalid, c.validation._helpText],
                }
              : null,
          ),
        ),
      };
    });
}

/** Only the values of every tab (Nhật ký aside): what a failed part must never have changed. */
function values(env: GasEnvironment): unknown {
  const log = logSheet(env);
  return env.spreadsheet._sheets.filter((s) => s !== log).map((s) => [s._name, s._rows.map((row) => row?.map((c) => c?.value ?? ''))]);
}

/**
 * A 30-club ward set up, filled, and then every club tab's rules wiped (as a paste does): set-up again
 * has real work on every tab — rules back on each club tab, and protections for the officers and
 * boards that Cấu hình and Danh mục CLB now name.
 */
function preparedWard(): Loaded {
  const loaded = loadAddOn();
  loaded.app.menuSetUp();
  writeGrids(loaded.env, demo.grids);
  for (const sheet of loaded.env.spreadsheet._sheets) {
    if (!/^CLB\d+$/.test(sheet._name)) continue;
    for (const row of sheet._rows) for (const cell of row ?? []) if (cell) cell.validation = null;
  }
  loaded.env.ui.alerts.length = 0;
  return loaded;
}

function copyOf(base: Loaded): Loaded {
  const loaded = loadAddOn();
  copyWorkbook(base.env, loaded.env);
  return loaded;
}

/** Runs one execution (a menu click or a fired trigger) and returns its virtual duration. */
function timed(clock: TestClock, run: () => void): number {
  const start = clock.peek();
  run();
  return clock.peek() - start;
}

describe('set-up again continued past 6 minutes', () => {
  let base: Loaded;
  let reference: Loaded;
  /** The uninterrupted run's time under the bench's latency model (bench/callModel.ts), in model milliseconds. */
  let referenceMs: number;
  const modelMs = (name: string) => LATENCY_MS[callClass(name)];
  /** The writes that are set-up's steps: a step done is never done again, so a continued run makes exactly as many. */
  let referenceWrites: Record<string, number>;
  const writesOf = (env: GasEnvironment) =>
    Object.fromEntries(
      ['Range.setDataValidations', 'Range.setNumberFormats', 'Protection.setDescription', 'Protection.addEditors'].map((m) => [
        m,
        env.calls.count(m),
      ]),
    );

  beforeAll(() => {
    base = preparedWard();
    reference = copyOf(base);
    const clock = installTestClock(reference.env, { msPerCall: modelMs });
    reference.env.calls.reset();
    referenceMs = timed(clock, () => reference.app.menuSetUp());
    referenceWrites = writesOf(reference.env);
    expect(clockTriggers(reference.env)).toEqual([]);
  });

  /**
   * A clock under which the whole job takes `parts` × 6 minutes of calls: each call costs what the
   * bench's latency model says, slowed down alike, so this small ward takes as long as a large one
   * would. At parts = 3 that is about 15 times the model (this ward's set-up takes about 70 s at the
   * model's speed): one step (a club tab) then takes half a minute, and the 1.5 minutes left after
   * the slice budget must still hold the step in progress and the work after it.
   */
  const clockFor = (loaded: Loaded, parts: number) => {
    const scale = (parts * EXECUTION_LIMIT_MS) / referenceMs;
    return installTestClock(loaded.env, { msPerCall: (name) => modelMs(name) * scale });
  };

  test('the uninterrupted run did the work (so the comparison below means something)', () => {
    expect(workbook(reference.env)).not.toEqual(workbook(base.env));
    expect(logRows(reference.env).at(-1)?.[1]).toBe('xong');
    expect(reference.env.ui.alerts.at(-1)?.message).toMatch(/cập nhật quy tắc nhập liệu cho 36 trang/);
  });

  test('a job whose clock runs out continues through its trigger and ends with exactly the uninterrupted workbook', () => {
    const loaded = copyOf(base);
    const { env, app } = loaded;
    const clock = clockFor(loaded, 3);
    env.calls.reset();
    const durations = [timed(clock, () => app.menuSetUp())];
    // The first part stopped before its deadline and said so; exactly one trigger, the cursor saved.
    expect(env.ui.alerts.at(-1)?.message).toMatch(/tự chạy tiếp/);
    expect(clockTriggers(env)).toHaveLength(1);
    expect(props(env).has(CURSOR_KEY)).toBe(true);
    const seen = new Set<string>();
    for (let fired = 0; clockTriggers(env).length > 0; fired++) {
      if (fired > 40) throw new Error('the continuation never ended');
      expect(clockTriggers(env)).toHaveLength(1);
      const trigger = clockTriggers(env)[0]!;
      expect(seen.has(trigger._id)).toBe(false);
      seen.add(trigger._id);
      expect(trigger._handler).toBe('continueJob');
      expect(trigger._afterMs).toBeGreaterThan(0);
      // The execution's time, not the minute the trigger waited before firing.
      durations.push(timed(clock, () => fireClockTrigger(env, app, clock)) - (trigger._afterMs ?? 0));
      // The trigger that fired is gone; at most the next one exists.
      expect(env.triggers).not.toContain(trigger);
      expect(clockTriggers(env).length).toBeLessThanOrEqual(1);
    }
    expect(durations.length).toBeGreaterThanOrEqual(4);
    for (const ms of durations) expect(ms).toBeLessThan(EXECUTION_LIMIT_MS);
    // Done: no trigger, no cursor, the same workbook as the uninterrupted run.
    expect(env.triggers).toEqual([]);
    expect(props(env).has(CURSOR_KEY)).toBe(false);
    expect(workbook(env)).toEqual(workbook(reference.env));
    expect(writesOf(env)).toEqual(referenceWrites);
    const remembered = (p: Map<string, string>) => [...p].filter(([k]) => !k.startsWith('ishc.continuation'));
    expect(remembered(props(env))).toEqual(remembered(props(reference.env)));
    // Nhật ký: one row per part, "đang tiếp tục" until the last, which carries the result.
    const rows = logRows(env);
    const parts = rows.slice(-durations.length);
    expect(parts.map((r) => r[1])).toEqual([...durations.slice(1).map(() => 'đang tiếp tục'), 'xong']);
    expect(parts[0]![2]).toMatch(/đã xong \d+\/\d+ bước \(lần chạy 1\)/);
    expect(parts.at(-1)![2]).toContain(logRows(reference.env).at(-1)![2].split(' ').slice(0, 6).join(' '));
    // The result is shown once at the next opening.
    app.onOpen({ authMode: 'FULL' });
    expect(env.ui.toasts.map((t) => t.message).join('\n')).toMatch(/Thiết lập sổ phường đã xong sau \d+ lần chạy/);
    expect(props(env).has('ishc.continuation.notice')).toBe(false);
  });

  test('a second menu click while the continuation is pending says so and starts nothing; a dead one is started again', () => {
    const loaded = copyOf(base);
    const { env, app } = loaded;
    // The clock runs out at its second reading: the first part does one step only.
    const clock = installTestClock(env, { runOutAfterReads: 2 });
    app.menuSetUp();
    const [trigger] = clockTriggers(env);
    const cursor = props(env).get(CURSOR_KEY);
    expect(trigger).toBeDefined();
    app.menuSetUp();
    expect(env.ui.alerts.at(-1)?.message).toMatch(/đang chạy dở: đã xong 1\/\d+ bước/);
    expect(logRows(env).at(-1)?.[1]).toBe('bận');
    expect(clockTriggers(env)).toEqual([trigger]);
    expect(props(env).get(CURSOR_KEY)).toBe(cursor);
    // The trigger never ran (Apps Script dropped it): after half an hour past its time a click starts again.
    clock.advance(31 * 60 * 1000 + (trigger!._afterMs ?? 0));
    app.menuSetUp();
    expect(logRows(env).at(-1)?.[2]).toMatch(/không chạy tiếp nữa: làm lại từ đầu/);
    expect(env.triggers).not.toContain(trigger);
    expect(clockTriggers(env)).toEqual([]);
    expect(props(env).has(CURSOR_KEY)).toBe(false);
    expect(workbook(env)).toEqual(workbook(reference.env));
  });

  test('a failure in a later part leaves nothing half-written, no trigger, no cursor, and the officer told; the next run completes', () => {
    const loaded = copyOf(base);
    const { env, app } = loaded;
    const clock = clockFor(loaded, 4);
    app.menuSetUp();
    const before = values(env);
    const tabs = env.spreadsheet._sheets.map((s) => s._name);
    const faults = armFault(env, { method: 'Range.setDataValidations', nth: 3 });
    fireClockTrigger(env, app, clock);
    disarmFaults(env);
    expect(faults.fired).not.toBeNull();
    expect(values(env)).toEqual(before);
    expect(env.spreadsheet._sheets.map((s) => s._name)).toEqual(tabs);
    expect(env.triggers).toEqual([]);
    expect(props(env).has(CURSOR_KEY)).toBe(false);
    const last = logRows(env).at(-1)!;
    expect(last[1]).toBe('lỗi');
    expect(last[2]).toContain('Service Spreadsheets failed');
    app.onOpen({ authMode: 'FULL' });
    expect(env.ui.toasts.at(-1)?.message).toMatch(/đã dừng vì lỗi ở lần chạy 2: .*Không có gì bị ghi dở/s);
    // Set-up again, from the menu, with all the time it needs: the uninterrupted result.
    const unlimited = installTestClock(env, {});
    app.menuSetUp();
    expect(unlimited.reads).toBeGreaterThan(0);
    expect(env.triggers).toEqual([]);
    expect(workbook(env)).toEqual(workbook(reference.env));
  });

  test('a workbook changed between two parts stops the job with a message; a trigger that is not the pending one does nothing', () => {
    const loaded = copyOf(base);
    const { env, app } = loaded;
    const clock = clockFor(loaded, 4);
    app.menuSetUp();
    const pending = clockTriggers(env)[0]!;
    // A trigger of ours that is not the cursor's (left by an earlier job): fired, it deletes itself, nothing else.
    const orphan = env.calls.uncounted(() => {
      env.triggers.splice(env.triggers.indexOf(pending), 1);
      const made = (env.globals.ScriptApp as { newTrigger(f: string): { timeBased(): { after(ms: number): { create(): unknown } } } })
        .newTrigger('continueJob')
        .timeBased()
        .after(60000)
        .create();
      return made as typeof pending;
    });
    const rowsBefore = logRows(env).length;
    fireClockTrigger(env, app, clock, orphan);
    expect(env.triggers).toEqual([]);
    expect(logRows(env)).toHaveLength(rowsBefore);
    env.triggers.push(pending);
    // Someone adds a tab between the parts.
    env.calls.uncounted(() => env.spreadsheet.insertSheet('Ghi chép riêng'));
    const before = values(env);
    fireClockTrigger(env, app, clock, pending);
    expect(env.triggers).toEqual([]);
    expect(props(env).has(CURSOR_KEY)).toBe(false);
    expect(values(env)).toEqual(before);
    const last = logRows(env).at(-1)!;
    expect(last[1]).toBe('lỗi');
    expect(last[2]).toMatch(/sổ đã thay đổi .*Hãy chạy lại Thiết lập sổ phường/);
  });

  test('a workbook small enough for one execution makes no trigger and no cursor', () => {
    const loaded = copyOf(base);
    installTestClock(loaded.env, {});
    loaded.env.calls.reset();
    loaded.app.menuSetUp();
    expect(loaded.env.calls.total('ScriptApp')).toBe(0);
    expect(props(loaded.env).has(CURSOR_KEY)).toBe(false);
    expect(loaded.env.ui.alerts.at(-1)?.message).toBe(reference.env.ui.alerts.at(-1)?.message);
    expect(workbook(loaded.env)).toEqual(workbook(reference.env));
    expect(SHEETS.log).toBe('Nhật ký');
  });
});
