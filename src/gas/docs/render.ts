/**
 * Fills a copied Google Doc in place with the template language (core/report/language.ts):
 * paragraph sections and row loops first, by copying elements; then every `{{key}}` left at the
 * top level with one Body.replaceText per distinct key. Values inside copied rows and paragraphs
 * are replaced on the copy, one call per distinct key. Reads use getText() once per element.
 */
import {
  findRowSection,
  findSections,
  inlineParts,
  newLog,
  type RenderLog,
  type ReportData,
  type RowSection,
  renderText,
  type Scopes,
  scanTags,
  sectionScopes,
  sectionValue,
  valueText,
} from '../../core/report/language';

type Doc = GoogleAppsScript.Document.Document;
type Element = GoogleAppsScript.Document.Element;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.TableCell;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
/** Anything with replaceText/findText: Body, Paragraph, TableRow, TableCell. */
type Searchable = Pick<GoogleAppsScript.Document.Paragraph, 'replaceText' | 'findText'>;

export interface RenderedDoc {
  /** Names the template uses that the data lacks; they rendered as empty text. */
  missing: string[];
  /** Section tags that do not pair up; they were removed. */
  errors: string[];
}

export function renderDoc(doc: Doc, data: ReportData): RenderedDoc {
  const log = newLog();
  const body = doc.getBody();
  renderChildren(body, 0, body.getNumChildren(), [data], log);
  replaceTopLevelValues(body, [data], log);
  // The values were put in with their "{{" broken by SHIELD (see shield); one call takes it out.
  if (shielded.has(log)) body.replaceText(SHIELD, '');
  shielded.delete(log);
  return { missing: log.missing, errors: log.errors };
}

/**
 * User text (a ward named "{{signer_name}}", a club named "{{members}}") must come out literally,
 * but this renderer fills the Doc in several passes of replaceText, and a later pass would read a
 * value put in by an earlier one as a tag. So every value goes in with a private-use character
 * between its braces ("{\uE000{"), which no pass reads as a tag, and renderDoc removes that
 * character once at the end (only when some value needed it, so call counts stay as they were).
 */
const SHIELD = '\uE000';
const shielded = new WeakSet<RenderLog>();

function shield(text: string, log: RenderLog): string {
  if (!text.includes('{{')) return text;
  shielded.add(log);
  return text.replace(/\{\{/g, `{${SHIELD}{`);
}

/** A value's text, shielded. */
function shieldedValue(scopes: Scopes, name: string, log: RenderLog): string {
  return shield(valueText(scopes, name, log), log);
}

/** Java regular expressions (what replaceText and findText take) with every metacharacter escaped. */
export function literalPattern(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/**
 * Replaces every occurrence of a literal. replaceText's replacement may treat "$" and "\" as
 * group references, so a value holding them is spliced in through findText instead.
 */
export function replaceLiteral(el: Searchable, literal: string, value: string): void {
  const pattern = literalPattern(literal);
  if (!/[$\\]/.test(value) || value.includes(literal)) {
    el.replaceText(pattern, value);
    return;
  }
  for (let found = el.findText(pattern); found; found = el.findText(pattern)) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    text.deleteText(start, found.getEndOffsetInclusive());
    if (value !== '') text.insertText(start, value);
  }
}

/** Values at the top level of the document wait for one replaceText per key over the whole body. */
const isTopLevel = (scopes: Scopes) => scopes.length === 1;

/** A child as first read: its type and, for a paragraph or list item, its text (one call each). */
interface Kid {
  el: Element;
  type: GoogleAppsScript.Document.ElementType;
  text: string | null;
}

function readKid(el: Element): Kid {
  const T = DocumentApp.ElementType;
  const type = el.getType();
  const text = type === T.PARAGRAPH ? el.asParagraph().getText() : type === T.LIST_ITEM ? el.asListItem().getText() : null;
  return { el, type, text };
}

/** Renders children [from, to) of a container; returns how many children they became. */
function renderChildren(container: Container, from: number, to: number, scopes: Scopes, log: RenderLog): number {
  const before = container.getNumChildren();
  const kids: Kid[] = [];
  for (let i = from; i < to; i++) kids.push(readKid(container.getChild(i)));
  const sections = findSections(kids.map((k) => k.text));
  // From the last section back, so the indexes of earlier children stay put.
  let end = kids.length;
  for (const s of [...sections].reverse()) {
    for (let k = s.close + 1; k < end; k++) renderKid(kids[k], scopes, log);
    expandSection(container, kids, s.open, s.close, sectionScopes(sectionValue(scopes, s.name, log), scopes, s.inverted));
    end = s.open;
  }
  for (let k = 0; k < end; k++) renderKid(kids[k], scopes, log);
  return to - from + container.getNumChildren() - before;

  /**
   * The content is copied once per scope right after the closing tag, then the originals and the
   * tags go. Copying after the closing tag keeps it from being the container's last paragraph,
   * which Docs will not remove.
   */
  function expandSection(c: Container, all: Kid[], open: number, close: number, scopeList: Scopes[]): void {
    const inner = all.slice(open + 1, close);
    let at = c.getChildIndex(all[close].el) + 1;
    for (const itemScopes of scopeList) {
      const first = at;
      for (const kid of inner) insertCopy(c, at++, kid);
      at = first + renderChildren(c, first, at, itemScopes, log);
    }
    for (const kid of inner) kid.el.removeFromParent();
    removeTagParagraph(c, all[open].el);
    removeTagParagraph(c, all[close].el);
  }
}

function insertCopy(container: Container, index: number, { el, type }: Kid): void {
  const T = DocumentApp.ElementType;
  if (type === T.PARAGRAPH) container.insertParagraph(index, el.asParagraph().copy());
  else if (type === T.TABLE) container.insertTable(index, el.asTable().copy());
  else if (type === T.LIST_ITEM) container.insertListItem(index, el.asListItem().copy());
  else throw new Error(`A template section can only repeat paragraphs, list items and tables, not ${String(type)}.`);
}

/**
 * Docs refuses to remove the last paragraph of the body or of a cell: a tag paragraph there (a
 * section that rendered nothing) is emptied and merged into the paragraph before it, if any.
 */
function removeTagParagraph(parent: Container, el: Element): void {
  const index = parent.getChildIndex(el);
  if (index < parent.getNumChildren() - 1) {
    el.removeFromParent();
    return;
  }
  const paragraph = el.asParagraph();
  paragraph.setText('');
  const previous = index > 0 ? parent.getChild(index - 1) : null;
  if (!previous || previous.getType() !== DocumentApp.ElementType.PARAGRAPH) return;
  try {
    paragraph.merge();
  } catch {
    // Docs refused the merge too: an empty paragraph stays, which prints as nothing.
  }
}

function renderKid({ el, type, text }: Kid, scopes: Scopes, log: RenderLog): void {
  const T = DocumentApp.ElementType;
  if (text !== null) {
    if (text.includes('{{')) renderParagraph(type === T.LIST_ITEM ? el.asListItem() : el.asParagraph(), text, scopes, log);
  } else if (type === T.TABLE) renderTable(el.asTable(), scopes, log);
}

/** Inline sections become their rendered text; values are replaced now unless the body-wide pass will. */
function renderParagraph(p: Searchable, text: string, scopes: Scopes, log: RenderLog): void {
  if (!text.includes('{{')) return;
  const { sections, values } = inlineParts(text);
  for (const s of sections) {
    const source = text.slice(s.start, s.end);
    // renderText consumes every tag of the section: any "{{" left in its output came from a value.
    replaceLiteral(p, source, shield(renderText(source, scopes, log), log));
  }
  if (!isTopLevel(scopes))
    replaceValues(
      p,
      values.map((t) => t.source),
      scopes,
      log,
    );
}

function replaceValues(el: Searchable, sources: string[], scopes: Scopes, log: RenderLog): void {
  for (const source of new Set(sources)) replaceLiteral(el, source, shieldedValue(scopes, scanTags(source)[0].name, log));
}

function renderTable(table: Table, scopes: Scopes, log: RenderLog): void {
  if (!table.getText().includes('{{')) return;
  for (let r = table.getNumRows() - 1; r >= 0; r--) {
    const row = table.getRow(r);
    if (!row.getText().includes('{{')) continue;
    const cellTexts: string[] = [];
    for (let c = 0, n = row.getNumCells(); c < n; c++) cellTexts.push(row.getCell(c).getText());
    const section = findRowSection(cellTexts);
    if (section) expandRow(table, r, row, cellTexts, section, scopes, log);
    else renderCells(row, scopes, log);
  }
}

function renderCells(row: TableRow, scopes: Scopes, log: RenderLog): void {
  for (let c = 0, n = row.getNumCells(); c < n; c++) {
    const cell = row.getCell(c);
    renderChildren(cell, 0, cell.getNumChildren(), scopes, log);
  }
}

/**
 * A row loop: the template row loses its section tags, is copied once per item right below
 * itself, each copy is filled, and the template row goes.
 */
function expandRow(table: Table, r: number, row: TableRow, cellTexts: string[], s: RowSection, scopes: Scopes, log: RenderLog): void {
  row.getCell(s.open).replaceText(literalPattern(s.openTag), '');
  row.getCell(s.close).replaceText(literalPattern(s.closeTag), '');
  const rest = cellTexts
    .map((t, i) => (i === s.open ? t.replace(s.openTag, '') : i === s.close ? t.replace(s.closeTag, '') : t))
    .join('\n');
  const tags = scanTags(rest);
  // Only values left: fill each copy with one replaceText per distinct key across the row.
  const simple = tags.every((t) => t.type === 'value');
  const scopeList = sectionScopes(sectionValue(scopes, s.name, log), scopes, s.inverted);
  scopeList.forEach((itemScopes, k) => {
    const copy = table.insertTableRow(r + 1 + k, row.copy());
    if (simple)
      replaceValues(
        copy,
        tags.map((t) => t.source),
        itemScopes,
        log,
      );
    else renderCells(copy, itemScopes, log);
  });
  table.removeRow(r);
}

/** The last pass: one replaceText per distinct top-level key; stray section tags are removed and reported. */
function replaceTopLevelValues(body: GoogleAppsScript.Document.Body, scopes: Scopes, log: RenderLog): void {
  const tags = scanTags(body.getText());
  for (const source of new Set(tags.map((t) => t.source))) {
    const tag = scanTags(source)[0];
    if (tag.type === 'value') replaceLiteral(body, source, shieldedValue(scopes, tag.name, log));
    else {
      if (!log.errors.includes(`${source} is misplaced`)) log.errors.push(`${source} is misplaced`);
      replaceLiteral(body, source, '');
    }
  }
}
