import { A4, type Block, type TemplateSpec } from '../../src/core/report/document';
import { createTemplateDoc } from '../../src/gas/docs/buildTemplate';
import { renderDoc } from '../../src/gas/docs/render';
import { docText } from '../../src/gas/docs/text';
import { TEMPLATE_CASES } from '../core/report/cases';
import { clearFakeDocumentApp, useFakeDocumentApp } from './harness';

const templateOf = (blocks: Block[]): TemplateSpec => ({
  name: 'case',
  page: { ...A4, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
  font: { family: 'Times New Roman', size: 13 },
  blocks,
});

afterEach(clearFakeDocumentApp);

describe('template language (Google Docs renderer)', () => {
  it.each(TEMPLATE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    useFakeDocumentApp();
    const doc = createTemplateDoc(templateOf(c.blocks), 'case');
    const rendered = renderDoc(doc, c.data);
    expect(docText(doc)).toBe(c.expected);
    expect([...rendered.missing].sort()).toEqual([...(c.missing ?? [])].sort());
    expect(rendered.errors).toEqual([]);
  });
});
