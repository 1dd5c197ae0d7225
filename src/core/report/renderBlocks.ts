/**
 * The reference renderer: the template language applied to a template declaration. It defines
 * what the .docx and Google Docs renderers must produce, and the shared test cases run on it.
 */
import { appendAll } from '../collections';
import { type Block, type CellSpec, type ParagraphSpec, paragraphText, type RowSpec, type TableSpec } from './document';
import {
  findRowSection,
  findSections,
  isBalanced,
  newLog,
  type RenderLog,
  type ReportData,
  type RowSection,
  renderText,
  type Scopes,
  sectionScopes,
  sectionValue,
} from './language';

export interface Rendered {
  blocks: Block[];
  missing: string[];
  errors: string[];
}

/** Renders a template declaration: the semantics both document renderers must reproduce. */
export function renderBlocks(blocks: Block[], data: ReportData): Rendered {
  const log = newLog();
  return { blocks: renderBlockList(blocks, [data], log), ...log };
}

function renderBlockList(blocks: Block[], scopes: Scopes, log: RenderLog): Block[] {
  const out: Block[] = [];
  let next = 0;
  const renderPlain = (upTo: number) => {
    for (; next < upTo; next++) out.push(renderBlock(blocks[next], scopes, log));
  };
  for (const s of findSections(blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : null)))) {
    renderPlain(s.open);
    const inside = blocks.slice(s.open + 1, s.close);
    for (const inner of sectionScopes(sectionValue(scopes, s.name, log), scopes, s.inverted))
      appendAll(out, renderBlockList(inside, inner, log));
    next = s.close + 1;
  }
  renderPlain(blocks.length);
  return out;
}

function renderBlock(block: Block, scopes: Scopes, log: RenderLog): Block {
  return block.kind === 'paragraph' ? renderParagraph(block, scopes, log) : renderTable(block, scopes, log);
}

/** Run by run, so formatting survives, unless a section spans runs; then the runs merge. */
function renderParagraph(p: ParagraphSpec, scopes: Scopes, log: RenderLog): ParagraphSpec {
  if (p.runs.every((r) => isBalanced(r.text))) return { ...p, runs: p.runs.map((r) => ({ ...r, text: renderText(r.text, scopes, log) })) };
  return { ...p, runs: [{ ...p.runs[0], text: renderText(paragraphText(p), scopes, log) }] };
}

function renderTable(t: TableSpec, scopes: Scopes, log: RenderLog): TableSpec {
  const rows: RowSpec[] = [];
  for (const row of t.rows) {
    const section = findRowSection(row.cells.map(cellText));
    if (!section) {
      rows.push(renderRow(row, scopes, log));
      continue;
    }
    const stripped = stripRowTags(row, section);
    for (const inner of sectionScopes(sectionValue(scopes, section.name, log), scopes, section.inverted))
      rows.push(renderRow(stripped, inner, log));
  }
  return { ...t, rows };
}

function renderRow(row: RowSpec, scopes: Scopes, log: RenderLog): RowSpec {
  return { ...row, cells: row.cells.map((c) => ({ ...c, blocks: renderBlockList(c.blocks, scopes, log) })) };
}

export function cellText(cell: CellSpec): string {
  return cell.blocks
    .map((b) => (b.kind === 'paragraph' ? paragraphText(b) : b.rows.map((r) => r.cells.map(cellText).join('\n')).join('\n')))
    .join('\n');
}

/** The row without its section tags: the first opening tag of the open cell, the last closing tag of the close cell. */
function stripRowTags(row: RowSpec, s: RowSection): RowSpec {
  const cells = row.cells.map((c, i) => {
    let blocks = c.blocks;
    if (i === s.open) blocks = removeTag(blocks, s.openTag, 'first');
    if (i === s.close) blocks = removeTag(blocks, s.closeTag, 'last');
    return { ...c, blocks };
  });
  return { ...row, cells };
}

function removeTag(blocks: Block[], tag: string, which: 'first' | 'last'): Block[] {
  const out = blocks.map((b) => (b.kind === 'paragraph' ? { ...b, runs: b.runs.map((r) => ({ ...r })) } : b));
  const runs = out.flatMap((b) => (b.kind === 'paragraph' ? b.runs : []));
  const ordered = which === 'first' ? runs : [...runs].reverse();
  const run = ordered.find((r) => r.text.includes(tag));
  if (run) {
    const at = which === 'first' ? run.text.indexOf(tag) : run.text.lastIndexOf(tag);
    run.text = run.text.slice(0, at) + run.text.slice(at + tag.length);
  }
  return out;
}
