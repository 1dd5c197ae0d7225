/** The Node report edge: build .docx templates, fill them, read them back, convert to PDF. */
export { buildTemplateDocx, templateDocument } from './build';
export { renderDocx, type RenderedDocx } from './render';
export { docxBlocks, docxText } from './text';
export { writeDefaultTemplates } from './templates';
export { convertDocxToPdf, findSoffice } from './pdf';
