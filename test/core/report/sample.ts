/** A realistic roll-up for report tests: the deterministic demo ward, rolled up for 2026-H1. */
import { generateDemoWard } from '../../../src/core/demo';
import { rollUpGrids } from '../../../src/core/jobs';
import { parsePeriod } from '../../../src/core/period';
import { buildSixMonthReportData } from '../../../src/core/report/model';

export const TODAY = '2026-07-05';

export function sampleReport(opts: { clubs?: number } = {}) {
  const { grids } = generateDemoWard({ today: TODAY, clubs: opts.clubs });
  const result = rollUpGrids(grids, parsePeriod('2026-H1')!, TODAY);
  const data = buildSixMonthReportData(result, { today: TODAY });
  return { ...result, data, grids };
}

type Row = Record<string, string>;

/** The lines the default template must produce for the data: header, title, every indicator and club row. */
export function expectedReportLines(data: ReturnType<typeof sampleReport>['data']): string[] {
  const indicators = data.indicators as unknown as Row[];
  const clubs = data.clubs as unknown as Row[];
  return [
    `${data.issuer_parent} / ${(data.issuer_lines as unknown as Row[]).map((l) => l.text).join(' / ')} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc`,
    `${data.doc_number} | ${data.date_line}`,
    String(data.title),
    String(data.subtitle),
    'TT | Chỉ tiêu | Đơn vị | Kết quả | Kế hoạch | Đánh giá',
    ...indicators.map((i) => [i.no, i.name, i.unit, i.value, i.target, i.status].join(' | ')),
    ...clubs.map((c) =>
      [c.no, c.code, c.name, c.group, c.members, c.women, c.elderly, `${c.elderly_women} (${c.elderly_women_share})`].join(' | '),
    ),
    'TT | Mã | Tên câu lạc bộ | Đánh giá chuẩn',
    ...clubs.map((c) => [c.no, c.code, c.name, c.standard].join(' | ')),
  ];
}

/**
 * A line without its rules: Decree 30's short rules read back as empty paragraphs (.docx, the
 * reference renderer) or as underscores (Google Docs), so a cell's " / " parts that are only that go.
 */
export const withoutRules = (line: string) =>
  line
    .split(' | ')
    .map((cell) =>
      cell
        .split(' / ')
        .filter((part) => !/^_*$/.test(part.trim()))
        .join(' / '),
    )
    .join(' | ');

export function expectFullReport(text: string, data: ReturnType<typeof sampleReport>['data']): void {
  const lines = text.split('\n').map(withoutRules);
  for (const line of expectedReportLines(data)) expect(lines).toContain(line);
  expect(text).toContain(`báo cáo kết quả thực hiện ${data.period_label} (từ ngày 01/01/2026 đến ngày 30/06/2026)`);
  expect(text).toContain(`Ủy ban nhân dân ${data.ward_in_text} báo cáo`);
  expect(text).toContain('Nơi nhận: / - Như trên; / - Hội Người cao tuổi tỉnh; / - Lưu: VT.');
  expect(text).toContain(`Kính gửi: ${data.send_to}.`);
  expect(text).toContain(`Trên đây là báo cáo ${data.report_subject} của Ủy ban nhân dân ${data.ward_in_text}./.`);
  expect(text).not.toMatch(/\{\{|\}\}/);
}
