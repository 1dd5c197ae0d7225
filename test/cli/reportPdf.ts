/**
 * What poppler reads from a report's PDF: page count and sizes (pdfinfo), the font faces (pdffonts),
 * each page's text (pdftotext), and PNG pages to look at (pdftoppm). Independent of LibreOffice and of
 * the renderer: these read the PDF file only.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

export function pdfPageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
}

/** Each page's size in points, rounded: A4 is [595, 842]. */
export function pdfPageSizes(pdf: string): Array<[number, number]> {
  const pages = pdfPageCount(pdf);
  const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

/** The font families embedded, without subset prefix or style: ["LiberationSerif"] when one serif face carries every glyph. */
export function pdfFontFamilies(pdf: string): string[] {
  const names = run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .split(/\s+/)[0]
        .replace(/^[A-Z]{6}\+/, '')
        .replace(/-(Bold|Italic|BoldItalic)$/, ''),
    );
  return [...new Set(names)];
}

/** The text of one page (1-based), laid out. */
export function pdfPageText(pdf: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
}

/**
 * Lines of body text on a page besides its number, the "Nơi nhận" block and the signature beside it:
 * the lines above "Nơi nhận" (or all lines when the page has none) that are more than a page number.
 * A last page holding only the recipients and the signature has none.
 */
export function bodyLinesBeforeSignature(pageText: string): string[] {
  const lines = pageText.split('\n').map((l) => l.trim());
  const recipients = lines.findIndex((l) => /^Nơi nhận/.test(l));
  const above = recipients === -1 ? lines : lines.slice(0, recipients);
  return above.filter((l) => l !== '' && !/^\d+$/.test(l));
}

/** Renders pages first..last to `<prefix>-<n>.png` at 50 dpi; returns the files written. */
export function pdfToPngs(pdf: string, prefix: string, first: number, last: number): string[] {
  run('pdftoppm', ['-png', '-r', '50', '-f', String(first), '-l', String(last), pdf, prefix]);
  const name = basename(prefix);
  return readdirSync(dirname(prefix))
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(dirname(prefix), f));
}
