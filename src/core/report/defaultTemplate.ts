/**
 * The narrative report templates (6-month, annual, two-year review, final review), declared once
 * in the Decree 30/2020/NĐ-CP layout (Phụ lục I): A4, margins 20/20/30/15 mm, Times New Roman;
 * header table (issuing body over a short rule | national name and motto over a rule), title and
 * subject line over a short rule, "Kính gửi", body, indicator and club tables, then the closing
 * sentence kept with "Nơi nhận" and the signature. What differs by kind comes from the data (the
 * subject line, the closing sentence); reviews add the years side by side. The .docx builder and
 * the Google Docs builder both build from these declarations; officers then edit the built template.
 */
import {
  A4,
  type Block,
  type CellSpec,
  CHARTS_PARAGRAPH_TEXT,
  type ParagraphSpec,
  type RowSpec,
  type RunSpec,
  rule,
  type TableSpec,
  type TemplateSpec,
} from './document';

const BODY = 14;
const TABLE = 11;
const CONTENT_MM = 210 - 30 - 15;

type Style = Omit<ParagraphSpec, 'kind' | 'runs'>;

const p = (text: string | RunSpec[], style: Style = {}): ParagraphSpec => ({
  kind: 'paragraph',
  runs: typeof text === 'string' ? [{ text }] : text,
  ...style,
});
const centered = (text: string | RunSpec[], style: Style = {}) => p(text, { align: 'center', ...style });
/** A paragraph-level section: the tags stand alone in their own paragraphs around the content. */
const section = (name: string, content: ParagraphSpec[], style: Style = {}, inverted = false): ParagraphSpec[] => [
  p(`{{${inverted ? '^' : '#'}${name}}}`, style),
  ...content,
  p(`{{/${name}}}`, style),
];
const BODY_STYLE: Style = { align: 'justify', firstLineIndentMm: 10, spaceAfterPt: 6, lineSpacing: 1.1 };
const body = (text: string): ParagraphSpec => p(text, BODY_STYLE);
const heading = (text: string): ParagraphSpec =>
  p(text, { align: 'justify', bold: true, spaceBeforePt: 6, spaceAfterPt: 6, keepWithNext: true, firstLineIndentMm: 10 });
/**
 * A section the officer writes in the Nội dung báo cáo tab: one paragraph per row written for the
 * period, or one line saying none is written (never lines of dots).
 */
const narrative = (list: string, what: string): ParagraphSpec[] => [
  ...section(list, [body('{{text}}')]),
  ...section(
    list,
    [p(`Sổ phường chưa có nội dung ${what} cho kỳ này (trang Nội dung báo cáo).`, { ...BODY_STYLE, italic: true })],
    {},
    true,
  ),
];
const cell = (blocks: Block[], verticalAlign: CellSpec['verticalAlign'] = 'top'): CellSpec => ({ blocks, verticalAlign });

/** A data table: a bold header row repeated on each page, then one row that repeats per item. */
function dataTable(
  list: string,
  columns: Array<{ header: string; field: string; mm: number; align?: 'left' | 'center' | 'right' }>,
  size = TABLE,
): TableSpec {
  const style = (align: 'left' | 'center' | 'right' = 'center'): Style => ({ align, size });
  const header: RowSpec = { header: true, cells: columns.map((c) => cell([p(c.header, { ...style(), bold: true })], 'center')) };
  const last = columns.length - 1;
  const loop: RowSpec = {
    cells: columns.map((c, i) => {
      const runs: RunSpec[] = [];
      if (i === 0) runs.push({ text: `{{#${list}}}` });
      runs.push({ text: c.field });
      if (i === last) runs.push({ text: `{{/${list}}}` });
      return cell([p(runs, style(c.align))], 'center');
    }),
  };
  return { kind: 'table', borders: true, columnsMm: columns.map((c) => c.mm), rows: [header, loop] };
}

/** The header's columns: the issuing body's, wide enough that "PHƯỜNG …" stays on one line, and the motto's. */
const ISSUER_MM = 72;
const MOTTO_MM = CONTENT_MM - ISSUER_MM;

/**
 * The Decree 30 header (Phụ lục I): the parent body, the issuing body in bold on its own lines
 * ("ỦY BAN NHÂN DÂN" / "PHƯỜNG …", split at the unit's name so it never wraps inside it) over a
 * short solid rule; the national name and the motto over a rule as long as the motto; then the
 * number and the place-and-date line.
 */
export const headerTable: TableSpec = {
  kind: 'table',
  borders: false,
  columnsMm: [ISSUER_MM, MOTTO_MM],
  rows: [
    {
      cells: [
        cell([
          ...section('has_issuer_parent', [centered('{{issuer_parent}}', { size: 13 })], { align: 'center', size: 13 }),
          ...section('issuer_lines', [centered('{{text}}', { size: 13, bold: true })], { align: 'center', size: 13 }),
          rule(25),
        ]),
        cell([
          centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
          centered('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
          rule(62),
        ]),
      ],
    },
    {
      cells: [
        cell([centered('{{doc_number}}', { size: 13, spaceBeforePt: 6 })]),
        cell([centered('{{date_line}}', { size: 14, italic: true, spaceBeforePt: 6 })]),
      ],
    },
  ],
};

const indicatorTable = dataTable('indicators', [
  { header: 'TT', field: '{{no}}', mm: 10 },
  { header: 'Chỉ tiêu', field: '{{name}}', mm: 68, align: 'left' },
  { header: 'Đơn vị', field: '{{unit}}', mm: 15 },
  { header: 'Kết quả', field: '{{value}}', mm: 22, align: 'right' },
  { header: 'Kế hoạch', field: '{{target}}', mm: 25 },
  { header: 'Đánh giá', field: '{{status}}', mm: CONTENT_MM - 140 },
]);

const clubTable = dataTable(
  'clubs',
  [
    { header: 'TT', field: '{{no}}', mm: 8 },
    { header: 'Mã', field: '{{code}}', mm: 15 },
    { header: 'Tên câu lạc bộ', field: '{{name}}', mm: 45, align: 'left' },
    { header: 'Tổ dân phố', field: '{{group}}', mm: 28, align: 'left' },
    { header: 'Thành viên', field: '{{members}}', mm: 16, align: 'right' },
    { header: 'Nữ', field: '{{women}}', mm: 12, align: 'right' },
    { header: 'Người cao tuổi', field: '{{elderly}}', mm: 16, align: 'right' },
    { header: 'NCT nữ (tỷ lệ)', field: '{{elderly_women}} ({{elderly_women_share}})', mm: CONTENT_MM - 140, align: 'right' },
  ],
  10,
);

/** Each club against the standard, in its own table: the missed criteria need the width. */
const clubStandardTable = dataTable(
  'clubs',
  [
    { header: 'TT', field: '{{no}}', mm: 8 },
    { header: 'Mã', field: '{{code}}', mm: 15 },
    { header: 'Tên câu lạc bộ', field: '{{name}}', mm: 45, align: 'left' },
    { header: 'Đánh giá chuẩn', field: '{{standard}}', mm: CONTENT_MM - 68, align: 'left' },
  ],
  10,
);

const contentsTable = dataTable('contents', [
  { header: 'TT', field: '{{no}}', mm: 10 },
  { header: 'Nội dung sinh hoạt', field: '{{name}}', mm: 115, align: 'left' },
  { header: 'Số CLB thực hiện', field: '{{clubs}}', mm: CONTENT_MM - 125 },
]);

const comparisonTable = dataTable('comparison', [
  { header: 'TT', field: '{{no}}', mm: 10 },
  { header: 'Nội dung', field: '{{name}}', mm: 65, align: 'left' },
  { header: 'Kỳ này', field: '{{now}}', mm: 28, align: 'right' },
  { header: 'Cùng kỳ trước', field: '{{before}}', mm: 28, align: 'right' },
  { header: 'Tăng, giảm', field: '{{change}}', mm: CONTENT_MM - 131, align: 'right' },
]);

const clubFiguresTable = dataTable(
  'club_figures',
  [
    { header: 'TT', field: '{{no}}', mm: 8 },
    { header: 'Mã', field: '{{code}}', mm: 15 },
    { header: 'Buổi sinh hoạt', field: '{{held}}', mm: 18, align: 'right' },
    { header: 'Tháng chưa sinh hoạt', field: '{{missed}}', mm: 34, align: 'left' },
    { header: 'Quỹ tăng thu nhập (đồng)', field: '{{income_fund}}', mm: 30, align: 'right' },
    { header: 'Quỹ hoạt động (đồng)', field: '{{activity_fund}}', mm: 30, align: 'right' },
    { header: 'Dư nợ (đồng)', field: '{{outstanding}}', mm: CONTENT_MM - 135, align: 'right' },
  ],
  10,
);

const completenessTable = dataTable(
  'completeness',
  [
    { header: 'TT', field: '{{no}}', mm: 8 },
    { header: 'Mã', field: '{{code}}', mm: 15 },
    { header: 'Tháng có sinh hoạt', field: '{{meetings_months}}', mm: 22, align: 'right' },
    { header: 'Tháng có sổ quỹ', field: '{{fund_months}}', mm: 22, align: 'right' },
    { header: 'Tỷ lệ', field: '{{rate}}', mm: 18, align: 'right' },
    { header: 'Còn thiếu', field: '{{missing}}', mm: CONTENT_MM - 85, align: 'left' },
  ],
  10,
);

const signatureTable: TableSpec = {
  kind: 'table',
  borders: false,
  columnsMm: [80, CONTENT_MM - 80],
  rows: [
    {
      cells: [
        cell([
          p([{ text: 'Nơi nhận:', bold: true, italic: true }], { size: 12 }),
          ...section('recipients', [p('- {{name}}{{end}}', { size: 11 })], { size: 11 }),
        ]),
        cell([
          ...section('signer_prefix', [centered('{{signer_prefix}}', { bold: true })], { align: 'center' }),
          ...section('signer_deputy', [centered('{{signer_deputy}}', { bold: true })], { align: 'center' }),
          centered('{{signer_title}}', { bold: true }),
          centered(''),
          centered(''),
          centered(''),
          centered(''),
          centered('{{signer_name}}', { bold: true }),
        ]),
      ],
    },
  ],
};

/**
 * The years of a review side by side, one row per year (a template repeats rows, not columns, and
 * a period may hold two to six years): the people in one table, the money at each year's end in
 * the next.
 */
const yearsPeopleTable = dataTable('years', [
  { header: 'Năm', field: '{{year}}', mm: 20 },
  { header: 'CLB hoạt động', field: '{{clubs_active}}', mm: 22, align: 'right' },
  { header: 'CLB đạt chuẩn', field: '{{clubs_standard}}', mm: 22, align: 'right' },
  { header: 'Thành viên', field: '{{members}}', mm: 22, align: 'right' },
  { header: 'Người cao tuổi', field: '{{elderly}}', mm: 22, align: 'right' },
  { header: 'Buổi sinh hoạt', field: '{{meetings}}', mm: 24, align: 'right' },
  { header: 'Lượt người được truyền thông', field: '{{reached}}', mm: CONTENT_MM - 132, align: 'right' },
]);

const yearsMoneyTable = dataTable('years', [
  { header: 'Năm', field: '{{year}}', mm: 20 },
  { header: 'Quỹ tăng thu nhập cuối năm (đồng)', field: '{{income_fund}}', mm: 50, align: 'right' },
  { header: 'Quỹ hoạt động cuối năm (đồng)', field: '{{activity_fund}}', mm: 45, align: 'right' },
  { header: 'Dư nợ cho vay cuối năm (đồng)', field: '{{outstanding}}', mm: CONTENT_MM - 115, align: 'right' },
]);

/** The narrative reports: each kind's template is this layout, reviews add the years side by side. */
export type NarrativeKind = 'h1' | 'year' | 'review' | 'final';

const TEMPLATE_NAMES: Record<NarrativeKind, string> = {
  h1: 'report-6-thang',
  year: 'report-nam',
  review: 'report-so-ket',
  final: 'report-tong-ket',
};

/** Numbered headings of part I: "1. …", "2. …" in the order the kind's template has them. */
function numbered(titles: Array<string | false>): (title: string) => ParagraphSpec {
  const order = titles.filter((t): t is string => t !== false);
  return (title) => heading(`${order.indexOf(title) + 1}. ${title}`);
}

/** The report of a kind in the Decree 30 layout; only reviews (sơ kết, tổng kết) hold the years table. */
export function narrativeTemplate(kind: NarrativeKind): TemplateSpec {
  const review = kind === 'review' || kind === 'final';
  const h = numbered([
    'Tình hình chung',
    review && 'Kết quả qua từng năm',
    'Kết quả thực hiện các chỉ tiêu',
    'Sinh hoạt định kỳ',
    'Quỹ và hoạt động cho vay',
    'Tập huấn Ban chủ nhiệm và truyền thông',
    'So sánh với kỳ trước',
    'Kết quả hoạt động của từng câu lạc bộ',
  ]);
  return {
    name: TEMPLATE_NAMES[kind],
    page: { ...A4, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
    font: { family: 'Times New Roman', size: BODY },
    pageNumbers: { size: BODY },
    blocks: [
      headerTable,
      centered('{{title}}', { bold: true, spaceBeforePt: 18 }),
      centered('{{subtitle}}', { bold: true }),
      rule(40),
      ...section('has_send_to', [centered('Kính gửi: {{send_to}}.', { spaceBeforePt: 12 })]),
      p('', { spaceAfterPt: 6 }),
      body(
        'Thực hiện Đề án nhân rộng mô hình Câu lạc bộ liên thế hệ tự giúp nhau {{phase_label}}, Ủy ban nhân dân {{ward_in_text}} báo cáo {{report_scope}} (từ ngày {{period_start}} đến ngày {{period_end}}) như sau:',
      ),
      heading('I. KẾT QUẢ THỰC HIỆN'),
      h('Tình hình chung'),
      body(
        'Đến ngày {{period_end}}, trên địa bàn {{ward_in_text}} có {{clubs_active}} câu lạc bộ liên thế hệ tự giúp nhau đang hoạt động, trong đó {{clubs_standard}} câu lạc bộ đạt chuẩn; tổng số {{members}} thành viên, trong đó {{women_members}} thành viên nữ; {{elderly_members}} người cao tuổi tham gia, trong đó {{elderly_women}} người cao tuổi là nữ (chiếm {{elderly_women_share}}).',
      ),
      ...(review
        ? [
            h('Kết quả qua từng năm'),
            body(
              'Số câu lạc bộ, thành viên và người cao tuổi tính đến cuối mỗi năm; buổi sinh hoạt và lượt người được truyền thông trong năm:',
            ),
            yearsPeopleTable,
            p(''),
            yearsMoneyTable,
          ]
        : []),
      h('Kết quả thực hiện các chỉ tiêu'),
      ...(review ? [body('Các chỉ tiêu được đánh giá tại thời điểm kết thúc kỳ ({{period_end}}), so với mục tiêu {{phase_label}}:')] : []),
      indicatorTable,
      centered(CHARTS_PARAGRAPH_TEXT, { spaceBeforePt: 6 }),
      h('Sinh hoạt định kỳ'),
      body(
        'Trong kỳ, các câu lạc bộ tổ chức {{meetings_held}} buổi sinh hoạt, bình quân {{meetings_attendance}} người dự mỗi buổi; {{clubs_every_month}}/{{clubs_active}} câu lạc bộ sinh hoạt đều hằng tháng, {{clubs_all_contents}}/{{clubs_active}} câu lạc bộ thực hiện đủ 8 nội dung; {{clubs_digital}} câu lạc bộ lồng ghép chuyển đổi số, {{clubs_green}} câu lạc bộ lồng ghép chuyển đổi xanh, {{clubs_startup}} câu lạc bộ lồng ghép khởi nghiệp, tạo việc làm.',
      ),
      ...section('has_missed_months', [body('Câu lạc bộ chưa sinh hoạt đủ các tháng: {{missed_months}}.')]),
      contentsTable,
      h('Quỹ và hoạt động cho vay'),
      body(
        'Đến ngày {{period_end}}, quỹ tăng thu nhập của các câu lạc bộ là {{income_fund_end}} đồng ({{income_fund_change}} đồng so với đầu kỳ), quỹ hoạt động là {{activity_fund_end}} đồng ({{activity_fund_change}} đồng).',
      ),
      body(
        'Trong kỳ, các câu lạc bộ cho vay {{loans_made}} lượt với tổng số tiền {{loans_lent}} đồng; thu hồi {{loans_repaid}} khoản vay ({{loans_repaid_amount}} đồng). Dư nợ cuối kỳ là {{loans_outstanding_amount}} đồng ({{loans_outstanding}} khoản), trong đó quá hạn {{loans_overdue_amount}} đồng ({{loans_overdue}} khoản).',
      ),
      h('Tập huấn Ban chủ nhiệm và truyền thông'),
      body(
        'Trong kỳ, {{trainings_people}} thành viên Ban chủ nhiệm các câu lạc bộ được tập huấn ({{trainings_initial}} lượt tập huấn ban đầu, {{trainings_refresher}} lượt tập huấn nhắc lại); {{clubs_board_trained}}/{{clubs_active}} câu lạc bộ có toàn bộ Ban chủ nhiệm được tập huấn ban đầu và nhắc lại trong năm.',
      ),
      body('Phường tổ chức {{communication_events}} hoạt động truyền thông, tiếp cận {{communication_reached}} lượt người.'),
      h('So sánh với kỳ trước'),
      body(
        '{{#has_previous}}Một số kết quả {{period_label}} so với {{previous_label}}:{{/has_previous}}{{^has_previous}}Sổ phường chưa có số liệu của kỳ trước để so sánh.{{/has_previous}}',
      ),
      comparisonTable,
      h('Kết quả hoạt động của từng câu lạc bộ'),
      clubTable,
      p(''),
      clubStandardTable,
      p(''),
      clubFiguresTable,
      body('Mức đầy đủ số liệu (tháng có sổ sinh hoạt và sổ quỹ trên số tháng cần báo cáo): {{completeness_rate}}.'),
      completenessTable,
      heading('II. ĐÁNH GIÁ CHUNG'),
      heading('1. Ưu điểm'),
      ...narrative('strengths', 'ưu điểm'),
      heading('2. Hạn chế'),
      ...section('has_indicators_below', [body('Các chỉ tiêu chưa đạt: {{indicators_below}}.')]),
      ...section('has_indicators_below', [body('Các chỉ tiêu có kế hoạch trong kỳ đều đạt hoặc vượt.')], {}, true),
      ...narrative('weaknesses', 'hạn chế'),
      heading('3. Nguyên nhân'),
      ...narrative('causes', 'nguyên nhân'),
      heading('III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'),
      ...narrative('plans', 'phương hướng, nhiệm vụ'),
      heading('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
      ...narrative('proposals', 'đề xuất, kiến nghị'),
      // The closing sentence stays on the page of "Nơi nhận" and the signature (never a page of the signature alone).
      p('Trên đây là báo cáo {{report_subject}} của Ủy ban nhân dân {{ward_in_text}}./.', { ...BODY_STYLE, keepWithNext: true }),
      signatureTable,
      p(''),
    ],
  };
}

export const SIX_MONTH_REPORT: TemplateSpec = narrativeTemplate('h1');
