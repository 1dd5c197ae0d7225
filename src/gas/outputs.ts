/**
 * Output tabs, all or nothing. Each output tab carries a developer-metadata marker (OUTPUT_KEY =
 * "summary@7": which output, written in which generation); the spreadsheet carries the committed
 * generation (GENERATION_KEY). A job:
 *   1. finds the marked tabs (one finder, four calls per output) and repairs what a failed run left:
 *      staged tabs of an uncommitted generation and old tabs a committed run did not delete go,
 *      a current tab still under its staging name gets its name;
 *   2. writes each new output into a new staging tab ("Tổng hợp (đang ghi)") marked with the next
 *      generation, and checks that its rows landed — unless the output has the layout of its current
 *      tab (core/output/layout.ts, the key in the marker): then, after the staging, its values (and
 *      colours) are written over that tab in place, what they replace read first (a joined write:
 *      Biểu đồ's charts keep their ranges and redraw, nothing is drawn or protected again);
 *   3. commits with one call: the spreadsheet's generation becomes the new one;
 *   4. deletes the old tabs and gives the new ones their names.
 * A failure before 3 deletes the staging tabs and writes back what the in-place writes (and the
 * job's other joined writes) replaced: the old outputs are as they were. A failure during 4 is
 * finished at once, or by the next run's step 1. A user's tab is never taken for an output: an
 * output whose name a user's tab holds goes to "Tổng hợp (2)".
 */

import { outputLayoutKey } from '../core/output/layout';
import {
  finalName,
  GENERATION_KEY,
  isStagingName,
  isUnmarkedLog,
  isUnmarkedOutput,
  MARKED_ONLY,
  type MarkedTab,
  OUTPUT_IDS,
  OUTPUT_KEY,
  type OutputId,
  outputIdOf,
  outputMarker,
  outputName,
  parseOutputMarker,
  resolveOutputs,
  stagingName,
} from '../core/output/outputTabs';
import type { OutputSheet } from '../core/output/types';
import { t } from './i18n';
import type { Tabs } from './tabs';
import { drawOutputSheet, rewriteOutputSheet } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface OutputTab extends MarkedTab {
  sheet: Sheet;
}

/** Other writes of a job that belong to its commit (the club-standard lines): done before it, undone if it does not happen. */
export interface JoinedWrites {
  apply(): void;
  undo(): void;
  /** After the commit (decorations such as tab colours); repeated once if it fails. */
  after(): void;
}

export class Outputs {
  readonly current: Map<OutputId, OutputTab>;
  /** Names of every marked tab (current or not): what the reader skips. */
  readonly marked = new Set<string>();
  readonly notices: string[] = [];
  /** Output tabs this job inserted (so known to carry no protection yet: protect.ts asks nothing of them). */
  readonly made = new Set<Sheet>();

  private constructor(
    readonly tabs: Tabs,
    private generation: number,
    private generationMeta: DeveloperMetadata | undefined,
    found: OutputTab[],
    private readonly readOnly: boolean,
  ) {
    for (const tab of found) this.marked.add(tab.name);
    const { current, leftovers } = resolveOutputs(found, generation);
    this.current = current;
    if (!readOnly) this.repair(leftovers);
  }

  /**
   * Finds the marked tabs and the committed generation, adopts unmarked outputs of older versions, repairs leftovers.
   * `readOnly` (a page reading the ward outside the document lock): nothing is written, since the
   * "leftovers" may be the staging tabs of a job running at this moment in another execution; marked
   * tabs are still skipped by the reader, and an unmarked output of an older version is taken as one
   * without being marked.
   */
  static discover(tabs: Tabs, opts: { readOnly?: boolean } = {}): Outputs {
    const ss = tabs.ss;
    const found: OutputTab[] = [];
    for (const md of ss.createDeveloperMetadataFinder().withKey(OUTPUT_KEY).find()) {
      const marker = parseOutputMarker(md.getValue());
      // Apps Script hands out a new Sheet object per call: the marked tab is the Tabs entry of its name.
      const name = marker ? md.getLocation().getSheet()?.getName() : undefined;
      const sheet = name === undefined ? undefined : tabs.byName(name);
      if (marker && sheet && name !== undefined) found.push({ ...marker, sheet, name });
    }
    const generationMeta = ss.createDeveloperMetadataFinder().withKey(GENERATION_KEY).find()[0];
    const generation = Number(generationMeta?.getValue() ?? 0) || 0;
    const outputs = new Outputs(tabs, generation, generationMeta, found, opts.readOnly === true);
    outputs.adoptUnmarked();
    return outputs;
  }

  /** Tabs of an older version, named like an output and shaped like one, become marked outputs. */
  private adoptUnmarked(): void {
    for (const id of OUTPUT_IDS) {
      if (this.current.has(id) || MARKED_ONLY.includes(id)) continue;
      const sheet = this.tabs.byName(outputName(id));
      if (!sheet || this.marked.has(outputName(id))) continue;
      const ours =
        id === 'log' ? isUnmarkedLog(sheet.getRange(1, 1, 1, 2).getValues()[0]) : isUnmarkedOutput(sheet.getRange(2, 1).getValue());
      if (!ours) continue;
      if (!this.readOnly) sheet.addDeveloperMetadata(OUTPUT_KEY, outputMarker(id, this.generation));
      this.current.set(id, { id, generation: this.generation, sheet, name: outputName(id) });
      this.marked.add(outputName(id));
    }
  }

  private repair(leftovers: OutputTab[]): void {
    for (const tab of leftovers) this.tabs.remove(tab.sheet);
    for (const tab of this.current.values()) if (isStagingName(tab.name)) this.rename(tab, undefined);
  }

  /** Gives a current tab its final name (its own unless a user's tab holds it). */
  private rename(tab: OutputTab, previous: string | undefined): void {
    const declared = outputName(tab.id);
    const others = this.tabs.names.filter((n) => n !== tab.name);
    const name = finalName(declared, previous, others);
    if (name !== tab.name) this.tabs.rename(tab.sheet, name);
    this.marked.delete(tab.name);
    this.marked.add(name);
    tab.name = name;
    if (name !== declared) this.notices.push(t('output.nameTaken', { name: declared, used: name }));
  }

  /** Writes `sheets` as new outputs in one commit (see the file comment); `joined` writes commit with them. */
  replace(sheets: OutputSheet[], joined?: JoinedWrites): void {
    const next = Math.max(this.generation, ...[...this.current.values()].map((c) => c.generation)) + 1;
    const staged: Staged[] = [];
    const inPlace: Array<{ tab: OutputTab; out: OutputSheet }> = [];
    const undo: Array<() => void> = [];
    let committed = false;
    try {
      for (const out of sheets) {
        const id = outputIdOf(out.name);
        if (!id) throw new Error(`${out.name} is not an output tab`);
        const old = this.current.get(id);
        const layout = outputLayoutKey(out);
        if (old && layout !== undefined && sameLayout(old, layout, out)) {
          inPlace.push({ tab: old, out });
          continue;
        }
        const name = stagingName(out.name, this.tabs.names);
        const at = old ? this.tabs.indexOf(old.sheet) : -1;
        const sheet = this.tabs.insert(name, at >= 0 ? at : this.tabs.count);
        const tab: OutputTab = { id, generation: next, sheet, name, layout };
        staged.push({ tab, old, finished: false });
        this.marked.add(name);
        sheet.addDeveloperMetadata(OUTPUT_KEY, outputMarker(id, next, layout));
        drawOutputSheet(sheet, out, this.tabs);
        verify(sheet, out);
      }
      for (const { tab, out } of inPlace) rewriteOutputSheet(tab.sheet, out, this.tabs, (back) => undo.push(back));
      undo.push(() => joined?.undo());
      joined?.apply();
      this.commit(next);
      committed = true;
    } catch (error) {
      if (committed) this.finishQuietly(staged, inPlace, joined);
      else this.rollBack(staged, undo);
      throw error;
    }
    try {
      this.finish(staged, inPlace, joined);
    } catch (error) {
      this.finishQuietly(staged, inPlace, joined);
      throw error;
    }
  }

  private commit(next: number): void {
    if (this.generationMeta) this.generationMeta.setValue(String(next));
    else this.tabs.ss.addDeveloperMetadata(GENERATION_KEY, String(next));
    this.generation = next;
  }

  private finish(staged: Staged[], inPlace: Array<{ tab: OutputTab }>, joined?: JoinedWrites): void {
    for (const s of staged) {
      if (s.finished) continue;
      if (s.old && this.tabs.nameOf(s.old.sheet) !== undefined) {
        this.tabs.remove(s.old.sheet);
        this.marked.delete(s.old.name);
      }
      this.rename(s.tab, s.old?.name);
      this.current.set(s.tab.id, s.tab);
      this.made.add(s.tab.sheet);
      s.finished = true;
    }
    // A tab written in place keeps its name, unless the user's tab that held its own name has gone.
    for (const { tab } of inPlace) this.rename(tab, tab.name);
    joined?.after();
  }

  /** After the commit the new outputs are the outputs: complete the swap (the next run would otherwise). */
  private finishQuietly(staged: Staged[], inPlace: Array<{ tab: OutputTab }>, joined?: JoinedWrites): void {
    try {
      this.finish(staged, inPlace, joined);
    } catch (error) {
      console.error(`Finishing the output swap failed; the next run completes it: ${String(error)}`);
    }
  }

  /**
   * Before the commit: what the in-place and joined writes replaced is written back (last first) and
   * the staging tabs go; the old outputs are as they were.
   */
  private rollBack(staged: Staged[], undo: Array<() => void>): void {
    for (const back of [...undo].reverse()) {
      try {
        back();
      } catch (error) {
        console.error(`Undoing a failed job's writes failed: ${String(error)}`);
      }
    }
    for (const { tab } of staged) {
      try {
        this.tabs.remove(tab.sheet);
        this.marked.delete(tab.name);
      } catch (error) {
        console.error(`Deleting the staging tab ${tab.name} failed; the next run deletes it: ${String(error)}`);
      }
    }
  }
}

interface Staged {
  tab: OutputTab;
  old?: OutputTab;
  finished: boolean;
}

/**
 * Whether an output can be written over its current tab: the tab was drawn with the same layout and,
 * for a tab of charts, still holds exactly its charts (one was deleted or a user added one: it is
 * drawn again, as every roll-up drew it before).
 */
function sameLayout(current: OutputTab, layout: string, out: OutputSheet): boolean {
  if (current.layout !== layout) return false;
  return out.charts === undefined || current.sheet.getCharts().length === out.charts.length;
}

/** The last row with content is where the drawn rows end: a write that did not land fails the job before its commit. */
function verify(sheet: Sheet, out: OutputSheet): void {
  let last = out.rows.length;
  while (last > 0 && out.rows[last - 1].every((c) => c === '' || c === null || c === undefined)) last--;
  if (sheet.getLastRow() !== last) throw new Error(t('output.notWritten', { name: out.name }));
}
