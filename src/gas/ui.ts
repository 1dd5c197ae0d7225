/** Dialog helpers over SpreadsheetApp's Ui. */
import { t } from './i18n';

/** Asks one question; undefined when the user cancels or closes the prompt. */
export function ask(title: string, question: string, fallback = ''): string | undefined {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  if (response.getSelectedButton() !== ui.Button.OK) return undefined;
  return response.getResponseText().trim() || fallback;
}

/** Asks a yes/no question; true only for Yes (No or closing the dialog is no). */
export function confirm(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** A toast is a courtesy: one that fails is logged, never fails the job around it. */
export function toast(message: string): void {
  try {
    SpreadsheetApp.getActive().toast(message, 'CLB LTHTGN', 10);
  } catch (error) {
    console.error(`Showing a toast failed: ${String(error)}`);
  }
}

export function alertMessage(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('CLB LTHTGN', message, ui.ButtonSet.OK);
}

/** A job's summary as a toast, or as an alert when the workbook's structure needs the user's attention. */
export function notify(notice: { message: string; structure: string[] }): void {
  if (notice.structure.length === 0) toast(notice.message);
  else alertMessage([notice.message, ...notice.structure].join('\n\n'));
}

/** Runs a menu action; a failure the user can act on is shown as an alert, not a stack trace. */
export function guarded(action: () => void): void {
  try {
    action();
  } catch (error) {
    alertMessage(error instanceof Error ? error.message : String(error));
  }
}

export const cancelled = () => toast(t('cancelled'));

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small dialog with a link (a Doc's URL) the user can open in a new tab. */
export function showLink(title: string, message: string, url: string, label: string): void {
  const html = HtmlService.createHtmlOutput(
    `<div style="font-family:Arial,sans-serif;font-size:14px"><p>${escapeHtml(message)}</p>` +
      `<p><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(label)}</a></p></div>`,
  )
    .setWidth(420)
    .setHeight(160);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
