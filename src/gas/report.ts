/**
 * Reports as Google Docs, one generic path for every kind of core's REPORT_KINDS (report/kinds.ts),
 * each printing what the registry (report/registry.ts) declares for it:
 * - The kind's template Doc lives in the officer's report folder. It is found by the document
 *   property, else by its marker (file description `ishc:report-template:<kind>`; the six-month
 *   template an earlier version made, marked `…:six-month`, is kept as the h1 template, since the
 *   officer may have edited it); only when neither exists is it imported from the shipped .docx
 *   through the Drive advanced service, in one call that also sets the marker (so a failure leaves
 *   nothing half-made, and the Doc keeps the .docx's page-number field).
 * - Before anything is made, the template is checked (core's checkTemplate): a broken template
 *   refuses the run with its problems listed.
 * - The report is a filled copy of the template, marked `ishc:report:<kind>:<period>`; a copy of a
 *   run that fails is trashed in a finally. No PDF here: the officer edits the Doc, then
 *   "Xuất PDF báo cáo" exports the latest report Doc of a kind and period as it then stands.
 * Reports are Vietnamese documents (Decree 30): the data is built in Vietnamese whatever the user's
 * locale; only the messages around them follow it.
 */

import { translate } from '../core/i18n/messages';
import { rollUpGrids } from '../core/jobs';
import { lockOf } from '../core/lock';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { CHARTS_PLACEHOLDER } from '../core/report/document';
import { REPORT_KINDS, type ReportKind, type ReportKindId } from '../core/report/kinds';
import { kindDocument } from '../core/report/registry';
import { checkTemplate, type TemplateProblem } from '../core/report/templateCheck';
import { today } from './clock';
import { type DocJson, jsonBlocks, renderDocBatch } from './docs/batch';
import { CHARTS_MARKER, putChartPictures } from './docs/pictures';
import { renderDoc } from './docs/render';
import { GOOGLE_DOCS_MIME, templateDocxBlob } from './docs/shipped';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { readLocks } from './lock';
import { fingerprintOf } from './log';
import { recordPdf, recordReport } from './register';
import type { Run } from './run';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type Properties = GoogleAppsScript.Properties.Properties;

/** The template of a kind: its file description, and the document property remembering its id. */
export const templateMarker = (kind: ReportKindId) => `ishc:report-template:${kind}`;
const templateProperty = (kind: ReportKindId) => `reportTemplateId.${kind}`;
/** What the six-month report's template was marked and remembered by before there were kinds. */
export const LEGACY_TEMPLATE_MARKER = 'ishc:report-template:six-month';
const LEGACY_TEMPLATE_PROPERTY = 'reportTemplateId';

/** A report Doc's description: its kind and period (and whether it was provisional). */
export const reportMarker = (kind: ReportKindId, period: string, provisional = false) =>
  `ishc:report:${kind}:${period}${provisional ? ':provisional' : ''}`;

const vi = (key: Parameters<typeof translate>[0], params: Parameters<typeof translate>[1] = {}) => translate(key, params, 'vi');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** The officer's own report folder (drive.file: a folder the add-on made, seen only by the user who runs it). */
export function reportFolder(): Folder {
  const name = t('report.folder');
  const found = DriveApp.getFoldersByName(name);
  return found.hasNext() ? found.next() : DriveApp.createFolder(name);
}

/** The kind's template Doc name (Vietnamese, as the document is); h1's is the name earlier versions gave it. */
const templateName = (kind: ReportKind) => vi('report.templateDocName', { title: lowerFirst(vi(kind.title)) });

/** Names the kind's template may have: its own, and for h1 the English one an English-locale user's earlier version gave. */
const templateNames = (kind: ReportKind) =>
  kind.id === 'h1' ? [templateName(kind), translate('report.templateName', {}, 'en')] : [templateName(kind)];

function isTemplateOf(kind: ReportKindId, file: File): boolean {
  if (file.isTrashed()) return false;
  const description = file.getDescription();
  return description === templateMarker(kind) || (kind === 'h1' && description === LEGACY_TEMPLATE_MARKER);
}

/** The kind's template Doc and its id: by the document property, else by marker in the folder, else imported once. */
function templateFile(folder: Folder, kind: ReportKind): { file: File; id: string } {
  const props = PropertiesService.getDocumentProperties();
  const keys = kind.id === 'h1' ? [templateProperty(kind.id), LEGACY_TEMPLATE_PROPERTY] : [templateProperty(kind.id)];
  for (const key of keys) {
    const id = props.getProperty(key);
    if (!id) continue;
    try {
      const file = DriveApp.getFileById(id);
      if (isTemplateOf(kind.id, file)) return { file, id };
    } catch {
      /* deleted or not shared: look for the marked one */
    }
  }
  for (const name of templateNames(kind)) {
    for (const files = folder.getFilesByName(name); files.hasNext(); ) {
      const file = files.next();
      if (!isTemplateOf(kind.id, file)) continue;
      const id = file.getId();
      props.setProperty(templateProperty(kind.id), id);
      return { file, id };
    }
  }
  return importTemplate(folder, kind, props);
}

/**
 * The shipped .docx imported as a Google Doc (converted by Drive, which keeps the page-number
 * field), named and marked in the same call: it exists whole or not at all.
 */
function importTemplate(folder: Folder, kind: ReportKind, props: Properties): { file: File; id: string } {
  if (typeof Drive === 'undefined' || !Drive) throw new Error(t('report.noDriveService'));
  const created = Drive.Files.create(
    { name: templateName(kind), mimeType: GOOGLE_DOCS_MIME, parents: [folder.getId()], description: templateMarker(kind.id) },
    templateDocxBlob(kindDocument(kind.id).template),
  );
  const id = String(created.id);
  // Remembering it only saves a search: if this fails, the marker finds it next time.
  props.setProperty(templateProperty(kind.id), id);
  return { file: DriveApp.getFileById(id), id };
}

/** Best effort: a half-made file goes to the trash; if even that fails, the log says so. */
function trashQuietly(file: { getId(): string }): void {
  try {
    DriveApp.getFileById(file.getId()).setTrashed(true);
  } catch (error) {
    console.error(`Trashing a half-made file failed: ${String(error)}`);
  }
}

/** A template problem as the user reads it (the catalogue's lines, shared with `ishc report --template`). */
function problemLine(p: TemplateProblem): string {
  const hint = p.suggestion ? t('cli.template.hint', { suggestion: p.suggestion }) : '';
  return t(`cli.template.${p.kind}`, { name: p.name, context: p.context, hint });
}

/** Refuses a template Doc with mistakes (unknown names, unbalanced sections, a repeat leaving its row) before anything is made. */
function refuseBrokenTemplate(template: { file: File; id: string }, folder: Folder, data: Parameters<typeof checkTemplate>[1]): void {
  const problems = checkTemplate(jsonBlocks(docsService().Documents.get(template.id) as DocJson), data);
  if (problems.length === 0) return;
  throw new Error(
    t('report.templateProblems', {
      name: template.file.getName(),
      folder: folder.getName(),
      problems: problems.map(problemLine).join('\n'),
    }),
  );
}

/** The Docs advanced service (appsscript.json enables it; the documents scope covers it). */
function docsService(): NonNullable<typeof Docs> {
  if (typeof Docs === 'undefined' || !Docs) throw new Error(t('report.noDocsService'));
  return Docs;
}

function renderWithDocumentApp(id: string, data: Parameters<typeof renderDoc>[1]): { missing: string[] } {
  const doc = DocumentApp.openById(id);
  const rendered = renderDoc(doc, data);
  doc.saveAndClose();
  return rendered;
}

/** Whether a period has ended by today (a report on a period still running is a provisional one). */
export const periodEnded = (period: Period, on: string) => period.end < on;

export interface CreatedReport {
  kind: ReportKindId;
  period: string;
  provisional: boolean;
  id: string;
  url: string;
  name: string;
  message: string;
  missing: string[];
}

/**
 * Makes the report Doc of a kind and period: the template checked, a copy filled, marked and left
 * in the report folder. A period not ended yet needs `provisional` (the menu asks).
 */
export function createReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kindId: ReportKindId,
  period: Period,
  run?: Run,
  opts: { provisional?: boolean } = {},
): CreatedReport {
  const kind = REPORT_KINDS.find((k) => k.id === kindId);
  if (!kind) throw new Error(`Unknown report kind ${kindId}`);
  const now = today();
  const provisional = opts.provisional === true && !periodEnded(period, now);
  if (!periodEnded(period, now) && !provisional) throw new Error(t('report.notEnded', { period: period.id, end: period.end }));
  if (run) run.period = period.id;
  const { grids, outputs } = openWard(ss, run);
  const lang = userLang();
  // A locked period (Chốt số liệu) is reported from its snapshot, whatever was edited since.
  const lock = lockOf(readLocks(ss, outputs), period);
  const source = lock ? lock.grids : grids;
  const result = rollUpGrids(source, period, now, lang, undefined, undefined, []);
  const document = kindDocument(kind.id);
  const data = document.data(result.ward, period, { today: now, lang: 'vi', provisional });
  // The ward's charts, drawn where the template has {{bieu_do}} (docs/pictures.ts); none: the paragraph is left empty.
  const charts = document.charts?.(result.ward, period, { today: now, lang: 'vi', provisional }) ?? [];
  const folder = reportFolder();
  const template = templateFile(folder, kind);
  refuseBrokenTemplate(template, folder, data);
  const name = vi(provisional ? 'report.docNameProvisional' : 'report.docName', {
    title: vi(kind.title),
    ward: result.ward.settings.ward,
    period: period.id,
  });
  const copy = template.file.makeCopy(name, folder);
  let done = false;
  try {
    const copyId = copy.getId();
    // One get and one batchUpdate (docs/batch.ts); DocumentApp only for what a batch cannot express
    // and for the charts' pictures.
    const filled = charts.length > 0 ? { ...data, [CHARTS_PLACEHOLDER]: CHARTS_MARKER } : data;
    const { missing } = renderDocBatch(copyId, filled) ?? renderWithDocumentApp(copyId, filled);
    // The pictures after the text, before the marker: a failure here trashes the Doc like any other.
    if (charts.length > 0) putChartPictures(copyId, charts);
    // The marker last: a Doc carrying it is complete, so the PDF export never picks a half-filled one.
    copy.setDescription(reportMarker(kind.id, period.id, provisional));
    const url = copy.getUrl();
    // The folder was found by this name (reportFolder), so asking Drive for it again tells nothing new.
    const lines = [t('report.done', { name, folder: t('report.folder') }), t('report.editThenPdf')];
    if (lock) lines.push(t('report.fromLock', { period: period.id, at: lock.at }));
    if (kind.personal) lines.push(t('report.personalNotice'));
    if (missing.length > 0) lines.push(t('report.missingKeys', { keys: missing.join(', ') }));
    for (const warning of structureWarnings(result.issues, lang)) lines.push(warning);
    run?.notes.push(url);
    // Last: the Sổ báo cáo row (a failure before or in it trashes the Doc above and leaves no row).
    recordReport(
      ss,
      {
        kind: kind.id,
        period: period.id,
        doc: url,
        pdf: '',
        fingerprint: lock ? lock.fingerprint : fingerprintOf(grids),
        provisional,
      },
      outputs,
    );
    done = true;
    return { kind: kind.id, period: period.id, provisional, id: copyId, url, name, message: lines.join(' '), missing };
  } finally {
    if (!done) trashQuietly(copy);
  }
}

/** The latest complete report Doc of a kind and period in the folder (by its marker, whatever the officer renamed it to). */
function latestReport(folder: Folder, kind: ReportKindId, period: string): File | undefined {
  const markers = [reportMarker(kind, period), reportMarker(kind, period, true)];
  let latest: { file: File; created: number } | undefined;
  for (const files = folder.getFilesByType(GOOGLE_DOCS_MIME); files.hasNext(); ) {
    const file = files.next();
    if (!markers.includes(file.getDescription() ?? '') || file.isTrashed()) continue;
    const created = file.getDateCreated().getTime();
    if (!latest || created >= latest.created) latest = { file, created };
  }
  return latest?.file;
}

/**
 * Xuất PDF báo cáo: the PDF of the report Doc as it stands now (after the officer's edits), saved
 * beside it. One call makes the PDF file; if reading its link fails, it is trashed.
 */
export function exportReportPdf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kindId: ReportKindId,
  period: Period,
  run?: Run,
): { url: string; name: string; message: string } {
  const kind = REPORT_KINDS.find((k) => k.id === kindId);
  if (!kind) throw new Error(`Unknown report kind ${kindId}`);
  if (run) run.period = period.id;
  const folder = reportFolder();
  const doc = latestReport(folder, kind.id, period.id);
  if (!doc) throw new Error(t('report.noReportDoc', { title: t(kind.title), period: period.id, folder: folder.getName() }));
  const pdf = folder.createFile(doc.getAs('application/pdf'));
  try {
    const url = pdf.getUrl();
    const name = pdf.getName();
    // The Sổ báo cáo row of this Doc gets the PDF's link (last: a failure trashes the PDF above).
    recordPdf(ss, doc.getUrl(), url);
    run?.notes.push(url);
    return { url, name, message: t('report.pdfDone', { name, doc: doc.getName(), folder: folder.getName() }) };
  } catch (error) {
    trashQuietly(pdf);
    throw error;
  }
}
