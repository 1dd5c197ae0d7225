/** The bench's latency model: call classes, the estimate and the 6-minute line (hand-computed). */
import { callClass, estimateMs, fitsUpTo, LATENCY_MS, SCRIPT_CPU_FACTOR } from '../../bench/callModel';

describe('bench latency model', () => {
  test('calls fall in the class their cost suggests', () => {
    expect(callClass('Range.getValues')).toBe('read');
    expect(callClass('Range.setValues')).toBe('write');
    expect(callClass('Sheet.getName')).toBe('local');
    expect(callClass('DataValidation.getHelpText')).toBe('local');
    expect(callClass('TableRow.replaceText')).toBe('drive');
    expect(callClass('DriveApp.getFileById')).toBe('drive');
    // The report's pictures: inserting one reaches the Doc, drawing a chart is a round trip; the chart builders stay in the script.
    expect(callClass('Paragraph.appendInlineImage')).toBe('drive');
    expect(callClass('InlineImage.setWidth')).toBe('drive');
    expect(callClass('Files.copy')).toBe('drive');
    expect(callClass('Chart.getAs')).toBe('drive');
    expect(callClass('DataTableBuilder.addRow')).toBe('local');
    expect(callClass('ColumnChartBuilder.setDimensions')).toBe('local');
  });

  test('the estimate sums each call at its class latency plus local time × factor', () => {
    const ms = estimateMs({ calls: { 'Range.getValues': 2, 'Range.setValues': 1, 'Sheet.getName': 3 }, ms: 10 });
    expect(ms).toBe(2 * LATENCY_MS.read + LATENCY_MS.write + 3 * LATENCY_MS.local + 10 * SCRIPT_CPU_FACTOR);
  });

  test('fits in 6 minutes: linear through the two largest sizes, or between the sizes around the limit', () => {
    // 100 s at 100 clubs, 200 s at 200: 1 s per club → 360 clubs.
    expect(
      fitsUpTo([
        { clubs: 100, ms: 100_000 },
        { clubs: 200, ms: 200_000 },
      ]),
    ).toBe(360);
    // Over the limit at 200: between 50 (50 s) and 200 (500 s): 3 s per club → 50 + 310/3 = 153.
    expect(
      fitsUpTo([
        { clubs: 50, ms: 50_000 },
        { clubs: 200, ms: 500_000 },
      ]),
    ).toBe(153);
    expect(
      fitsUpTo([
        { clubs: 6, ms: 1000 },
        { clubs: 50, ms: 1000 },
      ]),
    ).toBe(Number.POSITIVE_INFINITY);
  });
});
