/**
 * A report template as data: paragraphs and tables with just the formatting Decree 30 needs.
 * The .docx builder and the Google Docs builder both read this one declaration, and the pure
 * reference renderer and the plain-text read-back use the same shape.
 */
import { maxOf } from '../collections';

export interface RunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the paragraph's size, then the template's, when absent. */
  size?: number;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphSpec {
  kind: 'paragraph';
  runs: RunSpec[];
  align?: Alignment;
  /** Defaults for every run of the paragraph. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  firstLineIndentMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** A multiple of single spacing (1.15, 1.5). */
  lineSpacing?: number;
  keepWithNext?: boolean;
  /**
   * The paragraph is a short solid line of this width, centred in its container (Decree 30's rules
   * under the issuing body, the national motto and the subject line); its runs are empty. The .docx
   * builder draws it as the paragraph's bottom border between indents; Google Docs (no paragraph
   * borders in DocumentApp) as a centred line of underscores of about that width.
   */
  rule?: { widthMm: number };
}

export interface CellSpec {
  blocks: Block[];
  verticalAlign?: 'top' | 'center' | 'bottom';
}

export interface RowSpec {
  cells: CellSpec[];
  /** Repeated at the top of every page the table spans. */
  header?: boolean;
}

export interface TableSpec {
  kind: 'table';
  /** One width per column, in millimetres. */
  columnsMm: number[];
  borders: boolean;
  rows: RowSpec[];
}

export type Block = ParagraphSpec | TableSpec;

export interface PageSpec {
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface TemplateSpec {
  /** The file name, without extension, the builders give the template. */
  name: string;
  page: PageSpec;
  font: { family: string; size: number };
  /**
   * Page numbers, centred at the top, from the second page (Decree 30/2020, Appendix I). The .docx
   * builder inserts a PAGE field; Google Docs has no API for page-number fields, so the Docs
   * template gets them from the user once (Chèn → Số trang), and every copy keeps them.
   */
  pageNumbers?: { size: number };
  blocks: Block[];
}

/**
 * The paragraph where a report's charts go (Biểu đồ's ward charts, output/charts.ts): a paragraph
 * holding only this placeholder. The command line puts one picture per chart in its place in the
 * .docx (cli/docx/images.ts); the add-on gives it a marker and appends the pictures to the marker's
 * paragraph in the Doc (gas/docs/pictures.ts). Its value in the data is empty, so a renderer that
 * draws no picture leaves an empty paragraph, and a template without it has no charts.
 */
export const CHARTS_PLACEHOLDER = 'bieu_do';
export const CHARTS_PARAGRAPH_TEXT = `{{${CHARTS_PLACEHOLDER}}}`;

export const A4: Omit<PageSpec, 'margins'> = { widthMm: 210, heightMm: 297 };
export const POINTS_PER_MM = 72 / 25.4;

export function paragraphText(p: ParagraphSpec): string {
  return p.runs.map((r) => r.text).join('');
}

/** Shorthand for tests and simple templates: one run, optional paragraph attributes. */
export function paragraph(text: string, attrs: Omit<ParagraphSpec, 'kind' | 'runs'> = {}): ParagraphSpec {
  return { kind: 'paragraph', runs: [{ text }], ...attrs };
}

/** A short centred solid line of the given width (see ParagraphSpec.rule). */
export function rule(widthMm: number): ParagraphSpec {
  return { kind: 'paragraph', runs: [], rule: { widthMm } };
}

/** Shorthand: a table whose cells each hold one paragraph (a string) or several (an array). */
export function table(rows: Array<Array<string | string[]>>, opts: { borders?: boolean; columnsMm?: number[] } = {}): TableSpec {
  const columns = maxOf(rows.map((r) => r.length));
  return {
    kind: 'table',
    borders: opts.borders ?? true,
    columnsMm: opts.columnsMm ?? Array.from({ length: columns }, () => 160 / columns),
    rows: rows.map((cells) => ({
      cells: cells.map((cell) => ({ blocks: (Array.isArray(cell) ? cell : [cell]).map((t) => paragraph(t)) })),
    })),
  };
}

/**
 * The text of a document, one line per paragraph and one line per table row (cells joined by
 * " | ", paragraphs inside a cell by " / "). Both renderers read their output back into this
 * form, so one expected text checks all of them.
 */
export function plainText(blocks: Block[]): string {
  return blockLines(blocks).join('\n').replace(/\n+$/, '');
}

function blockLines(blocks: Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') lines.push(paragraphText(block));
    else for (const row of block.rows) lines.push(row.cells.map((c) => blockLines(c.blocks).join(' / ')).join(' | '));
  }
  return lines;
}
