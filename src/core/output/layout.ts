/**
 * An output tab's layout: everything about it but its values and body colours — its size, the frozen
 * header, the rows drawn as headers, column widths, each body cell's number format, and its charts
 * (type, the table each reads, anchor, size, title). The add-on keeps it, as a short key, in the
 * tab's marker (outputTabs.ts); a job whose new output has the key of the current tab writes only
 * the values (and colours) into that tab, in place, so its charts keep reading the same ranges and
 * redraw themselves; any other output is drawn into a new tab. An output linking to cells has no key:
 * its formulas would not survive being read back as values.
 */
import { maxOf } from '../collections';
import { hashText } from '../fingerprint';
import { isLinkCell, type OutputSheet } from './types';

/** The format of formatted body cells holding no number: plain text, so "—" is never read as a date. */
export const TEXT_FORMAT = '@';

/** The tab's width: its widest row. */
export const outputWidth = (out: OutputSheet): number => Math.max(maxOf(out.rows.map((r) => r.length)), 1);

/** 0-based columns having a number format in some body row. */
export function formattedColumns(out: OutputSheet): number[] {
  const formats = out.formats ?? [];
  if (!formats.some((r) => r.some((f) => f))) return [];
  const width = maxOf(formats.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => c).filter((c) => formats.some((r) => r[c]));
}

/**
 * The number format of a formatted column's body cell (`bodyRow` 0-based under the header row): its
 * declared format when it holds a number, else plain text.
 */
export function bodyCellFormat(out: OutputSheet, bodyRow: number, column: number): string {
  const format = out.formats?.[bodyRow]?.[column];
  return format && typeof out.rows[out.headerRow + bodyRow]?.[column] === 'number' ? format : TEXT_FORMAT;
}

/** The output's layout key, or undefined when it cannot be written in place (it links to cells). */
export function outputLayoutKey(out: OutputSheet): string | undefined {
  if (out.rows.some((r) => r.some(isLinkCell))) return undefined;
  const columns = formattedColumns(out);
  const bodyRows = Math.min(out.formats?.length ?? 0, Math.max(0, out.rows.length - out.headerRow));
  const formats = columns.length === 0 ? [] : Array.from({ length: bodyRows }, (_, i) => columns.map((c) => bodyCellFormat(out, i, c)));
  const layout = {
    rows: out.rows.length,
    width: outputWidth(out),
    headerRow: out.headerRow,
    tableHeaderRows: out.tableHeaderRows ?? [],
    columnWidths: out.columnWidths,
    colourRows: out.colours?.length ?? 0,
    columns,
    formats,
    charts: (out.charts ?? []).map((c) => [c.id, c.type, c.title, c.range, c.anchor, c.width, c.height]),
  };
  return hashText(JSON.stringify(layout));
}
