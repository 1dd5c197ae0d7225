/**
 * Reads a Google Doc back as paragraphs and tables of plain text (the template declaration's
 * shape), the counterpart of the .docx reader: tests compare both renderers through it.
 */
import { type Block, type CellSpec, plainText } from '../../core/report/document';

type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;

export function docBlocks(container: Container): Block[] {
  const T = DocumentApp.ElementType;
  const blocks: Block[] = [];
  for (let i = 0; i < container.getNumChildren(); i++) {
    const child = container.getChild(i);
    const type = child.getType();
    if (type === T.PARAGRAPH) blocks.push({ kind: 'paragraph', runs: [{ text: child.asParagraph().getText() }] });
    else if (type === T.LIST_ITEM) blocks.push({ kind: 'paragraph', runs: [{ text: child.asListItem().getText() }] });
    else if (type === T.TABLE) {
      const table = child.asTable();
      const rows = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: CellSpec[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push({ blocks: docBlocks(row.getCell(c)) });
        rows.push({ cells });
      }
      blocks.push({ kind: 'table', borders: true, columnsMm: [], rows });
    }
  }
  return blocks;
}

/** The document text: a line per paragraph, a line per table row with its cells joined by " | ". */
export function docText(doc: GoogleAppsScript.Document.Document): string {
  return plainText(docBlocks(doc.getBody()));
}
