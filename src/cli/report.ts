/**
 * Reports on the command line (`ishc report --kind …`): which kind and period, what is refused before
 * anything is written, then the .docx from the kind's registry entry and the PDF through LibreOffice.
 * Every kind is read from the declarations (core/report/kinds.ts) and the registry (registry.ts), so a
 * kind added there is on the command line, in its help and in its refusals with no change here.
 */
import { dirname, join } from 'node:path';
import { formatDateVi, type IsoDate } from '../core/dates';
import { periodLabel } from '../core/i18n/labels';
import { type Lang, translate } from '../core/i18n/messages';
import type { Ward } from '../core/model';
import type { Period } from '../core/period';
import { defaultReportPeriod, REPORT_KINDS, type ReportKind, reportKind } from '../core/report/kinds';
import type { ReportData } from '../core/report/language';
import { kindDocument } from '../core/report/registry';
import { checkTemplate } from '../core/report/templateCheck';
import { renderChartPngs } from './charts';
import { buildTemplateDocx, convertDocxToPdf, docxBlocks, findSoffice, hasChartsParagraph, putPictures, renderDocx } from './docx';
import { InputError, kindLines, periodForms, say, UsageError } from './messages';
import { writeFileAtomic } from './write';

/** --kind as typed, checked to be a declared kind (exit 2 with the list otherwise). */
export function namedKind(value: string | undefined, lang: Lang, today: IsoDate): ReportKind | undefined {
  if (value === undefined) return undefined;
  const kind = reportKind(value.trim().toLowerCase());
  if (!kind) throw new UsageError(say('badKind', { value, kinds: kindLines(lang, today) }, lang));
  return kind;
}

/**
 * The kind and period of a report. With --kind, the period named (which the kind must accept) or the
 * kind's own default (the one due nearest today). Without --kind, the report kind that accepts the
 * period named (2026-H1 → h1, 2026 → year, 2025-2026 → review, P1 → final; never a list of names);
 * with no period either, the 6-month report of the ward's reporting year, as before kinds existed.
 */
export function reportTarget(
  opts: { kind?: ReportKind; period?: Period; periodText?: string; wardDefault: () => Period },
  lang: Lang,
  today: IsoDate,
): { kind: ReportKind; period: Period } {
  const { kind, period } = opts;
  if (kind) {
    if (!period) return { kind, period: defaultReportPeriod(kind, today) ?? opts.wardDefault() };
    if (!kind.accepts(period))
      throw new UsageError(
        say(
          'kindPeriod',
          { title: translate(kind.title, {}, lang), kind: kind.id, forms: periodForms(kind, today), value: opts.periodText ?? period.id },
          lang,
        ),
      );
    return { kind, period };
  }
  if (!period) return { kind: reportKind('h1')!, period: opts.wardDefault() };
  const fitting = REPORT_KINDS.filter((k) => !k.personal && k.accepts(period));
  if (fitting.length !== 1)
    throw new UsageError(say('noKindForPeriod', { value: opts.periodText ?? period.id, kinds: kindLines(lang, today) }, lang));
  return { kind: fitting[0], period };
}

/** "Báo cáo năm" → "báo cáo năm", inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Whether the report is provisional; refuses a period not ended (unless asked for provisionally) or not begun. */
export function provisionalOf(kind: ReportKind, period: Period, today: IsoDate, asked: boolean, lang: Lang): boolean {
  // A list of names is for a year of ceremonies and entitlements, drawn up before or during it: no period to wait for.
  if (kind.personal) return false;
  const params = {
    title: lowerFirst(translate(kind.title, {}, lang)),
    period: periodLabel(period, lang),
    start: formatDateVi(period.start),
    end: formatDateVi(period.end),
    today: formatDateVi(today),
  };
  if (period.start > today) throw new UsageError(say('periodNotBegun', params, lang));
  // The last day of the period is not over until the next begins.
  const ended = period.end < today;
  if (!ended && !asked) throw new UsageError(say('periodNotEnded', params, lang));
  if (ended && asked) console.log(say('provisionalIgnored', params, lang));
  return !ended;
}

/** The file a report goes to without -o: beside the ward, named by the kind and period (bao-cao-nam-2026.docx). */
export function defaultReportFile(input: string, kind: ReportKind, period: Period): string {
  return join(dirname(input), `${kind.fileStem}-${period.id}.docx`);
}

export interface ReportWrite {
  paths: string[];
  missing: string[];
  pdf?: string;
}

export interface ReportJob {
  ward: Ward;
  kind: ReportKind;
  period: Period;
  out: string;
  today: IsoDate;
  /** The language of the command's messages; the report itself is Vietnamese. */
  lang: Lang;
  provisional?: boolean;
  template?: Buffer;
  templatePath?: string;
  pdf: boolean;
}

/**
 * Writes the report: its data from the kind's registry entry (in Vietnamese: reports are official
 * Vietnamese documents), its template checked first when it is the officer's own, the .docx written
 * whole, then the PDF when asked for and LibreOffice is there.
 */
export async function writeReport(job: ReportJob): Promise<ReportWrite> {
  const doc = kindDocument(job.kind.id);
  const data = doc.data(job.ward, job.period, { today: job.today, lang: 'vi', provisional: job.provisional === true });
  const template = job.template ?? (await buildTemplateDocx(doc.template));
  // A user's template is checked before anything is written: every name known, every section closed in its place.
  if (job.template && job.templatePath) refuseBadTemplate(job.template, job.templatePath, data, job.lang);
  // The ward's charts at the template's charts paragraph, drawn before anything is written (a missing font refuses).
  const charts =
    doc.charts && hasChartsParagraph(template)
      ? doc.charts(job.ward, job.period, { today: job.today, provisional: job.provisional === true })
      : [];
  const pngs = await renderChartPngs(charts, job.lang);
  const pictured = putPictures(
    template,
    pngs.map((p, k) => ({ name: `bieu-do-${k + 1}.png`, png: p.png, title: charts[k].title })),
  );
  let rendered: ReturnType<typeof renderDocx>;
  try {
    rendered = renderDocx(pictured, data);
  } catch (error) {
    // Only a user's template can fail to fill (the built-in one is tested): name it, keep the library's detail.
    if (!job.templatePath) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(say('templateBroken', { path: job.templatePath, detail }, job.lang));
  }
  writeFileAtomic(job.out, rendered.buffer, job.lang);
  const paths = [job.out];
  // Without LibreOffice the .docx still stands; the caller says the PDF was skipped.
  const pdf = job.pdf && findSoffice() ? await convertDocxToPdf(job.out, dirname(job.out)) : undefined;
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

/** A ward workbook with no member in any club (as `ishc new` makes it): a report of it would be an official page of zeros. */
export function refuseUnfilled(ward: Ward, path: string, lang: Lang): void {
  if (ward.clubs.some((club) => club.members.length > 0)) return;
  throw new InputError(say('wardUnfilled', { path, clubs: ward.registry.length }, lang));
}
