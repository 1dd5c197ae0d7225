/**
 * Build-time only (bundled and run by scripts/build.mjs in Node): what the Apps Script bundle embeds
 * and generates from core's declarations.
 * - The shipped report templates as .docx, built by the CLI's builder (page numbers are a PAGE field
 *   in the header), base64 by template name: the add-on imports them into Google Docs through the
 *   Drive advanced service, which keeps the field, so one template source serves both edges.
 * - The report menu's entry points, one per kind of REPORT_KINDS.
 * - The catalogue texts a page shows before it knows the user's language, in both languages.
 */
import { buildTemplateDocx } from '../src/cli/docx/build';
import { hasMessage, translate } from '../src/core/i18n/messages';
import { REPORT_KINDS } from '../src/core/report/kinds';
import { shippedTemplates } from '../src/core/report/registry';
import { reportMenuFunction, reportWizardFunction } from '../src/gas/reportMenu';

export async function shippedTemplateDocx(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const template of shippedTemplates()) out[template.name] = (await buildTemplateDocx(template)).toString('base64');
  return out;
}

/** One top-level function per report kind, calling the bundle's generic handler. */
export function reportMenuFooter(globalName: string): string {
  return REPORT_KINDS.flatMap((kind) => [
    `function ${reportMenuFunction(kind.id)}() { return ${globalName}.menuReportKind(${JSON.stringify(kind.id)}); }`,
    `function ${reportWizardFunction(kind.id)}() { return ${globalName}.menuReportWizardKind(${JSON.stringify(kind.id)}); }`,
  ]).join('\n');
}

/** "Đang tải… / Loading…": a catalogue text in both languages (a page's `data-msg`, filled at build time). */
export function pageText(key: string): string {
  if (!hasMessage(key)) throw new Error(`A page names the catalogue text "${key}", which does not exist (src/core/i18n/messages.ts)`);
  return `${translate(key, {}, 'vi')} / ${translate(key, {}, 'en')}`;
}
