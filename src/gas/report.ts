/**
 * Tạo báo cáo 6 tháng: copy the editable template Doc, fill it from the roll-up, save it (and a PDF)
 * in Drive. All or nothing: a copy or PDF of a run that fails is trashed in a finally. The template
 * is made once: it is found by the document property and, when that is missing or stale, by its
 * marker (the file description) in the report folder; a template that fails half-built is trashed.
 */
import { rollUpGrids } from '../core/jobs';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { SIX_MONTH_REPORT } from '../core/report/defaultTemplate';
import { buildSixMonthReportData } from '../core/report/model';
import { documentKindOf } from '../core/report/register';
import { today } from './clock';
import { createTemplateDoc } from './docs/buildTemplate';
import { renderDoc } from './docs/render';
import { t, userLang } from './i18n';
import { openWard } from './jobs';
import { fingerprintOf } from './log';
import { recordReport } from './register';
import type { Run } from './run';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

const TEMPLATE_PROPERTY = 'reportTemplateId';
/** The description of the template Doc the add-on made: how it is found again without the property. */
export const TEMPLATE_MARKER = 'ishc:report-template:six-month';

/** The officer's own report folder (drive.file: a folder the add-on made, seen only by the user who runs it). */
export function reportFolder(): Folder {
  const name = t('report.folder');
  const found = DriveApp.getFoldersByName(name);
  return found.hasNext() ? found.next() : DriveApp.createFolder(name);
}

const isOurTemplate = (file: File) => !file.isTrashed() && file.getDescription() === TEMPLATE_MARKER;

/** The ward's editable template Doc: by the document property, else by marker in the folder, else made once. */
function templateFile(folder: Folder): File {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(TEMPLATE_PROPERTY);
  if (id) {
    try {
      const file = DriveApp.getFileById(id);
      if (!file.isTrashed()) return file;
    } catch {
      /* deleted or not shared: look for the marked one */
    }
  }
  for (const files = folder.getFilesByName(t('report.templateName')); files.hasNext(); ) {
    const file = files.next();
    if (!isOurTemplate(file)) continue;
    props.setProperty(TEMPLATE_PROPERTY, file.getId());
    return file;
  }
  return buildTemplate(folder, props);
}

function buildTemplate(folder: Folder, props: GoogleAppsScript.Properties.Properties): File {
  let made: GoogleAppsScript.Document.Document | undefined;
  try {
    const doc = createTemplateDoc(SIX_MONTH_REPORT, t('report.templateName'), (d) => {
      made = d;
    });
    doc.saveAndClose();
    const file = DriveApp.getFileById(doc.getId());
    file.moveTo(folder);
    file.setDescription(TEMPLATE_MARKER);
    props.setProperty(TEMPLATE_PROPERTY, file.getId());
    return file;
  } catch (error) {
    if (made) trashQuietly(made);
    throw error;
  }
}

/** Best effort: a half-made file goes to the trash; if even that fails, the log says so. */
function trashQuietly(file: { getId(): string }): void {
  try {
    DriveApp.getFileById(file.getId()).setTrashed(true);
  } catch (error) {
    console.error(`Trashing a half-made file failed: ${String(error)}`);
  }
}

export function createSixMonthReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  period: Period,
  run?: Run,
): { url: string; pdfUrl: string; name: string; message: string; missing: string[] } {
  const now = today();
  const lang = userLang();
  if (run) run.period = period.id;
  const { grids, outputs } = openWard(ss, run);
  const result = rollUpGrids(grids, period, now, lang);
  const data = buildSixMonthReportData(result, { today: now, lang });
  const folder = reportFolder();
  const name = t('report.fileName', { ward: result.ward.settings.ward, period: period.id });
  const copy = templateFile(folder).makeCopy(name, folder);
  let pdf: File | undefined;
  let done = false;
  try {
    const doc = DocumentApp.openById(copy.getId());
    const { missing } = renderDoc(doc, data);
    doc.saveAndClose();
    pdf = folder.createFile(copy.getAs('application/pdf'));
    pdf.setName(`${name}.pdf`);
    const url = copy.getUrl();
    const pdfUrl = pdf.getUrl();
    const lines = [t('report.done', { name, folder: folder.getName() })];
    if (missing.length > 0) lines.push(t('report.missingKeys', { keys: missing.join(', ') }));
    for (const warning of structureWarnings(result.issues, lang)) lines.push(warning);
    run?.notes.push(url);
    // Last: the Sổ báo cáo row (a failure before or in it trashes the Doc above and leaves no row).
    recordReport(
      ss,
      {
        kind: documentKindOf(period.id),
        period: period.id,
        doc: url,
        pdf: pdfUrl,
        fingerprint: fingerprintOf(grids),
        provisional: now <= period.end,
      },
      outputs,
    );
    done = true;
    return { url, pdfUrl, name, message: lines.join(' '), missing };
  } finally {
    if (!done) {
      trashQuietly(copy);
      if (pdf) trashQuietly(pdf);
    }
  }
}
