/**
 * The club standard on the club's own tab: one add-on-owned cell, column A of the row the add-on
 * reserved for it when it drew the tab (a developer-metadata marker on that row, so the cell moves
 * with the row when users insert or delete rows above it). Tabs drawn before the marker existed have
 * it adopted in A3, and only while A3 holds the add-on's own line or its placeholder. The line is
 * written only into a reserved cell that is blank or holds our own line, so nothing a user typed is
 * overwritten; an unchanged line costs no call. Core finds the row by content (our line or the
 * placeholder, above the first table); the edge checks the marker before it writes.
 */
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import { firstHeaderRow, type Grid } from '../parse/locate';
import { CLUB_TABLES } from '../schema/tables';
import { foldText } from '../text';
import { cellText } from '../values';
import { STATUS_COLOURS } from './types';

export interface ClubStandardMark {
  sheet: string;
  /** 1-based row whose column A holds our line or the placeholder; undefined when none does (the edge looks for the marked row). */
  row?: number;
  text: string;
  /** Tab colour: green when the club meets the standard, red when it does not, none when it is not judged (not active). */
  colour: string | null;
  /** Whether the tab colour must be set: the line there now is not ours of the same colour (its result changed, or a placeholder). */
  recolour: boolean;
}

/** Every line this module writes, and the placeholder drawn tabs start with, begins with one of these, in either language. */
const LABELS = [foldText('Chuẩn CLB'), foldText('Club standard')];

/** Whether a cell holds the add-on's own line or its placeholder. */
export const isStandardLine = (text: string) => LABELS.some((label) => foldText(text).startsWith(label));

/** The row drawn tabs reserve (clubSheetSpec), and the only one adopted on older tabs. */
export { RESERVED_STANDARD_ROW } from '../layout/wardLayout';

/** The row of our line: the first row of column A above the first table that holds our line or the placeholder. */
export function standardRow(grid: Grid): number | undefined {
  // Above the topmost table (the row above its header holds its title); the scan stops at that header.
  const first = firstHeaderRow(grid, CLUB_TABLES);
  const end = first === undefined ? grid.length : Math.min(first - 1, grid.length);
  for (let r = 0; r < Math.min(end, grid.length); r++) if (isStandardLine(cellText(grid[r]?.[0] ?? ''))) return r + 1;
  return undefined;
}

const RESULT_MET = new Set((['vi', 'en'] as const).map((lang) => translate('standard.met', {}, lang)));
const RESULT_MISSED = (['vi', 'en'] as const).map((lang) => translate('clubStandard.missed', { criteria: '' }, lang));
const RESULT_NOT_JUDGED = (['vi', 'en'] as const).map((lang) =>
  translate('clubStandard.notJudged', { standing: '' }, lang).replace(/^;?\s*/, ''),
);

/**
 * The tab colour an earlier line of ours (of any period, in either language) gave its tab; undefined
 * for anything else (the placeholder, a user's text), whose tab colour is not known.
 */
export function standardLineColour(text: string): string | null | undefined {
  const at = text.indexOf('): ');
  if (!isStandardLine(text) || at < 0) return undefined;
  const result = text.slice(at + 3);
  if (RESULT_MET.has(result)) return STATUS_COLOURS.met;
  if (RESULT_MISSED.some((prefix) => result.startsWith(prefix))) return STATUS_COLOURS.below;
  if (RESULT_NOT_JUDGED.some((suffix) => result.endsWith(suffix))) return null;
  return undefined;
}

/** The lines to write: one per club whose line is missing or out of date. */
export function clubStandardMarks(rollup: WardRollUp, grids: Record<string, Grid>, lang: Lang = 'vi'): ClubStandardMark[] {
  const period = periodLabel(rollup.period, lang);
  return rollup.clubs.flatMap((c) => {
    const grid = grids[c.club.sheet];
    if (!grid) return [];
    const row = standardRow(grid);
    const result = !c.standard
      ? translate('clubStandard.notJudged', { standing: clubStandingLabel(c.standing, lang) }, lang)
      : c.standard.met
        ? translate('standard.met', {}, lang)
        : translate('clubStandard.missed', { criteria: missedLabels(c.standard, lang).join('; ') }, lang);
    const met = c.standard?.met === true;
    const text = translate('clubStandard.line', { period, result }, lang);
    const before = row === undefined ? undefined : cellText(grid[row - 1]?.[0] ?? '');
    if (before === text) return [];
    const colour = !c.standard ? null : met ? STATUS_COLOURS.met : STATUS_COLOURS.below;
    const recolour = before === undefined || standardLineColour(before) !== colour;
    return [{ sheet: c.club.sheet, row, text, colour, recolour }];
  });
}
