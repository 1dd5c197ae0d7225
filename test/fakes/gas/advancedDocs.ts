/**
 * The Docs advanced service (Docs API v1 as Apps Script exposes it: the global `Docs`), only
 * `Docs.Documents.get` and `Docs.Documents.batchUpdate`, over the same documents DocumentApp's fake
 * edits (document.ts). Strictly the part of the request format the report renderer uses:
 *
 * - `get` returns the body as the API's structural JSON: a section break at 0..1, then paragraphs
 *   (text + "\n") and tables, with startIndex/endIndex in UTF-16 code units as the API counts them
 *   (a table takes one index before its first row, a row one before its first cell, a cell one
 *   before its content; a table ends one after its last row), and a revisionId that changes with
 *   the content.
 * - `batchUpdate` applies insertText, deleteContentRange, insertTableRow, deleteTableRow,
 *   updateTextStyle and updateParagraphStyle, in order, atomically (a bad request applies nothing).
 *   Any other request kind, an index outside a paragraph, a range that cuts a table or crosses
 *   cells, a range taking the final newline of the body or a cell, or the newline before a table
 *   without the table, is a 400 "Invalid requests[i].kind: …", as the API answers.
 *
 * Styles live on the fake's paragraphs (DocumentApp attributes, one set per paragraph): a paragraph
 * split by an inserted newline gives both halves its attributes; paragraphs merged by a deletion
 * keep the paragraph style of the surviving newline and the text style of their first text.
 *
 * Inline images (DocumentApp's appendInlineImage) are laid out as the API does: one index each, an
 * inlineObjectElement with its inlineObjectId, the document's inlineObjects holding each one's size.
 * The fake keeps a paragraph's pictures after its text, so an edit that would put text after a
 * picture (an insertion among them, a merge bringing text behind them) is refused as a limit of
 * the fake (a plain Error, not the API's 400); deleting pictures with their range is modelled.
 */
import { createHash } from 'node:crypto';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { type FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
import { type FakeElement, type FakeInlineImage, FakeParagraph } from './doc-element';
import type { AttributeName, Attrs } from './doc-model';

type Container = FakeBody | FakeTableCell;
type Json = Record<string, unknown>;

/** Paragraph-style attributes (the rest are text style). */
const PARAGRAPH_KEYS: AttributeName[] = [
  'HORIZONTAL_ALIGNMENT',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'INDENT_END',
  'SPACING_BEFORE',
  'SPACING_AFTER',
  'LINE_SPACING',
];
const ALIGN_TO_API: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const ALIGN_FROM_API = Object.fromEntries(Object.entries(ALIGN_TO_API).map(([k, v]) => [v, k]));
const dim = (pt: unknown) => ({ magnitude: pt, unit: 'PT' });

/** API field ↔ fake attribute, with the value both ways. */
interface StyleField {
  attr: AttributeName;
  out: (v: unknown) => unknown;
  in: (v: unknown) => unknown;
}
const magnitude = (v: unknown) => {
  const d = v as { magnitude?: unknown; unit?: unknown } | undefined;
  if (!d || typeof d.magnitude !== 'number' || d.unit !== 'PT') throw new Error('a Dimension in PT');
  return d.magnitude;
};
const bool = (v: unknown) => {
  if (typeof v !== 'boolean') throw new Error('a boolean');
  return v;
};
const TEXT_FIELDS: Record<string, StyleField> = {
  bold: { attr: 'BOLD', out: (v) => v, in: bool },
  italic: { attr: 'ITALIC', out: (v) => v, in: bool },
  underline: { attr: 'UNDERLINE', out: (v) => v, in: bool },
  fontSize: { attr: 'FONT_SIZE', out: dim, in: magnitude },
  weightedFontFamily: {
    attr: 'FONT_FAMILY',
    out: (v) => ({ fontFamily: v, weight: 400 }),
    in: (v) => {
      const f = (v as { fontFamily?: unknown } | undefined)?.fontFamily;
      if (typeof f !== 'string') throw new Error('a WeightedFontFamily');
      return f;
    },
  },
};
const PARAGRAPH_FIELDS: Record<string, StyleField> = {
  alignment: {
    attr: 'HORIZONTAL_ALIGNMENT',
    out: (v) => ALIGN_TO_API[v as string],
    in: (v) => {
      const a = ALIGN_FROM_API[v as string];
      if (!a) throw new Error('an alignment');
      return a;
    },
  },
  indentFirstLine: { attr: 'INDENT_FIRST_LINE', out: dim, in: magnitude },
  indentStart: { attr: 'INDENT_START', out: dim, in: magnitude },
  indentEnd: { attr: 'INDENT_END', out: dim, in: magnitude },
  spaceAbove: { attr: 'SPACING_BEFORE', out: dim, in: magnitude },
  spaceBelow: { attr: 'SPACING_AFTER', out: dim, in: magnitude },
  lineSpacing: {
    attr: 'LINE_SPACING',
    out: (v) => Math.round((v as number) * 100),
    in: (v) => {
      if (typeof v !== 'number') throw new Error('a percentage');
      return v / 100;
    },
  },
};

function styleJson(attrs: Attrs, fields: Record<string, StyleField>): Json {
  const out: Json = {};
  for (const [name, f] of Object.entries(fields)) if (attrs[f.attr] !== undefined) out[name] = f.out(attrs[f.attr]);
  return out;
}

/** Where each element sits: [start, end) as the API counts. */
type Layout = Map<FakeElement, { start: number; end: number }>;

function layContainer(c: Container, start: number, layout: Layout): number {
  let at = start;
  for (const kid of c._kids) {
    const from = at;
    if (kid instanceof FakeParagraph) at += kid._value.length + kid._images.length + 1;
    else if (kid instanceof FakeTable) at = layTable(kid, at, layout);
    else throw new Error(`The fake Docs API cannot lay out a ${kid._type()}.`);
    layout.set(kid, { start: from, end: at });
  }
  return at;
}

function layTable(t: FakeTable, start: number, layout: Layout): number {
  let at = start + 1;
  for (const row of t._kids as FakeTableRow[]) {
    const rowStart = at++;
    for (const cell of row._kids as FakeTableCell[]) {
      const cellStart = at;
      at = layContainer(cell, at + 1, layout);
      layout.set(cell, { start: cellStart, end: at });
    }
    layout.set(row, { start: rowStart, end: at });
  }
  return at + 1;
}

function layBody(body: FakeBody): Layout {
  const layout: Layout = new Map();
  layout.set(body, { start: 1, end: layContainer(body, 1, layout) });
  return layout;
}

function contentJson(c: Container, layout: Layout): Json[] {
  return c._kids.map((kid) => {
    const { start, end } = layout.get(kid)!;
    if (kid instanceof FakeParagraph) {
      const textStyle = styleJson(kid._attrs, TEXT_FIELDS);
      const elements: Json[] = [];
      if (kid._images.length === 0) elements.push({ startIndex: start, endIndex: end, textRun: { content: `${kid._value}\n`, textStyle } });
      else {
        // Text, then one index per picture, then the newline in a run of its own.
        let at = start + kid._value.length;
        if (kid._value !== '') elements.push({ startIndex: start, endIndex: at, textRun: { content: kid._value, textStyle } });
        for (const image of kid._images) {
          elements.push({ startIndex: at, endIndex: at + 1, inlineObjectElement: { inlineObjectId: image._objectId, textStyle: {} } });
          at++;
        }
        elements.push({ startIndex: at, endIndex: at + 1, textRun: { content: '\n', textStyle } });
      }
      return {
        startIndex: start,
        endIndex: end,
        paragraph: {
          elements,
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', ...styleJson(kid._attrs, PARAGRAPH_FIELDS) },
        },
      };
    }
    const t = kid as FakeTable;
    const rows = t._kids as FakeTableRow[];
    return {
      startIndex: start,
      endIndex: end,
      table: {
        rows: rows.length,
        columns: rows[0]?._kids.length ?? 0,
        tableRows: rows.map((row) => ({
          startIndex: layout.get(row)!.start,
          endIndex: layout.get(row)!.end,
          tableCells: (row._kids as FakeTableCell[]).map((cell) => ({
            startIndex: layout.get(cell)!.start,
            endIndex: layout.get(cell)!.end,
            content: contentJson(cell, layout),
          })),
        })),
      },
    };
  });
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** One request's failure: the message after "Invalid requests[i].kind: ". */
class Invalid extends Error {}

/** Paragraphs of a container whose content starts at `start`, with their spans, and the tables between. */
function segments(c: Container, layout: Layout) {
  return c._kids.map((el) => ({ el, ...layout.get(el)! }));
}

/** The container (body or cell) whose content holds [s, e) entirely, innermost. */
function containerOf(c: Container, s: number, e: number, layout: Layout): Container {
  for (const kid of c._kids) {
    if (!(kid instanceof FakeTable)) continue;
    const t = layout.get(kid)!;
    if (e <= t.start || s >= t.end) continue;
    for (const row of kid._kids as FakeTableRow[]) {
      for (const cell of row._kids as FakeTableCell[]) {
        const span = layout.get(cell)!;
        if (s >= span.start + 1 && e <= span.end) return containerOf(cell, s, e, layout);
      }
    }
    if (s <= t.start && e >= t.end) continue;
    throw new Invalid('The range cannot partially delete a table, or span more than one table cell.');
  }
  return c;
}

function mergedAttrs(textFrom: FakeParagraph, paragraphFrom: FakeParagraph): Attrs {
  const attrs: Attrs = {};
  for (const [k, v] of Object.entries(textFrom._attrs)) if (!PARAGRAPH_KEYS.includes(k as AttributeName)) attrs[k as AttributeName] = v;
  for (const k of PARAGRAPH_KEYS) if (paragraphFrom._attrs[k] !== undefined) attrs[k] = paragraphFrom._attrs[k];
  return attrs;
}

/** A paragraph's content as the API indexes it: its characters (UTF-16 units), its pictures, its newline. */
type Token = string | FakeInlineImage;
const tokensOf = (p: FakeParagraph): Token[] => [...p._value.split(''), ...p._images, '\n'];

/** A paragraph made of tokens ending with the newline: its text before its pictures, or the fake's limit. */
function paragraphOf(ctx: FakeContext, toks: Token[]): FakeParagraph {
  const body = toks.slice(0, -1);
  const firstImage = body.findIndex((t) => typeof t !== 'string');
  if (firstImage >= 0 && body.slice(firstImage).some((t) => typeof t === 'string'))
    throw new Error("The fake Docs API keeps pictures after their paragraph's text: this deletion would put text after a picture.");
  const p = new FakeParagraph(ctx, body.filter((t): t is string => typeof t === 'string').join(''));
  p._images = body.filter((t): t is FakeInlineImage => typeof t !== 'string');
  return p;
}

function deleteRange(ctx: FakeContext, body: FakeBody, s: number, e: number): void {
  const layout = layBody(body);
  const bodyEnd = layout.get(body)!.end;
  if (s < 1 || e > bodyEnd)
    throw new Invalid(`Index ${s < 1 ? s : e} must be less than the end index of the referenced segment, ${bodyEnd}.`);
  const c = containerOf(body, s, e, layout);
  const kids = segments(c, layout);
  const end = kids[kids.length - 1]!.end;
  if (e >= end) throw new Invalid('The range cannot include the newline character at the end of the segment.');
  const out: FakeElement[] = [];
  let carry: { toks: Token[]; from: FakeParagraph } | null = null;
  kids.forEach(({ el, start, end: stop }, i) => {
    if (el instanceof FakeTable) {
      if (s <= start && e >= stop) return;
      if (carry) throw new Invalid('The range cannot delete the newline before a table without deleting the table.');
      out.push(el);
      return;
    }
    const p = el as FakeParagraph;
    // A paragraph the range does not reach stays as it is (no tokens: a long document has many).
    if (!carry && (s >= stop || e <= start)) {
      out.push(p);
      return;
    }
    const toks = tokensOf(p);
    const keptHead = toks.slice(0, Math.max(0, Math.min(toks.length, s - start)));
    const keptTail = toks.slice(Math.max(0, Math.min(toks.length, e - start)));
    const kept = s >= stop || e <= start ? toks : [...keptHead, ...keptTail];
    const endsParagraph = kept.at(-1) === '\n';
    const next = kids[i + 1];
    if (!endsParagraph && next?.el instanceof FakeTable && !(s <= next.start && e >= next.end))
      throw new Invalid('The range cannot delete the newline before a table without deleting the table.');
    const combined = [...(carry?.toks ?? []), ...kept];
    if (!endsParagraph) {
      carry = { toks: combined, from: carry?.from ?? p };
      return;
    }
    if (!carry && kept.length === toks.length) {
      out.push(p);
      return;
    }
    const merged = paragraphOf(ctx, combined);
    merged._attrs = mergedAttrs(carry && carry.toks.length > 0 ? carry.from : p, p);
    out.push(merged);
    carry = null;
  });
  for (const k of c._kids) k._parent = null;
  c._kids = [];
  for (const k of out) c._adopt(k, c._kids.length);
}

/**
 * The paragraph of a container (content from `start`) whose span holds `index`, counted as
 * layContainer counts, or the container's end when none does. A walk without a layout map: one
 * request of a long batch would otherwise lay the whole document out again.
 */
function paragraphIn(c: Container, start: number, index: number): { p: FakeParagraph; start: number } | number {
  let at = start;
  for (const kid of c._kids) {
    if (kid instanceof FakeParagraph) {
      const end = at + kid._value.length + kid._images.length + 1;
      if (index >= at && index < end) return { p: kid, start: at };
      at = end;
    } else if (kid instanceof FakeTable) {
      let t = at + 1;
      for (const row of kid._kids as FakeTableRow[]) {
        t++;
        for (const cell of row._kids as FakeTableCell[]) {
          const found = paragraphIn(cell, t + 1, index);
          if (typeof found !== 'number') return found;
          t = found;
        }
      }
      at = t + 1;
    } else throw new Error(`The fake Docs API cannot lay out a ${kid._type()}.`);
  }
  return at;
}

/** The paragraph whose span [start, end) holds an index (an insertion point before its newline at most). */
function paragraphAt(index: number, body: FakeBody): { p: FakeParagraph; start: number } {
  const found = paragraphIn(body, 1, index);
  if (typeof found !== 'number') return found;
  throw new Invalid(
    'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
  );
}

function insertText(ctx: FakeContext, body: FakeBody, r: Json): void {
  const location = r.location as Json | undefined;
  if (!location || !isIndex(location.index) || (location.segmentId ?? '') !== '' || typeof r.text !== 'string')
    throw new Invalid('A location with an index in the body and a text are required.');
  const { p, start } = paragraphAt(location.index, body);
  const at = location.index - start;
  if (at > p._value.length)
    throw new Error("The fake Docs API keeps pictures after their paragraph's text: it does not insert text among or after them.");
  const lines = (p._value.slice(0, at) + r.text + p._value.slice(at)).split('\n');
  p._value = lines[0]!;
  p._styles = [];
  const parent = p._parent!;
  let index = parent._kids.indexOf(p);
  const images = p._images;
  let last = p;
  for (const line of lines.slice(1)) {
    const q = new FakeParagraph(ctx, line);
    q._attrs = { ...p._attrs };
    parent._adopt(q, ++index);
    last = q;
  }
  // The pictures stay at the end of what was the paragraph: after its last line.
  if (last !== p) {
    p._images = [];
    last._images = images;
  }
}

/** The table of a container (content from `start`) that starts at `target`, counted as layContainer counts, or the container's end. */
function tableIn(c: Container, start: number, target: number): FakeTable | number {
  let at = start;
  for (const kid of c._kids) {
    if (at > target) return at;
    if (kid instanceof FakeParagraph) at += kid._value.length + kid._images.length + 1;
    else if (kid instanceof FakeTable) {
      if (at === target) return kid;
      let t = at + 1;
      for (const row of kid._kids as FakeTableRow[]) {
        t++;
        for (const cell of row._kids as FakeTableCell[]) {
          const found = tableIn(cell, t + 1, target);
          if (typeof found !== 'number') return found;
          t = found;
        }
      }
      at = t + 1;
    } else throw new Error(`The fake Docs API cannot lay out a ${kid._type()}.`);
  }
  return at;
}

function tableAt(body: FakeBody, r: Json): { table: FakeTable; row: number; column: number } {
  const loc = r.tableCellLocation as Json | undefined;
  const start = (loc?.tableStartLocation as Json | undefined)?.index;
  if (!loc || !isIndex(start) || !isIndex(loc.rowIndex) || (loc.columnIndex !== undefined && !isIndex(loc.columnIndex)))
    throw new Invalid('A tableCellLocation with a tableStartLocation index and a rowIndex is required.');
  const el = tableIn(body, 1, start);
  if (el instanceof FakeTable) {
    const row = loc.rowIndex as number;
    const column = (loc.columnIndex as number | undefined) ?? 0;
    if (row < 0 || row >= el._kids.length) throw new Invalid(`Invalid table row index ${row}.`);
    if (column < 0 || column >= (el._kids[row] as FakeTableRow)._kids.length) throw new Invalid(`Invalid table column index ${column}.`);
    return { table: el, row, column };
  }
  throw new Invalid('The provided table start location is invalid.');
}

function insertTableRow(ctx: FakeContext, body: FakeBody, r: Json): void {
  const { table, row } = tableAt(body, r);
  const reference = table._kids[row] as FakeTableRow;
  const added = new FakeTableRow(ctx);
  for (const cell of reference._kids as FakeTableCell[]) {
    const fresh = FakeTableCell._withText(ctx, '');
    fresh._attrs = { ...cell._attrs };
    added._adopt(fresh, added._kids.length);
  }
  table._adopt(added, r.insertBelow === true ? row + 1 : row);
}

function deleteTableRow(body: FakeBody, r: Json): void {
  const { table, row } = tableAt(body, r);
  if (table._kids.length === 1) throw new Invalid('The fake does not delete the last row of a table (delete the table instead).');
  table._removeKid(table._kids[row]!);
}

function updateStyle(body: FakeBody, r: Json, kind: 'text' | 'paragraph'): void {
  const fields = kind === 'text' ? TEXT_FIELDS : PARAGRAPH_FIELDS;
  const range = r.range as Json | undefined;
  const style = r[kind === 'text' ? 'textStyle' : 'paragraphStyle'] as Json | undefined;
  if (
    !range ||
    !isIndex(range.startIndex) ||
    !isIndex(range.endIndex) ||
    (range.segmentId ?? '') !== '' ||
    !style ||
    typeof style !== 'object'
  )
    throw new Invalid(`A range and a ${kind}Style are required.`);
  if (typeof r.fields !== 'string' || r.fields === '') throw new Invalid('The fields mask must not be empty.');
  const names = r.fields.split(',').map((f) => f.trim());
  for (const n of names) if (!fields[n]) throw new Invalid(`The fake does not know the field "${n}".`);
  const [s, e] = [range.startIndex, range.endIndex];
  const layout = layBody(body);
  if (s < 1 || e <= s || e > layout.get(body)!.end) throw new Invalid(`The range ${s}..${e} is not inside the body.`);
  const values = names.map((n) => {
    try {
      return [fields[n]!.attr, style[n] === undefined ? undefined : fields[n]!.in(style[n])] as const;
    } catch (error) {
      throw new Invalid(`${kind}Style.${n} must be ${(error as Error).message}.`);
    }
  });
  for (const [el, span] of layout) {
    if (!(el instanceof FakeParagraph) || e <= span.start || s >= span.end) continue;
    const whole = kind === 'paragraph' || (s <= span.start && e >= span.end - 1);
    if (whole) {
      for (const [attr, v] of values) {
        if (v === undefined) delete el._attrs[attr];
        else el._attrs[attr] = v;
      }
    } else {
      const a = Math.max(s, span.start) - span.start;
      const b = Math.min(e, span.end - 1) - span.start - 1;
      if (b >= a) el._styles.push({ start: a, end: b, attributes: Object.fromEntries(values.filter(([, v]) => v !== undefined)) });
    }
  }
}

const REQUESTS = ['insertText', 'deleteContentRange', 'insertTableRow', 'deleteTableRow', 'updateTextStyle', 'updateParagraphStyle'];

function apply(ctx: FakeContext, body: FakeBody, kind: string, r: Json): void {
  if (kind === 'insertText') insertText(ctx, body, r);
  else if (kind === 'deleteContentRange') {
    const range = r.range as Json | undefined;
    if (!range || !isIndex(range.startIndex) || !isIndex(range.endIndex) || (range.segmentId ?? '') !== '')
      throw new Invalid('A range with startIndex and endIndex in the body is required.');
    if (range.endIndex <= range.startIndex) throw new Invalid('The range should not be empty.');
    deleteRange(ctx, body, range.startIndex, range.endIndex);
  } else if (kind === 'insertTableRow') insertTableRow(ctx, body, r);
  else if (kind === 'deleteTableRow') deleteTableRow(body, r);
  else if (kind === 'updateTextStyle') updateStyle(body, r, 'text');
  else updateStyle(body, r, 'paragraph');
}

/** A short fingerprint of a body's content and styles: the revision id. */
function revisionOf(body: FakeBody): string {
  // A native hash: the fake is asked for a revision at every get and batchUpdate, over the whole document.
  return `rev-${createHash('sha1')
    .update(JSON.stringify(contentJson(body, layBody(body))))
    .digest('hex')
    .slice(0, 12)}`;
}

export class FakeDocumentsCollection {
  constructor(readonly _ctx: FakeContext) {}

  private _doc(method: string, id: unknown) {
    const doc = typeof id === 'string' ? this._ctx.documents._docs.get(id) : undefined;
    if (!doc)
      throw this._ctx.error(
        `GoogleJsonResponseException: API call to docs.documents.${method} failed with error: Requested entity was not found.`,
      );
    return doc;
  }

  get(documentId: unknown, optionalArgs?: unknown): Json {
    if (typeof documentId !== 'string' || (optionalArgs !== undefined && (typeof optionalArgs !== 'object' || optionalArgs === null)))
      throw this._ctx.badArgs('Docs.Documents.get', optionalArgs === undefined ? [documentId] : [documentId, optionalArgs]);
    const doc = this._doc('get', documentId);
    const layout = layBody(doc.body);
    const inlineObjects: Json = {};
    for (const el of layout.keys()) {
      if (!(el instanceof FakeParagraph)) continue;
      for (const image of el._images)
        inlineObjects[image._objectId] = {
          objectId: image._objectId,
          inlineObjectProperties: {
            embeddedObject: { title: image._altTitle, size: { width: dim(image._width), height: dim(image._height) }, imageProperties: {} },
          },
        };
    }
    return {
      documentId,
      title: doc.file.name,
      revisionId: revisionOf(doc.body),
      body: { content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...contentJson(doc.body, layout)] },
      ...(Object.keys(inlineObjects).length > 0 ? { inlineObjects } : {}),
    };
  }

  batchUpdate(resource: unknown, documentId: unknown): Json {
    const ctx = this._ctx;
    if (resource === null || typeof resource !== 'object' || typeof documentId !== 'string')
      throw ctx.badArgs('Docs.Documents.batchUpdate', [resource, documentId]);
    const doc = this._doc('batchUpdate', documentId);
    const fail = (message: string) =>
      ctx.error(`GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: ${message}`);
    const { requests, writeControl } = resource as { requests?: unknown; writeControl?: { requiredRevisionId?: unknown } };
    if (!Array.isArray(requests) || requests.length === 0) throw fail('Must specify at least one request.');
    if (writeControl?.requiredRevisionId !== undefined && writeControl.requiredRevisionId !== revisionOf(doc.body))
      throw fail('The document was modified after the requiredRevisionId was read.');
    // Atomic: the requests run on a copy, which replaces the body only when all of them succeeded.
    const body = doc.body._clone();
    requests.forEach((r: unknown, i) => {
      const keys = r !== null && typeof r === 'object' ? Object.keys(r) : [];
      if (keys.length !== 1) throw fail(`Invalid requests[${i}]: exactly one kind of request is required.`);
      const kind = keys[0]!;
      if (!REQUESTS.includes(kind)) throw fail(`Invalid requests[${i}].${kind}: the fake Docs API does not implement this request.`);
      try {
        apply(ctx, body, kind, (r as Json)[kind] as Json);
      } catch (error) {
        if (error instanceof Invalid) throw fail(`Invalid requests[${i}].${kind}: ${error.message}`);
        throw error;
      }
    });
    doc.body = body;
    return { documentId, replies: requests.map(() => ({})), writeControl: { requiredRevisionId: revisionOf(body) } };
  }
}
instrument(FakeDocumentsCollection, 'Documents');

/** The `Docs` global of an enabled Docs advanced service (v1). */
export class FakeAdvancedDocs {
  readonly Documents: FakeDocumentsCollection;

  constructor(readonly _ctx: FakeContext) {
    this.Documents = new FakeDocumentsCollection(_ctx);
  }
}
instrument(FakeAdvancedDocs, 'Docs');
