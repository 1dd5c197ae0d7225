/**
 * Every tab of an .xlsx file as a grid of plain cell values, read with exceljs directly (not with the
 * CLI's own reader), for the independent re-count in ../core/recount.ts.
 */
import ExcelJS from 'exceljs';
import type { Cell } from '../../src/core/values';

function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  return typeof v.text === 'string' ? v.text : '';
}

export async function workbookCells(path: string): Promise<Record<string, Cell[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const grids: Record<string, Cell[][]> = {};
  for (const ws of wb.worksheets) {
    const grid: Cell[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      grid[n - 1] = Array.from((row.values as ExcelJS.CellValue[]).slice(1), plain);
    });
    grids[ws.name] = Array.from(grid, (r) => r ?? []);
  }
  return grids;
}
