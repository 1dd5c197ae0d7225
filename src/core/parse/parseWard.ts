/** The whole ward from its grids: (tab name → grid) in, typed records and issues out. Never throws on data. */
import type { IsoDate } from '../dates';
import { INDICATORS } from '../indicators/declarations';
import type { Issue } from '../issues';
import type { Activity, ClubEntry, ClubRecord, FundRow, Group, Loan, Meeting, Member, TargetsById, Training, Ward } from '../model';
import { defaultSettings, SETTINGS, type WardSettings } from '../schema/settings';
import { WARD_SHEETS } from '../schema/sheets';
import {
  ACTIVITIES,
  CLUB_TABLES,
  CLUBS,
  FUNDS,
  GROUPS,
  LOANS,
  MEETINGS,
  MEMBERS,
  SETTINGS_TABLE,
  TARGETS,
  TRAININGS,
} from '../schema/tables';
import type { Table } from '../schema/types';
import { readInteger, readNumber } from '../values';
import { type Grid, locateTables } from './locate';
import { readEmails } from './readCell';
import { missingTableIssue, type ParseContext, type RowRecord, readTable } from './readTable';

export type WardGrids = Record<string, Grid>;

export interface ParseOptions {
  today: IsoDate;
}

const asRecord = <T>(r: RowRecord): T => ({ ...r.values, sheet: r.sheet, row: r.row, cells: r.cells }) as T;

function readWardTable(grids: WardGrids, table: Table, ctx: ParseContext, issues: Issue[], required = true): RowRecord[] {
  const sheet = table.sheet!;
  const grid = grids[sheet];
  if (!grid) {
    if (required) issues.push({ sheet, a1: '', severity: 'error', messageKey: 'table.missingSheet', params: { sheet } });
    return [];
  }
  const located = locateTables(grid, [table]).get(table.id);
  if (!located) {
    issues.push(missingTableIssue(sheet, table));
    return [];
  }
  const read = readTable(sheet, grid, located, ctx);
  issues.push(...read.issues);
  return read.rows;
}

function readSettings(rows: RowRecord[], issues: Issue[]): WardSettings {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  for (const r of rows) {
    const key = String(r.values.key ?? '');
    const decl = SETTINGS.find((s) => s.key === key);
    const a1 = r.cells.value;
    if (!decl) {
      issues.push({ sheet: r.sheet, a1: r.cells.key, severity: 'warning', messageKey: 'setting.unknown', params: { key } });
      continue;
    }
    const raw = r.values.value as string | undefined;
    if (raw === undefined) {
      if (decl.type === 'integer' && decl.default === '') delete settings[key];
      continue;
    }
    if (decl.type === 'text') {
      settings[key] = raw;
      continue;
    }
    if (decl.type === 'email') {
      const read = readEmails(raw);
      if (read.problem)
        issues.push({ sheet: r.sheet, a1, severity: 'error', messageKey: read.problem.key, params: read.problem.params ?? {} });
      else settings[key] = read.value?.join(', ') ?? '';
      continue;
    }
    const read = decl.type === 'integer' ? readInteger(raw.replace(/%$/, '')) : readNumber(raw.replace(/%$/, ''));
    if (read.problem || read.value === undefined) {
      issues.push({
        sheet: r.sheet,
        a1,
        severity: 'error',
        messageKey: read.problem?.key ?? 'value.number.invalid',
        params: { value: raw, ...(read.problem?.params ?? {}) },
      });
      continue;
    }
    settings[key] = decl.type === 'percent' ? read.value / 100 : read.value;
  }
  return settings as unknown as WardSettings;
}

function readTargets(rows: RowRecord[], issues: Issue[]): TargetsById {
  const targets: TargetsById = {};
  for (const d of INDICATORS) targets[d.id] = { ...d.targets };
  for (const r of rows) {
    const id = String(r.values.id ?? '');
    if (!INDICATORS.some((d) => d.id === id)) {
      issues.push({ sheet: r.sheet, a1: r.cells.id, severity: 'warning', messageKey: 'target.unknown', params: { id } });
      continue;
    }
    // A blank target cell means "no target in this phase", so the sheet's row replaces the default whole.
    targets[id] = { P1: r.values.p1 as never, P2: r.values.p2 as never };
  }
  return targets;
}

function readClub(code: string, grid: Grid, entry: ClubEntry, ctx: ParseContext, issues: Issue[]): ClubRecord {
  const located = locateTables(grid, CLUB_TABLES);
  const read = <T>(table: Table): T[] => {
    const l = located.get(table.id);
    if (!l) {
      issues.push(missingTableIssue(code, table));
      return [];
    }
    const out = readTable(code, grid, l, ctx);
    issues.push(...out.issues);
    return out.rows.map((r) => asRecord<T>(r));
  };
  return {
    code,
    sheet: code,
    entry,
    members: read<Member>(MEMBERS),
    meetings: read<Meeting>(MEETINGS),
    funds: read<FundRow>(FUNDS),
    loans: read<Loan>(LOANS),
    trainings: read<Training>(TRAININGS),
  };
}

/** One club tab on its own (the on-edit check): its records and its cell issues, no ward context. */
export function parseClubTab(code: string, grid: Grid, options: ParseOptions): { club: ClubRecord; issues: Issue[] } {
  const year = Number(options.today.slice(0, 4));
  const issues: Issue[] = [];
  const entry: ClubEntry = { sheet: code, row: 0, cells: {}, code };
  const club = readClub(code, grid, entry, { referenceYear: year, workbookYear: year }, issues);
  return { club, issues: issues.filter((i) => i.messageKey !== 'table.missingHeader') };
}

export function parseWard(grids: WardGrids, options: ParseOptions): Ward {
  const issues: Issue[] = [];
  const referenceYear = Number(options.today.slice(0, 4));
  const bootCtx: ParseContext = { referenceYear, workbookYear: referenceYear };
  const settings = readSettings(readWardTable(grids, SETTINGS_TABLE, bootCtx, issues), issues);
  const ctx: ParseContext = { referenceYear, workbookYear: settings.year };
  const targets = readTargets(readWardTable(grids, TARGETS, ctx, issues, false), issues);
  const groups = readWardTable(grids, GROUPS, ctx, issues).map((r) => asRecord<Group>(r));
  const registry = readWardTable(grids, CLUBS, ctx, issues).map((r) => asRecord<ClubEntry>(r));
  const activities = readWardTable(grids, ACTIVITIES, ctx, issues, false).map((r) => asRecord<Activity>(r));

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
  return { settings, targets, groups, registry, clubs, activities, issues };
}
