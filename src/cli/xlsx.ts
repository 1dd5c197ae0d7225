/** The ward workbook as .xlsx (exceljs): read every tab as a grid, draw specs and output tabs. */
import ExcelJS from 'exceljs';
import { columnLetter } from '../core/a1';
import { isoFromUtcDate } from '../core/dates';
import type { RuleSpec, SheetSpec } from '../core/layout/types';
import type { ClubStandardMark } from '../core/output/clubStandard';
import { isLinkCell, type OutputSheet } from '../core/output/types';
import type { Grid } from '../core/parse/locate';
import type { WardGrids } from '../core/parse/parseWard';
import { OUTPUT_SHEETS, SHEETS } from '../core/schema/sheets';
import type { Cell } from '../core/values';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } };
const pxToChars = (px: number) => Math.max(4, Math.round(px / 7));
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * A cell's value as core reads it: formulas by their result, rich text and links by their text, an
 * error value ({ error: '#REF!' }, also as a formula's result) by its code, as Apps Script gives it
 * ("#REF!"), which core's readers report as an error cell.
 */
export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoFromUtcDate(value);
  if (typeof value !== 'object') return value as Cell;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((r) => r.text).join('');
  if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if ('formula' in v || 'sharedFormula' in v) return '';
  if (typeof v.text === 'string') return v.text;
  if (typeof v.error === 'string') return v.error;
  return '';
}

/**
 * Every cell of a tab as core reads it. A merged range holds its value in its top-left cell only, as
 * Sheets' getValues gives it (exceljs repeats it in every cell of the merge, which would make a
 * merged title look like a row of data).
 */
export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : cellValue(cell.value);
    });
    grid[rowNumber - 1] = Array.from(values, (v) => (v === undefined ? '' : v));
  });
  return Array.from(grid, (r) => r ?? []);
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The tabs a ward is read from: the outputs are not read back; the lock tab (Số liệu đã chốt) is, for the periods it locks (core/lock.ts). */
export const isReadTab = (name: string): boolean => !OUTPUT_SHEETS.includes(name) || name === SHEETS.locks;

export function workbookGrids(wb: ExcelJS.Workbook): WardGrids {
  const grids: WardGrids = {};
  for (const ws of wb.worksheets) if (isReadTab(ws.name)) grids[ws.name] = sheetGrid(ws);
  return grids;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ishc-sheets';
  // Fixed dates keep generated templates byte-stable apart from the zip container.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  return wb;
}

function validationOf(rule: RuleSpec, help: string): ExcelJS.DataValidation {
  const common = { allowBlank: true, showInputMessage: true, prompt: help, showErrorMessage: true, error: help };
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${rule.values.join(',')}"`], errorStyle: 'stop' };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1880, 0, 1))], errorStyle: 'warning' };
    case 'email':
      return { ...common, type: 'custom', formulae: ['TRUE'], errorStyle: 'information' } as ExcelJS.DataValidation;
    case 'number': {
      const min = rule.min ?? -1e15;
      const max = rule.max ?? 1e15;
      return { ...common, type: 'decimal', operator: 'between', formulae: [min, max], errorStyle: 'warning' };
    }
  }
}

/** Draws a tab from its spec: the same content, widths and rules the Apps Script edge draws. */
export function addSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, { views: spec.frozenRows ? [{ state: 'frozen', ySplit: spec.frozenRows }] : [] });
  spec.rows.forEach((row, i) => {
    ws.getRow(i + 1).values = row.map((c) => (c === null || c === undefined ? '' : c)) as ExcelJS.CellValue[];
  });
  ws.columns = spec.columnWidths.map((w) => ({ width: pxToChars(w) }));
  for (const r of spec.titleRows) ws.getRow(r).getCell(1).font = { bold: true, size: 12 };
  for (const r of spec.headerRows)
    ws.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.validations) {
    const col = columnLetter(v.column);
    validations.add(`${col}${v.row}:${col}${v.row + v.numRows - 1}`, validationOf(v.rule, v.help));
    if (v.numberFormat) for (let r = v.row; r < v.row + v.numRows; r++) ws.getCell(`${col}${r}`).numFmt = v.numberFormat;
  }
  return ws;
}

/** Writes (or replaces) an output tab, with internal links and status colours. */
export function putOutputSheet(wb: ExcelJS.Workbook, out: OutputSheet): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(out.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(out.name, { views: [{ state: 'frozen', ySplit: out.headerRow }] });
  out.rows.forEach((row, i) => {
    ws.getRow(i + 1).values = row.map((c) => {
      if (isLinkCell(c)) return { text: `${c.sheet}!${c.text}`, hyperlink: `#'${c.sheet.replace(/'/g, "''")}'!${c.a1}` };
      return c === null || c === undefined ? '' : c;
    }) as ExcelJS.CellValue[];
  });
  ws.columns = out.columnWidths.map((w) => ({ width: pxToChars(w) }));
  ws.getRow(1).getCell(1).font = { bold: true, size: 12 };
  for (const r of [out.headerRow, ...(out.tableHeaderRows ?? [])])
    ws.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  out.colours?.forEach((line, r) => {
    line.forEach((colour, c) => {
      if (colour)
        ws.getRow(out.headerRow + 1 + r).getCell(c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
    });
  });
  out.formats?.forEach((line, r) => {
    line.forEach((format, c) => {
      const cell = ws.getRow(out.headerRow + 1 + r).getCell(c + 1);
      if (format && typeof cell.value === 'number') cell.numFmt = format;
    });
  });
  return ws;
}

/**
 * The club standard line on each club tab, and the tab colour, as the add-on writes them. An .xlsx
 * has no add-on marker, so only the cell that holds our line or the placeholder is written.
 */
export function putStandardMarks(wb: ExcelJS.Workbook, marks: ClubStandardMark[]): void {
  for (const mark of marks) {
    const ws = wb.getWorksheet(mark.sheet);
    if (!ws || mark.row === undefined) continue;
    ws.getCell(mark.row, 1).value = mark.text;
    if (mark.colour) ws.properties.tabColor = { argb: argb(mark.colour) };
    else delete (ws.properties as Partial<typeof ws.properties>).tabColor;
  }
}
