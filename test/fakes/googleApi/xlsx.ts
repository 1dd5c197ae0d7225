/**
 * A ward .xlsx (as `ishc demo` writes it) turned into a fake Google spreadsheet: every tab, each
 * cell as Sheets would hold it once the file is opened in Google Sheets (numbers, text, booleans,
 * dates; formulas by their result; a merged range's value in its top-left cell only). Written apart
 * from src/cli/xlsx.ts on purpose: the test compares the two paths.
 */
import ExcelJS from 'exceljs';
import type { FakeCell, FakeSpreadsheet } from './server';

function fakeCell(value: ExcelJS.CellValue): FakeCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as FakeCell;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join('');
  if ('result' in v) return fakeCell(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return null;
  if (typeof v.text === 'string') return v.text;
  if (typeof v.error === 'string') return { error: v.error };
  return null;
}

export async function spreadsheetFromXlsx(path: string, id: string, title: string): Promise<FakeSpreadsheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const tabs = wb.worksheets.map((ws) => {
    const rows: FakeCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: FakeCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        cells.push(cell.isMerged && cell.master.address !== cell.address ? null : fakeCell(cell.value));
      }
      rows.push(cells);
    }
    return { title: ws.name, rows };
  });
  return { id, title, tabs };
}
