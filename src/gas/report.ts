/**
 * Reports as Google Docs, one generic path for every kind of core's REPORT_KINDS (report/kinds.ts),
 * each printing what the registry (report/registry.ts) declares for it:
 * - The officer's report folder and the kind's template Doc are found through the Drive advanced
 *   service (v3; drive.file covers what the add-on made): the template by the id remembered in the
 *   document properties, read in one Files.get whose `parents` also vouch for the remembered folder
 *   (a file in a trashed folder reads as trashed); else the folder by its remembered id or its name
 *   and the template in it by name and marker (file description `ishc:report-template:<kind>`; the
 *   six-month template an earlier version made, marked `…:six-month`, is kept as the h1 template,
 *   since the officer may have edited it), one Files.list each; only when none exists is the
 *   template imported from the shipped .docx, in one call that also sets the marker (so a failure
 *   leaves nothing half-made, and the Doc keeps the .docx's page-number field).
 * - Before anything is made, the template is read (Docs.Documents.get) and checked (core's
 *   checkTemplate): a broken template refuses the run with its problems listed.
 * - The report is a copy of the template (one Files.copy naming it, putting it in the folder and
 *   marking it a draft), the charts' pictures appended to its charts paragraph (docs/pictures.ts),
 *   read again and filled in one batchUpdate (docs/batch.ts), then marked `ishc:report:<kind>:<period>`
 *   (one Files.update, the last step: only a complete Doc carries it); a copy of a run that fails is
 *   trashed in a finally. No PDF here: the officer edits the Doc, then "Xuất PDF báo cáo" exports
 *   the latest report Doc of a kind and period as it then stands.
 * Reports are Vietnamese documents (Decree 30): the data is built in Vietnamese whatever the user's
 * locale; only the messages around them follow it.
 */

import { translate } from '../core/i18n/messages';
import { rollUpGrids } from '../core/jobs';
import { lockOf } from '../core/lock';
import type { WardGrids } from '../core/parse/parseWard';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { CHARTS_PLACEHOLDER } from '../core/report/document';
import { REPORT_KINDS, type ReportKind, type ReportKindId } from '../core/report/kinds';
import { kindDocument } from '../core/report/registry';
import { checkTemplate, type TemplateProblem } from '../core/report/templateCheck';
import { today } from './clock';
import { applyBatch, type DocJson, jsonBlocks, paragraphsOf, planBatch, Unsupported } from './docs/batch';
import { CHARTS_MARKER, drawCharts, isChartsParagraph, isPicturedChartsParagraph, putChartPictures, putPicturesAt } from './docs/pictures';
import { renderDoc } from './docs/render';
import { GOOGLE_DOCS_MIME, templateDocxBlob } from './docs/shipped';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { readLocks } from './lock';
import { fingerprintOf } from './log';
import { recordPdf, recordReport } from './register';
import { RefusedError, type Run } from './run';

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

/**
 * The officer's own report folder (drive.file: a folder the add-on made, seen only by the user who
 * runs it), the one reports are made in: the remembered one while it is alive, else found by its name
 * (not in the trash) or made, and remembered. The PDF export and the named lists use it too, so they
 * look where the report went, whatever the folder has been renamed to.
 */
export function reportFolder(): Folder {
  const props = PropertiesService.getDocumentProperties();
  const remembered = props.getProperty(FOLDER_PROPERTY);
  return DriveApp.getFolderById(remembered && folderAlive(remembered) ? remembered : findFolder(props).id);
}

/** The report folder's link if there is one (a page opening makes and remembers nothing). */
export function existingReportFolderUrl(): string {
  const remembered = PropertiesService.getDocumentProperties().getProperty(FOLDER_PROPERTY);
  const id = remembered && folderAlive(remembered) ? remembered : folderByName();
  return id ? `https://drive.google.com/drive/folders/${id}` : '';
}

/** The kind's template Doc name (Vietnamese, as the document is); h1's is the name earlier versions gave it. */
const templateName = (kind: ReportKind) => vi('report.templateDocName', { title: lowerFirst(vi(kind.title)) });

/** Names the kind's template may have: its own, and for h1 the English one an English-locale user's earlier version gave. */
const templateNames = (kind: ReportKind) =>
  kind.id === 'h1' ? [templateName(kind), translate('report.templateName', {}, 'en')] : [templateName(kind)];

/** A File resource of Drive v3 as the service returns it. */
type DriveFile = ReturnType<NonNullable<typeof Drive>['Files']['get']>;
const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** The document property remembering the report folder's id (re-found by name only when it is gone). */
const FOLDER_PROPERTY = 'reportFolderId';
/** A copy being filled: never a template's marker (a copy keeps its source's description unless told). */
const DRAFT_MARKER = 'ishc:report-draft';

/** The Drive advanced service (appsscript.json enables it; drive.file covers the files the add-on made). */
function driveService(): NonNullable<typeof Drive> {
  if (typeof Drive === 'undefined' || !Drive) throw new Error(t('report.noDriveService'));
  return Drive;
}

/** A string literal of Drive's query language. */
const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A file's metadata, or null when it is gone (deleted, or not the add-on's to see). */
function fileMeta(id: string, fields: string): DriveFile | null {
  try {
    return driveService().Files.get(id, { fields });
  } catch {
    return null;
  }
}

function isTemplateOf(kind: ReportKindId, file: DriveFile): boolean {
  if (file.trashed === true) return false;
  return file.description === templateMarker(kind) || (kind === 'h1' && file.description === LEGACY_TEMPLATE_MARKER);
}

interface TemplateRef {
  id: string;
  name: string;
}

/** Where a report is made: the report folder's id and the kind's template. */
interface Place {
  folderId: string;
  template: TemplateRef;
}

/** The first report folder of its name not in the trash (one Files.list). */
function folderByName(): string | undefined {
  const q = `name = ${quoted(t('report.folder'))} and mimeType = '${FOLDER_MIME}' and trashed = false`;
  return driveService().Files.list({ q, fields: 'files(id)' }).files?.[0]?.id ?? undefined;
}

/** The report folder by its name (the first not in the trash), else made; remembered either way. */
function findFolder(props: Properties): { id: string; made: boolean } {
  const existing = folderByName();
  const id = existing ?? String(driveService().Files.create({ name: t('report.folder'), mimeType: FOLDER_MIME }).id);
  props.setProperty(FOLDER_PROPERTY, id);
  return { id, made: existing === undefined };
}

/** The remembered folder, if it is still there and not in the trash. */
function folderAlive(id: string): boolean {
  const folder = fileMeta(id, 'mimeType,trashed');
  return folder?.mimeType === FOLDER_MIME && folder.trashed !== true;
}

/** The kind's template in the folder, by its names and marker (the first name first). */
function findTemplate(folderId: string, kind: ReportKind): TemplateRef | undefined {
  const names = templateNames(kind);
  const q = `${quoted(folderId)} in parents and mimeType = '${GOOGLE_DOCS_MIME}' and trashed = false and (${names.map((n) => `name = ${quoted(n)}`).join(' or ')})`;
  const files = (driveService().Files.list({ q, fields: 'files(id,name,description)' }).files ?? []).filter((f) =>
    isTemplateOf(kind.id, f),
  );
  files.sort((a, b) => names.indexOf(a.name ?? '') - names.indexOf(b.name ?? ''));
  const file = files[0];
  return file ? { id: String(file.id), name: String(file.name) } : undefined;
}

/**
 * The report folder and the kind's template: by the remembered template (one call when it lies in the
 * remembered folder), else the folder (remembered or by name) and the template in it, else imported.
 */
function reportPlace(kind: ReportKind): Place {
  const props = PropertiesService.getDocumentProperties();
  let folderId = props.getProperty(FOLDER_PROPERTY);
  const keys = kind.id === 'h1' ? [templateProperty(kind.id), LEGACY_TEMPLATE_PROPERTY] : [templateProperty(kind.id)];
  for (const key of keys) {
    const id = props.getProperty(key);
    if (!id) continue;
    const file = fileMeta(id, 'name,description,trashed,parents');
    if (!file || !isTemplateOf(kind.id, file)) continue;
    const template = { id, name: String(file.name) };
    // Not trashed, so neither is its folder: the remembered folder holding it needs no other look.
    if (folderId && file.parents?.includes(folderId)) return { folderId, template };
    return { folderId: folderId && folderAlive(folderId) ? folderId : findFolder(props).id, template };
  }
  let made = false;
  if (!folderId || !folderAlive(folderId)) ({ id: folderId, made } = findFolder(props));
  const found = made ? undefined : findTemplate(folderId, kind);
  if (found) {
    props.setProperty(templateProperty(kind.id), found.id);
    return { folderId, template: found };
  }
  return { folderId, template: importTemplate(folderId, kind, props) };
}

/**
 * The shipped .docx imported as a Google Doc (converted by Drive, which keeps the page-number
 * field), named and marked in the same call: it exists whole or not at all.
 */
function importTemplate(folderId: string, kind: ReportKind, props: Properties): TemplateRef {
  const name = templateName(kind);
  const created = driveService().Files.create(
    { name, mimeType: GOOGLE_DOCS_MIME, parents: [folderId], description: templateMarker(kind.id) },
    templateDocxBlob(kindDocument(kind.id).template),
  );
  const id = String(created.id);
  // Remembering it only saves a search: if this fails, the marker finds it next time.
  props.setProperty(templateProperty(kind.id), id);
  return { id, name };
}

/** Best effort: a half-made file goes to the trash; if even that fails, the log says so. */
function trashQuietly(file: { getId(): string }): void {
  try {
    DriveApp.getFileById(file.getId()).setTrashed(true);
  } catch (error) {
    console.error(`Trashing a half-made file failed: ${String(error)}`);
  }
}

/** The same for a file known by its id, through the Drive service (one call). */
function trashByIdQuietly(id: string): void {
  try {
    driveService().Files.update({ trashed: true }, id);
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
function refuseBrokenTemplate(json: DocJson, template: TemplateRef, data: Parameters<typeof checkTemplate>[1]): void {
  const problems = checkTemplate(jsonBlocks(json), data);
  if (problems.length === 0) return;
  throw new Error(
    t('report.templateProblems', {
      name: template.name,
      // The folder was found by this name (or is the one found by it before), so asking Drive for it tells nothing new.
      folder: t('report.folder'),
      problems: problems.map(problemLine).join('\n'),
    }),
  );
}

/** Whether the batch renderer can express the template as read (pure: planning writes nothing). */
function batchable(json: DocJson, data: Parameters<typeof planBatch>[1]): boolean {
  try {
    planBatch(json, data);
    return true;
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}

/** Where the charts paragraphs are among the paragraphs of a Doc as read (see pictures.ts putPicturesAt). */
function chartsParagraphs(json: DocJson) {
  const paragraphs = paragraphsOf(json);
  const at: number[] = [];
  paragraphs.forEach((p, i) => {
    if (isChartsParagraph(p.text)) at.push(i);
  });
  const top = paragraphs.filter((p) => p.top);
  const topAt = at.map((i) => (paragraphs[i]!.top ? top.indexOf(paragraphs[i]!) : undefined));
  return { all: paragraphs.length, at, top: top.length, topAt };
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
  opts: {
    provisional?: boolean;
    /** A refusal from the tabs this job read under the lock (the wizard's: problems that stop a report), before any Doc is made. */
    refuse?: (grids: WardGrids) => string | undefined;
  } = {},
): CreatedReport {
  const kind = REPORT_KINDS.find((k) => k.id === kindId);
  if (!kind) throw new Error(`Unknown report kind ${kindId}`);
  const now = today();
  const provisional = opts.provisional === true && !periodEnded(period, now);
  if (!periodEnded(period, now) && !provisional) throw new Error(t('report.notEnded', { period: period.id, end: period.end }));
  if (run) run.period = period.id;
  const { grids, outputs } = openWard(ss, run);
  const refusal = opts.refuse?.(grids);
  if (refusal) throw new RefusedError(refusal);
  const lang = userLang();
  // A locked period (Chốt số liệu) is reported from its snapshot, whatever was edited since.
  const lock = lockOf(readLocks(ss, outputs), period);
  const source = lock ? lock.grids : grids;
  const result = rollUpGrids(source, period, now, lang, undefined, undefined, []);
  const document = kindDocument(kind.id);
  const data = document.data(result.ward, period, { today: now, lang: 'vi', provisional });
  // The ward's charts, drawn where the template has {{bieu_do}} (docs/pictures.ts); none: the paragraph is left empty.
  const charts = document.charts?.(result.ward, period, { today: now, lang: 'vi', provisional }) ?? [];
  const place = reportPlace(kind);
  const docs = docsService();
  // The template read once: checked, and (a copy being the same document) where the pictures go.
  const templateJson = docs.Documents.get(place.template.id) as DocJson;
  refuseBrokenTemplate(templateJson, place.template, data);
  const name = vi(provisional ? 'report.docNameProvisional' : 'report.docName', {
    title: vi(kind.title),
    ward: result.ward.settings.ward,
    period: period.id,
  });
  const byBatch = batchable(templateJson, data);
  const where = chartsParagraphs(templateJson);
  // Every picture drawn before anything is made.
  const pictures = charts.length > 0 && (where.at.length > 0 || !byBatch) ? drawCharts(charts) : [];
  const copy = driveService().Files.copy({ name, parents: [place.folderId], description: DRAFT_MARKER }, place.template.id, {
    fields: 'id,webViewLink',
  });
  const copyId = String(copy.id);
  let done = false;
  try {
    let missing: string[];
    if (byBatch) {
      // The pictures first, at the paragraphs the template's reading names; then the copy read as it
      // now is (its revision guards the batch) and filled in one batchUpdate, {{bieu_do}} deleted beside them.
      if (pictures.length > 0 && where.at.length > 0) putPicturesAt(copyId, pictures, where);
      const json = docs.Documents.get(copyId) as DocJson;
      if (pictures.length > 0) {
        const read = paragraphsOf(json);
        if (!where.at.every((i) => isPicturedChartsParagraph(read[i]?.text ?? '', pictures.length)))
          throw new Error(t('report.chartsNotPlaced'));
      }
      ({ missing } = applyBatch(copyId, json, data));
    } else {
      // What a batch cannot express: the DocumentApp renderer, which leaves a marker for the pictures.
      ({ missing } = renderWithDocumentApp(copyId, charts.length > 0 ? { ...data, [CHARTS_PLACEHOLDER]: CHARTS_MARKER } : data));
      if (charts.length > 0) putChartPictures(copyId, pictures);
    }
    // The marker last: a Doc carrying it is complete, so the PDF export never picks a half-filled one.
    driveService().Files.update({ description: reportMarker(kind.id, period.id, provisional) }, copyId);
    const url = copy.webViewLink ?? `https://docs.google.com/document/d/${copyId}/edit`;
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
        fingerprint: lock ? lock.fingerprint : run?.fingerprint || fingerprintOf(grids),
        provisional,
      },
      outputs,
    );
    done = true;
    return { kind: kind.id, period: period.id, provisional, id: copyId, url, name, message: lines.join(' '), missing };
  } finally {
    if (!done) trashByIdQuietly(copyId);
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
