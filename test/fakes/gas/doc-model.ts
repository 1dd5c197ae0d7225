/** DocumentApp enums and helpers shared by the document element files. */
import type { FakeContext } from './context';
import { makeEnum } from './context';

export const ElementType = makeEnum([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DOCUMENT',
  'EQUATION',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);
export const HorizontalAlignment = makeEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = makeEnum(['BOTTOM', 'CENTER', 'TOP'] as const);
export const Attribute = makeEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);
export type AttributeName = keyof typeof Attribute;
export type Attrs = Partial<Record<AttributeName, unknown>>;

export const has = (o: object, k: unknown): boolean => typeof k === 'string' && Object.hasOwn(o, k);

/** Apps Script's replaceText/findText take Java regular expressions; this covers the common subset. */
export function javaRegex(ctx: FakeContext, pattern: unknown, method: string): RegExp {
  if (typeof pattern !== 'string') throw ctx.badArgs(method, [pattern]);
  let source = pattern;
  let flags = 'g';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  if (/\\p\{/.test(source)) flags += 'u';
  try {
    return new RegExp(source, flags);
  } catch {
    throw ctx.error(`Invalid regular expression pattern ${pattern}`);
  }
}

export function childIndexError(ctx: FakeContext, i: number, n: number): Error {
  return ctx.error(`Child index (${i}) must be less than the number of child elements (${n}).`);
}
