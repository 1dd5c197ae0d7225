/**
 * An output's layout key (what decides whether the add-on may write its values in place), its place
 * in the tab's marker, and the tab colour an earlier club-standard line gave: hand-made cases on the
 * fixture ward's outputs.
 */
import { translate } from '../../../src/core/i18n/messages';
import { rollUpGrids } from '../../../src/core/jobs';
import { standardLineColour } from '../../../src/core/output/clubStandard';
import { outputLayoutKey } from '../../../src/core/output/layout';
import { outputMarker, parseOutputMarker } from '../../../src/core/output/outputTabs';
import { NUMBER_FORMATS, type OutputSheet, STATUS_COLOURS } from '../../../src/core/output/types';
import { parsePeriod } from '../../../src/core/period';
import { SHEETS } from '../../../src/core/schema/sheets';
import { fixtureWard, TODAY } from '../fixture';

const result = rollUpGrids(fixtureWard(), parsePeriod('2026-H1')!, TODAY);
const sheetOf = (name: string) => structuredClone(result.sheets.find((s) => s.name === name)!) as OutputSheet;

/** The first body cell of a formatted column holding a number: [row index in rows, column]. */
function numberCell(out: OutputSheet): [number, number] {
  for (let i = 0; i < (out.formats ?? []).length; i++)
    for (let c = 0; c < out.formats![i]!.length; c++)
      if (out.formats![i]![c] && typeof out.rows[out.headerRow + i]?.[c] === 'number') return [out.headerRow + i, c];
  throw new Error(`${out.name} has no formatted number`);
}

describe('outputLayoutKey', () => {
  test('other figures, the same key: Biểu đồ, Tổng hợp and Theo CLB', () => {
    for (const name of [SHEETS.charts, SHEETS.summary, SHEETS.byClub]) {
      const out = sheetOf(name);
      const key = outputLayoutKey(out);
      expect(key).toMatch(/^[0-9a-f]{16}$/);
      const [r, c] = numberCell(out);
      out.rows[r]![c] = (out.rows[r]![c] as number) + 0.125;
      out.rows[1] = ['Cập nhật ngày 01/01/2027', ...out.rows[1]!.slice(1)];
      if (out.colours?.[0]) out.colours[0][0] = STATUS_COLOURS.below;
      expect([name, outputLayoutKey(out)]).toEqual([name, key]);
    }
  });

  test('a number becoming text in a formatted column (its cell format changes), a title, a table size, a width: another key', () => {
    const base = sheetOf(SHEETS.charts);
    const key = outputLayoutKey(base);
    const [r, c] = numberCell(base);
    const textual = sheetOf(SHEETS.charts);
    textual.rows[r]![c] = '';
    const titled = sheetOf(SHEETS.charts);
    titled.charts![0]!.title = 'Another title';
    const longer = sheetOf(SHEETS.charts);
    longer.charts![3]!.range.numRows += 1;
    const wider = sheetOf(SHEETS.charts);
    wider.columnWidths[0] = 301;
    const reformatted = sheetOf(SHEETS.charts);
    reformatted.formats![r - reformatted.headerRow]![c] = NUMBER_FORMATS.count;
    for (const changed of [textual, titled, longer, wider, reformatted]) expect(outputLayoutKey(changed)).not.toBe(key);
  });

  test('an output linking to cells (Kiểm tra) is never written in place', () => {
    const check = sheetOf(SHEETS.check);
    expect(check.rows.some((r) => r.some((cell) => typeof cell === 'object' && cell !== null))).toBe(true);
    expect(outputLayoutKey(check)).toBeUndefined();
  });
});

describe('the marker carries the layout', () => {
  test('round trip, and markers without one', () => {
    expect(outputMarker('charts', 7, '00ff00ff00ff00ff')).toBe('charts@7:00ff00ff00ff00ff');
    expect(parseOutputMarker('charts@7:00ff00ff00ff00ff')).toEqual({ id: 'charts', generation: 7, layout: '00ff00ff00ff00ff' });
    expect(parseOutputMarker(outputMarker('summary', 3))).toEqual({ id: 'summary', generation: 3 });
    expect(parseOutputMarker('charts@7:')).toBeUndefined();
    expect(parseOutputMarker('charts@7:XYZ')).toBeUndefined();
  });
});

describe('standardLineColour: the tab colour an earlier line of ours gave', () => {
  const line = (result: string, lang: 'vi' | 'en', period = '6 tháng đầu năm 2026') =>
    translate('clubStandard.line', { period, result }, lang);

  test('met, missed, not assessed, in either language and of any period', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(standardLineColour(line(translate('standard.met', {}, lang), lang))).toBe(STATUS_COLOURS.met);
      expect(standardLineColour(line(translate('clubStandard.missed', { criteria: 'x; y' }, lang), lang, 'năm 2025'))).toBe(
        STATUS_COLOURS.below,
      );
      expect(standardLineColour(line(translate('clubStandard.notJudged', { standing: 'Tạm ngừng' }, lang), lang))).toBeNull();
    }
  });

  test('the placeholder and anything else: not known', () => {
    expect(standardLineColour(translate('clubStandard.placeholder', {}, 'vi'))).toBeUndefined();
    expect(standardLineColour('Ghi chú của CLB: Đạt chuẩn')).toBeUndefined();
    expect(standardLineColour('Chuẩn CLB (năm 2026): do BCN tự ghi')).toBeUndefined();
  });
});
