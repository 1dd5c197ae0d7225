/**
 * The whole pipeline on one ward, with what must hold for any input: parse → check → roll-up →
 * every output tab → JSON → report data, plus the on-edit check of each tab. Throws a plain Error
 * naming the broken promise (so `npm run fuzz` can use it outside jest).
 */
import { defaultPeriodOfWard } from '../../src/core/defaults';
import { rollUpGrids } from '../../src/core/jobs';
import { rollUpJson } from '../../src/core/output/json';
import { privateLists } from '../../src/core/output/privateLists';
import { isLinkCell, type OutputSheet } from '../../src/core/output/types';
import { parsePeriod } from '../../src/core/period';
import { buildSixMonthReportData } from '../../src/core/report/model';
import { WARD_SHEETS } from '../../src/core/schema/sheets';
import { clubTabIssues } from '../../src/core/validate';
import type { FuzzWard } from './wardGrids';

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
/** Facts that are amounts of money; every other fact counts clubs, people, groups or meetings. */
const MONEY_FACTS = new Set(['income_fund', 'activity_fund']);
/** Indicators whose share may exceed 1: people reached over a population base (reached more than once, or base too small). */
const UNBOUNDED_SHARES = new Set(['communication_reach']);

function fail(what: string, detail?: unknown): never {
  throw new Error(detail === undefined ? what : `${what}: ${JSON.stringify(detail)?.slice(0, 400)}`);
}

function checkSheet(sheet: OutputSheet): void {
  const width = sheet.rows[sheet.headerRow - 1]?.length;
  if (!width) fail(`${sheet.name}: no header row`);
  if (sheet.columnWidths.length !== width) fail(`${sheet.name}: ${sheet.columnWidths.length} column widths for ${width} columns`);
  sheet.rows.forEach((row, r) => {
    if (row.length !== width) fail(`${sheet.name}: row ${r + 1} has ${row.length} cells, the header ${width}`);
    for (const cell of row) {
      if (typeof cell === 'number' && !Number.isFinite(cell)) fail(`${sheet.name}: row ${r + 1} holds ${cell}`);
      if (cell === undefined || (typeof cell === 'object' && cell !== null && !(cell instanceof Date) && !isLinkCell(cell)))
        fail(`${sheet.name}: row ${r + 1} holds a cell no edge can write`, cell);
      if (isLinkCell(cell) && !A1.test(cell.a1)) fail(`${sheet.name}: link to ${cell.a1}`);
    }
  });
  const body = sheet.rows.length - sheet.headerRow;
  for (const [what, grid] of [
    ['colours', sheet.colours],
    ['formats', sheet.formats],
  ] as const) {
    if (!grid) continue;
    if (grid.length !== body || grid.some((line) => line.length !== width)) fail(`${sheet.name}: ${what} are not the body's shape`);
  }
}

/** Every number in a JSON value is finite (JSON.stringify would write NaN and Infinity as null). */
function checkFinite(value: unknown, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) fail(`JSON ${path} is ${value}`);
  if (Array.isArray(value)) value.forEach((v, i) => void checkFinite(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkFinite(v, `${path}.${k}`);
}

/** Runs every job on the ward and checks what must hold whatever the input. Returns the issue count. */
export function runPipeline(w: FuzzWard): number {
  const { grids, today, lang } = w;
  const period = w.period ? parsePeriod(w.period)! : defaultPeriodOfWard('rollup', grids, today);
  if (!period) fail('no period');
  const result = rollUpGrids(grids, period, today, lang);

  for (const i of result.issues) {
    if (typeof i.sheet !== 'string' || i.sheet === '') fail('an issue without a sheet', i);
    if (i.a1 !== '' && !A1.test(i.a1)) fail('an issue with a bad cell address', i);
    if (i.a1 !== '' && !(i.sheet in grids)) fail('an issue points into a tab that does not exist', i);
    if (i.severity !== 'error' && i.severity !== 'warning') fail('an issue without a severity', i);
  }

  const { rollup } = result;
  const facts = rollup.facts as Record<string, number>;
  // Known, and owned by another part of issue 8 (item 6, settings range-checked): Cấu hình's population base is
  // read without bounds, so a negative one reaches the fact. Everything else must hold.
  const negativeBase = (result.ward.settings.populationBase ?? 0) < 0;
  for (const [id, n] of Object.entries(facts)) {
    if (id === 'population_base' && negativeBase) continue;
    if (MONEY_FACTS.has(id) ? !Number.isFinite(n) : !(Number.isInteger(n) && n >= 0)) fail(`fact ${id} is ${n}`);
  }
  const atMost = (a: string, b: string) => {
    if (facts[a] > facts[b]) fail(`${a} (${facts[a]}) exceeds ${b} (${facts[b]})`);
  };
  atMost('women_members', 'members');
  atMost('elderly_members', 'members');
  atMost('elderly_women', 'elderly_members');
  atMost('members_served', 'members_in_need');
  atMost('clubs_active', 'clubs_registered');
  atMost('clubs_standard', 'clubs_active');
  atMost('groups_with_standard_club', 'groups_with_club');
  atMost('groups_with_club', 'groups_total');
  for (const list of [rollup.indicators, ...rollup.clubs.map((c) => c.indicators)])
    for (const v of list) {
      if (v.value === null) continue;
      if (!Number.isFinite(v.value)) fail(`indicator ${v.id} is ${v.value}`);
      if (v.unit === 'percent' && !UNBOUNDED_SHARES.has(v.id) && (v.value < 0 || v.value > 1)) fail(`share ${v.id} is ${v.value}`);
      if (v.unit === 'percent' && UNBOUNDED_SHARES.has(v.id) && v.value < 0 && !negativeBase) fail(`share ${v.id} is ${v.value}`);
    }

  for (const sheet of result.sheets) checkSheet(sheet);
  for (const mark of result.marks) {
    if (!(mark.sheet in grids) || (mark.row !== undefined && !(Number.isInteger(mark.row) && mark.row >= 1)))
      fail('a club-standard line outside the tabs', mark);
  }

  // The officers' private lists (names) are drawn apart from the shared tabs.
  const lists = privateLists(result.ward, result.issues, Number(period.end.slice(0, 4)), today, lang);
  for (const sheet of lists.sheets) checkSheet(sheet);

  for (const withNames of [false, true]) {
    const json = rollUpJson(result, lang, { withNames });
    checkFinite(json, 'rollup');
    JSON.parse(JSON.stringify(json));
  }

  const data = buildSixMonthReportData({ rollup, ward: result.ward }, { today, lang });
  for (const key of ['clubs_registered', 'clubs_active', 'members', 'elderly_members', 'elderly_women_share'])
    if (/NaN|Infinity|undefined/.test(String(data[key]))) fail(`report ${key} reads ${data[key]}`);

  // The on-edit check reads a club tab on its own (the first one here: the roll-up above read them all).
  const edited = Object.keys(grids).find((sheet) => !WARD_SHEETS.includes(sheet));
  if (edited !== undefined)
    for (const i of clubTabIssues(edited, grids[edited], { today }))
      if (i.sheet !== edited || (i.a1 !== '' && !A1.test(i.a1))) fail('the on-edit check points outside its tab', i);
  return result.issues.length;
}
