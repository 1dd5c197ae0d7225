/**
 * The add-on's jobs as the benchmark runs them: each one a menu function (or trigger) of the built
 * bundle, called over the in-memory fake of the Apps Script services, in a ward officer's order on
 * one workbook.
 */

import { type Grid, locateTables } from '../src/core/parse/locate';
import { MEMBERS } from '../src/core/schema/tables';
import type { GasEnvironment } from '../test/fakes/gas';

/** The bundle's top-level functions, as gas-local exposes them. */
export type AddOn = Record<string, (...args: unknown[]) => unknown>;

export interface GasJob {
  id: string;
  title: string;
  /** Work before the measured call (its service calls are not counted); its result goes to `run`. */
  prepare?: (env: GasEnvironment, grids: Record<string, Grid>) => unknown;
  run: (app: AddOn, prepared: unknown) => void;
  /** Alerts the job shows when it succeeds (any other alert means the job failed). */
  expectedAlerts?: number;
}

export const PASTED_ROWS = 20;
/** The club tab the on-edit job pastes into, and the wrong value the paste carries. */
const EDITED_CLUB = 'CLB01';
const WRONG_GENDER = 'Khác';

/** Jobs run on the empty spreadsheet, before the ward is written. */
export const NEW_WORKBOOK_JOBS: GasJob[] = [
  { id: 'setup-new', title: 'Thiết lập sổ phường on a new spreadsheet (menuSetUp)', run: (app) => app.menuSetUp(), expectedAlerts: 1 },
];

/** Jobs run, in this order, on the filled ward. */
export const WARD_JOBS: GasJob[] = [
  {
    id: 'setup-filled',
    title: 'Thiết lập sổ phường on the filled ward, first time (its tabs were written without rules or protections)',
    run: (app) => app.menuSetUp(),
    expectedAlerts: 1,
  },
  {
    id: 'setup-again',
    title: 'Thiết lập sổ phường again on the filled ward (menuSetUp; rules, formats and protections already right)',
    run: (app) => app.menuSetUp(),
    expectedAlerts: 1,
  },
  { id: 'check', title: 'Kiểm tra dữ liệu (menuCheck)', run: (app) => app.menuCheck() },
  {
    id: 'rollup',
    title: "Tổng hợp chỉ tiêu (menuRollUp, the settings year; first run: writes every club's standard line)",
    run: (app) => app.menuRollUp(),
  },
  {
    id: 'rollup-again',
    title: "Tổng hợp chỉ tiêu again (club lines and Biểu đồ's layout unchanged: its values written in place, no chart rebuilt)",
    run: (app) => app.menuRollUp(),
  },
  {
    id: 'report',
    title: 'Tạo báo cáo 6 tháng (menuReport, 2026-H1, first report: makes the template Doc)',
    prepare: (env) => env.ui.queuePrompt('2026-H1'),
    run: (app) => app.menuReport(),
  },
  {
    id: 'edit',
    title: `On-edit check of a pasted ${PASTED_ROWS}-row block of ${EDITED_CLUB}'s member register (onEditCheck)`,
    prepare: (env, grids) => pasteMemberBlock(env, grids[EDITED_CLUB]),
    run: (app, range) => app.onEditCheck({ range }),
  },
];

/**
 * Pastes the first rows of a club's member register back over themselves, one of them with a
 * wrong gender, and returns the pasted range (what Sheets hands the on-edit trigger).
 */
function pasteMemberBlock(env: GasEnvironment, grid: Grid | undefined): unknown {
  const sheet = env.spreadsheet.getSheetByName(EDITED_CLUB);
  const located = grid && locateTables(grid, [MEMBERS]).get(MEMBERS.id);
  if (!sheet || !located) throw new Error(`the demo ward has no member register in ${EDITED_CLUB}`);
  const columns = [...located.columns.values()];
  const left = Math.min(...columns);
  const width = Math.max(...columns) - left + 1;
  const top = located.headerRow + 1;
  const block = grid.slice(top, top + PASTED_ROWS).map((row) => Array.from({ length: width }, (_, i) => row[left + i] ?? ''));
  const gender = located.columns.get('gender');
  if (gender !== undefined) block[0][gender - left] = WRONG_GENDER;
  const range = sheet.getRange(top + 1, left + 1, block.length, width);
  range.setValues(block);
  return range;
}
