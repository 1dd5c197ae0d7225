/**
 * Fills a copied Google Doc with the template language (core/report/language.ts, the semantics of
 * core's renderBlocks) through the Docs advanced service, in a constant number of calls whatever
 * the rows: one Docs.Documents.get, then the whole rendering computed here as one batchUpdate.
 *
 * The plan is made on the structural JSON (paragraphs and tables with their startIndex/endIndex)
 * and expressed as requests ordered from the end of the document backwards, so each request's
 * indices are those read, untouched by the requests before it:
 * - a tag inside a paragraph: deleteContentRange + insertText, the value put in after the tag's
 *   first brace so it takes the tag's text style, then the brace deleted;
 * - a paragraph section kept once: its two tag paragraphs deleted; dropped: the whole range;
 *   repeated: (paragraphs only) its first paragraph's text replaced by every copy's lines;
 * - a table row repeat: insertTableRow per extra item, the new cells filled with insertText and
 *   given the template cells' paragraph and text style (updateParagraphStyle, updateTextStyle);
 *   no item: deleteTableRow.
 * Paragraphs are removed as the API allows: a run of them followed by a table or ending a body or
 * cell is merged into the paragraph before (whose paragraph style is put back), else left empty.
 * What this cannot express (a repeated paragraph section holding a table, a section in a repeated
 * row's cell) is reported as Unsupported before any write, and the caller falls back to the
 * DocumentApp renderer (render.ts).
 */

import { appendAll } from '../../core/collections';
import type { Block } from '../../core/report/document';
import {
  findRowSection,
  findSections,
  isSectionStart,
  newLog,
  type RenderLog,
  type ReportData,
  renderText,
  type Scopes,
  scanTags,
  sectionScopes,
  sectionValue,
  valueText,
} from '../../core/report/language';

/** The part of the Docs API's Document JSON read here (Docs.Schema.Document, as far as this file needs it). */
type ParagraphStyle = object;
type TextStyle = object;
interface StructuralElement {
  startIndex?: number;
  endIndex?: number;
  sectionBreak?: unknown;
  paragraph?: {
    elements?: Array<{ startIndex?: number; endIndex?: number; textRun?: { content?: string; textStyle?: TextStyle } }>;
    paragraphStyle?: ParagraphStyle;
  };
  table?: {
    tableRows?: Array<{
      startIndex?: number;
      endIndex?: number;
      tableCells?: Array<{ startIndex?: number; endIndex?: number; content?: StructuralElement[] }>;
    }>;
  };
}
export interface DocJson {
  revisionId?: string;
  body?: { content?: StructuralElement[] };
}
/** One request of a batchUpdate (Docs.Schema.Request): one key, the request's kind. */
type Request = Record<string, unknown>;
type DocsService = NonNullable<typeof Docs>;
type BatchResource = Parameters<DocsService['Documents']['batchUpdate']>[0];

export class Unsupported extends Error {}

interface PNode {
  kind: 'p';
  start: number;
  end: number;
  /** Without the final newline; a non-text element counts as one U+FFFC per index. */
  text: string;
  style: ParagraphStyle;
  textStyle: TextStyle;
}
interface CNode {
  start: number;
  end: number;
  content: DocNode[];
}
interface RNode {
  start: number;
  end: number;
  cells: CNode[];
}
interface TNode {
  kind: 't';
  start: number;
  end: number;
  rows: RNode[];
}
type DocNode = PNode | TNode;

function readContent(content: StructuralElement[] | undefined): DocNode[] {
  const out: DocNode[] = [];
  for (const el of content ?? []) {
    const start = el.startIndex ?? 0;
    const end = el.endIndex ?? 0;
    if (el.sectionBreak) continue;
    if (el.paragraph) {
      let text = '';
      for (const pe of el.paragraph.elements ?? []) {
        text += pe.textRun ? (pe.textRun.content ?? '') : '\uFFFC'.repeat((pe.endIndex ?? 0) - (pe.startIndex ?? 0));
      }
      const first = el.paragraph.elements?.find((pe) => pe.textRun)?.textRun?.textStyle ?? {};
      out.push({ kind: 'p', start, end, text: text.replace(/\n$/, ''), style: el.paragraph.paragraphStyle ?? {}, textStyle: first });
    } else if (el.table) {
      out.push({
        kind: 't',
        start,
        end,
        rows: (el.table.tableRows ?? []).map((r) => ({
          start: r.startIndex ?? 0,
          end: r.endIndex ?? 0,
          cells: (r.tableCells ?? []).map((c) => ({ start: c.startIndex ?? 0, end: c.endIndex ?? 0, content: readContent(c.content) })),
        })),
      });
    } else throw new Unsupported('The document holds an element the batch renderer does not edit (a table of contents).');
  }
  return out;
}

/** The body as the template checker and the tests read it: paragraphs and tables of plain text. */
export function jsonBlocks(doc: DocJson): Block[] {
  const blocks = (nodes: DocNode[]): Block[] =>
    nodes.map((n) =>
      n.kind === 'p'
        ? { kind: 'paragraph', runs: [{ text: n.text }] }
        : {
            kind: 'table',
            borders: true,
            columnsMm: [],
            rows: n.rows.map((r) => ({ cells: r.cells.map((c) => ({ blocks: blocks(c.content) })) })),
          },
    );
  return blocks(readContent(doc.body?.content));
}

/** The Doc's paragraphs in document order (table cells included), each with whether it is the body's own; text as read (U+FFFC per picture). */
export function paragraphsOf(doc: DocJson): Array<{ text: string; top: boolean }> {
  const out: Array<{ text: string; top: boolean }> = [];
  const walk = (nodes: DocNode[], top: boolean) => {
    for (const n of nodes) {
      if (n.kind === 'p') out.push({ text: n.text, top });
      else for (const row of n.rows) for (const cell of row.cells) walk(cell.content, false);
    }
  };
  walk(readContent(doc.body?.content), true);
  return out;
}

const TEXT_FIELDS = ['bold', 'italic', 'underline', 'fontSize', 'weightedFontFamily'] as const;
const PARAGRAPH_FIELDS = ['alignment', 'indentFirstLine', 'indentStart', 'indentEnd', 'spaceAbove', 'spaceBelow', 'lineSpacing'] as const;

function styleRequest(kind: 'text' | 'paragraph', style: TextStyle | ParagraphStyle, start: number, end: number): Request[] {
  const names = (kind === 'text' ? TEXT_FIELDS : PARAGRAPH_FIELDS) as readonly string[];
  const own = Object.fromEntries(Object.entries(style).filter(([k, v]) => names.includes(k) && v !== undefined));
  const fields = Object.keys(own).join(',');
  if (fields === '' || end <= start) return [];
  const range = { startIndex: start, endIndex: end };
  return kind === 'text'
    ? [{ updateTextStyle: { range, textStyle: own, fields } }]
    : [{ updateParagraphStyle: { range, paragraphStyle: own, fields } }];
}

const del = (startIndex: number, endIndex: number): Request => ({ deleteContentRange: { range: { startIndex, endIndex } } });
const ins = (index: number, text: string): Request => ({ insertText: { location: { index }, text } });

/** A group of requests anchored at an index of the document as read; groups run from the highest anchor down. */
interface Edit {
  at: number;
  requests: Request[];
}

/** A tag span [a, b) replaced by text, keeping the tag's text style. */
function replaceSpan(a: number, b: number, text: string): Edit {
  if (text === '') return { at: a, requests: [del(a, b)] };
  return { at: a, requests: [del(a + 1, b), ins(a + 1, text), del(a, a + 1)] };
}

/** Offsets of a paragraph's tags and the text each top-level piece becomes (renderText's semantics, piece by piece). */
function pieces(text: string, scopes: Scopes, log: RenderLog, skip: ReadonlySet<number> = new Set()): Array<[number, number, string]> {
  const tags = scanTags(text);
  const out: Array<[number, number, string]> = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (skip.has(tag.start)) {
      out.push([tag.start, tag.end, '']);
      continue;
    }
    if (tag.type === 'value') out.push([tag.start, tag.end, valueText(scopes, tag.name, log)]);
    else if (isSectionStart(tag)) {
      const close = matching(tags, i, skip);
      if (close < 0) {
        renderText(tag.source, scopes, log);
        out.push([tag.start, tag.end, '']);
        continue;
      }
      out.push([tag.start, tags[close].end, renderText(text.slice(tag.start, tags[close].end), scopes, log)]);
      i = close;
    } else {
      renderText(tag.source, scopes, log);
      out.push([tag.start, tag.end, '']);
    }
  }
  return out;
}

function matching(tags: ReturnType<typeof scanTags>, open: number, skip: ReadonlySet<number>): number {
  let depth = 0;
  for (let j = open + 1; j < tags.length; j++) {
    if (tags[j].name !== tags[open].name || skip.has(tags[j].start)) continue;
    if (isSectionStart(tags[j])) depth++;
    else if (tags[j].type === 'close') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Paragraph texts rendered as renderBlocks renders a list of paragraphs (sections spanning paragraphs included). */
function renderParagraphs(texts: string[], scopes: Scopes, log: RenderLog): string[] {
  const out: string[] = [];
  let next = 0;
  for (const s of findSections(texts)) {
    for (; next < s.open; next++) out.push(renderText(texts[next], scopes, log));
    for (const inner of sectionScopes(sectionValue(scopes, s.name, log), scopes, s.inverted))
      appendAll(out, renderParagraphs(texts.slice(s.open + 1, s.close), inner, log));
    next = s.close + 1;
  }
  for (; next < texts.length; next++) out.push(renderText(texts[next], scopes, log));
  return out;
}

class Planner {
  readonly edits: Edit[] = [];
  readonly log = newLog();

  /** A body's or cell's content: sections, then kept nodes rendered, then the removed runs deleted. */
  container(content: DocNode[], scopes: Scopes): void {
    const deleted = new Set<DocNode>();
    this.slice(content, scopes, deleted);
    this.deleteRuns(content, deleted);
  }

  private slice(content: DocNode[], scopes: Scopes, deleted: Set<DocNode>): void {
    let next = 0;
    for (const s of findSections(content.map((n) => (n.kind === 'p' ? n.text : null)))) {
      for (; next < s.open; next++) this.node(content[next], scopes);
      deleted.add(content[s.open]);
      deleted.add(content[s.close]);
      const inner = content.slice(s.open + 1, s.close);
      const list = sectionScopes(sectionValue(scopes, s.name, this.log), scopes, s.inverted);
      if (list.length === 0) for (const n of inner) deleted.add(n);
      else if (list.length === 1) this.slice(inner, list[0], deleted);
      else this.repeatParagraphs(inner, list, deleted);
      next = s.close + 1;
    }
    for (; next < content.length; next++) this.node(content[next], scopes);
  }

  /** A section repeated more than once: its first paragraph holds every copy's lines (and splits into them), the others go. */
  private repeatParagraphs(inner: DocNode[], list: Scopes[], deleted: Set<DocNode>): void {
    const paragraphs = inner.filter((n): n is PNode => n.kind === 'p');
    if (paragraphs.length !== inner.length) throw new Unsupported('A repeated paragraph section holds a table.');
    if (paragraphs.length === 0) return;
    const lines = list.flatMap((sc) =>
      renderParagraphs(
        paragraphs.map((p) => p.text),
        sc,
        this.log,
      ),
    );
    const [first, ...rest] = paragraphs;
    for (const p of rest) deleted.add(p);
    if (lines.length === 0) {
      deleted.add(first);
      return;
    }
    const text = lines.join('\n');
    const requests: Request[] = [];
    if (first.text.length > 0) requests.push(del(first.start, first.end - 1));
    if (text !== '') {
      requests.push(ins(first.start, text));
      appendAll(requests, styleRequest('text', first.textStyle, first.start, first.start + text.length));
    }
    this.edits.push({ at: first.start, requests });
  }

  private node(n: DocNode, scopes: Scopes, skip?: ReadonlySet<number>): void {
    if (n.kind === 't') {
      this.table(n, scopes);
      return;
    }
    if (!n.text.includes('{{')) return;
    for (const [a, b, text] of pieces(n.text, scopes, this.log, skip)) this.edits.push(replaceSpan(n.start + a, n.start + b, text));
  }

  private table(t: TNode, scopes: Scopes): void {
    t.rows.forEach((row, r) => {
      const texts = row.cells.map((c) => c.content.map((n) => (n.kind === 'p' ? n.text : '')).join('\n'));
      const section = findRowSection(texts);
      if (!section) {
        for (const cell of row.cells) this.container(cell.content, scopes);
        return;
      }
      const list = sectionScopes(sectionValue(scopes, section.name, this.log), scopes, section.inverted);
      const location = { tableStartLocation: { index: t.start }, rowIndex: r, columnIndex: 0 };
      if (list.length === 0) {
        if (t.rows.length === 1) throw new Unsupported('A repeated row that renders nothing is the only row of its table.');
        this.edits.push({ at: row.start, requests: [{ deleteTableRow: { tableCellLocation: location } }] });
        return;
      }
      // The row's own section tags: the first opening tag of its cell, the last closing tag of its cell.
      const cellsParagraphs = row.cells.map((c) => {
        if (c.content.some((n) => n.kind !== 'p') || findSections(c.content.map((n) => (n as PNode).text)).length > 0)
          throw new Unsupported('A repeated row has a table or a paragraph section in a cell.');
        return c.content as PNode[];
      });
      const strip = (cell: number, tag: string, last: boolean): { p: PNode; at: number } | undefined => {
        const paragraphs = last ? [...cellsParagraphs[cell]].reverse() : cellsParagraphs[cell];
        for (const p of paragraphs) {
          const at = last ? p.text.lastIndexOf(tag) : p.text.indexOf(tag);
          if (at >= 0) return { p, at };
        }
        return undefined;
      };
      const skips = new Map<PNode, Set<number>>();
      for (const found of [strip(section.open, section.openTag, false), strip(section.close, section.closeTag, true)]) {
        if (!found) continue;
        const set = skips.get(found.p) ?? new Set<number>();
        set.add(found.at);
        skips.set(found.p, set);
      }
      const strippedText = (p: PNode) => {
        const skip = skips.get(p);
        if (!skip) return p.text;
        let out = '';
        let pos = 0;
        for (const tag of scanTags(p.text)) {
          if (!skip.has(tag.start)) continue;
          out += p.text.slice(pos, tag.start);
          pos = tag.end;
        }
        return out + p.text.slice(pos);
      };
      // Items after the first: new rows below, filled from the last cell of the last row back.
      if (list.length > 1) {
        const requests: Request[] = [];
        for (let k = 1; k < list.length; k++) requests.push({ insertTableRow: { tableCellLocation: location, insertBelow: true } });
        const width = 1 + 2 * row.cells.length;
        for (let k = list.length - 1; k >= 1; k--) {
          const rowStart = row.end + (k - 1) * width;
          for (let c = row.cells.length - 1; c >= 0; c--) {
            const at = rowStart + 1 + 2 * c + 1;
            const templates = cellsParagraphs[c];
            const lines = templates.map((p) => renderText(strippedText(p), list[k], this.log));
            const text = lines.join('\n');
            if (text !== '') requests.push(ins(at, text));
            let from = at;
            lines.forEach((line, i) => {
              const p = templates[i];
              // The whole paragraph, newline included: an empty one keeps its style on its newline.
              appendAll(requests, styleRequest('paragraph', p.style, from, from + line.length + 1));
              appendAll(requests, styleRequest('text', p.textStyle, from, from + line.length + 1));
              from += line.length + 1;
            });
          }
        }
        this.edits.push({ at: row.end, requests });
      }
      // The first item fills the template row itself.
      for (const paragraphs of cellsParagraphs) for (const p of paragraphs) this.node(p, list[0], skips.get(p));
    });
  }

  /** Each run of removed nodes, as the API allows removing it (see the file comment). */
  private deleteRuns(content: DocNode[], deleted: Set<DocNode>): void {
    for (let i = 0; i < content.length; i++) {
      if (!deleted.has(content[i])) continue;
      let j = i;
      while (j + 1 < content.length && deleted.has(content[j + 1])) j++;
      const first = content[i];
      const last = content[j];
      const prev = content[i - 1];
      const next = content[j + 1];
      if (next?.kind === 'p') this.edits.push({ at: first.start, requests: [del(first.start, last.end)] });
      else if (prev?.kind === 'p' && last.kind === 'p')
        this.edits.push({
          at: prev.end - 1,
          requests: [del(prev.end - 1, last.end - 1), ...styleRequest('paragraph', prev.style, prev.start, prev.start + 1)],
        });
      else if (last.kind === 'p') {
        if (last.end - 1 > first.start) this.edits.push({ at: first.start, requests: [del(first.start, last.end - 1)] });
      } else throw new Unsupported('A table to remove ends its container.');
      i = j;
    }
  }
}

export interface BatchPlan {
  requests: Request[];
  missing: string[];
  errors: string[];
}

/** The whole rendering of a document as read, as batchUpdate requests (pure: throws Unsupported before anything is written). */
export function planBatch(doc: DocJson, data: ReportData): BatchPlan {
  const planner = new Planner();
  planner.container(readContent(doc.body?.content), [data]);
  const edits = planner.edits.map((e, i) => ({ ...e, i }));
  // From the end backwards; edits anchored at one index keep the order they were planned in.
  edits.sort((a, b) => b.at - a.at || a.i - b.i);
  return { requests: edits.flatMap((e) => e.requests), ...planner.log };
}

/**
 * Renders the Doc in two calls (get, one batchUpdate guarded by the revision read), or returns
 * null without writing when the template needs what only the DocumentApp renderer does.
 */
export function renderDocBatch(documentId: string, data: ReportData): { missing: string[]; errors: string[] } | null {
  const doc = (Docs as DocsService).Documents.get(documentId) as DocJson;
  try {
    return applyBatch(documentId, doc, data);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * Renders the Doc `documentId` as read in `doc` in one batchUpdate, guarded by that reading's
 * revision (none when nothing changes); throws Unsupported, before writing, for what a batch cannot express.
 */
export function applyBatch(documentId: string, doc: DocJson, data: ReportData): { missing: string[]; errors: string[] } {
  const plan = planBatch(doc, data);
  if (plan.requests.length > 0)
    // The requests are built to the API's Request shape above; the typings name each kind's own type.
    (Docs as DocsService).Documents.batchUpdate(
      { requests: plan.requests, writeControl: { requiredRevisionId: doc.revisionId } } as unknown as BatchResource,
      documentId,
    );
  return { missing: plan.missing, errors: plan.errors };
}
