import { plainText } from '../../../src/core/report/document';
import { findRowSection, findSections, lookup, renderText, type Scopes, scanTags } from '../../../src/core/report/language';
import { renderBlocks } from '../../../src/core/report/renderBlocks';
import { TEMPLATE_CASES } from './cases';

describe('template language (reference renderer)', () => {
  it.each(TEMPLATE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rendered = renderBlocks(c.blocks, c.data);
    expect(plainText(rendered.blocks)).toBe(c.expected);
    expect(rendered.missing).toEqual(c.missing ?? []);
    expect(rendered.errors).toEqual([]);
  });
});

describe('language pieces', () => {
  it('scans value, section and closing tags with their offsets', () => {
    expect(scanTags('a{{x}}b{{#l}}{{^f}}{{/l}}').map((t) => [t.type, t.name, t.start])).toEqual([
      ['value', 'x', 1],
      ['open', 'l', 7],
      ['inverted', 'f', 13],
      ['close', 'l', 19],
    ]);
  });

  it('looks a name up in the innermost scope first, then outwards', () => {
    const scopes: Scopes = [{ name: 'root', ward: 'W' }, { name: 'item' }];
    expect(lookup(scopes, 'name')).toBe('item');
    expect(lookup(scopes, 'ward')).toBe('W');
    expect(lookup(scopes, 'nope')).toBeUndefined();
    expect(lookup([{ a: { b: 'deep' } }], 'a.b')).toBe('deep');
  });

  it('reports tags that do not pair up instead of throwing', () => {
    const log = { missing: [], errors: [] as string[] };
    expect(renderText('a{{#x}}b', [{ x: true }], log)).toBe('ab');
    expect(renderText('a{{/y}}b', [{}], log)).toBe('ab');
    expect(log.errors).toEqual(['{{#x}} is not closed', '{{/y}} has no opening tag']);
  });

  it('finds paragraph sections only where the tags stand alone', () => {
    expect(findSections(['{{#a}}', 'x', '{{/a}}', 'y {{#b}}', 'z', '{{/b}}'])).toEqual([{ name: 'a', inverted: false, open: 0, close: 2 }]);
    expect(findSections(['{{#a}}', '{{^b}}', null, '{{/b}}', '{{/a}}'])).toEqual([{ name: 'a', inverted: false, open: 0, close: 4 }]);
  });

  it('finds a row section only when it crosses cells', () => {
    expect(findRowSection(['{{#l}}{{no}}', '{{name}}{{/l}}'])).toMatchObject({
      name: 'l',
      open: 0,
      close: 1,
      openTag: '{{#l}}',
      closeTag: '{{/l}}',
    });
    expect(findRowSection(['{{#l}}x{{/l}}', 'y'])).toBeUndefined();
  });
});
