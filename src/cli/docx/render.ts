/**
 * Fills a .docx template with docxtemplater. Its paragraphLoop placement rules are the template
 * language's (see core/report/language.ts); names are looked up with the language's own lookup so
 * dotted paths and the missing-name report match the Google Docs renderer.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { lookupIn, type ReportData } from '../../core/report/language';

export interface RenderedDocx {
  buffer: Buffer;
  /** Names the template uses that the data lacks; they rendered as empty text. */
  missing: string[];
}

export function renderDocx(template: Buffer | Uint8Array, data: ReportData): RenderedDocx {
  const missing: string[] = [];
  let doc: Docxtemplater<PizZip>;
  try {
    doc = new Docxtemplater(new PizZip(template), {
      delimiters: { start: '{{', end: '}}' },
      paragraphLoop: true,
      linebreaks: true,
      parser: (tag) => ({ get: (scope: unknown) => lookupIn(scope as ReportData, tag.trim()) }),
      nullGetter: (part) => {
        const name = part.value.trim();
        if (!missing.includes(name)) missing.push(name);
        return '';
      },
    });
    doc.render(data);
  } catch (error) {
    throw new Error(`The .docx template cannot be filled: ${describe(error)}`);
  }
  return { buffer: doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }), missing };
}

/** docxtemplater gathers template errors in `properties.errors`, each with an explanation. */
function describe(error: unknown): string {
  const e = error as { message?: string; properties?: { errors?: Array<{ properties?: { explanation?: string } }> } };
  const explanations = (e.properties?.errors ?? []).map((x) => x.properties?.explanation).filter(Boolean);
  return explanations.length > 0 ? explanations.join('; ') : String(e.message ?? error);
}
