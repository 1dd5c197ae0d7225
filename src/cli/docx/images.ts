/**
 * Pictures in a .docx template: the paragraph that holds only the charts placeholder
 * (core/report/document.ts) becomes one centred paragraph per picture, each an inline DrawingML
 * picture of a PNG stored in word/media. Done on the template before docxtemplater fills it, so the
 * placeholder never reaches the output and the filled text around it is the template's own.
 */
import PizZip from 'pizzip';
import { CHARTS_PLACEHOLDER } from '../../core/report/document';

export interface DocxPicture {
  /** File name in word/media (unique within the document). */
  name: string;
  png: Buffer;
  /** Alternative text (the chart's title). */
  title: string;
}

const EMU_PER_MM = 36000;
/** Widest a picture is drawn: the A4 text width of the shipped templates (210 − 30 − 20 mm), less a little. */
const MAX_WIDTH_MM = 155;
const MAX_HEIGHT_MM = 200;
/** Millimetres per pixel of the charts' PNG (drawn at twice their size): a 12 px label prints about 9 pt. */
const MM_PER_PX = 0.105;

/** Width and height in pixels, from the PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('Not a PNG image');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The paragraphs of document.xml whose text (every w:t joined) is exactly the charts placeholder. */
function placeholderParagraphs(xml: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const paragraph = /<w:p[ >][\s\S]*?<\/w:p>/g;
  for (let m = paragraph.exec(xml); m; m = paragraph.exec(xml)) {
    // A nested paragraph (a text box) would make this match wrong; the placeholder's paragraph has none.
    const text = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (new RegExp(`^\\{\\{\\s*${CHARTS_PLACEHOLDER}\\s*\\}\\}$`).test(text.trim()))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function pictureParagraph(pic: DocxPicture, relId: string, docPrId: number): string {
  const { width, height } = pngSize(pic.png);
  // One scale for every picture (its letters the same size in each), shrunk only to fit the text width and the page.
  const scale = Math.min(MM_PER_PX, MAX_WIDTH_MM / width, MAX_HEIGHT_MM / height);
  const wMm = width * scale;
  const hMm = height * scale;
  const cx = Math.round(wMm * EMU_PER_MM);
  const cy = Math.round(hMm * EMU_PER_MM);
  const title = escapeXml(pic.title);
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${docPrId}" name="${escapeXml(pic.name)}" descr="${title}"/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:nvPicPr><pic:cNvPr id="${docPrId}" name="${escapeXml(pic.name)}" descr="${title}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/** Whether the template has a charts paragraph (then the report needs its pictures drawn). */
export function hasChartsParagraph(template: Buffer | Uint8Array): boolean {
  const xml = new PizZip(template).file('word/document.xml')?.asText();
  return xml !== undefined && placeholderParagraphs(xml).length > 0;
}

/**
 * The template with its charts paragraph(s) replaced by the pictures (none: an empty paragraph, as
 * the placeholder's empty value would render). A template without the paragraph comes back as it was.
 */
export function putPictures(template: Buffer | Uint8Array, pictures: DocxPicture[]): Buffer | Uint8Array {
  const zip = new PizZip(template);
  const docPath = 'word/document.xml';
  const xml = zip.file(docPath)?.asText();
  if (!xml) return template;
  const places = placeholderParagraphs(xml);
  if (places.length === 0) return template;
  const relsPath = 'word/_rels/document.xml.rels';
  let rels =
    zip.file(relsPath)?.asText() ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const usedIds = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  const maxDocPr = Math.max(0, ...[...xml.matchAll(/<wp:docPr[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1])));
  let next = 1;
  let docPr = maxDocPr + 1000;
  const drawn: string[] = [];
  for (const pic of pictures) {
    while (usedIds.has(`rIdChart${next}`)) next++;
    const relId = `rIdChart${next++}`;
    usedIds.add(relId);
    zip.file(`word/media/${pic.name}`, pic.png);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${escapeXml(pic.name)}"/></Relationships>`,
    );
    drawn.push(pictureParagraph(pic, relId, docPr++));
  }
  // The first placeholder paragraph gets the pictures; another (a template rarely has two) is left empty.
  let out = '';
  let at = 0;
  places.forEach((place, k) => {
    out += xml.slice(at, place.start) + (k === 0 && drawn.length > 0 ? drawn.join('') : '<w:p/>');
    at = place.end;
  });
  out += xml.slice(at);
  zip.file(docPath, out);
  zip.file(relsPath, rels);
  const typesPath = '[Content_Types].xml';
  const types = zip.file(typesPath)?.asText();
  if (types && !/Extension="png"/i.test(types))
    zip.file(typesPath, types.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
