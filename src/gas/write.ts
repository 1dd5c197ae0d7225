/** Writing to the workbook in whole blocks: one setValues per tab, formats per range, never per cell. */

import { toA1 } from '../core/a1';
import { maxOf, minOf } from '../core/collections';
import type { RuleSpec, SheetSpec, ValidationSpec } from '../core/layout/types';
import { STANDARD_ROW_KEY } from '../core/output/outputTabs';
import { isLinkCell, type OutCell, type OutputSheet } from '../core/output/types';
import { escapeForSheet } from '../core/text';
import type { Cell } from '../core/values';
import { insertCharts } from './charts';
import type { Tabs } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#d9ead3';
const TEXT_FORMAT = '@';

/** User text can never become a formula (or a number or date Sheets guesses). */
export function toSheetValue(cell: Cell): string | number | boolean | Date {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return escapeForSheet(cell);
  return cell;
}

/** Column widths, one setColumnWidths per run of equal widths. */
function setWidths(sheet: Sheet, widths: number[]): void {
  for (let start = 0; start < widths.length; ) {
    let end = start + 1;
    while (end < widths.length && widths[end] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start, widths[start]);
    start = end;
  }
}

function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

const builtRules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();

/** A declared rule as an Apps Script rule, built once per execution (the same rule serves every club tab). */
export function buildRule(rule: RuleSpec, help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const key = JSON.stringify([rule, help]);
  const cached = builtRules.get(key);
  if (cached) return cached;
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder.requireValueInList(rule.values, true).setAllowInvalid(false);
      break;
    case 'date':
      builder.requireDate().setAllowInvalid(true);
      break;
    case 'email':
      builder.requireTextIsEmail().setAllowInvalid(true);
      break;
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) builder.requireNumberBetween(rule.min, rule.max);
      else if (rule.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(rule.min);
      else if (rule.max !== undefined) builder.requireNumberLessThanOrEqualTo(rule.max);
      else builder.requireNumberGreaterThanOrEqualTo(-1e15);
      builder.setAllowInvalid(true);
      break;
  }
  const built = builder.setHelpText(help).build();
  builtRules.set(key, built);
  return built;
}

interface RuleBlock {
  row: number;
  numRows: number;
  first: number;
  width: number;
  specs: ValidationSpec[];
}

/** Specs over the same rows (one table section) form one block spanning their columns. */
function ruleBlocks(specs: ValidationSpec[]): RuleBlock[] {
  const byRows = new Map<string, ValidationSpec[]>();
  for (const v of specs) {
    const key = `${v.row}:${v.numRows}`;
    byRows.set(key, [...(byRows.get(key) ?? []), v]);
  }
  return [...byRows.values()].map((group) => {
    const first = minOf(group.map((v) => v.column));
    const last = maxOf(group.map((v) => v.column));
    return { row: group[0].row, numRows: group[0].numRows, first, width: last - first + 1, specs: group };
  });
}

/**
 * Installs a spec's in-sheet rules and number formats, one block per table section: one
 * setDataValidations, plus getNumberFormats + setNumberFormats when the section has formatted
 * columns. With `keepOthers` (existing tabs) it first reads the block's rules so a user's own rule
 * on a column we declare nothing for survives; a new tab has none to keep.
 */
export function applyValidations(
  sheet: Sheet,
  spec: Pick<SheetSpec, 'validations'>,
  opts: { keepOthers: boolean } = { keepOthers: true },
): void {
  for (const block of ruleBlocks(spec.validations)) {
    const range = sheet.getRange(block.row, block.first, block.numRows, block.width);
    const byColumn = new Map(block.specs.map((v) => [v.column - block.first, v]));
    const current = opts.keepOthers ? range.getDataValidations() : undefined;
    const rules = Array.from({ length: block.numRows }, (_, r) =>
      Array.from({ length: block.width }, (_, c) => {
        const v = byColumn.get(c);
        return v ? buildRule(v.rule, v.help) : (current?.[r]?.[c] ?? null);
      }),
    );
    range.setDataValidations(rules as GoogleAppsScript.Spreadsheet.DataValidation[][]);
    if (!block.specs.some((v) => v.numberFormat)) continue;
    const formats = range.getNumberFormats().map((line) => line.map((f, c) => byColumn.get(c)?.numberFormat ?? f));
    range.setNumberFormats(formats);
  }
}

/**
 * Creates a tab from its spec (the name must be free), all or nothing: a tab that fails half-drawn
 * is deleted again. A club tab's reserved standard row gets its marker.
 */
export function createSheetFromSpec(tabs: Tabs, spec: SheetSpec): Sheet {
  const sheet = tabs.insert(spec.name);
  try {
    drawSheetFromSpec(sheet, spec);
  } catch (error) {
    try {
      tabs.remove(sheet);
    } catch (undo) {
      console.error(`Deleting the half-drawn tab ${spec.name} failed: ${String(undo)}`);
    }
    throw error;
  }
  return sheet;
}

function drawSheetFromSpec(sheet: Sheet, spec: SheetSpec): void {
  const width = Math.max(maxOf(spec.rows.map((r) => r.length)), 1);
  ensureSize(sheet, spec.rows.length, width);
  const values = spec.rows.map((r) => Array.from({ length: width }, (_, i) => toSheetValue(r[i])));
  sheet.getRange(1, 1, values.length, width).setValues(values);
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  setWidths(sheet, spec.columnWidths);
  // Title and header rows: one RangeList each, not one range per row.
  if (spec.titleRows.length > 0)
    sheet
      .getRangeList(spec.titleRows.map((r) => toA1(r, 1)))
      .setFontWeight('bold')
      .setFontSize(12);
  if (spec.headerRows.length > 0)
    sheet
      .getRangeList(spec.headerRows.map((r) => `${toA1(r, 1)}:${toA1(r, width)}`))
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND)
      .setWrap(true);
  applyValidations(sheet, spec, { keepOthers: false });
  if (spec.standardRow) sheet.getRange(`${spec.standardRow}:${spec.standardRow}`).addDeveloperMetadata(STANDARD_ROW_KEY);
}

/** Sheet ids by tab name, each read at most once per job (tabs.ts). */
export interface SheetIds {
  idOf(name: string): number | undefined;
}

/** Our own formula (never user text): Apps Script takes formulas with en-US separators in any locale. */
function linkFormula(ids: SheetIds, cell: { text: string; sheet: string; a1: string }): string {
  const id = ids.idOf(cell.sheet);
  if (id === undefined || !/^[A-Z]+\d+$/.test(cell.a1)) return escapeForSheet(cell.text);
  return `=HYPERLINK("#gid=${id}&range=${cell.a1}","${cell.text.replace(/"/g, '""')}")`;
}

/** Draws an output into a new (empty) tab: one setValues, one setBackgrounds, one setNumberFormats per number column. */
export function drawOutputSheet(sheet: Sheet, out: OutputSheet, ids: SheetIds): void {
  const width = maxOf(out.rows.map((r) => r.length));
  ensureSize(sheet, out.rows.length, width);
  const values = out.rows.map((r) =>
    Array.from({ length: width }, (_, i): string | number | boolean | Date => {
      const cell: OutCell = r[i];
      return isLinkCell(cell) ? linkFormula(ids, cell) : toSheetValue(cell);
    }),
  );
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.setFrozenRows(out.headerRow);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(12);
  sheet
    .getRangeList([out.headerRow, ...(out.tableHeaderRows ?? [])].map((r) => `${toA1(r, 1)}:${toA1(r, width)}`))
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true);
  if (out.colours && out.colours.length > 0)
    sheet
      .getRange(out.headerRow + 1, 1, out.colours.length, width)
      .setBackgrounds(out.colours.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) as string[][]);
  applyFormats(sheet, out);
  setWidths(sheet, out.columnWidths);
  if (out.charts && out.charts.length > 0) insertCharts(sheet, out.charts);
}

/** Number formats, one setNumberFormats per formatted column (text cells there stay plain text). */
function applyFormats(sheet: Sheet, out: OutputSheet): void {
  const formats = out.formats;
  if (!formats || formats.length === 0) return;
  const body = out.rows.slice(out.headerRow);
  const width = maxOf(formats.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (!formats.some((r) => r[c])) continue;
    const column = formats.map((r, i) => [r[c] && typeof body[i]?.[c] === 'number' ? r[c]! : TEXT_FORMAT]);
    sheet.getRange(out.headerRow + 1, c + 1, column.length, 1).setNumberFormats(column);
  }
}
