/** Writing to the workbook in whole blocks: one setValues per tab, formats per range, never per cell. */

import { toA1 } from '../core/a1';
import { maxOf, minOf } from '../core/collections';
import type { RuleSpec, SheetSpec, ValidationSpec } from '../core/layout/types';
import { bodyCellFormat, formattedColumns, outputWidth } from '../core/output/layout';
import { STANDARD_ROW_KEY } from '../core/output/outputTabs';
import { isLinkCell, type OutCell, type OutputSheet } from '../core/output/types';
import { escapeForSheet } from '../core/text';
import type { Cell } from '../core/values';
import { insertCharts } from './charts';
import type { Tabs } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const HEADER_BACKGROUND = '#d9ead3';

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

/**
 * One builder per execution, reused for every rule built: each criteria call replaces the last, and
 * allow-invalid and help text are set only when they differ from what the builder holds (a new
 * builder allows invalid input, Apps Script's documented default for new rules, and has no help
 * text). build() makes an immutable rule from the settings at that moment.
 */
let builder: { it: GoogleAppsScript.Spreadsheet.DataValidationBuilder; allowInvalid: boolean; help: string | null } | undefined;

/**
 * A declared rule as an Apps Script rule, built once per execution (the same rule serves every club
 * tab): the criteria, the help text when it differs from the last rule built, allow-invalid when it
 * differs, build; and SpreadsheetApp.newDataValidation once. Nothing here reads or writes the spreadsheet.
 */
export function buildRule(rule: RuleSpec, help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const key = JSON.stringify([rule, help]);
  const cached = builtRules.get(key);
  if (cached) return cached;
  builder ??= { it: SpreadsheetApp.newDataValidation(), allowInvalid: true, help: null };
  const b = builder.it;
  let allowInvalid = true;
  switch (rule.kind) {
    case 'list':
      b.requireValueInList(rule.values, true);
      allowInvalid = false;
      break;
    case 'date':
      b.requireDate();
      break;
    case 'email':
      b.requireTextIsEmail();
      break;
    case 'number':
      if (rule.min !== undefined && rule.max !== undefined) b.requireNumberBetween(rule.min, rule.max);
      else if (rule.min !== undefined) b.requireNumberGreaterThanOrEqualTo(rule.min);
      else if (rule.max !== undefined) b.requireNumberLessThanOrEqualTo(rule.max);
      else b.requireNumberGreaterThanOrEqualTo(-1e15);
      break;
  }
  if (builder.allowInvalid !== allowInvalid) {
    b.setAllowInvalid(allowInvalid);
    builder.allowInvalid = allowInvalid;
  }
  if (builder.help !== help) {
    b.setHelpText(help);
    builder.help = help;
  }
  const built = b.build();
  builtRules.set(key, built);
  return built;
}

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Rules compared as users see them: criteria, their values, whether invalid input is kept, the help
 * text. Each rule object's four getters are asked once per job; they read no spreadsheet (a rule is
 * a value the read brought), but Apps Script gives each cell its own object where the fake shares
 * one per written rule, so there the getters grow with the cells compared.
 */
export class RuleKeys {
  private readonly keys = new Map<DataValidation, string>();

  same(a: DataValidation, b: DataValidation): boolean {
    return this.keyOf(a) === this.keyOf(b);
  }

  keyOf(rule: DataValidation): string {
    const known = this.keys.get(rule);
    if (known !== undefined) return known;
    const key = [
      String(rule.getCriteriaType()),
      criteriaValueKey(rule.getCriteriaValues()),
      String(rule.getAllowInvalid()),
      rule.getHelpText(),
    ].join('\u0000');
    this.keys.set(rule, key);
    return key;
  }
}

function criteriaValueKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(criteriaValueKey).join(',')}]`;
  if (Object.prototype.toString.call(value) === '[object Date]') return `date:${(value as Date).getTime()}`;
  if (value !== null && typeof value === 'object') return '{object}'; // a range: never one of our declared rules
  return JSON.stringify(value) ?? String(value);
}

/** The smallest block holding every declared cell of a tab (all its table sections), 1-based. */
function blockOf(specs: ValidationSpec[]): { row: number; column: number; numRows: number; numColumns: number } {
  const row = minOf(specs.map((v) => v.row));
  const column = minOf(specs.map((v) => v.column));
  return {
    row,
    column,
    numRows: maxOf(specs.map((v) => v.row + v.numRows)) - row,
    numColumns: maxOf(specs.map((v) => v.column)) - column + 1,
  };
}

/**
 * Installs a spec's in-sheet rules and number formats over one block spanning every declared cell
 * of the tab. On an existing tab (`keepOthers`) the block's rules and formats are read once and
 * written only when a declared cell differs, the write putting back what every other cell holds (a
 * user's own rule on a column we declare nothing for survives); a tab already right costs getRange
 * and the two reads. A new tab has no rules to keep: its rules are written without a read.
 * Returns whether anything was written.
 */
export function applyValidations(
  sheet: Sheet,
  spec: Pick<SheetSpec, 'validations'>,
  opts: { keepOthers: boolean; keys?: RuleKeys } = { keepOthers: true },
): boolean {
  if (spec.validations.length === 0) return false;
  const block = blockOf(spec.validations);
  const range = sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
  const keys = opts.keys ?? new RuleKeys();
  const rules: (DataValidation | null)[][] = opts.keepOthers
    ? range.getDataValidations()
    : Array.from({ length: block.numRows }, () => new Array<DataValidation | null>(block.numColumns).fill(null));
  const formatted = spec.validations.some((v) => v.numberFormat);
  const formats = formatted ? range.getNumberFormats() : [];
  let rulesDiffer = !opts.keepOthers;
  let formatsDiffer = false;
  for (const v of spec.validations) {
    const c = v.column - block.column;
    const built = buildRule(v.rule, v.help);
    for (let r = v.row - block.row; r < v.row - block.row + v.numRows; r++) {
      const current = rules[r][c];
      if (!current || !keys.same(current, built)) {
        rules[r][c] = built;
        rulesDiffer = true;
      }
      if (v.numberFormat && formats[r][c] !== v.numberFormat) {
        formats[r][c] = v.numberFormat;
        formatsDiffer = true;
      }
    }
  }
  if (rulesDiffer) range.setDataValidations(rules as DataValidation[][]);
  if (formatsDiffer) range.setNumberFormats(formats);
  return rulesDiffer || formatsDiffer;
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

/** An output's cells as Sheets takes them: user text escaped, links as our formulas, every row as wide as the tab. */
function outputValues(out: OutputSheet, ids: SheetIds): Array<Array<string | number | boolean | Date>> {
  const width = outputWidth(out);
  return out.rows.map((r) =>
    Array.from({ length: width }, (_, i): string | number | boolean | Date => {
      const cell: OutCell = r[i];
      return isLinkCell(cell) ? linkFormula(ids, cell) : toSheetValue(cell);
    }),
  );
}

/** The body colours over the body's rows, every row as wide as the tab (null: none). */
function bodyColours(out: OutputSheet, width: number): (string | null)[][] {
  return (out.colours ?? []).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/** Draws an output into a new (empty) tab: one setValues, one setBackgrounds, one setNumberFormats per number column. */
export function drawOutputSheet(sheet: Sheet, out: OutputSheet, ids: SheetIds): void {
  const values = outputValues(out, ids);
  const width = outputWidth(out);
  ensureSize(sheet, values.length, width);
  const all = sheet.getRange(1, 1, values.length, width);
  all.setValues(values);
  sheet.setFrozenRows(out.headerRow);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(12);
  sheet
    .getRangeList([out.headerRow, ...(out.tableHeaderRows ?? [])].map((r) => `${toA1(r, 1)}:${toA1(r, width)}`))
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true);
  if (out.colours && out.colours.length > 0)
    sheet.getRange(out.headerRow + 1, 1, out.colours.length, width).setBackgrounds(bodyColours(out, width) as string[][]);
  applyFormats(all, out);
  setWidths(sheet, out.columnWidths);
  if (out.charts && out.charts.length > 0) insertCharts(sheet, out.charts);
}

/**
 * Writes an output's values (and body colours) over the tab that holds its previous version with the
 * same layout (core/output/layout.ts: same size, formats, header rows, widths and charts, so nothing
 * else needs drawing; the charts read the same ranges and redraw themselves). Reads what the block
 * holds first and returns how to write it back; `written` is told each write that landed, so a
 * failure between the two writes undoes the first. Calls: getRange, getValues, setValues, and with
 * colours getBackgrounds and setBackgrounds over the same block.
 */
export function rewriteOutputSheet(sheet: Sheet, out: OutputSheet, ids: SheetIds, written: (undo: () => void) => void): void {
  const values = outputValues(out, ids);
  const width = outputWidth(out);
  const all = sheet.getRange(1, 1, values.length, width);
  const before = all.getValues();
  const coloured = out.colours !== undefined && out.colours.length > 0;
  const backgrounds = coloured ? all.getBackgrounds() : [];
  all.setValues(values);
  written(() => all.setValues(before.map((r) => r.map((v) => toSheetValue(v as Cell)))));
  if (!coloured) return;
  const colours = bodyColours(out, width);
  const next = backgrounds.map((r, i) => (i >= out.headerRow && i - out.headerRow < colours.length ? colours[i - out.headerRow] : r));
  all.setBackgrounds(next as string[][]);
  written(() => all.setBackgrounds(backgrounds));
}

/**
 * Number formats of the body's formatted columns (text cells there stay plain text), in one read and
 * one write over the drawn block: every other cell gets back the format it has (a new tab's default).
 */
function applyFormats(all: Range, out: OutputSheet): void {
  const columns = formattedColumns(out);
  if (columns.length === 0) return;
  const current = all.getNumberFormats();
  (out.formats ?? []).forEach((_, i) => {
    const row = out.headerRow + i;
    for (const c of columns) if (current[row]?.[c] !== undefined) current[row][c] = bodyCellFormat(out, i, c);
  });
  all.setNumberFormats(current);
}
