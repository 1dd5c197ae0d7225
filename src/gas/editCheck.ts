/**
 * The on-edit check: marks wrong cells of the edited range (note + colour), clears the marks it made
 * once a cell is fixed, and leaves users' own notes and colours alone. Five service calls per edit.
 */
import { parseA1 } from '../core/a1';
import { issueMessage } from '../core/issues';
import { locateTables } from '../core/parse/locate';
import { readTable } from '../core/parse/readTable';
import { CLUB_TABLES, WARD_TABLES } from '../core/schema/tables';
import { OUTPUT_SHEETS, WARD_SHEETS } from '../core/schema/sheets';
import { today } from './clock';
import { readSheetGrid } from './grids';
import { userLang } from './i18n';

export const MARK = '⚠ ';
const COLOURS = { error: '#f4cccc', warning: '#fff2cc' } as const;

export function checkEditedRange(range: GoogleAppsScript.Spreadsheet.Range): number {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (OUTPUT_SHEETS.includes(name)) return 0;
  const tables = WARD_SHEETS.includes(name) ? WARD_TABLES.filter((w) => w.sheet === name) : CLUB_TABLES;
  if (tables.length === 0) return 0;
  const grid = readSheetGrid(sheet);
  const year = Number(today().slice(0, 4));
  const top = range.getRow();
  const left = range.getColumn();
  const rows = range.getNumRows();
  const cols = range.getNumColumns();
  const found = new Map<string, { message: string; severity: 'error' | 'warning' }>();
  const lang = userLang();
  for (const located of locateTables(grid, tables).values()) {
    if (located.endRow < top || located.headerRow + 1 >= top + rows) continue;
    for (const issue of readTable(name, grid, located, { referenceYear: year, workbookYear: year }).issues) {
      if (!issue.a1 || issue.messageKey === 'value.required') continue;
      const { row, column } = parseA1(issue.a1);
      if (row < top || row >= top + rows || column < left || column >= left + cols) continue;
      const key = `${row - top},${column - left}`;
      if (!found.has(key) || issue.severity === 'error') found.set(key, { message: issueMessage(issue, lang), severity: issue.severity });
    }
  }
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  let changed = false;
  const nextNotes = notes.map((line, r) => line.map((note, c) => {
    const hit = found.get(`${r},${c}`);
    const ours = note.startsWith(MARK);
    const next = hit ? MARK + hit.message : ours ? '' : note;
    if (next !== note) changed = true;
    return next;
  }));
  const nextBackgrounds = backgrounds.map((line, r) => line.map((bg, c) => {
    const hit = found.get(`${r},${c}`);
    if (hit) return COLOURS[hit.severity];
    return notes[r][c].startsWith(MARK) ? (null as unknown as string) : bg;
  }));
  if (changed || found.size > 0) {
    range.setNotes(nextNotes);
    range.setBackgrounds(nextBackgrounds);
  }
  return found.size;
}
