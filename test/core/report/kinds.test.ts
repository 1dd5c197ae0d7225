/** The report kinds and the reporting calendar (000_1f959adeceb25b0e.txt §VI: before 10/6 and 10/12). */
import { parsePeriod } from '../../../src/core/period';
import { defaultReportPeriod, REPORT_KINDS, reportKind, reportsDue } from '../../../src/core/report/kinds';

const kind = (id: string) => reportKind(id)!;
const due = (today: string) => reportsDue(today).map((d) => `${d.kind.id} ${d.period.id} ${d.due}`);

describe('report kinds', () => {
  test('six kinds, two of them lists of named people', () => {
    expect(REPORT_KINDS.map((k) => k.id)).toEqual(['h1', 'year', 'review', 'final', 'longevity', 'pension']);
    expect(REPORT_KINDS.filter((k) => k.personal).map((k) => k.id)).toEqual(['longevity', 'pension']);
  });

  test('each kind accepts only its own periods', () => {
    const accepted = (id: string) => ['2026-H1', '2026-H2', '2026', '2025-2026', 'P1'].filter((p) => kind(id).accepts(parsePeriod(p)!));
    expect(accepted('h1')).toEqual(['2026-H1']);
    expect(accepted('year')).toEqual(['2026']);
    expect(accepted('review')).toEqual(['2025-2026']);
    expect(accepted('final')).toEqual(['P1']);
    expect(accepted('longevity')).toEqual(['2026']);
  });

  test('review blocks of two years from the phase start', () => {
    const review = (year: number) => kind('review').periodOfYear(year);
    expect([2025, 2026, 2027, 2028, 2030, 2031, 2034, 2035, 2024].map(review)).toEqual([
      '2025-2026',
      '2025-2026',
      '2027-2028',
      '2027-2028',
      '2029-2030',
      '2031-2032',
      '2033-2034',
      '2035-2035',
      undefined,
    ]);
  });
});

describe('default period: the deadline nearest today', () => {
  test.each([
    ['h1', '2026-06-01', '2026-H1'],
    ['h1', '2026-11-28', '2026-H1'],
    ['h1', '2027-02-01', '2027-H1'],
    ['year', '2026-11-28', '2026'],
    ['year', '2027-02-01', '2026'],
    ['year', '2027-07-01', '2027'],
    ['review', '2026-11-28', '2025-2026'],
    ['final', '2026-11-28', 'P1'],
    ['longevity', '2026-11-28', '2026'],
  ])('%s on %s → %s', (id, today, expected) => {
    expect(defaultReportPeriod(kind(id), today)?.id).toBe(expected);
  });
});

describe('reporting calendar', () => {
  test('from 25 May the 6-month report, until its deadline', () => {
    expect(due('2026-05-24')).toEqual([]);
    expect(due('2026-05-25')).toEqual(['h1 2026-H1 2026-06-10']);
    expect(due('2026-06-10')).toEqual(['h1 2026-H1 2026-06-10']);
    expect(due('2026-06-11')).toEqual([]);
  });

  test('from 25 November the annual report, with the review ending that year', () => {
    expect(due('2026-11-24')).toEqual([]);
    expect(due('2026-11-25')).toEqual(['year 2026 2026-12-10', 'review 2025-2026 2026-12-10']);
    expect(due('2027-11-25')).toEqual(['year 2027 2027-12-10']);
  });

  test('at the end of a phase the final review, not a third review', () => {
    expect(due('2030-12-01')).toEqual(['year 2030 2030-12-10', 'final P1 2030-12-10']);
  });
});
