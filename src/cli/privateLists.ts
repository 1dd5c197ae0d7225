/**
 * The named lists on the command line: a separate .xlsx beside the output (`rollup --lists`), never
 * tabs of the shared tổng-hợp workbook; and the removal of the list tabs an earlier version wrote
 * into a ward workbook (recognised by their content, core's isOwnListTab).
 */
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { IsoDate } from '../core/dates';
import type { Lang } from '../core/i18n/messages';
import type { RollUpResult } from '../core/jobs';
import { ownListTabs, type PrivateLists, privateLists } from '../core/output/privateLists';
import { writeWorkbook } from './write';
import { newWorkbook, putOutputSheet, sheetGrid } from './xlsx';

/** `so.xlsx` with output `out/tong-hop.xlsx` → `out/so-danh-sach-rieng.xlsx`: named after the ward's file, beside the output. */
export function privateListsPath(input: string, besideOutput?: string): string {
  const name = `${basename(input).replace(/\.xlsx$/i, '')}-danh-sach-rieng.xlsx`;
  return join(dirname(besideOutput ?? input), name);
}

/** The private lists as a workbook: one tab each, the notice on who may read it under each title. */
export function privateListsWorkbook(lists: PrivateLists): ExcelJS.Workbook {
  const wb = newWorkbook();
  wb.title = lists.title;
  for (const sheet of lists.sheets) {
    const rows = sheet.rows.map((r, i) => (i === 1 ? [`${r[0]} – ${lists.notice}`, ...r.slice(1)] : r));
    putOutputSheet(wb, { ...sheet, rows });
  }
  return wb;
}

export async function writePrivateLists(result: RollUpResult, path: string, today: IsoDate, lang: Lang): Promise<PrivateLists> {
  const year = Number(result.rollup.period.end.slice(0, 4));
  const lists = privateLists(result.ward, result.issues, year, today, lang);
  await writeWorkbook(privateListsWorkbook(lists), path, lang);
  return lists;
}

/** Removes from a workbook the named-list tabs an earlier version drew there; a tab of the user's is kept. */
export function removeOwnListTabs(wb: ExcelJS.Workbook): string[] {
  const names = ownListTabs(wb.worksheets.map((ws) => ({ name: ws.name, grid: sheetGrid(ws) })));
  for (const name of names) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  return names;
}
