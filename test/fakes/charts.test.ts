/** The fake's embedded charts (test/fakes/gas/charts.ts): strict where Apps Script is, counted, images that say what they draw. */
import { createGasEnvironment, PROTECTED_MESSAGE } from './gas';
import { pngChartText, pngSize } from './gas/charts';

function setUp() {
  const env = createGasEnvironment({ userEmail: 'chu@gmail.com' });
  const sheet = env.spreadsheet.insertSheet('Số liệu');
  sheet.getRange('A1:B3').setValues([
    ['CLB', 'Kết quả'],
    ['CLB01', 0.5],
    ['CLB02', 1],
  ]);
  const build = (row = 1) =>
    sheet.newChart().setChartType('BAR').addRange(sheet.getRange('A1:B3')).setPosition(row, 4, 0, 0).setOption('title', 'Tỷ lệ').build();
  return { env, sheet, build };
}

test('insert, read back, update in place, remove', () => {
  const { sheet, build } = setUp();
  const chart = build();
  expect(chart.getChartId()).toBeNull();
  sheet.insertChart(chart);
  const [got] = sheet.getCharts();
  expect(got!.getChartId()).toBe(chart.getChartId());
  expect(got!.getOptions().get('title')).toBe('Tỷ lệ');
  expect([got!.getContainerInfo().getAnchorRow(), got!.getContainerInfo().getAnchorColumn()]).toEqual([1, 4]);
  expect(got!.getRanges()[0]!.getValues()).toEqual([
    ['CLB', 'Kết quả'],
    ['CLB01', 0.5],
    ['CLB02', 1],
  ]);
  sheet.updateChart(got!.modify().setOption('title', 'Mới').build());
  expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['Mới']);
  sheet.removeChart(got!);
  expect(sheet.getCharts()).toEqual([]);
});

test('refusals: wrong arguments, a chart of another sheet, a chart not on the sheet, the same chart twice, outside the sheet', () => {
  const { env, sheet, build } = setUp();
  expect(() => sheet.newChart().setChartType('BARS')).toThrow("don't match the method signature for EmbeddedChartBuilder.setChartType");
  expect(() => sheet.newChart().addRange('A1:B3')).toThrow('EmbeddedChartBuilder.addRange');
  expect(() => sheet.newChart().setPosition(1, 1.5, 0, 0)).toThrow('EmbeddedChartBuilder.setPosition');
  const other = env.spreadsheet.insertSheet('Khác');
  expect(() => other.insertChart(build())).toThrow('another sheet');
  expect(() => sheet.updateChart(build())).toThrow('does not exist');
  expect(() => sheet.removeChart(build())).toThrow('does not exist');
  const chart = build();
  sheet.insertChart(chart);
  expect(() => sheet.insertChart(chart)).toThrow('already');
  expect(() => sheet.insertChart(build(1001))).toThrow('outside the dimensions');
  expect(sheet.getCharts()).toHaveLength(1);
});

test('a protected sheet refuses chart changes as it refuses cell writes', () => {
  const { env, sheet, build } = setUp();
  sheet.insertChart(build());
  sheet.protect().removeEditors(['ban@gmail.com']);
  env.users.become('ban@gmail.com');
  expect(() => sheet.insertChart(build(5))).toThrow(PROTECTED_MESSAGE);
  expect(() => sheet.removeChart(sheet.getCharts()[0])).toThrow(PROTECTED_MESSAGE);
  expect(sheet.getCharts()).toHaveLength(1);
});

test('the image is a PNG of the chart’s size stating its title and the values it read; counted per method', () => {
  const { env, sheet, build } = setUp();
  sheet.insertChart(build());
  env.calls.reset();
  const [chart] = sheet.getCharts();
  const blob = chart!.getBlob();
  expect(blob._contentType).toBe('image/png');
  expect(pngSize(blob._bytes)).toEqual({ width: 600, height: 371 });
  expect(pngChartText(blob._bytes)).toMatchObject({
    title: 'Tỷ lệ',
    type: 'BAR',
    values: [
      [
        ['CLB', 'Kết quả'],
        ['CLB01', 0.5],
        ['CLB02', 1],
      ],
    ],
  });
  expect(() => chart!.getAs('image/gif')).toThrow('not supported');
  expect(env.calls.snapshot()).toEqual({ 'EmbeddedChart.getAs': 1, 'EmbeddedChart.getBlob': 1, 'Sheet.getCharts': 1 });
});
