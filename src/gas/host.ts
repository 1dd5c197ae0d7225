/**
 * Where the add-on lives: the one difference between the two Apps Script builds (scripts/build.mjs).
 *
 * - dist/ (an Editor add-on, installed from the Marketplace or a test deployment): its menu is the
 *   add-on menu under Extensions, made with createAddonMenu.
 * - dist-bound/ (a script bound to a template spreadsheet that a ward copies with one link): its menu
 *   is a menu of its own in the menu bar, made with createMenu and titled from the catalogue. A bound
 *   script could also call createAddonMenu (its items would sit under Extensions → the project's
 *   name), but an officer who copied a spreadsheet looks for the menu beside Help, not two levels down.
 *
 * The build defines __ISHC_BOUND__ (false for dist/, true for dist-bound/): each bundle reads
 * `if (false)` or `if (true)` here, and is otherwise the same code (test/gas/bound.test.ts).
 */
import { t } from './i18n';

declare const __ISHC_BOUND__: boolean;

/** The menu every item of the add-on goes into, for this build. */
export function createMainMenu(ui: GoogleAppsScript.Base.Ui): GoogleAppsScript.Base.Menu {
  if (__ISHC_BOUND__) return ui.createMenu(t('menu.title'));
  return ui.createAddonMenu();
}
