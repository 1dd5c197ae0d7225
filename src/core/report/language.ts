/**
 * The one template language of reports, Mustache-like, with the placements docxtemplater
 * (paragraphLoop) gives a Word document, so the .docx and Google Docs renderers agree:
 *
 * - `{{key}}` inserts a value; `{{ward.name}}` follows a path; inside a section a name is looked
 *   up in the item first, then outwards.
 * - `{{#name}} … {{/name}}` repeats its content per item of a list, keeps it once for any other
 *   truthy value, drops it for a falsy one (absent, "", false, empty list); `{{^name}}` is the inverse.
 * - A section sits inside one paragraph (inline), or its two tags each stand alone in their own
 *   paragraph (the paragraphs between are the content), or it opens in one cell of a table row
 *   and closes in a later cell of the same row (the whole row is the content).
 * - Unknown names render as empty text and are reported, so callers can warn.
 *
 * Everything here is pure: the renderers call these functions on the text they read;
 * renderBlocks.ts applies them to a template declaration as the reference semantics.
 */
export type ReportValue = string | boolean | ReportRecord | ReportRecord[];
export interface ReportRecord {
  [key: string]: ReportValue;
}
/** What a report template is filled with: scalars already formatted for print, lists of records. */
export type ReportData = ReportRecord;

/** The lookup chain, innermost scope last. */
export type Scopes = readonly ReportValue[];

/** What rendering noticed: names with no value and tags that do not pair up. */
export interface RenderLog {
  missing: string[];
  errors: string[];
}

export const newLog = (): RenderLog => ({ missing: [], errors: [] });

function note(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

export interface Tag {
  type: 'value' | 'open' | 'inverted' | 'close';
  name: string;
  /** Offsets of the whole `{{…}}` in the text. */
  start: number;
  end: number;
  source: string;
}

const TAG = /\{\{([#^/]?)([^{}]*)\}\}/g;
const TAG_TYPES = { '': 'value', '#': 'open', '^': 'inverted', '/': 'close' } as const;

export function scanTags(text: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of text.matchAll(TAG)) {
    const type = TAG_TYPES[m[1] as keyof typeof TAG_TYPES];
    tags.push({ type, name: m[2].trim(), start: m.index!, end: m.index! + m[0].length, source: m[0] });
  }
  return tags;
}

export const isSectionStart = (t: Tag): boolean => t.type === 'open' || t.type === 'inverted';

/** The value at a dotted path inside one scope; "." is the scope itself. */
export function lookupIn(scope: ReportValue | undefined, path: string): ReportValue | undefined {
  if (path === '.') return scope;
  let current: unknown = scope;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, key) ? (current as ReportRecord)[key] : undefined;
  }
  return current === null ? undefined : (current as ReportValue | undefined);
}

/** Innermost scope first, the whole path in each scope (what docxtemplater's scope manager does). */
export function lookup(scopes: Scopes, path: string): ReportValue | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const value = lookupIn(scopes[i], path);
    if (value !== undefined) return value;
  }
  return undefined;
}

export function isTruthy(value: ReportValue | undefined): boolean {
  return !(value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0));
}

/** One scope chain per time a section's content is rendered: one per item, one, or none. */
export function sectionScopes(value: ReportValue | undefined, scopes: Scopes, inverted: boolean): Scopes[] {
  if (inverted) return isTruthy(value) ? [] : [scopes];
  if (!isTruthy(value)) return [];
  if (Array.isArray(value)) return value.map((item) => [...scopes, item]);
  if (typeof value === 'object') return [[...scopes, value]];
  return [scopes];
}

/** The text a value tag becomes; absent values become "" and are reported. */
export function valueText(scopes: Scopes, name: string, log: RenderLog): string {
  const value = lookup(scopes, name);
  if (value === undefined) {
    note(log.missing, name);
    return '';
  }
  return String(value);
}

/** The section value, reporting an absent name like a missing value. */
export function sectionValue(scopes: Scopes, name: string, log: RenderLog): ReportValue | undefined {
  const value = lookup(scopes, name);
  if (value === undefined) note(log.missing, name);
  return value;
}

/** Index of the tag closing the section opened at `open`, counting nested sections of the same name. */
function matchingClose(tags: Tag[], open: number): number {
  let depth = 0;
  for (let j = open + 1; j < tags.length; j++) {
    if (tags[j].name !== tags[open].name) continue;
    if (isSectionStart(tags[j])) depth++;
    else if (tags[j].type === 'close') {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** Renders every tag of one piece of text, inline sections included. */
export function renderText(text: string, scopes: Scopes, log: RenderLog = newLog()): string {
  const tags = scanTags(text);
  return tags.length === 0 ? text : renderSpan(text, tags, 0, tags.length, 0, text.length, scopes, log);
}

function renderSpan(
  text: string,
  tags: Tag[],
  from: number,
  to: number,
  pos: number,
  endPos: number,
  scopes: Scopes,
  log: RenderLog,
): string {
  let out = '';
  let i = from;
  while (i < to) {
    const tag = tags[i];
    out += text.slice(pos, tag.start);
    pos = tag.end;
    if (tag.type === 'value') {
      out += valueText(scopes, tag.name, log);
      i++;
      continue;
    }
    if (tag.type === 'close') {
      note(log.errors, `${tag.source} has no opening tag`);
      i++;
      continue;
    }
    const close = matchingClose(tags, i);
    if (close < 0 || close >= to) {
      note(log.errors, `${tag.source} is not closed`);
      i++;
      continue;
    }
    const value = sectionValue(scopes, tag.name, log);
    for (const inner of sectionScopes(value, scopes, tag.type === 'inverted')) {
      out += renderSpan(text, tags, i + 1, close, tag.end, tags[close].start, inner, log);
    }
    pos = tags[close].end;
    i = close + 1;
  }
  return out + text.slice(pos, endPos);
}

/** Outermost sections inside one text, as offsets of their whole source, and the value tags outside them. */
export function inlineParts(text: string): { sections: Array<{ start: number; end: number }>; values: Tag[] } {
  const tags = scanTags(text);
  const sections: Array<{ start: number; end: number }> = [];
  const values: Tag[] = [];
  for (let i = 0; i < tags.length; i++) {
    const close = isSectionStart(tags[i]) ? matchingClose(tags, i) : -1;
    if (close >= 0) {
      sections.push({ start: tags[i].start, end: tags[close].end });
      i = close;
    } else if (tags[i].type === 'value') values.push(tags[i]);
  }
  return { sections, values };
}

/** True when every section opened in the text is closed in it (and the reverse). */
export function isBalanced(text: string): boolean {
  const stack: string[] = [];
  for (const tag of scanTags(text)) {
    if (isSectionStart(tag)) stack.push(tag.name);
    else if (tag.type === 'close' && stack.pop() !== tag.name) return false;
  }
  return stack.length === 0;
}

export interface Section {
  name: string;
  inverted: boolean;
  /** Indexes of the units holding the opening and the closing tag. */
  open: number;
  close: number;
}

/** The one tag a paragraph holds when it holds exactly a tag and nothing else. */
function loneTag(text: string | null): Tag | undefined {
  if (text === null) return undefined;
  const tags = scanTags(text);
  return tags.length === 1 && tags[0].source === text && tags[0].type !== 'value' ? tags[0] : undefined;
}

/**
 * Outermost sections spanning units of a container (paragraphs of a body or of a cell; null for a
 * table): the opening tag alone in one paragraph, its closing tag alone in a later one.
 */
export function findSections(units: Array<string | null>): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ tag: Tag; at: number }> = [];
  units.forEach((text, at) => {
    const tag = loneTag(text);
    if (!tag) return;
    if (isSectionStart(tag)) {
      stack.push({ tag, at });
      return;
    }
    const top = stack[stack.length - 1];
    if (!top || top.tag.name !== tag.name) return;
    stack.pop();
    if (stack.length === 0) sections.push({ name: tag.name, inverted: top.tag.type === 'inverted', open: top.at, close: at });
  });
  return sections;
}

/** A section opened in one cell of a row and closed in a later cell: the row is its content. */
export interface RowSection extends Section {
  openTag: string;
  closeTag: string;
}

export function findRowSection(cellTexts: string[]): RowSection | undefined {
  const stack: Array<{ tag: Tag; cell: number }> = [];
  for (let cell = 0; cell < cellTexts.length; cell++) {
    for (const tag of scanTags(cellTexts[cell])) {
      if (isSectionStart(tag)) {
        stack.push({ tag, cell });
        continue;
      }
      if (tag.type !== 'close') continue;
      const top = stack.pop();
      if (top && top.tag.name === tag.name && top.cell < cell) {
        return {
          name: tag.name,
          inverted: top.tag.type === 'inverted',
          open: top.cell,
          close: cell,
          openTag: top.tag.source,
          closeTag: tag.source,
        };
      }
    }
  }
  return undefined;
}
