import { SIX_MONTH_REPORT } from '../../src/core/report/defaultTemplate';
import { createTemplateDoc } from '../../src/gas/docs/buildTemplate';
import { renderDoc } from '../../src/gas/docs/render';
import { docText } from '../../src/gas/docs/text';
import { expectFullReport, sampleReport } from '../core/report/sample';
import { clearFakeDocumentApp, useFakeDocumentApp } from './harness';

afterEach(clearFakeDocumentApp);

describe('six-month report as a Google Doc', () => {
  it('builds the template with the Decree 30 page in points', () => {
    useFakeDocumentApp();
    const body = createTemplateDoc(SIX_MONTH_REPORT, 'Mẫu báo cáo 6 tháng').getBody();
    expect(body.getPageWidth()).toBeCloseTo(595.28, 1);
    expect(body.getPageHeight()).toBeCloseTo(841.89, 1);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([
      56.69, 56.69, 85.04, 42.52,
    ]);
    const header = body.getChild(0).asTable();
    expect(header.getBorderWidth()).toBe(0);
    expect(header.getText()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // Decree 30's short rules: DocumentApp draws no paragraph border, so a centred line of underscores (25 and 62 mm at 8 pt).
    expect(header.getCell(0, 0).getText()).toMatch(/\n_{18}$/);
    expect(header.getCell(0, 1).getText()).toMatch(/\n_{44}$/);
  });

  it('holds the title, ward, period, every indicator row and every club row', () => {
    useFakeDocumentApp();
    const { data } = sampleReport();
    const doc = createTemplateDoc(SIX_MONTH_REPORT, 'Báo cáo');
    const { missing, errors } = renderDoc(doc, data);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    expectFullReport(docText(doc), data);
  });

  it('fills the Doc in batches: one body-wide replaceText per top-level key, a fixed few calls per repeated row', () => {
    const callsFor = (clubs: number) => {
      const env = useFakeDocumentApp();
      const { data } = sampleReport({ clubs });
      const doc = createTemplateDoc(SIX_MONTH_REPORT, 'Báo cáo');
      env.calls.reset();
      renderDoc(doc, data);
      return { env, data };
    };
    const small = callsFor(6);
    const large = callsFor(30);
    const topLevelKeys = Object.keys(small.data).length;
    expect(small.env.calls.count('Body.replaceText')).toBeLessThanOrEqual(topLevelKeys);
    // Body-wide replacements do not grow with the rows (a conditional section kept in one ward and
    // not the other may add or drop its own key).
    expect(large.env.calls.count('Body.replaceText')).toBeLessThanOrEqual(topLevelKeys);
    // Each extra club adds a row to four tables (clubs, the clubs' standard, club_figures, completeness):
    // copy, insert, one replaceText per distinct key of the row (9, 4, 7 and 6), nothing else.
    const perClub =
      (large.env.calls.total() - small.env.calls.total()) /
      ((large.data.clubs as unknown[]).length - (small.data.clubs as unknown[]).length);
    expect(perClub).toBeLessThanOrEqual(11 + 6 + 9 + 8 + 1);
    const rows = (d: typeof large.data) =>
      // The clubs list fills two tables (figures and the standard).
      ['clubs', 'clubs', 'indicators', 'contents', 'comparison', 'club_figures', 'completeness'].reduce(
        (n, list) => n + (d[list] as unknown[]).length,
        0,
      );
    expect(large.env.calls.count('Table.insertTableRow')).toBe(rows(large.data));
  });
});
