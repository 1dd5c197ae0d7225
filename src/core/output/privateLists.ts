/**
 * The officers' private copy: the lists that name people (Mừng thọ, Hưu trí xã hội) and the full text
 * of the check issues the shared Kiểm tra tab shows without personal data. Each edge puts it where
 * only officers read it: the add-on in a Google Doc in the officer's own Drive folder, the command
 * line in a separate .xlsx file (`rollup --lists`). Neither ever writes it into the ward workbook.
 *
 * Earlier versions drew the two lists as tabs of the shared workbook; `isOwnListTab` recognises such a
 * tab by what the add-on wrote there, so the next roll-up removes it and never a tab of the user's.
 */
import type { IsoDate } from '../dates';
import { type Lang, translate } from '../i18n/messages';
import type { Issue } from '../issues';
import type { Ward } from '../model';
import { longevityList, socialPensionList } from '../policy';
import { SHEETS } from '../schema/sheets';
import type { Cell } from '../values';
import { checkColumns } from './check';
import { drawSheet, updatedLine } from './columns';
import { listHeaders, longevitySheet, pensionSheet } from './policyLists';
import { hasPersonalParams } from './redact';
import { isLinkCell, type OutputSheet } from './types';

/** Tab names in the private .xlsx (and section names in the private Doc). */
export const PRIVATE_SHEETS = { longevity: SHEETS.longevity, pension: SHEETS.pension, fullCheck: 'Kiểm tra đầy đủ' } as const;

export interface PrivateLists {
  /** "DANH SÁCH CHÍNH SÁCH NĂM 2026 – Phường …" */
  title: string;
  /** Who may read it and why (Decree 13/2023). */
  notice: string;
  /** Mừng thọ, Hưu trí xã hội, Kiểm tra đầy đủ: links to the ward's cells written as text ("CLB01!B12"), as they leave the workbook. */
  sheets: OutputSheet[];
  counts: { longevity: number; pension: number; fullCheck: number };
}

/** A link into the ward workbook, as text, for a copy that lives outside it. */
function unlinked(sheet: OutputSheet): OutputSheet {
  return { ...sheet, rows: sheet.rows.map((r) => r.map((c) => (isLinkCell(c) ? `${c.sheet}!${c.a1}` : c))) };
}

export function privateLists(ward: Ward, issues: Issue[], year: number, today: IsoDate, lang: Lang = 'vi'): PrivateLists {
  const personal = issues.filter(hasPersonalParams);
  const fullCheck = drawSheet(
    {
      name: PRIVATE_SHEETS.fullCheck,
      title: translate('privateLists.fullCheckTitle', { count: personal.length }, lang),
      subtitle: updatedLine(today, lang),
    },
    checkColumns(true),
    personal,
    lang,
  );
  const sheets = [longevitySheet(ward, year, today, lang), pensionSheet(ward, year, today, lang), fullCheck].map(unlinked);
  return {
    title: translate('privateLists.title', { year, ward: ward.settings.ward }, lang),
    notice: translate('privateLists.notice', {}, lang),
    sheets,
    counts: { longevity: longevityList(ward, year).length, pension: socialPensionList(ward, year).length, fullCheck: personal.length },
  };
}

const LIST_TABS = { [SHEETS.longevity]: 'longevity', [SHEETS.pension]: 'pension' } as const;
const LANGS: Lang[] = ['vi', 'en'];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

/** A title of ours with any year: the catalogue's text with {year} as digits. */
function isOurTitle(kind: 'longevity' | 'pension', cell: Cell | undefined): boolean {
  const key = kind === 'longevity' ? 'longevity.title' : 'pension.title';
  return LANGS.some((lang) => {
    const [before, after] = translate(key, { year: '\u0000' }, lang).split('\u0000').map(escapeRegExp);
    return new RegExp(`^${before}\\d{1,6}${after}$`).test(text(cell));
  });
}

/**
 * True when a tab named Mừng thọ or Hưu trí xã hội holds exactly what an earlier version of the
 * add-on drew there: our title in A1, our header row in row 3, and nothing in any column beyond the
 * list's. Anything else (another title, other headers, a note typed beside the list) makes it the
 * user's, and it is kept.
 */
export function isOwnListTab(name: string, grid: Cell[][]): boolean {
  if (!Object.hasOwn(LIST_TABS, name)) return false;
  const kind = LIST_TABS[name as keyof typeof LIST_TABS];
  if (!isOurTitle(kind, grid[0]?.[0])) return false;
  const header = (grid[2] ?? []).map(text);
  const width = listHeaders(kind, 'vi').length;
  const ours = LANGS.some((lang) => listHeaders(kind, lang).every((h, i) => header[i] === h));
  if (!ours) return false;
  return grid.every((row) => row.slice(width).every((c) => text(c) === ''));
}

/** Tabs of a workbook that are an earlier version's named lists, to remove from the shared workbook. */
export function ownListTabs(tabs: Array<{ name: string; grid: Cell[][] }>): string[] {
  return tabs.filter((t) => isOwnListTab(t.name, t.grid)).map((t) => t.name);
}
