import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTemplateDocx } from '../../src/cli/docx/build';
import { convertDocxToPdf } from '../../src/cli/docx/pdf';
import { renderDocx } from '../../src/cli/docx/render';
import { writeDefaultTemplates } from '../../src/cli/docx/templates';
import { docxText } from '../../src/cli/docx/text';
import { SIX_MONTH_REPORT } from '../../src/core/report/defaultTemplate';
import { shippedTemplates } from '../../src/core/report/registry';
import { expectFullReport, sampleReport } from '../core/report/sample';
import { ready } from '../system/requirements.cjs';

// LibreOffice, poppler and the fonts: found or installed before the run, else skipped (failed under CI).
const pdfTools = ready('pdf');

async function renderedReport() {
  const { data } = sampleReport();
  return { data, ...renderDocx(await buildTemplateDocx(SIX_MONTH_REPORT), data) };
}

describe('six-month report as .docx', () => {
  it('holds the title, ward, period, every indicator row and every club row', async () => {
    const { data, buffer, missing } = await renderedReport();
    expect(missing).toEqual([]);
    expectFullReport(docxText(buffer), data);
  });

  it('keeps every placeholder whole in the template, one run each', async () => {
    const xml = (await import('pizzip')).default;
    const doc = new xml(await buildTemplateDocx(SIX_MONTH_REPORT)).file('word/document.xml')!.asText();
    const runs = [...doc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const withTags = runs.filter((t) => t.includes('{{'));
    expect(withTags.length).toBeGreaterThan(40);
    for (const text of withTags) expect(text).toMatch(/^\{\{[^{}]+\}\}$/);
  });

  it('sets the Decree 30 page: A4, margins 20/20/30/15 mm, Times New Roman', async () => {
    const PizZip = (await import('pizzip')).default;
    const zip = new PizZip(await buildTemplateDocx(SIX_MONTH_REPORT));
    const doc = zip.file('word/document.xml')!.asText();
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar[^>]*w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(zip.file('word/styles.xml')!.asText()).toContain('Times New Roman');
  });

  it('numbers pages from the second, centred at the top (a PAGE field; the first page header is empty)', async () => {
    const PizZip = (await import('pizzip')).default;
    const zip = new PizZip(await buildTemplateDocx(SIX_MONTH_REPORT));
    expect(zip.file('word/document.xml')!.asText()).toContain('<w:titlePg/>');
    const headers = zip.file(/^word\/header\d+\.xml$/).map((f) => f.asText());
    expect(headers.filter((h) => /PAGE/.test(h) && /<w:jc w:val="center"\/>/.test(h))).toHaveLength(1);
    expect(headers.filter((h) => !/PAGE/.test(h))).toHaveLength(1);
  });

  it('draws the Decree 30 short rules as bottom borders between equal indents, centred in their container', async () => {
    const PizZip = (await import('pizzip')).default;
    const xml = new PizZip(await buildTemplateDocx(SIX_MONTH_REPORT)).file('word/document.xml')!.asText();
    const rules = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pBdr><w:bottom[^>]*w:val="single"(?:(?!<\/w:p>).)*?<\/w:p>/g)].map(
      (m) => m[0],
    );
    expect(rules).toHaveLength(3);
    const mm = (twips: string) => (Number(twips) * 25.4) / 1440;
    const widths = rules.map((r) => {
      const [, left, right] = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(r)!;
      expect(left).toBe(right);
      return mm(left);
    });
    // Issuer cell 72 mm (less 2.4 mm of margins) for a 25 mm rule; motto cell 93 mm for 62 mm; text width 165 mm for 40 mm.
    expect(widths.map((w) => Math.round(w * 10) / 10)).toEqual([22.3, 14.3, 62.5]);
  });

  it('writes the shipped template files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ishc-templates-'));
    const written = await writeDefaultTemplates(dir);
    expect(written.slice(0, 4)).toEqual(
      ['report-6-thang', 'report-nam', 'report-so-ket', 'report-tong-ket'].map((n) => join(dir, `${n}.docx`)),
    );
    expect(written).toEqual(shippedTemplates().map((t) => join(dir, `${t.name}.docx`)));
    expect(written).toContain(join(dir, 'report-6-thang.docx'));
    expect(docxText(readFileSync(written[0]))).toContain('{{#indicators}}{{no}} | {{name}}');
  });

  (pdfTools.ready ? it : it.skip)(
    'converts to a PDF of at least one page with LibreOffice',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ishc-pdf-'));
      const docx = join(dir, 'bao-cao-6-thang.docx');
      writeFileSync(docx, (await renderedReport()).buffer);
      const pdf = await convertDocxToPdf(docx, dir, pdfTools.soffice);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      // The sample ward's report runs to two pages, so the page number of page 2 is checked.
      expect(pages).toBeGreaterThanOrEqual(2);
      // Page 2 starts with its number; page 1 has none above the national motto.
      const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(second.trim().split('\n')[0].trim()).toBe('2');
      const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
      expect(first.trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      // Every glyph in one serif face (Times New Roman's metric twin): no fallback for ễ, ể, ờ.
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) =>
          line
            .split(/\s+/)[0]
            .replace(/^[A-Z]{6}\+/, '')
            .replace(/-(Bold|Italic|BoldItalic)$/, ''),
        );
      expect(new Set(fonts)).toEqual(new Set(['LiberationSerif']));
      if (process.env.ISHC_KEEP_PDF) execFileSync('cp', [pdf, process.env.ISHC_KEEP_PDF]);
    },
    180_000,
  );
});
