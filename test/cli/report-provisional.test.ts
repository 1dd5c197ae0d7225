/**
 * The command line's side of a provisional report: which periods are refused, which are provisional,
 * and that the flag reaches the kind's data builder in the registry (which puts "tạm tính đến ngày …"
 * in the title). The builder is wrapped in KIND_DOCUMENTS to see what it is given.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionalOf, writeReport } from '../../src/cli/report';
import { parsePeriod } from '../../src/core/period';
import { type ReportKind, reportKind } from '../../src/core/report/kinds';
import { KIND_DOCUMENTS, type ReportBuildOptions } from '../../src/core/report/registry';
import { sampleReport } from '../core/report/sample';

const kind = (id: string) => reportKind(id) as ReportKind;
const period = (id: string) => parsePeriod(id)!;

describe('provisionalOf', () => {
  test('a period ended before today is final; --provisional then only earns a note', () => {
    expect(provisionalOf(kind('year'), period('2025'), '2026-01-01', false, 'vi')).toBe(false);
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    expect(provisionalOf(kind('year'), period('2025'), '2026-01-01', true, 'vi')).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('năm 2025 đã kết thúc ngày 31/12/2025'));
    log.mockRestore();
  });

  test('a period whose last day is today has not ended: refused, or provisional when asked', () => {
    expect(() => provisionalOf(kind('h1'), period('2026-H1'), '2026-06-30', false, 'vi')).toThrow(/--provisional/);
    expect(provisionalOf(kind('h1'), period('2026-H1'), '2026-06-30', true, 'vi')).toBe(true);
  });

  test('a period not begun is refused even when asked for provisionally', () => {
    expect(() => provisionalOf(kind('year'), period('2027'), '2026-11-22', true, 'en')).toThrow(/begins on 01\/01\/2027/);
  });

  test('a list of names is never provisional and never waits for its year to end', () => {
    expect(provisionalOf(kind('longevity'), period('2027'), '2026-11-22', false, 'vi')).toBe(false);
  });
});

test('writeReport gives the kind’s data and charts builders provisional: true and the date (the data in Vietnamese)', async () => {
  const seen: ReportBuildOptions[] = [];
  const charted: ReportBuildOptions[] = [];
  const original = KIND_DOCUMENTS.year;
  KIND_DOCUMENTS.year = {
    ...original,
    data: (ward, p, opts) => {
      seen.push(opts);
      return original.data(ward, p, opts);
    },
    // No picture drawn in-process (Vega is an ES module jest does not load; the charts are tested on the built CLI).
    charts: (_ward, _p, opts) => {
      charted.push(opts);
      return [];
    },
  };
  try {
    const { ward } = sampleReport();
    const out = join(mkdtempSync(join(tmpdir(), 'ishc-prov-')), 'nam.docx');
    await writeReport({
      ward,
      kind: kind('year'),
      period: period('2026'),
      out,
      today: '2026-11-22',
      lang: 'en',
      provisional: true,
      pdf: false,
    });
    expect(seen).toEqual([expect.objectContaining({ today: '2026-11-22', lang: 'vi', provisional: true })]);
    expect(charted).toEqual([expect.objectContaining({ today: '2026-11-22', provisional: true })]);
  } finally {
    KIND_DOCUMENTS.year = original;
  }
});
