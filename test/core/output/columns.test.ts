/** The declared-column model: a column list and rows become an OutputSheet, headers from the catalogue. */
import { drawSheet, numberColumn, type OutputColumn } from '../../../src/core/output/columns';

interface Row {
  name: string;
  share: number;
  ok: boolean;
}
const rows: Row[] = [
  { name: 'A', share: 0.5, ok: true },
  { name: 'B', share: 0.25, ok: false },
];
const heading = { name: 'Tab', title: 'TITLE', subtitle: 'subtitle' };

describe('drawSheet', () => {
  test('title, subtitle, header and body rows, widths in column order; STT counts from 1', () => {
    const columns: Array<OutputColumn<Row>> = [
      numberColumn(),
      { header: 'col.clubName', value: (r) => r.name, width: 200 },
      { header: (lang) => (lang === 'vi' ? 'Tỷ lệ' : 'Share'), value: (r) => r.share, width: 90 },
    ];
    const sheet = drawSheet(heading, columns, rows, 'vi');
    expect(sheet.rows).toEqual([
      ['TITLE', '', ''],
      ['subtitle', '', ''],
      ['STT', 'Tên CLB', 'Tỷ lệ'],
      [1, 'A', 0.5],
      [2, 'B', 0.25],
    ]);
    expect(sheet).toMatchObject({ name: 'Tab', headerRow: 3, columnWidths: [45, 200, 90] });
    expect(drawSheet(heading, columns, rows, 'en').rows[2]).toEqual(['No.', 'Club name', 'Share']);
  });

  test('no column with a colour or format: the sheet has none, so the edge makes no call for them', () => {
    const sheet = drawSheet(heading, [{ header: 'col.clubName', value: (r: Row) => r.name, width: 10 }], rows, 'vi');
    expect(sheet.colours).toBeUndefined();
    expect(sheet.formats).toBeUndefined();
  });

  test('formats per column or per row, colours per row, null where a column declares none', () => {
    const columns: Array<OutputColumn<Row>> = [
      { header: 'col.clubName', value: (r) => r.name, colour: (r) => (r.ok ? '#0f0' : null), width: 10 },
      { header: 'col.value', value: (r) => r.share, format: (r) => (r.ok ? '0.0%' : null), width: 10 },
      { header: 'col.meetings', value: () => 3, format: '#,##0', width: 10 },
    ];
    const sheet = drawSheet(heading, columns, rows, 'vi');
    expect(sheet.colours).toEqual([
      ['#0f0', null, null],
      [null, null, null],
    ]);
    expect(sheet.formats).toEqual([
      [null, '0.0%', '#,##0'],
      [null, null, '#,##0'],
    ]);
  });

  test('no rows: header only, and empty colours and formats when declared', () => {
    const sheet = drawSheet(heading, [{ header: 'col.no', value: () => 1, format: '#,##0', width: 10 }], [], 'vi');
    expect(sheet.rows).toEqual([['TITLE'], ['subtitle'], ['STT']]);
    expect(sheet.formats).toEqual([]);
  });
});
