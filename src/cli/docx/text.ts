/**
 * Reads a .docx back as paragraphs and tables of plain text (the shape of the template
 * declaration), for tests and for the command line's summary of what it wrote.
 */
import PizZip from 'pizzip';
import { type Block, type CellSpec, type ParagraphSpec, plainText, type RowSpec, type TableSpec } from '../../core/report/document';

const ELEMENT = /<(\/?)w:(p|tbl|tr|tc|t|br|tab|cr)((?:\s[^>]*?)?)(\/?)>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(xml: string): string {
  return xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

/** The body of word/document.xml as blocks; each paragraph has one run holding its text. */
export function docxBlocks(buffer: Buffer | Uint8Array): Block[] {
  const xml = new PizZip(buffer).file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error('Not a .docx file: word/document.xml is missing');
  // Containers under construction, innermost last; the root collects the body's blocks.
  const root: { blocks: Block[] } = { blocks: [] };
  const containers: Array<{ blocks: Block[] }> = [root];
  const tables: TableSpec[] = [];
  let paragraph: ParagraphSpec | undefined;
  let inText = false;
  let textStart = 0;
  for (const m of xml.matchAll(ELEMENT)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    const at = m.index!;
    if (name === 't') {
      if (closing) {
        if (inText && paragraph) paragraph.runs[0].text += decode(xml.slice(textStart, at));
        inText = false;
      } else if (!selfClosing) {
        inText = true;
        textStart = at + whole.length;
      }
      continue;
    }
    if (name === 'br' || name === 'cr') {
      if (paragraph) paragraph.runs[0].text += '\n';
      continue;
    }
    // A <w:tab> with attributes is a tab stop in paragraph properties, not a tab character.
    if (name === 'tab') {
      if (paragraph && !attributes) paragraph.runs[0].text += '\t';
      continue;
    }
    if (name === 'p') {
      if (closing) paragraph = undefined;
      else {
        paragraph = { kind: 'paragraph', runs: [{ text: '' }] };
        containers.at(-1)!.blocks.push(paragraph);
        if (selfClosing) paragraph = undefined;
      }
      continue;
    }
    if (name === 'tbl') {
      if (closing) tables.pop();
      else {
        const table: TableSpec = { kind: 'table', borders: true, columnsMm: [], rows: [] };
        containers.at(-1)!.blocks.push(table);
        tables.push(table);
      }
      continue;
    }
    if (name === 'tr' && !closing) {
      const row: RowSpec = { cells: [] };
      tables.at(-1)?.rows.push(row);
      continue;
    }
    if (name === 'tc') {
      if (closing) containers.pop();
      else {
        const cell: CellSpec = { blocks: [] };
        tables.at(-1)?.rows.at(-1)?.cells.push(cell);
        containers.push(cell);
      }
    }
  }
  return root.blocks;
}

/** The document text: a line per paragraph, a line per table row with its cells joined by " | ". */
export function docxText(buffer: Buffer | Uint8Array): string {
  return plainText(docxBlocks(buffer));
}
