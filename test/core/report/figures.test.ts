/** The report's figures on the fixture ward, every number counted by hand from test/core/fixture.ts. */
import { fillTable } from '../../../src/core/demo/fillTable';
import { parseWard } from '../../../src/core/parse/parseWard';
import { parsePeriod } from '../../../src/core/period';
import { dayBefore, periodFigures, previousPeriodOfSameKind } from '../../../src/core/report/figures';
import { FUNDS, LOANS, MEETINGS } from '../../../src/core/schema/tables';
import { fixtureWard, TODAY } from '../fixture';

const H1 = parsePeriod('2026-H1')!;

describe('periodFigures on the fixture ward, 2026-H1', () => {
  const figures = periodFigures(parseWard(fixtureWard(), { today: TODAY }), H1, TODAY);

  test('only the two clubs active at the period end count (CLB C is paused)', () => {
    expect(figures.activeClubs).toBe(2);
  });

  test('meetings: A met January to June, B from its founding in February; all 8 contents over the period', () => {
    expect(figures.meetings).toEqual({
      held: 11,
      averageAttendance: 3,
      clubsEveryMonth: 2,
      clubsAllContents: 2,
      clubsByContent: { c1: 2, c2: 2, c3: 2, c4: 2, c5: 2, c6: 2, c7: 2, c8: 2 },
      clubsByTheme: { digital: 1, green: 0, startup: 0 },
      clubs: [
        { code: 'CLBA', held: 6, missed: [] },
        { code: 'CLBB', held: 5, missed: [] },
      ],
    });
  });

  test('funds: A’s June balances at the end, nothing before January', () => {
    expect(figures.funds).toEqual({ incomeAtEnd: 26_000_000, activityAtEnd: 1_500_000, incomeAtStart: 0, activityAtStart: 0 });
  });

  test('loans: one loan of 5 million in April, still outstanding, not overdue (no due date)', () => {
    expect(figures.loans).toEqual({
      made: 1,
      lent: 5_000_000,
      repaid: 0,
      repaidAmount: 0,
      outstanding: 1,
      outstandingAmount: 5_000_000,
      overdue: 0,
      overdueAmount: 0,
    });
  });

  test('trainings: An’s refresher and Bình’s initial training in the half-year; An’s 2025 initial is outside', () => {
    expect(figures.trainings).toEqual({ sessions: 2, people: 2, initial: 1, refresher: 1 });
  });

  test('communication: the March conference (300 people); the August broadcast is after the period', () => {
    expect(figures.communication).toEqual({ events: 1, reached: 300 });
  });
});

describe('periodFigures with more loans, funds and a missed month', () => {
  const grids = fixtureWard();
  fillTable(grids.CLBA, LOANS, [
    { name: 'Trần Văn Bình', date: '10/01/2025', amount: '10 triệu', due: '10/01/2026', repaid: '15/02/2026' },
    { name: 'Vũ Thị Gấm', date: '01/12/2025', amount: '3 triệu', due: '01/05/2026' },
    { name: 'Lê Thị Cúc', date: '01/06/2026', amount: '2 triệu', due: '01/12/2026', repaid: '01/09/2026' },
  ]);
  fillTable(grids.CLBB, FUNDS, [
    { month: '12/2025', incomeFund: '20 triệu', activityFund: '1.000.000' },
    { month: '06/2026', incomeFund: '22 triệu', activityFund: '800.000' },
  ]);
  // A paused club's meeting never counts; B's March meeting is taken out, so B misses March.
  fillTable(grids.CLBC, MEETINGS, [{ month: '03/2026', date: '10/03/2026', attendance: 3 }]);
  const meetings = grids.CLBB.findIndex((row) => row.includes('03/2026') && row.includes('10/03/2026'));
  grids.CLBB[meetings] = grids.CLBB[meetings].map(() => '');
  const figures = periodFigures(parseWard(grids, { today: TODAY }), H1, TODAY);

  test('loans made, repaid, outstanding and overdue at the period end', () => {
    expect(figures.loans).toEqual({
      made: 2,
      lent: 7_000_000,
      repaid: 1,
      repaidAmount: 10_000_000,
      outstanding: 3,
      outstandingAmount: 10_000_000,
      overdue: 1,
      overdueAmount: 3_000_000,
    });
  });

  test('fund balances at the end and on the day before the start', () => {
    expect(figures.funds).toEqual({
      incomeAtEnd: 48_000_000,
      activityAtEnd: 2_300_000,
      incomeAtStart: 20_000_000,
      activityAtStart: 1_000_000,
    });
  });

  test('a missed month is named, and that club no longer met every month', () => {
    expect(figures.meetings.clubs).toEqual([
      { code: 'CLBA', held: 6, missed: [] },
      { code: 'CLBB', held: 4, missed: ['2026-03'] },
    ]);
    expect(figures.meetings.held).toBe(10);
    expect(figures.meetings.clubsEveryMonth).toBe(1);
  });
});

describe('periods', () => {
  test('the previous period of the same kind', () => {
    const previous = (id: string) => previousPeriodOfSameKind(parsePeriod(id)!)?.id;
    expect(['2026-H1', '2026-H2', '2026', 'P2', 'P1', '2000', '2027-2028', '2025-2026', '2033-2034'].map(previous)).toEqual([
      '2025-H1',
      '2025-H2',
      '2025',
      'P1',
      undefined,
      undefined,
      '2025-2026',
      undefined,
      '2031-2032',
    ]);
  });

  test('the day before a date, across months and years', () => {
    expect(['2026-01-01', '2026-03-01', '2024-03-01', '2026-07-01'].map(dayBefore)).toEqual([
      '2025-12-31',
      '2026-02-28',
      '2024-02-29',
      '2026-06-30',
    ]);
  });
});
