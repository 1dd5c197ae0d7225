/**
 * Danh sách chính sách (riêng cán bộ): the lists that name people, as a Google Doc in the officer's
 * own report folder in Drive, never as tabs of the shared ward workbook (every reader of a
 * spreadsheet can read every tab, hidden or protected). A Doc the add-on creates is private to the
 * user who runs it; the add-on never shares it. Each run makes a new dated Doc and leaves earlier
 * ones alone (the officer may have written in them); README says how to delete them.
 */
import { formatDateVi } from '../core/dates';
import { defaultPeriodOfWard } from '../core/defaults';
import { checkWard } from '../core/jobs';
import { isOwnListTab, privateLists } from '../core/output/privateLists';
import type { OutputSheet } from '../core/output/types';
import type { WardGrids } from '../core/parse/parseWard';
import type { Period } from '../core/period';
import { SHEETS } from '../core/schema/sheets';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { reportFolder } from './report';
import type { Run } from './run';
import type { Tabs } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Body = GoogleAppsScript.Document.Body;

/**
 * Deletes the Mừng thọ / Hưu trí xã hội tabs an earlier version drew into the shared workbook, only
 * when they hold exactly what it drew (core's isOwnListTab); returns the names deleted.
 */
export function removeOwnListTabs(tabs: Tabs, grids: WardGrids = {}): string[] {
  const removed: string[] = [];
  for (const name of [SHEETS.longevity, SHEETS.pension]) {
    const sheet = tabs.byName(name);
    if (!sheet || !isOwnListTab(name, grids[name] ?? readSheetGrid(sheet))) continue;
    tabs.remove(sheet);
    removed.push(name);
  }
  return removed;
}

const cellText = (c: unknown): string => (c === null || c === undefined ? '' : String(c));

/** One list: its title (bold), its subtitle, and a table of its header and rows. */
function appendList(body: Body, sheet: OutputSheet): void {
  body.appendParagraph(cellText(sheet.rows[0]?.[0])).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
  body.appendParagraph(cellText(sheet.rows[1]?.[0]));
  const width = sheet.columnWidths.length;
  body.appendTable(sheet.rows.slice(sheet.headerRow - 1).map((r) => Array.from({ length: width }, (_, i) => cellText(r[i]))));
}

export function createPrivateLists(ss: Spreadsheet, period?: Period, run?: Run): { url: string; name: string; message: string } {
  const { tabs, grids } = openWard(ss, run);
  const now = today();
  const lang = userLang();
  const chosen = period ?? defaultPeriodOfWard('rollup', grids, now);
  if (run) run.period = chosen.id;
  const year = Number(chosen.end.slice(0, 4));
  const { ward, issues } = checkWard(grids, now, lang);
  const lists = privateLists(ward, issues, year, now, lang);
  const folder = reportFolder();
  const name = t('privateLists.docName', { ward: ward.settings.ward, year, date: formatDateVi(now) });
  const doc = DocumentApp.create(name);
  try {
    const body = doc.getBody();
    body.appendParagraph(lists.title).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
    body.appendParagraph(lists.notice).setAttributes({ [DocumentApp.Attribute.ITALIC]: true });
    for (const sheet of lists.sheets) appendList(body, sheet);
    doc.saveAndClose();
    DriveApp.getFileById(doc.getId()).moveTo(folder);
  } catch (error) {
    // Nothing half-made left in Drive: the unfinished Doc goes to the trash.
    try {
      DriveApp.getFileById(doc.getId()).setTrashed(true);
    } catch {
      /* the original error says more */
    }
    throw error;
  }
  const url = DriveApp.getFileById(doc.getId()).getUrl();
  const removed = removeOwnListTabs(tabs, grids);
  run?.notes.push(t('log.privateLists', { year }));
  const lines = [
    t('privateLists.done', { name, folder: folder.getName(), longevity: lists.counts.longevity, pension: lists.counts.pension }),
  ];
  if (removed.length > 0) lines.push(t('privateLists.removedTabs', { tabs: removed.join(', ') }));
  return { url, name, message: lines.join(' ') };
}
