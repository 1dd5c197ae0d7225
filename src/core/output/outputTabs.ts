/**
 * Output tabs are the add-on's by a marker it writes (a developer-metadata key on the tab), never
 * by name: a user's tab called "Tổng hợp" stays the user's, and the output takes a free name.
 * A job writes new outputs into staging tabs and commits them with one write (the ward's output
 * generation); these pure rules decide which marked tab is current, which are leftovers of a run
 * that failed, and what each tab is called.
 */
import { SHEETS } from '../schema/sheets';
import { foldText } from '../text';

export const OUTPUT_KEY = 'ishc.output';
export const GENERATION_KEY = 'ishc.generation';
/** On the one row of a club tab reserved for the club-standard line (column A of that row). */
export const STANDARD_ROW_KEY = 'ishc.standard';

export type OutputId = 'summary' | 'byClub' | 'check' | 'charts' | 'longevity' | 'pension' | 'log' | 'register' | 'locks';
export const OUTPUT_IDS: OutputId[] = ['summary', 'byClub', 'check', 'charts', 'longevity', 'pension', 'log', 'register', 'locks'];
/** Outputs no older version drew, so a tab of their name without the marker is always the user's. */
export const MARKED_ONLY: readonly OutputId[] = ['register', 'locks', 'charts'];

export const outputName = (id: OutputId): string => SHEETS[id];

export function outputIdOf(name: string): OutputId | undefined {
  return OUTPUT_IDS.find((id) => SHEETS[id] === name);
}

/**
 * The marker's value: the tab's id and the generation it was written in, e.g. "summary@7", and the
 * key of its layout when it may be written in place (output/layout.ts), e.g. "charts@7:0f3a…".
 */
export const outputMarker = (id: OutputId, generation: number, layout?: string): string =>
  layout === undefined ? `${id}@${generation}` : `${id}@${generation}:${layout}`;

export function parseOutputMarker(value: string | null): { id: OutputId; generation: number; layout?: string } | undefined {
  const m = /^([A-Za-z]+)@(\d+)(?::([0-9a-f]+))?$/.exec(value ?? '');
  const id = m ? OUTPUT_IDS.find((i) => i === m[1]) : undefined;
  if (!id || !m) return undefined;
  return m[3] === undefined ? { id, generation: Number(m[2]) } : { id, generation: Number(m[2]), layout: m[3] };
}

export interface MarkedTab {
  name: string;
  id: OutputId;
  generation: number;
  /** The layout it was drawn with (output/layout.ts); none: never written in place. */
  layout?: string;
}

export interface ResolvedOutputs<T extends MarkedTab> {
  current: Map<OutputId, T>;
  /** Staging tabs of a run that failed before its commit, and old tabs a committed run did not get to delete. */
  leftovers: T[];
}

/**
 * For each output, the current tab is the one of the latest generation not after the committed one;
 * tabs of later generations were staged by a run that never committed, earlier ones were replaced.
 */
export function resolveOutputs<T extends MarkedTab>(tabs: T[], committed: number): ResolvedOutputs<T> {
  const current = new Map<OutputId, T>();
  for (const tab of tabs) {
    if (tab.generation > committed) continue;
    const best = current.get(tab.id);
    if (!best || tab.generation > best.generation) current.set(tab.id, tab);
  }
  const kept = new Set(current.values());
  return { current, leftovers: tabs.filter((t) => !kept.has(t)) };
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** `wanted` if no tab has it (Sheets compares names without case), else "wanted (2)", "wanted (3)", … */
export function freeName(wanted: string, taken: Iterable<string>): string {
  const names = [...taken];
  if (!names.some((n) => same(n, wanted))) return wanted;
  for (let k = 2; ; k++) {
    const name = `${wanted} (${k})`;
    if (!names.some((n) => same(n, name))) return name;
  }
}

/** Where a new output is written before its commit; users who see it mid-run read what it is. */
export const stagingName = (wanted: string, taken: Iterable<string>): string => freeName(`${wanted} (đang ghi)`, taken);

export const isStagingName = (name: string): boolean => /\(đang ghi\)( \(\d+\))?$/.test(name);

/**
 * The name an output ends with: its own name unless a tab that is not this output holds it; then
 * the name the output already had, or a free one.
 */
export function finalName(declared: string, previous: string | undefined, heldByOthers: Iterable<string>): string {
  const others = [...heldByOthers];
  if (previous !== undefined && isStagingName(previous)) return finalName(declared, undefined, others);
  if (!others.some((n) => same(n, declared))) return declared;
  if (previous !== undefined && !others.some((n) => same(n, previous))) return previous;
  return freeName(declared, others);
}

/**
 * An output tab written before markers existed: it has the output's name and, in A2, the line every
 * output carries under its title ("Cập nhật ngày 22/11/2026" or the English one). A user's own tab
 * of that name is not taken for one.
 */
export function isUnmarkedOutput(a2: unknown): boolean {
  const text = foldText(String(a2 ?? ''));
  return /^(cap nhat ngay|updated on) \d{1,2}\/\d{1,2}\/\d{4}$/.test(text);
}

/** The Nhật ký of an older version: its header row starts with Time and User. */
export function isUnmarkedLog(firstRow: unknown[]): boolean {
  const [a, b] = firstRow.map((c) => foldText(String(c ?? '')));
  return (a === 'thoi gian' && b === 'nguoi thuc hien') || (a === 'time' && b === 'user');
}
