/** The 6-month report on the command line: .docx from the template language, PDF through LibreOffice. */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Lang } from '../core/i18n/messages';
import type { RollUpResult } from '../core/jobs';
import { SIX_MONTH_REPORT } from '../core/report/defaultTemplate';
import { buildSixMonthReportData } from '../core/report/model';
import { buildTemplateDocx, renderDocx } from './docx';

export interface ReportWrite { paths: string[]; missing: string[]; pdf?: string }

export function findSoffice(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find((p) => existsSync(p));
}

/** Converts a .docx to PDF beside it; undefined when LibreOffice is not installed. */
export function convertToPdf(docx: string): string | undefined {
  const soffice = findSoffice();
  if (!soffice) return undefined;
  const outdir = dirname(docx);
  execFileSync(soffice, ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, docx], { stdio: 'ignore', timeout: 120000 });
  const pdf = join(outdir, basename(docx).replace(/\.docx$/i, '.pdf'));
  return existsSync(pdf) ? pdf : undefined;
}

export async function writeReport(result: RollUpResult, opts: { out: string; today: string; lang: Lang; template?: Buffer; pdf: boolean }): Promise<ReportWrite> {
  const data = buildSixMonthReportData(result.rollup, result.ward.settings, { today: opts.today, lang: opts.lang });
  const template = opts.template ?? (await buildTemplateDocx(SIX_MONTH_REPORT));
  const rendered = renderDocx(template, data);
  writeFileSync(opts.out, rendered.buffer);
  const paths = [opts.out];
  const pdf = opts.pdf ? convertToPdf(opts.out) : undefined;
  if (pdf) paths.push(pdf);
  return { paths, missing: rendered.missing, pdf };
}
