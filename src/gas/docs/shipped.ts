/**
 * The shipped report templates, built at build time by the CLI's .docx builder (scripts/shipped.ts)
 * and embedded in the bundle (base64, by template name). Imported into Google Docs through the
 * Drive advanced service, a .docx keeps its header's PAGE field: Apps Script has no call that
 * inserts one, so this is how the Docs templates get page numbers from the same source as the CLI's.
 */
import type { TemplateSpec } from '../../core/report/document';

/** Replaced by the build (esbuild `define`) with { [template name]: base64 .docx }. */
declare const __ISHC_TEMPLATES__: Record<string, string>;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const GOOGLE_DOCS_MIME = 'application/vnd.google-apps.document';

/** The template's .docx as a blob, ready for Drive.Files.create; a programmer error when the build did not embed it. */
export function templateDocxBlob(template: TemplateSpec): GoogleAppsScript.Base.Blob {
  const base64 = __ISHC_TEMPLATES__[template.name];
  if (base64 === undefined)
    throw new Error(`The bundle has no built template "${template.name}" (scripts/build.mjs embeds shippedTemplates()).`);
  return Utilities.newBlob(Utilities.base64Decode(base64), DOCX_MIME, `${template.name}.docx`);
}
