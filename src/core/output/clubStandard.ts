/**
 * The club standard on the club's own tab: one add-on-owned cell above the first table (A3 on
 * tabs drawn by Thiết lập / Thêm câu lạc bộ), rewritten by a roll-up when the result changed. It is
 * written only where the cell is blank or already holds this line, so nothing a user typed is ever
 * overwritten; an unchanged line costs no call.
 */

import { parseA1, toA1 } from '../a1';
import { minOf } from '../collections';
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import { type Grid, locateTables } from '../parse/locate';
import { CLUB_TABLES } from '../schema/tables';
import { foldText } from '../text';
import { cellText } from '../values';
import { STATUS_COLOURS } from './types';

export interface ClubStandardMark {
  sheet: string;
  a1: string;
  text: string;
  /** Tab colour: green when the club meets the standard, red when it does not, none when it is not judged (not active). */
  colour: string | null;
}

/** Every line this module writes starts with one of these, in either language. */
const LABELS = [foldText('Chuẩn CLB'), foldText('Club standard')];

const isOurs = (text: string) => LABELS.some((label) => foldText(text).startsWith(label));

/** The cell for the line: column A, the first row above the first table that is ours or blank. */
export function standardCell(grid: Grid): string | undefined {
  const tables = [...locateTables(grid, CLUB_TABLES).values()];
  if (tables.length === 0) return undefined;
  const firstTitle = minOf(tables.map((t) => t.headerRow)) - 1;
  const rows = Array.from({ length: Math.max(0, firstTitle) }, (_, r) => r).filter((r) => r >= 2);
  const ours = rows.find((r) => isOurs(cellText(grid[r]?.[0] ?? '')));
  if (ours !== undefined) return toA1(ours + 1, 1);
  const blank = rows.find((r) => (grid[r] ?? []).every((c) => cellText(c) === ''));
  return blank === undefined ? undefined : toA1(blank + 1, 1);
}

/** The lines to write: one per club whose line is missing or out of date. */
export function clubStandardMarks(rollup: WardRollUp, grids: Record<string, Grid>, lang: Lang = 'vi'): ClubStandardMark[] {
  const period = periodLabel(rollup.period, lang);
  return rollup.clubs.flatMap((c) => {
    const grid = grids[c.club.sheet];
    const a1 = grid ? standardCell(grid) : undefined;
    if (!a1) return [];
    const result = !c.standard
      ? translate('clubStandard.notJudged', { standing: clubStandingLabel(c.standing, lang) }, lang)
      : c.standard.met
        ? translate('standard.met', {}, lang)
        : translate('clubStandard.missed', { criteria: missedLabels(c.standard, lang).join('; ') }, lang);
    const met = c.standard?.met === true;
    const text = translate('clubStandard.line', { period, result }, lang);
    const { row, column } = parseA1(a1);
    if (cellText(grid[row - 1]?.[column - 1] ?? '') === text) return [];
    return [{ sheet: c.club.sheet, a1, text, colour: !c.standard ? null : met ? STATUS_COLOURS.met : STATUS_COLOURS.below }];
  });
}
