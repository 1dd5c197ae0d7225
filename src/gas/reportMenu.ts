/**
 * The names of the report menu's entry points, one per report kind. The build (scripts/build.mjs,
 * through scripts/shipped.ts) appends a top-level `function menuReport_<kind>()` for each kind, as
 * Apps Script calls menu items by a top-level function's name; onOpen names the same functions.
 * No Apps Script global here: the build reads this file in Node.
 */
export const reportMenuFunction = (kindId: string): string => `menuReport_${kindId}`;

/**
 * The menu's item of a kind: the report wizard opened on that kind (`menuWizard_<kind>`, also made by
 * the build). `menuReport_<kind>` stays for menus built by an earlier version (an open sheet keeps its
 * menu until reloaded), which ask the period in a prompt.
 */
export const reportWizardFunction = (kindId: string): string => `menuWizard_${kindId}`;
