/** The Node report edge: build .docx templates, fill them, read them back, convert to PDF. */
export { buildTemplateDocx, templateDocument } from './build';
export { type DocxPicture, hasChartsParagraph, pngSize, putPictures } from './images';
export { convertDocxToPdf, findSoffice } from './pdf';
export { type RenderedDocx, renderDocx } from './render';
export { writeDefaultTemplates } from './templates';
export { docxBlocks, docxText } from './text';
