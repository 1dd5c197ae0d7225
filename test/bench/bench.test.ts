/** The benchmark's helpers, and its add-on jobs running through on a one-club ward (no numbers asserted). */

import { measureGasJobs } from '../../bench/gasBench';
import { NEW_WORKBOOK_JOBS, WARD_JOBS } from '../../bench/gasJobs';
import { formatTable } from '../../bench/measure';
import { topMethods } from '../../bench/report';
import { generateDemoWard } from '../../src/core/demo';

describe('bench helpers', () => {
  test('topMethods lists the most frequent calls first, ties by name', () => {
    expect(topMethods({ 'Sheet.getName': 3, 'Range.getValues': 7, 'Range.setValues': 3, 'Ui.alert': 1 }, 3)).toBe(
      'Range.getValues 7, Range.setValues 3, Sheet.getName 3',
    );
  });

  test('formatTable pads every column but the last', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']])).toBe('a    bb\n---  --\nccc  d');
  });
});

describe('bench add-on jobs', () => {
  test('every job runs through the built bundle and makes service calls', () => {
    const grids = generateDemoWard({ clubs: 1, membersPerClub: [20, 20], today: '2026-11-22' }).grids;
    const measures = measureGasJobs(grids, 'dist');
    for (const job of [...NEW_WORKBOOK_JOBS, ...WARD_JOBS]) {
      const m = measures.get(job.id)!;
      expect(m.total).toBeGreaterThan(0);
      expect(m.total).toBe(Object.values(m.calls).reduce((a, b) => a + b, 0));
    }
    expect(measures.get('edit')!.calls['Range.setNotes']).toBe(1);
  });
});
