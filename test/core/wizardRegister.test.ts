/** The report register as the wizard page lists it: latest first, kinds and periods in words, dates as officers write them. */
import type { RegisterEntry } from '../../src/core/report/register';
import { wizardRegister } from '../../src/core/report/wizard';

const entry = (created: string, kind: RegisterEntry['kind'] = 'h1', period = '2026-H1'): RegisterEntry => ({
  kind,
  period,
  created,
  by: '',
  doc: 'https://docs.google.com/document/d/x/edit',
  pdf: '',
  fingerprint: '0badf00d',
  provisional: false,
});

test('dates show as dd/mm/yyyy (with the time kept); the latest report first; kinds and periods in words', () => {
  const rows = wizardRegister([entry('2026-07-02 09:30'), entry('2026-11-28T10:15:00', 'year', '2026'), entry('hôm qua')], 'vi');
  expect(rows.map((r) => r.created)).toEqual(['hôm qua', '28/11/2026 10:15:00', '02/07/2026 09:30']);
  expect(rows[1]).toMatchObject({ kind: 'Báo cáo năm', period: 'Cả năm 2026' });
  expect(wizardRegister([entry('2026-07-02')], 'en')[0]).toMatchObject({ created: '02/07/2026', kind: 'Six-month report' });
});
