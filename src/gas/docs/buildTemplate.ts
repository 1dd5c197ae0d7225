/**
 * Builds a template declaration into a Google Doc: the editable report template a ward keeps in
 * Drive. Each paragraph costs one call to create, one to format, and one per run whose
 * formatting differs from the paragraph's.
 */
import {
  type Block,
  type CellSpec,
  type ParagraphSpec,
  POINTS_PER_MM,
  paragraphText,
  type TableSpec,
  type TemplateSpec,
} from '../../core/report/document';

type Body = GoogleAppsScript.Document.Body;
type Container = Body | GoogleAppsScript.Document.TableCell;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Font = TemplateSpec['font'];

const pt = (mm: number) => Math.round(mm * POINTS_PER_MM * 100) / 100;

function alignment(align: ParagraphSpec['align']): GoogleAppsScript.Document.HorizontalAlignment {
  const a = DocumentApp.HorizontalAlignment;
  return align === 'center' ? a.CENTER : align === 'right' ? a.RIGHT : align === 'justify' ? a.JUSTIFY : a.LEFT;
}

function verticalAlignment(align: CellSpec['verticalAlign']): GoogleAppsScript.Document.VerticalAlignment {
  const a = DocumentApp.VerticalAlignment;
  return align === 'center' ? a.CENTER : align === 'bottom' ? a.BOTTOM : a.TOP;
}

/** Paragraph-wide attributes, text defaults included, set in one call. */
function paragraphAttributes(p: ParagraphSpec, font: Font): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return {
    [A.HORIZONTAL_ALIGNMENT]: alignment(p.align),
    [A.INDENT_FIRST_LINE]: pt(p.firstLineIndentMm ?? 0),
    [A.SPACING_BEFORE]: p.spaceBeforePt ?? 0,
    [A.SPACING_AFTER]: p.spaceAfterPt ?? 0,
    [A.LINE_SPACING]: p.lineSpacing ?? 1,
    [A.FONT_FAMILY]: font.family,
    [A.FONT_SIZE]: p.size ?? font.size,
    [A.BOLD]: p.bold ?? false,
    [A.ITALIC]: p.italic ?? false,
    [A.UNDERLINE]: false,
  };
}

/** Runs that differ from their paragraph get their own attributes over their offsets. */
function formatRuns(paragraph: Paragraph, p: ParagraphSpec, font: Font): void {
  const A = DocumentApp.Attribute;
  let offset = 0;
  for (const run of p.runs) {
    const start = offset;
    offset += run.text.length;
    const own: Record<string, unknown> = {};
    if (run.bold !== undefined && run.bold !== (p.bold ?? false)) own[A.BOLD] = run.bold;
    if (run.italic !== undefined && run.italic !== (p.italic ?? false)) own[A.ITALIC] = run.italic;
    if (run.underline) own[A.UNDERLINE] = true;
    if (run.size !== undefined && run.size !== (p.size ?? font.size)) own[A.FONT_SIZE] = run.size;
    if (run.text.length > 0 && Object.keys(own).length > 0) paragraph.editAsText().setAttributes(start, offset - 1, own);
  }
}

function formatParagraph(paragraph: Paragraph, p: ParagraphSpec, font: Font): void {
  paragraph.setAttributes(paragraphAttributes(p, font));
  formatRuns(paragraph, p, font);
}

/** The rule's underscores: small type, so the line sits close under the text above it. */
const RULE_SIZE = 8;

/**
 * DocumentApp can neither draw a paragraph border nor size a horizontal rule, so a short rule is a
 * centred line of underscores about as wide (an underscore is half an em in Times New Roman).
 */
export function ruleText(widthMm: number): string {
  const underscoreMm = RULE_SIZE / 2 / POINTS_PER_MM;
  return '_'.repeat(Math.max(1, Math.round(widthMm / underscoreMm)));
}

function appendBlock(container: Container, block: Block, font: Font): void {
  if (block.kind === 'paragraph') {
    const text = block.rule ? ruleText(block.rule.widthMm) : paragraphText(block);
    const spec: ParagraphSpec = block.rule ? { ...block, align: 'center', size: RULE_SIZE, runs: [{ text }] } : block;
    formatParagraph(container.appendParagraph(text), spec, font);
  } else appendTable(container, block, font);
}

/**
 * A table made from its cells' first paragraphs in one call, then formatted cell by cell.
 * Docs has no "repeat header row" or per-row "keep together" through DocumentApp.
 */
function appendTable(container: Container, spec: TableSpec, font: Font): void {
  const firstTexts = spec.rows.map((row) => row.cells.map((c) => (c.blocks[0]?.kind === 'paragraph' ? paragraphText(c.blocks[0]) : '')));
  const table = container.appendTable(firstTexts);
  if (!spec.borders) table.setBorderWidth(0);
  spec.columnsMm.forEach((mm, i) => {
    table.setColumnWidth(i, pt(mm));
  });
  spec.rows.forEach((row, r) => {
    row.cells.forEach((c, i) => {
      fillCell(table.getCell(r, i), c, font);
    });
  });
}

function fillCell(cell: GoogleAppsScript.Document.TableCell, spec: CellSpec, font: Font): void {
  cell.setVerticalAlignment(verticalAlignment(spec.verticalAlign));
  const [first, ...rest] = spec.blocks;
  // The cell's own first paragraph holds the first block's text (a rule goes after it instead).
  const ownFirst = first?.kind === 'paragraph' && !first.rule;
  if (ownFirst) formatParagraph(cell.getChild(0).asParagraph(), first, font);
  const more = ownFirst ? rest : spec.blocks;
  for (const block of more) appendBlock(cell, block, font);
}

/**
 * Creates a Google Doc from a template declaration: page size, margins, paragraphs and tables.
 * `created` learns of the new Doc at once, so a caller can trash a Doc that fails half-built.
 */
export function createTemplateDoc(
  template: TemplateSpec,
  name: string,
  created?: (doc: GoogleAppsScript.Document.Document) => void,
): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create(name);
  created?.(doc);
  const body = doc.getBody();
  const { page, font } = template;
  body
    .setPageWidth(pt(page.widthMm))
    .setPageHeight(pt(page.heightMm))
    .setMarginTop(pt(page.margins.top))
    .setMarginBottom(pt(page.margins.bottom))
    .setMarginLeft(pt(page.margins.left))
    .setMarginRight(pt(page.margins.right));
  // A new Doc holds one empty paragraph; it goes once the template's blocks follow it.
  const initial = body.getChild(0);
  for (const block of template.blocks) appendBlock(body, block, font);
  if (body.getNumChildren() > 1) body.removeChild(initial);
  return doc;
}
