/**
 * Carries out core's protection plan (core/roles.ts planProtections): one sheet protection per
 * tab, with as few calls as possible, leaving alone what is already right. The plan decides; this
 * file only reads each protection and changes the difference.
 */

import { type Lang, translate } from '../core/i18n/messages';
import { accessFingerprint, planProtections, type TabProtection, withNewClub } from '../core/roles';
import { OUTPUT_SHEETS } from '../core/schema/sheets';
import type { RunAccess } from './access';
import { t, userLang } from './i18n';
import type { Outputs } from './outputs';
import { type StepGate, Steps } from './steps';
import type { Tabs } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Document property holding the fingerprint of the access last applied to every tab. */
const APPLIED = 'ishc.protections.applied';

export interface ProtectResult {
  protected: number;
  changed: number;
  /** With a gate (continuation.ts): the first tab not done when the run stopped early. */
  stoppedAt?: number;
}

/**
 * Makes one tab's protection what `want` says; true when it changed anything. Apps Script never
 * removes the owner or the current user (`keep`), so they are not counted as wrong. A new
 * protection mirrors the spreadsheet's sharing until its editors change, so it always gets one
 * addEditors.
 */
function protectTab(sheet: Sheet, want: TabProtection, keep: ReadonlySet<string>, lang: Lang, known?: { none: true }): boolean {
  const existing = known ? undefined : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  const fresh = existing === undefined;
  const p = existing ?? sheet.protect();
  let changed = fresh;
  if (want.warningOnly) {
    // Named editors now too, so a later switch to Khóa never finds a protection still mirroring the sharing.
    if (fresh) p.addEditors(want.editors);
    if (fresh || !p.isWarningOnly()) {
      p.setWarningOnly(true);
      changed = true;
    }
  } else {
    if (!fresh && p.isWarningOnly()) {
      p.setWarningOnly(false);
      changed = true;
    }
    const actual = new Set(p.getEditors().map((u) => u.getEmail().toLowerCase()));
    const add = fresh ? want.editors : want.editors.filter((e) => !actual.has(e));
    const remove = [...actual].filter((e) => e !== '' && !want.editors.includes(e) && !keep.has(e));
    if (add.length > 0) p.addEditors(add);
    if (remove.length > 0) p.removeEditors(remove);
    const domain = p.canDomainEdit();
    if (domain) p.setDomainEdit(false);
    if (add.length > 0 || remove.length > 0 || domain) changed = true;
  }
  if (changed) p.setDescription(translate(want.description.key, want.description.params, lang));
  return changed;
}

/** Who Apps Script never removes from a protection, asked once per run (the run's access object). */
const keptByRun = new WeakMap<RunAccess, Set<string>>();

function keepers(ss: Spreadsheet, run: RunAccess): Set<string> {
  const known = keptByRun.get(run);
  if (known) return known;
  const keep = new Set([run.me.toLowerCase()]);
  const owner = ss.getOwner();
  if (owner) keep.add(owner.getEmail().toLowerCase());
  keptByRun.set(run, keep);
  return keep;
}

/**
 * Every tab, checked and corrected (set-up and Cập nhật phân quyền); remembers the access applied
 * once every tab is done. `tabs`: the job's tabs when it read them already (set-up), else each tab
 * and its name asked once here. A gate (continuation.ts) lets set-up do the tabs over several runs.
 */
export function applyProtections(ss: Spreadsheet, run: RunAccess, opts: { tabs?: Tabs; gate?: StepGate } = {}): ProtectResult {
  const all = opts.tabs ? opts.tabs.all() : ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const sheets = all.map((tab) => tab.sheet);
  const plan = planProtections(
    run.access,
    all.map((tab) => tab.name),
    run.me,
  );
  const keep = keepers(ss, run);
  const lang = userLang();
  let changed = 0;
  const steps = new Steps(opts.gate);
  plan.forEach((want, i) => {
    if (steps.next() === 'run' && protectTab(sheets[i]!, want, keep, lang)) changed += 1;
  });
  if (steps.stoppedAt !== undefined) return { protected: plan.length, changed, stoppedAt: steps.stoppedAt };
  PropertiesService.getDocumentProperties().setProperty(APPLIED, accessFingerprint(run.access, run.me));
  return { protected: plan.length, changed };
}

/**
 * After a job that may have made tabs: when the officers, boards or mode changed since the last
 * full pass (the fingerprint differs), a full pass; otherwise only the output tabs without a
 * protection (a job writes its outputs into new tabs: outputs.ts), found by the job's discovery.
 */
export function refreshProtections(ss: Spreadsheet, run: RunAccess, outputs?: Outputs): void {
  const applied = PropertiesService.getDocumentProperties().getProperty(APPLIED);
  if (applied !== accessFingerprint(run.access, run.me)) {
    applyProtections(ss, run);
    return;
  }
  // Tabs the job made have no protection (nothing to ask); the others are asked once.
  const tabs = outputs
    ? [...outputs.current.values()].map((tab) => ({ sheet: tab.sheet, name: tab.name, made: outputs.made.has(tab.sheet) }))
    : OUTPUT_SHEETS.flatMap((name) => {
        const sheet = ss.getSheetByName(name);
        return sheet ? [{ sheet, name, made: false }] : [];
      });
  const bare = tabs.filter((tab) => tab.made || tab.sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0);
  if (bare.length === 0) return;
  const plan = planProtections(
    run.access,
    bare.map((tab) => tab.name),
    run.me,
  );
  const keep = keepers(ss, run);
  const lang = userLang();
  plan.forEach((want, i) => {
    protectTab(bare[i]!.sheet, want, keep, lang, { none: true });
  });
}

/** The log tab (made by the run's last step, after the job's own protections), when it has no protection yet. */
export function protectLogTab(ss: Spreadsheet, run: RunAccess, sheet: Sheet): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  const [want] = planProtections(run.access, [sheet.getName()], run.me);
  protectTab(sheet, { ...want!, description: { key: 'protect.description.output', params: {} } }, keepers(ss, run), userLang());
}

/** The tab of a club just added, without a full pass: its board is the e-mails given when it was added (none: officers only). */
export function protectNewClubTab(ss: Spreadsheet, run: RunAccess, code: string, boardEmails: readonly string[] = []): void {
  const sheet = ss.getSheetByName(code);
  if (!sheet) return;
  const [want] = planProtections(withNewClub(run.access, code, boardEmails), [code], run.me);
  protectTab(sheet, want!, keepers(ss, run), userLang());
}

/** The lines set-up and Cập nhật phân quyền show. */
export function protectionMessage(result: ProtectResult, run: RunAccess): string {
  const mode = t(run.access.warningOnly ? 'permissions.warningOnly' : 'permissions.locked');
  const lines = [
    t('permissions.done', { protected: result.protected, changed: result.changed, kept: result.protected - result.changed, mode }),
  ];
  if (run.unconfigured) lines.push(t('permissions.unconfigured', { email: run.me || '?' }));
  return lines.join('\n');
}
