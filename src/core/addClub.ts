/** Adding a club: where its registry row goes and what its tab looks like, for both edges. */
import { maxOf } from './collections';
import {
  boardEmailsProblem,
  clubCodeProblem,
  clubGroupProblem,
  clubNameProblem,
  type GroupChoice,
  normalBoardEmails,
} from './dialogs/addClubForm';
import type { MessageKey, MessageParams } from './i18n/messages';
import type { SheetSpec } from './layout/types';
import { clubSheetSpec } from './layout/wardLayout';
import { type Grid, locatedOf, locateTables } from './parse/locate';
import { parseWard, type WardGrids } from './parse/parseWard';
import { readTable } from './parse/readTable';
import { SHEETS } from './schema/sheets';
import { ACTIVE_STATUS, CLUBS, GROUPS } from './schema/tables';
import { foldText, normalizeText } from './text';
import type { Cell } from './values';

export interface NewClub {
  code: string;
  name: string;
  group: string;
  /** Board e-mails, comma-separated (optional; the registry's Email Ban chủ nhiệm). */
  boardEmails?: string;
}

export interface AddClubOptions {
  /** The group must be one of the Tổ dân phố tab's groups (the dialog offers only those). */
  listedGroup?: boolean;
}

export type AddClubPlan =
  | { ok: true; club: NewClub; row: number; values: Cell[]; sheet: SheetSpec }
  | { ok: false; messageKey: MessageKey; params: MessageParams };

/**
 * Plans the registry row (the first row after the last club whose cells are all empty, so nothing
 * typed is overwritten) and the club's tab. `sheetNames` are the workbook's existing tabs.
 */
export function planAddClub(
  grids: WardGrids,
  sheetNames: string[],
  input: NewClub,
  today: string,
  options: AddClubOptions = {},
): AddClubPlan {
  const club: NewClub = { code: normalizeText(input.code), name: normalizeText(input.name), group: normalizeText(input.group) };
  const fail = (messageKey: MessageKey, params: MessageParams = {}): AddClubPlan => ({ ok: false, messageKey, params });
  const grid = grids[SHEETS.clubs];
  const located = grid && locateTables(grid, [CLUBS]).get(CLUBS.id);
  if (!grid || !located) return fail('addClub.noSetup', { sheet: SHEETS.clubs });
  // The dialog's field rules (dialogs/addClubForm.ts), in the order the questions were asked.
  const badCode = clubCodeProblem(club.code, []);
  if (badCode) return fail(badCode.messageKey, badCode.params);
  const badName = clubNameProblem(club.name);
  if (badName) return fail(badName.messageKey, badName.params);
  if (options.listedGroup) {
    const badGroup = clubGroupProblem(club.group, groupChoices(grids[SHEETS.groups]));
    if (badGroup) return fail(badGroup.messageKey, badGroup.params);
  }
  const badEmails = boardEmailsProblem(input.boardEmails ?? '');
  if (badEmails) return fail(badEmails.messageKey, badEmails.params);
  if (input.boardEmails) club.boardEmails = normalBoardEmails(input.boardEmails);
  const registry = parseWard({ [SHEETS.clubs]: grid }, { today }).registry;
  const taken = clubCodeProblem(club.code, [...registry.map((r) => r.code ?? ''), ...sheetNames]);
  if (taken) return fail(taken.messageKey, taken.params);

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
  if (club.boardEmails) set('boardEmails', club.boardEmails);
  return { ok: true, club, row, values, sheet: clubSheetSpec(club.code, club.name, club.group) };
}

/** The ward's residential groups from its Tổ dân phố grid, in the tab's order, each once. */
export function groupChoices(grid: Grid | undefined): GroupChoice[] {
  if (!grid) return [];
  const located = locatedOf(locateTables(grid, [GROUPS]), GROUPS);
  if (!located) return [];
  const rows = readTable(GROUPS.sheet, grid, located, { referenceYear: 2000, workbookYear: 2000 }).rows;
  const seen = new Set<string>();
  const out: GroupChoice[] = [];
  for (const r of rows) {
    const value = r.code || r.name;
    if (!value || seen.has(foldText(value))) continue;
    seen.add(foldText(value));
    out.push({ value, label: r.code && r.name ? `${r.code} – ${r.name}` : value });
  }
  return out;
}
