/** The texts the dialogs show, in the user's language (the server sends them; the page fills their {parameters}). */
import { type Lang, type MessageKey, translate } from '../i18n/messages';

/** The catalogue keys the Thêm câu lạc bộ dialog shows. */
export const ADD_CLUB_LABELS = [
  'addClub.title',
  'addClub.intro',
  'addClub.code',
  'addClub.codeHelp',
  'addClub.codeExample',
  'addClub.name',
  'addClub.namePlaceholder',
  'addClub.group',
  'addClub.groupPick',
  'addClub.boardEmails',
  'addClub.boardHelp',
  'addClub.submit',
  'addClub.working',
  'addClub.openTab',
  'addClub.another',
  'addClub.emptyCode',
  'addClub.badCode',
  'addClub.exists',
  'addClub.emptyName',
  'addClub.noGroup',
  'addClub.unknownGroup',
  'addClub.fixFields',
  'value.email.invalid',
  'dialog.problems',
  'dialog.close',
  'dialog.cancel',
  'dialog.failed',
  'dialog.goToSheet',
  'wizard.loading',
] as const satisfies readonly MessageKey[];

export const labelsOf = (keys: readonly MessageKey[], lang: Lang): Record<string, string> =>
  Object.fromEntries(keys.map((key) => [key, translate(key, {}, lang)]));

/** The catalogue keys the Cài đặt phường dialog shows. */
export const SETTINGS_LABELS = [
  'settings.title',
  'settings.intro',
  'settings.save',
  'settings.saving',
  'settings.unchanged',
  'settings.refused',
  'settings.required',
  'settings.belowMin',
  'settings.aboveMax',
  'settings.minAboveMax',
  'settings.changedCount',
  'value.number.invalid',
  'value.integer.invalid',
  'value.email.invalid',
  'value.target.invalid',
  'dialog.problems',
  'dialog.close',
  'dialog.cancel',
  'dialog.failed',
  'dialog.goToSheet',
  'wizard.loading',
] as const satisfies readonly MessageKey[];
