/**
 * Output tabs declared as columns: each column names its header in the message catalogue, how a
 * row becomes its cell, its number format, width and colour. `drawSheet` turns the columns and the
 * rows into the OutputSheet the edges write, so no tab lays out cells by hand or counts column
 * numbers, and a column added to a list appears with its header, format, width and colour at once.
 */
import { formatDateVi, type IsoDate } from '../dates';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { OutCell, OutputSheet } from './types';

export interface CellContext {
  lang: Lang;
  /** The row's place in the body, from 0 (the STT column counts from it). */
  index: number;
}

export interface OutputColumn<Row> {
  /** A catalogue key; a function for headers made from data (one column per indicator). */
  header: MessageKey | ((lang: Lang) => string);
  value: (row: Row, at: CellContext) => OutCell;
  /** Number format of the body cells (values stay numbers): one for the column, or per row. */
  format?: string | ((row: Row) => string | null);
  /** Background of the body cell (a status colour), null for none. */
  colour?: (row: Row) => string | null;
  /** Width in pixels. */
  width: number;
}

/** What sits above the header row: the tab's name, a title line and a subtitle line. */
export interface TabHeading {
  name: string;
  title: string;
  subtitle: string;
  /** Rows reserved under the subtitle (Tổng hợp's reporting-calendar line), drawn even when empty. */
  lines?: string[];
}

/** The subtitle most tabs carry: "Cập nhật ngày 22/11/2026". */
export const updatedLine = (today: IsoDate, lang: Lang): string => translate('updatedAt', { date: formatDateVi(today) }, lang);

/** The STT column every output tab starts with. */
export function numberColumn<Row>(): OutputColumn<Row> {
  return { header: 'col.no', value: (_row, at) => at.index + 1, width: 45 };
}

function headerText<Row>(column: OutputColumn<Row>, lang: Lang): string {
  return typeof column.header === 'function' ? column.header(lang) : translate(column.header, {}, lang);
}

const pad = (row: OutCell[], width: number): OutCell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];

/**
 * Title, subtitle, header and one row per item. Colours and formats are given only when some column
 * declares them, so a tab without any costs the edge no background or number-format call.
 */
export function drawSheet<Row>(heading: TabHeading, columns: Array<OutputColumn<Row>>, rows: Row[], lang: Lang): OutputSheet {
  const width = columns.length;
  const body = rows.map((row, index) => columns.map((c) => c.value(row, { lang, index })));
  const colours = columns.some((c) => c.colour) ? rows.map((row) => columns.map((c) => c.colour?.(row) ?? null)) : undefined;
  const formatOf = (c: OutputColumn<Row>, row: Row) => (typeof c.format === 'function' ? c.format(row) : (c.format ?? null));
  const formats = columns.some((c) => c.format) ? rows.map((row) => columns.map((c) => formatOf(c, row))) : undefined;
  const lines = (heading.lines ?? []).map((line) => pad([line], width));
  return {
    name: heading.name,
    rows: [pad([heading.title], width), pad([heading.subtitle], width), ...lines, columns.map((c) => headerText(c, lang)), ...body],
    headerRow: 3 + lines.length,
    columnWidths: columns.map((c) => c.width),
    colours,
    formats,
  };
}
