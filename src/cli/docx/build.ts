/**
 * Builds a .docx template from a template declaration with the `docx` package. Each placeholder
 * gets a text run of its own, so Word and docxtemplater see every `{{…}}` whole.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Alignment, Block, CellSpec, ParagraphSpec, RunSpec, TableSpec, TemplateSpec } from '../../core/report/document';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<Alignment, unknown>;
const VALIGN = { top: VerticalAlignTable.TOP, center: VerticalAlignTable.CENTER, bottom: VerticalAlignTable.BOTTOM } as const;

/** Text and placeholders as separate pieces: "Số {{a}}/{{b}}" → "Số ", "{{a}}", "/", "{{b}}". */
export function splitPlaceholders(text: string): string[] {
  return text.split(/(\{\{[^{}]*\}\})/).filter((piece) => piece !== '');
}

function runs(p: ParagraphSpec): TextRun[] {
  const out: TextRun[] = [];
  for (const run of p.runs) {
    for (const text of splitPlaceholders(run.text)) out.push(textRun(text, run, p));
  }
  return out;
}

function textRun(text: string, run: RunSpec, p: ParagraphSpec): TextRun {
  const size = run.size ?? p.size;
  return new TextRun({
    text,
    bold: run.bold ?? p.bold,
    italics: run.italic ?? p.italic,
    underline: run.underline ? { type: UnderlineType.SINGLE } : undefined,
    size: size === undefined ? undefined : size * 2,
  });
}

/** Cell margins left and right, in millimetres. */
const CELL_MARGIN_MM = 1.2;

/**
 * A short solid line centred in its container: an empty paragraph two points high whose bottom
 * border runs between equal indents (Word and LibreOffice draw a paragraph border between indents).
 */
function ruleParagraph(widthMm: number, containerMm: number): Paragraph {
  const side = twips(Math.max(0, (containerMm - widthMm) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } },
  });
}

function paragraph(p: ParagraphSpec, containerMm: number): Paragraph {
  if (p.rule) return ruleParagraph(p.rule.widthMm, containerMm);
  return new Paragraph({
    children: runs(p),
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.firstLineIndentMm ? { firstLine: twips(p.firstLineIndentMm) } : undefined,
    spacing: {
      before: p.spaceBeforePt === undefined ? undefined : p.spaceBeforePt * 20,
      after: p.spaceAfterPt === undefined ? 0 : p.spaceAfterPt * 20,
      // Single spacing is 240 "auto" units.
      ...(p.lineSpacing ? { line: Math.round(p.lineSpacing * 240), lineRule: LineRuleType.AUTO } : {}),
    },
    keepNext: p.keepWithNext,
  });
}

function cell(c: CellSpec, widthMm: number): TableCell {
  const children = c.blocks.map((b) => block(b, widthMm - 2 * CELL_MARGIN_MM));
  // A cell must end with a paragraph (Word refuses the file otherwise).
  if (c.blocks.length === 0 || c.blocks.at(-1)!.kind === 'table') children.push(new Paragraph({}));
  return new TableCell({
    children,
    width: { size: twips(widthMm), type: WidthType.DXA },
    verticalAlign: c.verticalAlign ? VALIGN[c.verticalAlign] : undefined,
    margins: { left: twips(CELL_MARGIN_MM), right: twips(CELL_MARGIN_MM), top: twips(0.5), bottom: twips(0.5) },
  });
}

function table(t: TableSpec): Table {
  return new Table({
    width: { size: twips(t.columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: t.columnsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: t.borders ? undefined : TableBorders.NONE,
    rows: t.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: row.cells.map((c, i) => cell(c, t.columnsMm[i] ?? t.columnsMm.at(-1)!)),
        }),
    ),
  });
}

/** A block inside a container (the page's text width, or a cell's) so a rule can be centred in it. */
function block(b: Block, containerMm: number): Paragraph | Table {
  return b.kind === 'paragraph' ? paragraph(b, containerMm) : table(b);
}

/** A centred PAGE field on every page but the first (whose header stays empty). */
function pageNumberHeaders(size: number) {
  return {
    first: new Header({ children: [new Paragraph({})] }),
    default: new Header({
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: size * 2 })] }),
      ],
    }),
  };
}

export function templateDocument(template: TemplateSpec): Document {
  const { page, font } = template;
  return new Document({
    styles: { default: { document: { run: { font: font.family, size: font.size * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: template.pageNumbers !== undefined,
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: {
              top: twips(page.margins.top),
              bottom: twips(page.margins.bottom),
              left: twips(page.margins.left),
              right: twips(page.margins.right),
            },
          },
        },
        ...(template.pageNumbers ? { headers: pageNumberHeaders(template.pageNumbers.size) } : {}),
        children: template.blocks.map((b) => block(b, page.widthMm - page.margins.left - page.margins.right)),
      },
    ],
  });
}

export async function buildTemplateDocx(template: TemplateSpec): Promise<Buffer> {
  return Packer.toBuffer(templateDocument(template));
}
