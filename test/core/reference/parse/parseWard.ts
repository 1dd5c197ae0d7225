/*
 * Reference copy (test only, never shipped): src/core/parse/parseWard.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** The whole ward from its grids: (tab name → grid) in, typed records and issues out. Never throws on data. */

import { appendAll } from '../../../../src/core/collections';
import { INDICATORS } from '../../../../src/core/indicators/declarations';
import type { Issue } from '../../../../src/core/issues';
import type { ClubEntry, ClubRecord, TargetsById, Ward } from '../../../../src/core/model';
import { type SettingDecl, type SettingKey, settingDecl, type WardSettings, wardSettings } from '../../../../src/core/schema/settings';
import { WARD_SHEETS } from '../../../../src/core/schema/sheets';
import {
  ACTIVITIES,
  CLUB_TABLES,
  CLUBS,
  FUNDS,
  GROUPS,
  LOANS,
  MEETINGS,
  MEMBERS,
  NARRATIVES,
  SETTINGS_TABLE,
  TARGETS,
  TRAININGS,
} from '../../../../src/core/schema/tables';
import { blankCells, type RecordOf, type Table } from '../../../../src/core/schema/types';
import type { IsoDate } from '../dates';
import { readInteger, readNumber } from '../values';
import { type Grid, locatedOf, locateTables } from './locate';
import { readEmails } from './readCell';
import { missingTableIssue, type ParseContext, readTable } from './readTable';
import { findMisplacedWardTables, misplacedTableIssues } from './renamedTabs';

export type WardGrids = Record<string, Grid>;

export interface ParseOptions {
  today: IsoDate;
}

type WardTable = typeof SETTINGS_TABLE | typeof TARGETS | typeof GROUPS | typeof CLUBS | typeof ACTIVITIES | typeof NARRATIVES;

function readWardTable<T extends WardTable>(
  grids: WardGrids,
  table: T,
  ctx: ParseContext,
  issues: Issue[],
  required = true,
): RecordOf<T>[] {
  const sheet = table.sheet;
  const grid = grids[sheet];
  if (!grid) {
    if (required) issues.push({ sheet, a1: '', severity: 'error', messageKey: 'table.missingSheet', params: { sheet } });
    return [];
  }
  const located = locatedOf(locateTables(grid, [table]), table);
  if (!located) {
    issues.push(missingTableIssue(sheet, table));
    return [];
  }
  const read = readTable(sheet, grid, located, ctx);
  appendAll(issues, read.issues);
  return read.rows;
}

/** One setting's cell, read by its declaration's type; undefined (with an issue) when unreadable. */
function readSetting(decl: SettingDecl, raw: string, at: { sheet: string; a1: string }, issues: Issue[]): string | number | undefined {
  if (decl.type === 'text') return raw;
  if (decl.type === 'email') {
    const read = readEmails(raw);
    if (!read.problem) return read.value?.join(', ') ?? '';
    issues.push({ ...at, severity: 'error', messageKey: read.problem.key, params: read.problem.params ?? {} });
    return undefined;
  }
  const text = raw.replace(/%$/, '');
  const read = decl.type === 'integer' ? readInteger(text) : readNumber(text);
  if (read.problem || read.value === undefined) {
    issues.push({
      ...at,
      severity: 'error',
      messageKey: read.problem?.key ?? 'value.number.invalid',
      params: { value: raw, ...(read.problem?.params ?? {}) },
    });
    return undefined;
  }
  const outside = outOfBounds(decl, read.value);
  if (outside) {
    issues.push({
      ...at,
      severity: 'error',
      messageKey: outside.key,
      params: { given: raw, setting: decl.label, min: decl.min ?? '', max: decl.max ?? '', default: shownDefault(decl) },
    });
    return undefined;
  }
  return decl.type === 'percent' ? read.value / 100 : read.value;
}

/** A number outside its declaration's bounds (as typed: a percent in 0–100), which is refused. */
function outOfBounds(decl: SettingDecl, value: number): { key: 'setting.belowMin' | 'setting.aboveMax' } | undefined {
  if (decl.min !== undefined && value < decl.min) return { key: 'setting.belowMin' };
  if (decl.max !== undefined && value > decl.max) return { key: 'setting.aboveMax' };
  return undefined;
}

/** The default a refused setting falls back to, as a user would type it ("trống" when none). */
function shownDefault(decl: SettingDecl): string {
  if (decl.default === '') return '—';
  return decl.type === 'percent' ? `${decl.default}%` : String(decl.default);
}

/** The settings the sheet gives (readable, declared ones), without defaults. */
function readGivenSettings(rows: RecordOf<typeof SETTINGS_TABLE>[], issues: Issue[]): Partial<WardSettings> {
  const given: Partial<Record<SettingKey, string | number | undefined>> = {};
  for (const r of rows) {
    const key = r.key ?? '';
    const decl = settingDecl(key);
    if (!decl) {
      issues.push({ sheet: r.sheet, a1: r.cells.key, severity: 'warning', messageKey: 'setting.unknown', params: { key } });
      continue;
    }
    if (r.value === undefined) continue;
    const value = readSetting(decl, r.value, { sheet: r.sheet, a1: r.cells.value }, issues);
    if (value !== undefined) given[decl.key] = value;
  }
  // Each value was read by its declaration's type (readSetting).
  return given as Partial<WardSettings>;
}

function readSettings(rows: RecordOf<typeof SETTINGS_TABLE>[], issues: Issue[]): WardSettings {
  return wardSettings(readGivenSettings(rows, issues));
}

function readTargets(rows: RecordOf<typeof TARGETS>[], issues: Issue[]): TargetsById {
  const targets: TargetsById = {};
  for (const d of INDICATORS) targets[d.id] = { ...d.targets };
  for (const r of rows) {
    const id = r.id ?? '';
    if (!INDICATORS.some((d) => d.id === id)) {
      issues.push({ sheet: r.sheet, a1: r.cells.id, severity: 'warning', messageKey: 'target.unknown', params: { id } });
      continue;
    }
    // A blank target cell means "no target in this phase", so the sheet's row replaces the default whole.
    targets[id] = { P1: r.p1, P2: r.p2 };
  }
  return targets;
}

function readClub(code: string, grid: Grid, entry: ClubEntry, ctx: ParseContext, issues: Issue[]): ClubRecord {
  const located = locateTables(grid, CLUB_TABLES);
  const read = <T extends Table>(table: T): RecordOf<T>[] => {
    const l = locatedOf(located, table);
    if (!l) {
      issues.push(missingTableIssue(code, table));
      return [];
    }
    const out = readTable(code, grid, l, ctx);
    appendAll(issues, out.issues);
    return out.rows;
  };
  return {
    code,
    sheet: code,
    entry,
    members: read(MEMBERS),
    meetings: read(MEETINGS),
    funds: read(FUNDS),
    loans: read(LOANS),
    trainings: read(TRAININGS),
  };
}

/** One club tab on its own (the on-edit check): its records and its cell issues, no ward context. */
export function parseClubTab(code: string, grid: Grid, options: ParseOptions): { club: ClubRecord; issues: Issue[] } {
  const year = Number(options.today.slice(0, 4));
  const issues: Issue[] = [];
  const entry: ClubEntry = { sheet: code, row: 0, cells: blankCells(CLUBS), code };
  const club = readClub(code, grid, entry, { referenceYear: year, workbookYear: year }, issues);
  return { club, issues: issues.filter((i) => i.messageKey !== 'table.missingHeader') };
}

/**
 * The settings the ward's Cấu hình tab gives, without defaults (a missing tab gives none): what a job
 * needs before it reads the rest, e.g. its default period.
 */
export function parseGivenSettings(grids: WardGrids, options: ParseOptions): Partial<WardSettings> {
  const referenceYear = Number(options.today.slice(0, 4));
  return readGivenSettings(readWardTable(grids, SETTINGS_TABLE, { referenceYear, workbookYear: referenceYear }, [], false), []);
}

export function parseWard(grids: WardGrids, options: ParseOptions): Ward {
  const issues: Issue[] = [];
  const referenceYear = Number(options.today.slice(0, 4));
  const bootCtx: ParseContext = { referenceYear, workbookYear: referenceYear };
  const settings = readSettings(readWardTable(grids, SETTINGS_TABLE, bootCtx, issues), issues);
  const ctx: ParseContext = { referenceYear, workbookYear: settings.year };
  const targets = readTargets(readWardTable(grids, TARGETS, ctx, issues, false), issues);
  const groups = readWardTable(grids, GROUPS, ctx, issues);
  const registry = readWardTable(grids, CLUBS, ctx, issues);
  const activities = readWardTable(grids, ACTIVITIES, ctx, issues, false);
  const narratives = readWardTable(grids, NARRATIVES, ctx, issues, false);

  const clubs: ClubRecord[] = [];
  const seen = new Set<string>();
  for (const entry of registry) {
    if (!entry.code || seen.has(entry.code)) continue;
    seen.add(entry.code);
    const grid = grids[entry.code];
    if (!grid) {
      issues.push({
        sheet: entry.sheet,
        a1: entry.cells.code,
        severity: 'error',
        messageKey: 'club.noSheet',
        params: { code: entry.code },
      });
      continue;
    }
    clubs.push(readClub(entry.code, grid, entry, ctx, issues));
  }
  for (const [sheet, grid] of Object.entries(grids)) {
    if (seen.has(sheet) || WARD_SHEETS.includes(sheet)) continue;
    if (locateTables(grid, [MEMBERS]).has(MEMBERS.id))
      issues.push({ sheet, a1: '', severity: 'warning', messageKey: 'club.unregisteredSheet', params: { sheet } });
  }
  // A ward tab renamed (or copied): say where its table is instead of only that the tab is missing.
  const misplaced = findMisplacedWardTables(grids, seen);
  const renamed = new Set(misplaced.filter((m) => !m.expectedExists).map((m) => m.expected));
  const kept = issues.filter((i) => !(i.messageKey === 'table.missingSheet' && renamed.has(String(i.params.sheet))));
  return { settings, targets, groups, registry, clubs, activities, narratives, issues: [...misplacedTableIssues(misplaced), ...kept] };
}
