/** The ward workbook drawn from the declarations: the same tabs whichever edge creates them. */

import { appendAll, maxOf } from '../collections';
import { formatTarget } from '../format';
import { guideLines } from '../i18n/guide';
import { translate } from '../i18n/messages';
import { INDICATORS, unitLabel } from '../indicators/declarations';
import { SETTINGS } from '../schema/settings';
import { SHEETS } from '../schema/sheets';
import { ACTIVITIES, CLUB_TABLES, CLUBS, GROUPS, NARRATIVES, SETTINGS_TABLE, TARGETS } from '../schema/tables';
import type { Table } from '../schema/types';
import type { Cell } from '../values';
import type { SheetSpec } from './types';
import { validationsFor } from './validations';

const pad = (row: Cell[], width: number): Cell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];

function tableBlock(table: Table, body: Cell[][], width: number): Cell[][] {
  const blank = Array.from({ length: table.blankRows }, () => pad([], width));
  return [pad([table.title], width), table.columns.map((c) => c.header), ...body.map((r) => pad(r, width)), ...blank];
}

/** A ward tab holding one table: title row, header row (frozen), initial rows, blank rows. */
export function wardTableSpec(table: Table, body: Cell[][] = []): SheetSpec {
  const width = table.columns.length;
  const rows = tableBlock(table, body, width);
  return {
    name: table.sheet!,
    rows,
    frozenRows: 2,
    columnWidths: table.columns.map((c) => c.width ?? 120),
    headerRows: [2],
    titleRows: [1],
    validations: validationsFor(rows, [table]),
    output: false,
  };
}

export function settingsRows(): Cell[][] {
  return SETTINGS.map((s) => [s.key, s.label, s.default]);
}

export function targetRows(): Cell[][] {
  return INDICATORS.filter((d) => Object.keys(d.targets).length > 0 || d.unit === 'percent').map((d) => [
    d.id,
    d.name.vi,
    unitLabel(d),
    formatTarget(d.targets.P1),
    formatTarget(d.targets.P2),
  ]);
}

export function guideSpec(): SheetSpec {
  const rows = guideLines().map((line) => [line]);
  return { name: SHEETS.guide, rows, frozenRows: 0, columnWidths: [900], headerRows: [], titleRows: [1], validations: [], output: false };
}

/** Every ward-level tab a new workbook needs, in tab order (club tabs come from clubSheetSpec). */
export function wardSheetSpecs(): SheetSpec[] {
  return [
    guideSpec(),
    wardTableSpec(SETTINGS_TABLE, settingsRows()),
    wardTableSpec(TARGETS, targetRows()),
    wardTableSpec(GROUPS),
    wardTableSpec(CLUBS),
    wardTableSpec(ACTIVITIES),
    wardTableSpec(NARRATIVES),
  ];
}

/** The row of a club tab reserved for the club-standard line (column A), marked when the tab is drawn. */
export const RESERVED_STANDARD_ROW = 3;

/** A club's own tab: a heading, then each club table as a titled section, one under another. */
export function clubSheetSpec(code: string, name: string, group: string): SheetSpec {
  const width = maxOf(CLUB_TABLES.map((t) => t.columns.length));
  const rows: Cell[][] = [
    pad([`CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU: ${name}`], width),
    pad([`Mã CLB: ${code}`, '', `Tổ dân phố: ${group}`], width),
    pad([translate('clubStandard.placeholder', {}, 'vi')], width),
  ];
  const headerRows: number[] = [];
  const titleRows: number[] = [1];
  for (const table of CLUB_TABLES) {
    titleRows.push(rows.length + 1);
    headerRows.push(rows.length + 2);
    appendAll(rows, tableBlock(table, [], width));
    rows.push(pad([], width));
  }
  const widths = Array.from({ length: width }, (_, i) => maxOf(CLUB_TABLES.map((t) => t.columns[i]?.width ?? 80)));
  return {
    name: code,
    rows: rows.map((r) => pad(r, width)),
    frozenRows: 2,
    columnWidths: widths,
    headerRows,
    titleRows,
    validations: validationsFor(rows, CLUB_TABLES),
    output: false,
    standardRow: RESERVED_STANDARD_ROW,
  };
}
