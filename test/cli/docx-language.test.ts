import { buildTemplateDocx } from '../../src/cli/docx/build';
import { renderDocx } from '../../src/cli/docx/render';
import { docxText } from '../../src/cli/docx/text';
import { A4, type Block, type TemplateSpec } from '../../src/core/report/document';
import { TEMPLATE_CASES } from '../core/report/cases';

const templateOf = (blocks: Block[]): TemplateSpec => ({
  name: 'case',
  page: { ...A4, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
  font: { family: 'Times New Roman', size: 13 },
  blocks,
});

describe('template language (.docx renderer)', () => {
  it.each(TEMPLATE_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const template = await buildTemplateDocx(templateOf(c.blocks));
    const rendered = renderDocx(template, c.data);
    expect(docxText(rendered.buffer)).toBe(c.expected);
    expect(rendered.missing).toEqual(c.missing ?? []);
  });
});
