/** Tạo báo cáo 6 tháng: copy the editable template Doc, fill it from the roll-up, save it (and a PDF) in Drive. */
import { rollUpGrids } from '../core/jobs';
import { structureWarnings } from '../core/parse/renamedTabs';
import type { Period } from '../core/period';
import { SIX_MONTH_REPORT } from '../core/report/defaultTemplate';
import { buildSixMonthReportData } from '../core/report/model';
import { today } from './clock';
import { createTemplateDoc } from './docs/buildTemplate';
import { renderDoc } from './docs/render';
import { readWardGrids } from './grids';
import { t, userLang } from './i18n';
import { appendLog } from './log';

const TEMPLATE_PROPERTY = 'reportTemplateId';

/** The officer's own report folder (drive.file: a folder the add-on made, seen only by the user who runs it). */
export function reportFolder(): GoogleAppsScript.Drive.Folder {
  const name = t('report.folder');
  const found = DriveApp.getFoldersByName(name);
  return found.hasNext() ? found.next() : DriveApp.createFolder(name);
}

/** The ward's editable template Doc; the default one is created on first use and remembered. */
function templateFile(folder: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.File {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(TEMPLATE_PROPERTY);
  if (id) {
    try {
      return DriveApp.getFileById(id);
    } catch {
      /* deleted or not shared: make a new one */
    }
  }
  const doc = createTemplateDoc(SIX_MONTH_REPORT, t('report.templateName'));
  doc.saveAndClose();
  const file = DriveApp.getFileById(doc.getId());
  file.moveTo(folder);
  props.setProperty(TEMPLATE_PROPERTY, file.getId());
  return file;
}

export function createSixMonthReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  period: Period,
): { url: string; pdfUrl: string; name: string; message: string; missing: string[] } {
  const now = today();
  const lang = userLang();
  const result = rollUpGrids(readWardGrids(ss), period, now, lang);
  const data = buildSixMonthReportData(result, { today: now, lang });
  const folder = reportFolder();
  const name = t('report.fileName', { ward: result.ward.settings.ward, period: period.id });
  const copy = templateFile(folder).makeCopy(name, folder);
  const doc = DocumentApp.openById(copy.getId());
  const { missing } = renderDoc(doc, data);
  doc.saveAndClose();
  const pdf = folder.createFile(copy.getAs('application/pdf')).setName(`${name}.pdf`);
  appendLog(ss, t('log.report', { period: period.id, url: copy.getUrl() }));
  const lines = [t('report.done', { name, folder: folder.getName() })];
  if (missing.length > 0) lines.push(t('report.missingKeys', { keys: missing.join(', ') }));
  for (const warning of structureWarnings(result.issues, lang)) lines.push(warning);
  return { url: copy.getUrl(), pdfUrl: pdf.getUrl(), name, message: lines.join(' '), missing };
}
