/** The 6-month report on the command line: .docx from the template language, PDF through LibreOffice. */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Lang } from '../core/i18n/messages';
import type { RollUpResult } from '../core/jobs';
import { SIX_MONTH_REPORT } from '../core/report/defaultTemplate';
import { buildSixMonthReportData } from '../core/report/model';
import { buildTemplateDocx, convertDocxToPdf, findSoffice, renderDocx } from './docx';

export interface ReportWrite {
  paths: string[];
  missing: string[];
  pdf?: string;
}

export async function writeReport(
  result: RollUpResult,
  opts: { out: string; today: string; lang: Lang; template?: Buffer; pdf: boolean },
): Promise<ReportWrite> {
  const data = buildSixMonthReportData(result, { today: opts.today, lang: opts.lang });
  const template = opts.template ?? (await buildTemplateDocx(SIX_MONTH_REPORT));
  const rendered = renderDocx(template, data);
  writeFileSync(opts.out, rendered.buffer);
  const paths = [opts.out];
  // Without LibreOffice the .docx still stands; the caller says the PDF was skipped.
  const pdf = opts.pdf && findSoffice() ? await convertDocxToPdf(opts.out, dirname(opts.out)) : undefined;
  if (pdf) paths.push(pdf);
  return { paths, missing: rendered.missing, pdf };
}
