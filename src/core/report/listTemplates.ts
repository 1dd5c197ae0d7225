/**
 * The two named lists as templates, in the Decree 30/2020/NĐ-CP layout of the 6-month report
 * (defaultTemplate.ts): A4, margins 20/20/30/15 mm, Times New Roman, the header table, the title,
 * then the privacy line (they hold personal data), the list, its totals and the signatures of the
 * one who drew it up ("Người lập biểu") and of the ward's signer. An empty list is one sentence,
 * never an empty table. The Vietnamese wording is here; the data come from lists.ts.
 */

import { headerTable } from './defaultTemplate';
import {
  A4,
  type Block,
  type CellSpec,
  type ParagraphSpec,
  type RowSpec,
  type RunSpec,
  type TableSpec,
  type TemplateSpec,
} from './document';

const BODY = 13;
const TABLE = 11;
const CONTENT_MM = 210 - 30 - 15;

type Style = Omit<ParagraphSpec, 'kind' | 'runs'>;

const p = (text: string | RunSpec[], style: Style = {}): ParagraphSpec => ({
  kind: 'paragraph',
  runs: typeof text === 'string' ? [{ text }] : text,
  ...style,
});
const centered = (text: string | RunSpec[], style: Style = {}) => p(text, { align: 'center', ...style });
const cell = (blocks: Block[], verticalAlign: CellSpec['verticalAlign'] = 'top'): CellSpec => ({ blocks, verticalAlign });
/** A paragraph-level section: the tags stand alone in their own paragraphs around the content. */
const section = (name: string, content: Block[], style: Style = {}, inverted = false): Block[] => [
  p(`{{${inverted ? '^' : '#'}${name}}}`, style),
  ...content,
  p(`{{/${name}}}`, style),
];
const BODY_STYLE: Style = { align: 'justify', firstLineIndentMm: 10, spaceAfterPt: 6, lineSpacing: 1.1 };
const body = (text: string, style: Style = {}): ParagraphSpec => p(text, { ...BODY_STYLE, ...style });

interface Column {
  header: string;
  field: string;
  mm: number;
  align?: 'left' | 'center' | 'right';
}

/** A bold header row repeated on each page, one row per item, then any closing rows (a total). */
function listTable(list: string, columns: Column[], closing: RowSpec[] = [], size = TABLE): TableSpec {
  const style = (align: Column['align'] = 'center'): Style => ({ align, size });
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
  return { kind: 'table', borders: true, columnsMm: columns.map((c) => c.mm), rows: [header, loop, ...closing] };
}

/** "Người lập biểu" on the left, the ward's signer on the right, room to sign under both. */
const signatureTable: TableSpec = {
  kind: 'table',
  borders: false,
  columnsMm: [70, CONTENT_MM - 70],
  rows: [
    {
      cells: [
        cell([centered('NGƯỜI LẬP BIỂU', { bold: true, keepWithNext: true })]),
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

const notice = p('{{notice}}', { align: 'justify', italic: true, size: 11, spaceAfterPt: 6 });
const title = (text: string): ParagraphSpec[] => [
  centered(text, { bold: true, spaceBeforePt: 18 }),
  centered('Trên địa bàn {{ward_in_text}}', { italic: true, spaceAfterPt: 6 }),
];
const page = { ...A4, margins: { top: 20, bottom: 20, left: 30, right: 15 } };

const PERSON: Column[] = [
  { header: 'STT', field: '{{no}}', mm: 10 },
  { header: 'Họ và tên', field: '{{name}}', mm: 38, align: 'left' },
  { header: 'Năm sinh', field: '{{birth_year}}', mm: 15 },
  { header: 'Tuổi', field: '{{age}}', mm: 11 },
  { header: 'Giới tính', field: '{{gender}}', mm: 14 },
];

const longevityTable = listTable('people', [
  ...PERSON,
  { header: 'CLB / Tổ dân phố', field: '{{place}}', mm: 42, align: 'left' },
  { header: 'Mức mừng thọ', field: '{{ceremony}}', mm: CONTENT_MM - 130, align: 'left' },
]);

const ceremonyTable = listTable(
  'ceremonies',
  [
    { header: 'TT', field: '{{no}}', mm: 10 },
    { header: 'Mức mừng thọ', field: '{{ceremony}}', mm: 55, align: 'left' },
    { header: 'Độ tuổi', field: '{{ages}}', mm: 70, align: 'left' },
    { header: 'Số người', field: '{{count}}', mm: CONTENT_MM - 135, align: 'right' },
  ],
  [
    {
      cells: [
        cell([p('')]),
        cell([p('Tổng cộng', { bold: true, size: TABLE })]),
        cell([p('')]),
        cell([p('{{count}}', { bold: true, align: 'right', size: TABLE })]),
      ],
    },
  ],
);

export const LONGEVITY_LIST: TemplateSpec = {
  name: 'danh-sach-mung-tho',
  page,
  font: { family: 'Times New Roman', size: BODY },
  pageNumbers: { size: BODY },
  blocks: [
    headerTable,
    ...title('DANH SÁCH NGƯỜI CAO TUỔI ĐƯỢC CHÚC THỌ, MỪNG THỌ NĂM {{year}}'),
    notice,
    ...section('has_people', [
      body(
        'Căn cứ Thông tư số 06/2012/TT-BVHTTDL, những thành viên câu lạc bộ liên thế hệ tự giúp nhau sau đây tròn 70, 75, 80, 85, 90, 95 tuổi hoặc từ 100 tuổi trở lên trong năm {{year}} (tuổi tính theo năm sinh):',
      ),
      longevityTable,
      body('Tổng hợp theo mức mừng thọ:', { spaceBeforePt: 6, keepWithNext: true }),
      ceremonyTable,
    ]),
    ...section(
      'has_people',
      [body('Năm {{year}}, sổ thành viên các câu lạc bộ không có người đến tuổi chúc thọ, mừng thọ.', { italic: true })],
      {},
      true,
    ),
    p(''),
    signatureTable,
  ],
};

/** Nine columns on a portrait page: 10 pt, as the 6-month report's wide tables. */
const pensionTable = listTable(
  'people',
  [
    { header: 'STT', field: '{{no}}', mm: 10 },
    { header: 'Họ và tên', field: '{{name}}', mm: 30, align: 'left' },
    { header: 'Năm sinh', field: '{{birth_year}}', mm: 13 },
    { header: 'Tuổi', field: '{{age}}', mm: 11 },
    { header: 'Giới tính', field: '{{gender}}', mm: 12 },
    { header: 'CLB / Tổ dân phố', field: '{{place}}', mm: 26, align: 'left' },
    { header: 'Hộ nghèo, cận nghèo', field: '{{household}}', mm: 16 },
    { header: 'Lương hưu, trợ cấp BHXH', field: '{{pension}}', mm: 17 },
    { header: 'Căn cứ đề nghị', field: '{{ground}}', mm: CONTENT_MM - 135, align: 'left' },
  ],
  [],
  10,
);

export const PENSION_LIST: TemplateSpec = {
  name: 'danh-sach-huu-tri-xa-hoi',
  page,
  font: { family: 'Times New Roman', size: BODY },
  pageNumbers: { size: BODY },
  blocks: [
    headerTable,
    ...title('DANH SÁCH ĐỀ NGHỊ HƯỞNG TRỢ CẤP HƯU TRÍ XÃ HỘI NĂM {{year}}'),
    notice,
    ...section('has_people', [
      body(
        'Căn cứ Điều 21 Luật Bảo hiểm xã hội năm 2024 và Nghị định số 176/2025/NĐ-CP, những thành viên câu lạc bộ liên thế hệ tự giúp nhau sau đây đủ tuổi hưởng trợ cấp hưu trí xã hội trong năm {{year}} (từ đủ {{pension_age}} tuổi trở lên, hoặc từ đủ {{poor_age}} tuổi đến dưới {{pension_age}} tuổi thuộc hộ nghèo, hộ cận nghèo) và sổ thành viên không ghi đang hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng. Cán bộ xác minh từng trường hợp và hướng dẫn làm văn bản đề nghị (Mẫu số 01 ban hành kèm theo Nghị định số 176/2025/NĐ-CP).',
      ),
      pensionTable,
      body(
        'Tổng số: {{count}} người, trong đó {{count_age}} người từ đủ {{pension_age}} tuổi trở lên, {{count_poor}} người từ đủ {{poor_age}} tuổi đến dưới {{pension_age}} tuổi thuộc hộ nghèo, hộ cận nghèo. Mức trợ cấp {{amount}} đồng/người/tháng; kinh phí dự kiến {{monthly_total}} đồng/tháng.',
        { spaceBeforePt: 6 },
      ),
    ]),
    ...section(
      'has_people',
      [
        body('Năm {{year}}, sổ thành viên các câu lạc bộ không có người thuộc diện đề nghị hưởng trợ cấp hưu trí xã hội.', {
          italic: true,
        }),
      ],
      {},
      true,
    ),
    ...section('has_pensioned', [
      body(
        'Sổ còn {{pensioned}} người đủ tuổi đang hưởng lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng mà chưa ghi mức hưởng (hoặc hưởng từ {{amount}} đồng/tháng trở lên), không đưa vào danh sách; người hưởng thấp hơn {{amount}} đồng/tháng vẫn thuộc diện được hưởng: ghi mức hưởng vào cột Mức lương hưu/trợ cấp để danh sách tự bổ sung.',
      ),
    ]),
    p(''),
    signatureTable,
  ],
};
