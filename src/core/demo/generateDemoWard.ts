/**
 * A deterministic, realistic demo ward as grids (tab name → rows of cells), drawn on the real
 * template: the ward tabs from wardSheetSpecs() and each club tab from clubSheetSpec(), with the
 * declared tables filled in place. It carries a handful of deliberate mistakes, listed with their
 * cells, so the ward check has something to find. Pure: no clock, no Math.random, no platform.
 */

import { parseA1 } from '../a1';
import { appendAll } from '../collections';
import { clubSheetSpec, wardSheetSpecs } from '../layout/wardLayout';
import type { Grid } from '../parse/locate';
import { SHEETS } from '../schema/sheets';
import { ACTIVITIES, CLUB_TABLES, CLUBS, GROUPS, NARRATIVES, SETTINGS_TABLE } from '../schema/tables';
import { drawClub } from './club';
import { cellOf, fillTables, setSettingValues } from './fillTable';
import { FOUND_BY } from './mistakes';
import { createRandom, deriveSeed } from './random';
import type { DemoMistake, DemoOptions, DemoSettings } from './types';
import { activityRows, drawGroups, narrativeRows, planClubs, registryRows, settingValues, wardIdentity } from './ward';

export interface DemoWard {
  grids: Record<string, Grid>;
  mistakes: DemoMistake[];
}

export const DEFAULT_DEMO_SEED = 1648;

function settle(options: DemoOptions): DemoSettings {
  const year = options.year ?? (options.today ? Number(options.today.slice(0, 4)) : 2026);
  const demo: DemoSettings = {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    clubs: options.clubs ?? 6,
    membersPerClub: options.membersPerClub ?? [50, 70],
    year,
    today: options.today ?? `${year}-11-22`,
    place: options.place,
    wardPeople: new Set<string>(),
  };
  const [min, max] = demo.membersPerClub;
  if (!Number.isInteger(demo.clubs) || demo.clubs < 1) throw new Error(`clubs must be a whole number ≥ 1, got ${demo.clubs}`);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 20 || max < min)
    throw new Error(`membersPerClub must be [min, max] with 20 ≤ min ≤ max, got [${min}, ${max}]`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Error(`year must be between 2000 and 2100, got ${year}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(demo.today) || Number(demo.today.slice(0, 4)) !== year || demo.today < `${year}-02-01`) {
    throw new Error(`today must be an ISO date from February of ${year} to its end, got ${demo.today}`);
  }
  return demo;
}

export function generateDemoWard(options: DemoOptions = {}): DemoWard {
  const demo = settle(options);
  const rng = createRandom(deriveSeed(demo.seed, 0));
  const grids: Record<string, Grid> = {};
  for (const spec of wardSheetSpecs()) grids[spec.name] = spec.rows;

  setSettingValues(grids[SHEETS.settings], SETTINGS_TABLE, settingValues(demo.year, wardIdentity(demo.place)));
  const groups = drawGroups(rng, demo.clubs);
  fillTables(grids[SHEETS.groups], [GROUPS], { [GROUPS.id]: groups.map((g) => ({ ...g })) });
  const plans = planClubs(rng, demo, groups);
  fillTables(grids[SHEETS.clubs], [CLUBS], { [CLUBS.id]: registryRows(rng, plans, wardIdentity(demo.place)) });
  fillTables(grids[SHEETS.activities], [ACTIVITIES], { [ACTIVITIES.id]: activityRows(rng, demo, plans) });
  fillTables(grids[SHEETS.narratives], [NARRATIVES], { [NARRATIVES.id]: narrativeRows(demo.year) });

  const mistakes: DemoMistake[] = [];
  for (const plan of plans) {
    const content = drawClub(createRandom(deriveSeed(demo.seed, plan.index + 1)), plan, demo);
    const grid = clubSheetSpec(plan.code, plan.name, plan.group).rows;
    const filled = fillTables(grid, CLUB_TABLES, content.records);
    const planted = content.mistakes.map(
      ({ kind, table, record, column, description, descriptionEn }): DemoMistake => ({
        kind,
        sheet: plan.code,
        a1: cellOf(filled.get(table.id)!, content.records[table.id].indexOf(record), column),
        description,
        descriptionEn,
        foundBy: FOUND_BY[kind],
      }),
    );
    appendAll(
      mistakes,
      planted.sort((a, b) => parseA1(a.a1).row - parseA1(b.a1).row),
    );
    grids[plan.code] = grid;
  }
  return { grids, mistakes };
}
