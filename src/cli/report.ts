/** The 6-month report on the command line: .docx from the template language, PDF through LibreOffice. */
import { dirname } from 'node:path';
import type { Lang } from '../core/i18n/messages';
import type { RollUpResult } from '../core/jobs';
import { SIX_MONTH_REPORT } from '../core/report/defaultTemplate';
import type { ReportData } from '../core/report/language';
import { buildSixMonthReportData } from '../core/report/model';
import { checkTemplate } from '../core/report/templateCheck';
import { buildTemplateDocx, convertDocxToPdf, docxBlocks, findSoffice, renderDocx } from './docx';
import { InputError, say } from './messages';
import { writeFileAtomic } from './write';

export interface ReportWrite {
  paths: string[];
  missing: string[];
  pdf?: string;
}

export async function writeReport(
  result: RollUpResult,
  opts: { out: string; today: string; lang: Lang; template?: Buffer; templatePath?: string; pdf: boolean },
): Promise<ReportWrite> {
  const data = buildSixMonthReportData(result, { today: opts.today, lang: opts.lang });
  const template = opts.template ?? (await buildTemplateDocx(SIX_MONTH_REPORT));
  // A user's template is checked before anything is written: every name known, every section closed in its place.
  if (opts.template && opts.templatePath) refuseBadTemplate(opts.template, opts.templatePath, data, opts.lang);
  let rendered: ReturnType<typeof renderDocx>;
  try {
    rendered = renderDocx(template, data);
  } catch (error) {
    // Only a user's template can fail to fill (the built-in one is tested): name it, keep the library's detail.
    if (!opts.templatePath) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(say('templateBroken', { path: opts.templatePath, detail }, opts.lang));
  }
  writeFileAtomic(opts.out, rendered.buffer, opts.lang);
  const paths = [opts.out];
  // Without LibreOffice the .docx still stands; the caller says the PDF was skipped.
  const pdf = opts.pdf && findSoffice() ? await convertDocxToPdf(opts.out, dirname(opts.out)) : undefined;
  if (pdf) paths.push(pdf);
  return { paths, missing: rendered.missing, pdf };
}

function refuseBadTemplate(template: Buffer, path: string, data: ReportData, lang: Lang): void {
  const problems = checkTemplate(docxBlocks(template), data);
  if (problems.length === 0) return;
  const lines = problems.map((p) =>
    say(
      `template.${p.kind}`,
      { name: p.name, context: p.context, hint: p.suggestion ? say('template.hint', { suggestion: p.suggestion }, lang) : '' },
      lang,
    ),
  );
  throw new InputError(say('templateProblems', { path, problems: lines.join('\n') }, lang));
}
