/**
 * Copies one environment's spreadsheet (tabs, cells, formats, rules, developer metadata, tab colours,
 * embedded charts, sheet protections and who uses it)
 * and document properties into a fresh environment, so a test can start many runs from one prepared
 * workbook without re-running the jobs that prepared it. Drive and Docs are not copied.
 */
import type { GasEnvironment } from './index';
import { metadataOf } from './metadata';
import { copyProtection, copyUsers } from './protection';
import { FakeSheet } from './spreadsheet';
import { FakeDataValidation } from './validation';

export function copyWorkbook(from: GasEnvironment, to: GasEnvironment): void {
  const src = from.spreadsheet;
  const dst = to.spreadsheet;
  const ctx = to.context;
  const sheets = new Map<FakeSheet, FakeSheet>();
  dst._sheets = src._sheets.map((s) => {
    while (ctx.next('sheetId') + 100000000 < s._id) {
      /* keep new sheet ids clear of the copied ones */
    }
    const copy = new FakeSheet(ctx, dst, s._name, s._id);
    copy._maxRows = s._maxRows;
    copy._maxCols = s._maxCols;
    copy._frozenRows = s._frozenRows;
    copy._tabColor = s._tabColor;
    copy._rows = s._rows.map((row) =>
      row?.map((cell) =>
        cell
          ? {
              ...cell,
              format: { ...cell.format },
              validation: cell.validation
                ? new FakeDataValidation(ctx, cell.validation._criteria, cell.validation._allowInvalid, cell.validation._helpText)
                : null,
            }
          : cell,
      ),
    );
    sheets.set(s, copy);
    copyProtection(s, copy);
    return copy;
  });
  const lastChart = Math.max(0, ...src._sheets.flatMap((s) => s._charts.map((c) => c.id ?? 0)));
  while (ctx.next('chartId') < lastChart) {
    /* keep new chart ids clear of the copied ones */
  }
  for (const [from, copy] of sheets)
    copy._charts = from._charts.map((c) => ({
      ...c,
      sheet: copy,
      ranges: c.ranges.map((r) => (sheets.get(r._sheet) ?? copy)._range(r._row, r._col, r._numRows, r._numCols)),
      options: new Map(c.options),
    }));
  dst._active = sheets.get(src._active) ?? dst._sheets[0]!;
  dst._locale = src._locale;
  copyUsers(from.users, to.users);
  for (const e of metadataOf(src)) {
    const sheet = e.sheet ? (sheets.get(e.sheet) ?? null) : null;
    dst._ctx.calls.uncounted(() => {
      if (sheet === null) dst.addDeveloperMetadata(e.key, e.value);
      else if (e.row === null) sheet.addDeveloperMetadata(e.key, e.value);
      else sheet.getRange(`${e.row}:${e.row}`).addDeveloperMetadata(e.key, e.value);
    });
  }
  const props = (from.globals.PropertiesService as { _document: { _data: Map<string, string> } })._document._data;
  const target = (to.globals.PropertiesService as { _document: { _data: Map<string, string> } })._document._data;
  for (const [k, v] of props) target.set(k, v);
}
