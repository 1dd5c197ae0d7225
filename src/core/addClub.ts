/** Adding a club: where its registry row goes and what its tab looks like, for both edges. */
import { maxOf } from './collections';
import type { MessageKey, MessageParams } from './i18n/messages';
import type { SheetSpec } from './layout/types';
import { clubSheetSpec } from './layout/wardLayout';
import { locateTables } from './parse/locate';
import { parseWard, type WardGrids } from './parse/parseWard';
import { SHEETS, WARD_SHEETS } from './schema/sheets';
import { ACTIVE_STATUS, CLUBS } from './schema/tables';
import { foldText, normalizeText } from './text';
import type { Cell } from './values';

export interface NewClub {
  code: string;
  name: string;
  group: string;
}

export type AddClubPlan =
  | { ok: true; club: NewClub; row: number; values: Cell[]; sheet: SheetSpec }
  | { ok: false; messageKey: MessageKey; params: MessageParams };

/**
 * Plans the registry row (the first row after the last club whose cells are all empty, so nothing
 * typed is overwritten) and the club's tab. `sheetNames` are the workbook's existing tabs.
 */
export function planAddClub(grids: WardGrids, sheetNames: string[], input: NewClub, today: string): AddClubPlan {
  const club = { code: normalizeText(input.code), name: normalizeText(input.name), group: normalizeText(input.group) };
  const fail = (messageKey: MessageKey, params: MessageParams = {}): AddClubPlan => ({ ok: false, messageKey, params });
  const grid = grids[SHEETS.clubs];
  const located = grid && locateTables(grid, [CLUBS]).get(CLUBS.id);
  if (!grid || !located) return fail('addClub.noSetup', { sheet: SHEETS.clubs });
  if (!/^[\p{L}\p{N}_-]{1,30}$/u.test(club.code) || WARD_SHEETS.includes(club.code)) return fail('addClub.badCode', { code: club.code });
  if (!club.name) return fail('addClub.emptyName');
  const registry = parseWard({ [SHEETS.clubs]: grid }, { today }).registry;
  const taken = [...registry.map((r) => r.code ?? ''), ...sheetNames].some((c) => foldText(c) === foldText(club.code));
  if (taken) return fail('addClub.exists', { code: club.code });

  const width = maxOf(located.columns.values()) + 1;
  let row = registry.reduce((max, r) => Math.max(max, r.row), located.headerRow + 1) + 1;
  while ((grid[row - 1] ?? []).slice(0, width).some((c) => c !== '' && c !== null && c !== undefined)) row += 1;
  const values: Cell[] = Array(width).fill('');
  const set = (key: string, v: string) => {
    const c = located.columns.get(key);
    if (c !== undefined) values[c] = v;
  };
  set('code', club.code);
  set('name', club.name);
  set('group', club.group);
  set('status', ACTIVE_STATUS);
  return { ok: true, club, row, values, sheet: clubSheetSpec(club.code, club.name, club.group) };
}
