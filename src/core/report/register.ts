/**
 * Sổ báo cáo, the report register: one row per report the add-on made (like DHIS2's data approval
 * log) — which kind, which period, when, by whom, the Doc and its PDF, the fingerprint of the input
 * tables it was made from and whether it was provisional. The columns are declared once here; the
 * Apps Script edge appends rows (src/gas/register.ts), and core reads them back (by header, in
 * either language) for the calendar notice and the timeliness rows of Kiểm tra.
 */
import type { IsoDate } from '../dates';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { Grid } from '../parse/locate';
import { parsePeriod } from '../period';
import { foldText } from '../text';
import { type Cell, cellText } from '../values';
import { REPORT_KINDS, type ReportKindId, reportKind } from './kinds';

export interface RegisterEntry {
  kind: ReportKindId;
  /** The period's id: "2026-H1", "2026", "2025-2026", "P1". */
  period: string;
  /** When the report was made, "yyyy-mm-dd hh:mm" in the ward's time zone (the date alone when read back). */
  created: string;
  /** The e-mail of who made it ('' where the domain hides it). */
  by: string;
  doc: string;
  /** Empty until the PDF is exported. */
  pdf: string;
  /** fingerprintGrids of the input tables the report was made from. */
  fingerprint: string;
  provisional: boolean;
}

export interface RegisterColumn {
  key: keyof RegisterEntry;
  header: MessageKey;
  width: number;
}

/** The register's columns, in order. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { key: 'kind', header: 'register.col.kind', width: 200 },
  { key: 'period', header: 'register.col.period', width: 90 },
  { key: 'created', header: 'register.col.created', width: 130 },
  { key: 'by', header: 'register.col.by', width: 200 },
  { key: 'doc', header: 'register.col.doc', width: 260 },
  { key: 'pdf', header: 'register.col.pdf', width: 260 },
  { key: 'fingerprint', header: 'register.col.fingerprint', width: 100 },
  { key: 'provisional', header: 'register.col.provisional', width: 80 },
];

export const registerColumnIndex = (key: keyof RegisterEntry): number => REGISTER_COLUMNS.findIndex((c) => c.key === key);

export const registerHeader = (lang: Lang): string[] => REGISTER_COLUMNS.map((c) => translate(c.header, {}, lang));

const yesNo = (value: boolean, lang: Lang) => translate(value ? 'register.yes' : 'register.no', {}, lang);

/** One register row as cells, in the user's language (the kind by its title). */
export function registerCells(entry: RegisterEntry, lang: Lang): Cell[] {
  return REGISTER_COLUMNS.map(({ key }) => {
    if (key === 'kind') return translate(reportKind(entry.kind)?.title ?? 'report.kind.h1', {}, lang);
    if (key === 'provisional') return yesNo(entry.provisional, lang);
    return entry[key];
  });
}

const LANGS: Lang[] = ['vi', 'en'];

/** A kind read back from its title in either language, or its id. */
function kindOf(text: string): ReportKindId | undefined {
  const folded = foldText(text);
  return REPORT_KINDS.find((k) => k.id === text.trim() || LANGS.some((lang) => foldText(translate(k.title, {}, lang)) === folded))?.id;
}

/** "2026-06-05 14:30", "2026-06-05" (a date cell read back) or "05/06/2026 …": the date part. */
export function createdDate(created: string): IsoDate | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(created);
  if (iso) return iso[1];
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(created);
  return vi ? `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}` : undefined;
}

/** Where the header row is and which column holds each field (headers in either language, any order). */
export function locateRegister(grid: Grid): { headerRow: number; columns: Map<keyof RegisterEntry, number> } | undefined {
  const names = new Map<string, keyof RegisterEntry>();
  for (const c of REGISTER_COLUMNS) for (const lang of LANGS) names.set(foldText(translate(c.header, {}, lang)), c.key);
  for (let r = 0; r < Math.min(grid.length, 5); r++) {
    const columns = new Map<keyof RegisterEntry, number>();
    (grid[r] ?? []).forEach((cell, c) => {
      const key = names.get(foldText(cellText(cell)));
      if (key && !columns.has(key)) columns.set(key, c);
    });
    if (columns.has('kind') && columns.has('period') && columns.has('doc')) return { headerRow: r, columns };
  }
  return undefined;
}

/** The register's rows; a row whose kind is not known is skipped (the register is the add-on's, but users may type in it). */
export function parseRegister(grid: Grid): RegisterEntry[] {
  const located = locateRegister(grid);
  if (!located) return [];
  const { headerRow, columns } = located;
  const text = (row: Cell[], key: keyof RegisterEntry) => {
    const c = columns.get(key);
    return c === undefined ? '' : cellText(row[c]).trim();
  };
  const out: RegisterEntry[] = [];
  for (const row of grid.slice(headerRow + 1)) {
    const kind = kindOf(text(row, 'kind'));
    if (!kind) continue;
    const provisional = foldText(text(row, 'provisional'));
    out.push({
      kind,
      period: text(row, 'period').toUpperCase(),
      created: text(row, 'created'),
      by: text(row, 'by'),
      doc: text(row, 'doc'),
      pdf: text(row, 'pdf'),
      fingerprint: text(row, 'fingerprint'),
      provisional: LANGS.some((lang) => foldText(translate('register.yes', {}, lang)) === provisional),
    });
  }
  return out;
}

/** The 1-based sheet row of the register entry with this Doc link (the latest, should it appear twice). */
export function registerRowOfDoc(grid: Grid, docUrl: string): number | undefined {
  const located = locateRegister(grid);
  const c = located?.columns.get('doc');
  if (!located || c === undefined) return undefined;
  const key = docKey(docUrl);
  for (let r = grid.length - 1; r > located.headerRow; r--) if (docKey(cellText(grid[r]?.[c]).trim()) === key) return r + 1;
  return undefined;
}

/**
 * What identifies a Doc's link: the file id in it (…/d/<id>/…), so a link Drive's File.getUrl gives
 * and the one the Drive API's webViewLink gave are the same Doc whatever their query; else the text.
 */
function docKey(url: string): string {
  return /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? url;
}

/** The reports of a kind and period in the register, earliest first. */
export function reportsIn(entries: readonly RegisterEntry[], kind: ReportKindId, period: string): RegisterEntry[] {
  return entries
    .filter((e) => e.kind === kind && e.period === period)
    .sort((a, b) => ((createdDate(a.created) ?? '') < (createdDate(b.created) ?? '') ? -1 : 1));
}

/** The report kind a period given without one is recorded as: the first document kind that reports on it. */
export function documentKindOf(periodId: string): ReportKindId {
  const period = parsePeriod(periodId);
  return (period && REPORT_KINDS.find((k) => !k.personal && k.accepts(period))?.id) || 'h1';
}
