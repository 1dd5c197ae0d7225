/**
 * The report wizard (the add-on's sidebar, src/ui/ReportWizard.html) decided in core: which kinds
 * and periods it offers and in which words, which one it opens on, what blocks a report, which
 * rows of the Nội dung báo cáo tab a period's narrative owns and what saving it writes. The edge
 * (src/gas/pages.ts) reads the tabs, calls these and carries the writes out; the page only shows
 * the plain JSON below (google.script.run carries no Date).
 */
import { daysFrom, formatDateVi, type IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import { issueMessage } from '../issues';
import type { LockedPeriod } from '../lock';
import { type Grid, locatedOf, locateTables } from '../parse/locate';
import type { WardGrids } from '../parse/parseWard';
import { parseWard } from '../parse/parseWard';
import { findMisplacedWardTables, isStructureIssue } from '../parse/renamedTabs';
import { type Period, parsePeriod } from '../period';
import { SHEETS } from '../schema/sheets';
import { NARRATIVE_SECTIONS, NARRATIVES } from '../schema/tables';
import { cellText, isBlank, readChoice } from '../values';
import { defaultReportPeriod, REPORT_KINDS, type ReportKind, type ReportKindId } from './kinds';
import type { RegisterEntry } from './register';
import { NARRATIVE_LISTS } from './sections';

/** A narrative section by its value in the tab ("Ưu điểm") and the report's list name ("strengths"). */
export type SectionValue = (typeof NARRATIVE_SECTIONS)[number]['value'];
export interface WizardSection {
  value: SectionValue;
  list: string;
  label: string;
}

export interface WizardPeriod {
  id: string;
  /** In words: "6 tháng đầu năm 2026", "Cả năm 2026", "2 năm 2025–2026", "Giai đoạn 2025–2030". */
  label: string;
  /** The period has ended by today; otherwise only a provisional report can be made. */
  ended: boolean;
  end: IsoDate;
  /** "10/12/2026", or '' for the lists (no deadline). */
  due: string;
}

export interface WizardKind {
  id: ReportKindId;
  title: string;
  /** Lists of named people: no narrative. */
  personal: boolean;
  periods: WizardPeriod[];
  /** The kind's default period (defaultReportPeriod: the one whose deadline is nearest today). */
  defaultPeriod: string;
}

/** Something that stops a report, with the cell it is about when there is one. */
export interface WizardProblem {
  text: string;
  sheet: string;
  a1: string;
}

export interface WizardRegisterRow {
  kind: string;
  period: string;
  created: string;
  doc: string;
  pdf: string;
  provisional: boolean;
}

/** A period's Chốt số liệu as the page shows it (see core/lock.ts). */
export interface WizardLock {
  period: string;
  at: string;
  by: string;
  /** The snapshot was cut or edited by hand: not used; the period may be locked again. */
  damaged: boolean;
}

/** What the page opens with. */
export interface WizardState {
  lang: Lang;
  today: IsoDate;
  /** The page's texts in the user's language ({name} parameters left for the page to fill). */
  labels: Record<string, string>;
  kinds: WizardKind[];
  defaultKind: ReportKindId;
  sections: WizardSection[];
  /** Per period id, per section value: the text written (one paragraph a line). */
  narratives: Record<string, Partial<Record<SectionValue, string>>>;
  /** The Nội dung báo cáo table was found (else saving is refused with wizard.noNarrativeTab). */
  narrativeTable: boolean;
  problems: WizardProblem[];
  register: WizardRegisterRow[];
  folderUrl: string;
  /** The periods locked now (Chốt số liệu), damaged ones included. */
  locks: WizardLock[];
}

/** What a page's action returns: whether it went well, and what to tell the user (lines, when several). */
export interface PageResult {
  ok: boolean;
  message: string;
}

export interface WizardSaveResult extends PageResult {
  /** Cells written. */
  cells: number;
  /** The tab read again after saving. */
  narratives: WizardState['narratives'];
}

export interface WizardMakeResult extends PageResult {
  url: string;
  name: string;
  folderUrl: string;
  register: WizardRegisterRow[];
}

export interface WizardLockResult extends PageResult {
  locks: WizardLock[];
}

export const wizardLocks = (locks: readonly LockedPeriod[]): WizardLock[] =>
  locks.map((l) => ({ period: l.period, at: l.at, by: l.by, damaged: l.damaged === true }));

export interface WizardPdfResult extends PageResult {
  url: string;
  register: WizardRegisterRow[];
}

/** The catalogue keys the page shows (core checks each is a MessageKey). */
export const WIZARD_LABELS = [
  'wizard.title',
  'wizard.loading',
  'wizard.kind',
  'wizard.period',
  'wizard.due',
  'wizard.notEnded',
  'wizard.provisional',
  'wizard.needProvisional',
  'wizard.step.choose',
  'wizard.step.narrative',
  'wizard.step.make',
  'wizard.step.pdf',
  'wizard.narrativeHelp',
  'wizard.narrativeNone',
  'wizard.save',
  'wizard.saving',
  'wizard.unchanged',
  'wizard.unsaved',
  'wizard.noNarrativeTab',
  'wizard.make',
  'wizard.making',
  'wizard.made',
  'wizard.openDoc',
  'wizard.openFolder',
  'wizard.pdf',
  'wizard.pdfHelp',
  'wizard.exporting',
  'wizard.openPdf',
  'wizard.problems',
  'wizard.goToCell',
  'wizard.register',
  'wizard.registerEmpty',
  'wizard.registerProvisional',
  'wizard.refresh',
  'wizard.failed',
  'wizard.step.lock',
  'wizard.lockHelp',
  'wizard.lockedAt',
  'wizard.lockDamaged',
  'wizard.notLocked',
  'wizard.lockNotEnded',
  'wizard.lock',
  'wizard.unlock',
  'wizard.lockConfirm',
  'wizard.unlockConfirm',
  'wizard.confirm',
  'wizard.cancel',
  'wizard.locking',
] as const satisfies readonly MessageKey[];

export const wizardLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(WIZARD_LABELS.map((key) => [key, translate(key, {}, lang)]));

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A period in the words officers use: a year is "Cả năm 2026", the others their label capitalised. */
export function periodChoiceLabel(period: Period, lang: Lang): string {
  if (/^\d{4}$/.test(period.id)) return translate('wizard.wholeYear', { year: period.id }, lang);
  return capitalise(periodLabel(period, lang));
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** The periods offered for a kind: those holding the years from two before today's to the next, and the default. */
export function kindPeriods(kind: ReportKind, today: IsoDate): Period[] {
  const year = yearOf(today);
  const ids = new Set<string>();
  for (let y = year - 2; y <= year + 1; y++) {
    const id = kind.periodOfYear(y);
    if (id !== undefined) ids.add(id);
  }
  const fallback = defaultReportPeriod(kind, today);
  if (fallback) ids.add(fallback.id);
  return [...ids]
    .map((id) => parsePeriod(id))
    .filter((p): p is Period => p !== undefined && kind.accepts(p))
    .sort((a, b) => (a.start === b.start ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : 1));
}

export function wizardKinds(today: IsoDate, lang: Lang): WizardKind[] {
  return REPORT_KINDS.map((kind) => ({
    id: kind.id,
    title: translate(kind.title, {}, lang),
    personal: kind.personal,
    defaultPeriod: defaultReportPeriod(kind, today)?.id ?? '',
    periods: kindPeriods(kind, today).map((p) => {
      const due = kind.due(p);
      return {
        id: p.id,
        label: periodChoiceLabel(p, lang),
        ended: p.end < today,
        end: formatDateVi(p.end),
        due: due ? formatDateVi(due) : '',
      };
    }),
  }));
}

/**
 * The kind the wizard opens on: of the reports (not the lists), the one whose default period's
 * deadline is nearest today (the menu's default period per kind, so both agree); on a tie, the
 * kind declared first (the annual report before a review due the same day).
 */
export function defaultWizardKind(today: IsoDate): ReportKindId {
  let best: { id: ReportKindId; days: number } | undefined;
  for (const kind of REPORT_KINDS) {
    if (kind.personal) continue;
    const period = defaultReportPeriod(kind, today);
    const due = period && kind.due(period);
    if (!due) continue;
    const days = Math.abs(daysFrom(due, today));
    if (!best || days < best.days) best = { id: kind.id, days };
  }
  return best?.id ?? 'h1';
}

export function wizardSections(lang: Lang): WizardSection[] {
  return NARRATIVE_SECTIONS.map((s) => {
    const list = NARRATIVE_LISTS[s.value];
    return { value: s.value, list, label: translate(`wizard.section.${list}` as MessageKey, {}, lang) };
  });
}

/** Where the narrative table is in its tab, and each body row's period id and section (as the report reads them). */
interface NarrativeRow {
  /** 0-based grid row. */
  row: number;
  period: string | undefined;
  section: SectionValue | undefined;
  /** The period, section and text cells are all blank: a row saving may fill. */
  blank: boolean;
  text: string;
}

interface NarrativeTable {
  columns: { period: number; section: number; text: number };
  endRow: number;
  gridRows: number;
  rows: NarrativeRow[];
}

function narrativeTable(grid: Grid | undefined): NarrativeTable | undefined {
  if (!grid) return undefined;
  const located = locatedOf(locateTables(grid, [NARRATIVES]), NARRATIVES);
  const period = located?.columns.get('period');
  const section = located?.columns.get('section');
  const text = located?.columns.get('text');
  if (!located || period === undefined || section === undefined || text === undefined) return undefined;
  const rows: NarrativeRow[] = [];
  for (let r = located.headerRow + 1; r < located.endRow; r++) {
    const cells = grid[r] ?? [];
    const chosen = readChoice(cells[section], NARRATIVE_SECTIONS).value as SectionValue | undefined;
    rows.push({
      row: r,
      period: parsePeriod(cellText(cells[period]))?.id,
      section: chosen,
      blank: isBlank(cells[period]) && isBlank(cells[section]) && isBlank(cells[text]),
      text: cellText(cells[text]).trim(),
    });
  }
  return { columns: { period, section, text }, endRow: located.endRow, gridRows: grid.length, rows };
}

/** Whether the grid holds the narrative table (saving needs it). */
export const hasNarrativeTable = (grid: Grid | undefined): boolean => narrativeTable(grid) !== undefined;

/**
 * Every period's narrative as the report reads it (narrativeFields: a row counts when its period,
 * section and text are readable), one paragraph a line.
 */
export function narrativeTexts(grid: Grid | undefined): Record<string, Partial<Record<SectionValue, string>>> {
  const out: Record<string, Partial<Record<SectionValue, string>>> = {};
  for (const r of narrativeTable(grid)?.rows ?? []) {
    if (!r.period || !r.section || !r.text) continue;
    out[r.period] = out[r.period] ?? {};
    const period = out[r.period];
    period[r.section] = period[r.section] ? `${period[r.section]}\n${r.text}` : r.text;
  }
  return out;
}

/** One cell saving writes: 0-based row and column of the tab. */
export interface CellWrite {
  row: number;
  column: number;
  value: string;
}

export type NarrativePlan = { ok: true; writes: CellWrite[] } | { ok: false; messageKey: 'wizard.noNarrativeTab' | 'wizard.narrativeFull' };

const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * What saving a period's narrative writes, and nothing else: for each section given, the rows that
 * section owns for that period (its period and section read as the report reads them) get the new
 * paragraphs in order (a text cell only where the text changed); more paragraphs fill rows whose
 * period, section and text cells are blank, after the section's last row, then rows below the
 * table when it ends the tab; fewer paragraphs blank the surplus rows' three cells. Only those three
 * columns are ever written, so a user's own columns and other periods' rows are never touched.
 */
export function planNarrativeSave(grid: Grid | undefined, periodId: string, texts: Partial<Record<SectionValue, string>>): NarrativePlan {
  const table = narrativeTable(grid);
  if (!table) return { ok: false, messageKey: 'wizard.noNarrativeTab' };
  const { columns } = table;
  const writes: CellWrite[] = [];
  const claimed = new Set<number>();
  let below = Math.max(table.endRow, table.gridRows);
  for (const section of NARRATIVE_SECTIONS.map((s) => s.value)) {
    const text = texts[section];
    if (text === undefined) continue;
    const wanted = paragraphs(text);
    const owned = table.rows.filter((r) => r.period === periodId && r.section === section && !claimed.has(r.row));
    owned.forEach((r, i) => {
      claimed.add(r.row);
      if (i < wanted.length) {
        if (r.text !== wanted[i]) writes.push({ row: r.row, column: columns.text, value: wanted[i] });
      } else {
        for (const column of [columns.period, columns.section, columns.text]) writes.push({ row: r.row, column, value: '' });
      }
    });
    const after = owned.length > 0 ? owned[owned.length - 1].row : -1;
    for (const paragraph of wanted.slice(owned.length)) {
      const free = table.rows.find((r) => r.blank && r.row > after && !claimed.has(r.row));
      let row: number;
      if (free) row = free.row;
      else if (table.endRow >= table.gridRows) row = below++;
      else return { ok: false, messageKey: 'wizard.narrativeFull' };
      claimed.add(row);
      writes.push({ row, column: columns.period, value: periodId });
      writes.push({ row, column: columns.section, value: section });
      writes.push({ row, column: columns.text, value: paragraph });
    }
  }
  return { ok: true, writes };
}

/** The register's rows for the page, latest first. */
export function wizardRegister(entries: readonly RegisterEntry[], lang: Lang): WizardRegisterRow[] {
  return entries
    .map((e) => {
      const kind = REPORT_KINDS.find((k) => k.id === e.kind);
      const period = parsePeriod(e.period);
      return {
        kind: kind ? translate(kind.title, {}, lang) : e.kind,
        period: period ? periodChoiceLabel(period, lang) : e.period,
        created: e.created,
        doc: e.doc,
        pdf: e.pdf,
        provisional: e.provisional,
      };
    })
    .reverse();
}

/**
 * What stops any report of this workbook, as the command line refuses it: not a ward workbook,
 * a workbook no club has a member in (a report of zeros), and the workbook's structure problems
 * (a ward table on a renamed tab, a missing tab), each with its cell.
 */
export function wardProblems(grids: WardGrids, today: IsoDate, lang: Lang): WizardProblem[] {
  const isWard = Boolean(grids[SHEETS.settings] || grids[SHEETS.clubs]) || findMisplacedWardTables(grids).length > 0;
  if (!isWard) return [{ text: translate('wizard.notWard', {}, lang), sheet: '', a1: '' }];
  const ward = parseWard(grids, { today });
  const problems: WizardProblem[] = [];
  const seen = new Set<string>();
  for (const issue of ward.issues) {
    if (!isStructureIssue(issue) || issue.severity !== 'error') continue;
    const text = issueMessage(issue, lang);
    if (seen.has(text)) continue;
    seen.add(text);
    problems.push({ text, sheet: issue.sheet, a1: issue.a1 });
  }
  if (!ward.clubs.some((club) => club.members.length > 0)) {
    problems.push({ text: translate('wizard.unfilled', { clubs: ward.registry.length }, lang), sheet: SHEETS.clubs, a1: '' });
  }
  return problems;
}
