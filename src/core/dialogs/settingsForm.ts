/**
 * The Cài đặt phường dialog decided in core: which fields it shows (every declared setting of Cấu hình,
 * the most used ones first, and both phases' targets of every Chỉ tiêu row), what each field's current
 * value is as a user would type it, the rule each field is checked by (readSettingText, readTarget: the
 * parser's own), and which cells a save writes — only those whose value changed, nothing when any
 * changed field is refused. The edge (src/gas/dialogs.ts) reads the two tabs and carries the writes out;
 * the page (src/ui/settings.ts) imports the field rules to check as the officer types.
 */
import { maxOf } from '../collections';
import { formatNumberVi, formatTarget } from '../format';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import { INDICATORS } from '../indicators/declarations';
import { type Grid, type LocatedTable, locatedOf, locateTables } from '../parse/locate';
import type { FieldProblem } from '../parse/readSetting';
import { PHASES, type PhaseId } from '../period';
import { SETTINGS, type SettingDecl, type SettingKey, settingDecl } from '../schema/settings';
import { SHEETS } from '../schema/sheets';
import { SETTINGS_TABLE, TARGETS } from '../schema/tables';
import type { Target } from '../schema/types';
import { type Cell, cellText, isBlank } from '../values';
import type { PageProblem } from './addClubForm';
import { type FieldRead, type FieldRule, type FieldValue, readField, ruleOfSetting } from './fieldRules';

export interface SettingsField {
  /** "setting:year", "target:clubs_new:P1". */
  id: string;
  label: string;
  /** What the cell holds now, as a user would type it (the default when the setting has no row). */
  value: string;
  rule: FieldRule;
  /** Fields shown side by side under one heading (a target's indicator) share a group; '' otherwise. */
  group: string;
  /** The field's own label within its group (the phase); '' when it stands alone. */
  short: string;
  /** A short hint under the field: the unit and bounds ("%", "2000–2100"). */
  hint: string;
  /** The current cell's problem, in the user's language ('' when it reads). */
  problem: string;
}

export interface SettingsSection {
  id: string;
  title: string;
  help: string;
  /** Shown folded (the settings officers rarely change). */
  folded: boolean;
  fields: SettingsField[];
}

export interface SettingsState {
  lang: Lang;
  labels: Record<string, string>;
  sections: SettingsSection[];
  problems: PageProblem[];
}

export interface SettingsSaveResult {
  ok: boolean;
  message: string;
  /** Cells written. */
  cells: number;
  /** Each refused field's message. */
  fields: Record<string, string>;
  /** The dialog's sections as the workbook is now (empty when they could not be read again: the page reloads). */
  sections: SettingsSection[];
}

/** The settings each named section shows, in order; every other declared setting goes under "other". */
const NAMED_SECTIONS: ReadonlyArray<{ id: string; keys: readonly SettingKey[] }> = [
  { id: 'ward', keys: ['ward', 'province', 'year'] },
  { id: 'people', keys: ['officerEmail', 'leaderEmail'] },
  {
    id: 'standard',
    keys: [
      'standardMinMembers',
      'standardMaxMembers',
      'standardMinWomenShare',
      'standardMaxWomenShare',
      'standardMinElderlyShare',
      'standardMaxElderlyShare',
    ],
  },
  { id: 'targets', keys: ['populationBase'] },
];

/** A lower bound and its upper bound: a save where the minimum exceeds the maximum is refused. */
const BOUND_PAIRS: ReadonlyArray<readonly [SettingKey, SettingKey]> = [
  ['standardMinMembers', 'standardMaxMembers'],
  ['standardMinWomenShare', 'standardMaxWomenShare'],
  ['standardMinElderlyShare', 'standardMaxElderlyShare'],
];

const PHASE_IDS: readonly PhaseId[] = ['P1', 'P2'];
const settingId = (key: string) => `setting:${key}`;
const targetId = (indicator: string, phase: PhaseId) => `target:${indicator}:${phase}`;

/** Two readings are the same value (so the cell is not written). */
function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === 'object' || typeof b === 'object') {
    const ta = (a ?? {}) as Partial<Target>;
    const tb = (b ?? {}) as Partial<Target>;
    return ta.min === tb.min && ta.max === tb.max && (ta.percent ?? false) === (tb.percent ?? false);
  }
  return (a ?? '') === (b ?? '');
}

/** A setting's value as typed in the form: numbers in Vietnamese notation (money with dots), percent as 0–100. */
function shownSetting(decl: SettingDecl, cell: Cell): string {
  if (typeof cell === 'number') return decl.type === 'money' ? formatNumberVi(cell) : String(cell).replace('.', ',');
  return cellText(cell);
}

function shownDefault(decl: SettingDecl): string {
  if (decl.default === '') return '';
  return typeof decl.default === 'number' ? shownSetting(decl, decl.default) : decl.default;
}

function hintOf(rule: FieldRule, lang: Lang): string {
  if (rule.kind === 'target') return '';
  const parts: string[] = [];
  if (rule.type === 'percent') parts.push('%');
  if (rule.type === 'money') parts.push(translate('settings.unit.money', {}, lang));
  // Money with dots (25.000.000); a year or a count as typed (2000, not 2.000).
  const shown = (n: number) => (rule.type === 'money' ? formatNumberVi(n) : String(n));
  if (rule.min !== undefined && rule.max !== undefined)
    parts.push(translate('settings.range', { min: shown(rule.min), max: shown(rule.max) }, lang));
  else if (rule.min !== undefined && rule.min > 0) parts.push(translate('settings.atLeast', { min: shown(rule.min) }, lang));
  if (rule.type === 'email') parts.push(translate('settings.emailsHint', {}, lang));
  return parts.join(' · ');
}

const problemText = (p: FieldProblem, lang: Lang) => translate(p.messageKey, p.params, lang);

/** The Cấu hình rows by key (row and value column as 0-based grid indices), and where new rows go. */
interface SettingsTable {
  located: LocatedTable;
  rows: Map<string, { row: number; value: Cell }>;
}

function settingsTable(grid: Grid | undefined): SettingsTable | undefined {
  if (!grid) return undefined;
  const located = locatedOf(locateTables(grid, [SETTINGS_TABLE]), SETTINGS_TABLE);
  if (!located) return undefined;
  const keyCol = located.columns.get('key')!;
  const valueCol = located.columns.get('value')!;
  const rows = new Map<string, { row: number; value: Cell }>();
  for (let r = located.headerRow + 1; r < located.endRow && r < grid.length; r++) {
    const key = cellText(grid[r]?.[keyCol]);
    if (key && settingDecl(key) && !rows.has(key)) rows.set(key, { row: r, value: grid[r]?.[valueCol] });
  }
  return { located, rows };
}

interface TargetRow {
  id: string;
  row: number;
  name: string;
  cells: Record<PhaseId, Cell>;
}

function targetTable(grid: Grid | undefined): { located: LocatedTable; rows: TargetRow[] } | undefined {
  if (!grid) return undefined;
  const located = locatedOf(locateTables(grid, [TARGETS]), TARGETS);
  if (!located) return undefined;
  const col = (key: string) => located.columns.get(key);
  const rows: TargetRow[] = [];
  const seen = new Set<string>();
  for (let r = located.headerRow + 1; r < located.endRow && r < grid.length; r++) {
    const id = cellText(grid[r]?.[col('id') ?? 0]);
    if (!id || seen.has(id) || !INDICATORS.some((d) => d.id === id)) continue;
    seen.add(id);
    const cell = (key: string) => (col(key) === undefined ? '' : grid[r]?.[col(key)!]);
    rows.push({ id, row: r, name: cellText(cell('name')), cells: { P1: cell('p1'), P2: cell('p2') } });
  }
  return { located, rows };
}

function settingField(decl: SettingDecl, table: SettingsTable, lang: Lang): SettingsField {
  const rule = ruleOfSetting(decl);
  const found = table.rows.get(decl.key);
  const value = found ? shownSetting(decl, found.value) : shownDefault(decl);
  const read = found && !isBlank(found.value) ? readField(rule, value) : undefined;
  return {
    id: settingId(decl.key),
    label: lang === 'en' ? decl.labelEn : decl.label,
    value,
    rule,
    group: '',
    short: '',
    hint: hintOf(rule, lang),
    problem: read && !read.ok ? problemText(read.problem, lang) : '',
  };
}

/** Every section of the dialog, with the workbook's current values. */
export function settingsSections(grids: Record<string, Grid>, lang: Lang): SettingsSection[] {
  const table = settingsTable(grids[SHEETS.settings]);
  if (!table) return [];
  const named = new Set<string>(NAMED_SECTIONS.flatMap((s) => s.keys));
  const field = (key: string) => settingField(settingDecl(key)!, table, lang);
  const section = (id: string, fields: SettingsField[], folded = false): SettingsSection => ({
    id,
    title: translate(`settings.section.${id}` as MessageKey, {}, lang),
    help: translate(`settings.help.${id}` as MessageKey, {}, lang),
    folded,
    fields,
  });
  const sections = NAMED_SECTIONS.map((s) => section(s.id, s.keys.map(field)));
  const targets = targetTable(grids[SHEETS.targets]);
  const targetSection = sections.find((s) => s.id === 'targets')!;
  for (const row of targets?.rows ?? []) {
    const decl = INDICATORS.find((d) => d.id === row.id)!;
    for (const phase of PHASE_IDS) {
      const value = cellText(row.cells[phase]);
      const read = readField({ kind: 'target' }, value);
      const name = lang === 'en' ? decl.name.en : decl.name.vi;
      const words = lang === 'en' ? PHASES[phase].labelEn : PHASES[phase].labelVi;
      const phaseLabel = translate('settings.phase', { phase: words.charAt(0).toLocaleUpperCase('vi') + words.slice(1) }, lang);
      targetSection.fields.push({
        id: targetId(row.id, phase),
        label: `${name} — ${phaseLabel}`,
        group: name,
        short: phaseLabel,
        value: typeof row.cells[phase] === 'number' ? String(row.cells[phase]) : value,
        rule: { kind: 'target' },
        hint: '',
        problem: read.ok ? '' : problemText(read.problem, lang),
      });
    }
  }
  sections.push(
    section(
      'other',
      SETTINGS.filter((d) => !named.has(d.key)).map((d) => field(d.key)),
      true,
    ),
  );
  return sections;
}

/** One cell a save writes (0-based row and column of the tab). */
export interface CellWrite {
  sheet: string;
  row: number;
  column: number;
  value: Cell;
}

export type SettingsPlan =
  | { ok: true; writes: CellWrite[]; changed: string[] }
  | { ok: false; problems: Record<string, FieldProblem>; missing?: MessageKey };

/** What a setting's cell holds after a save: numbers as numbers (a percent as typed, 0–100), the rest as text. */
function settingCell(value: FieldValue): Cell {
  if (value === undefined) return '';
  return typeof value === 'object' ? formatTarget(value) : value;
}

/**
 * The writes of a save: `submitted` maps field ids to their text. A field is changed when its reading
 * differs from the cell's current reading (or the cell does not read); only changed fields are checked
 * and written, so an untouched cell is never rewritten. Any changed field refused: nothing is written.
 */
export function planSettingsSave(grids: Record<string, Grid>, submitted: Record<string, unknown>, lang: Lang): SettingsPlan {
  const table = settingsTable(grids[SHEETS.settings]);
  if (!table) return { ok: false, problems: {}, missing: 'settings.noTable' };
  const targets = targetTable(grids[SHEETS.targets]);
  const problems: Record<string, FieldProblem> = {};
  const writes: CellWrite[] = [];
  const changed: string[] = [];
  const after = new Map<string, number | undefined>();
  const changedKeys = new Set<string>();
  const valueCol = table.located.columns.get('value')!;
  let nextRow = nextFreeRow(grids[SHEETS.settings]!, table);

  for (const decl of SETTINGS) {
    const text = submitted[settingId(decl.key)];
    const found = table.rows.get(decl.key);
    const rule = ruleOfSetting(decl);
    const currentText = found ? shownSetting(decl, found.value) : shownDefault(decl);
    const current = found && !isBlank(found.value) ? readField(rule, currentText) : ({ ok: true, value: undefined } as FieldRead);
    if (typeof text !== 'string') {
      if (current.ok && typeof current.value === 'number') after.set(decl.key, current.value);
      continue;
    }
    const read = readField(rule, text);
    if (!read.ok) {
      if (text.trim() !== currentText.trim()) problems[settingId(decl.key)] = read.problem;
      continue;
    }
    if (typeof read.value === 'number') after.set(decl.key, read.value);
    // A setting without its row reads as its default: typing the default again changes nothing.
    const baseline = found ? current : readField(rule, shownDefault(decl));
    if (baseline.ok && sameValue(read.value, baseline.value)) continue;
    changedKeys.add(decl.key);
    changed.push(lang === 'en' ? decl.labelEn : decl.label);
    if (found) writes.push({ sheet: SHEETS.settings, row: found.row, column: valueCol, value: settingCell(read.value) });
    else {
      // An older workbook without this setting's row: a new row under the table (key, label, value).
      const row = nextRow++;
      for (const [key, value] of [
        ['key', decl.key],
        ['label', decl.label],
        ['value', settingCell(read.value)],
      ] as const)
        writes.push({ sheet: SHEETS.settings, row, column: table.located.columns.get(key)!, value });
    }
  }
  for (const [min, max] of BOUND_PAIRS) {
    const lo = after.get(min);
    const hi = after.get(max);
    const touched = changedKeys.has(min) || changedKeys.has(max);
    if (touched && lo !== undefined && hi !== undefined && lo > hi && !problems[settingId(max)])
      problems[settingId(max)] = { messageKey: 'settings.minAboveMax', params: { min: formatNumberVi(lo), max: formatNumberVi(hi) } };
  }
  for (const row of targets?.rows ?? []) {
    for (const phase of PHASE_IDS) {
      const id = targetId(row.id, phase);
      const text = submitted[id];
      if (typeof text !== 'string') continue;
      const currentText = typeof row.cells[phase] === 'number' ? String(row.cells[phase]) : cellText(row.cells[phase]);
      const current = readField({ kind: 'target' }, currentText);
      const read = readField({ kind: 'target' }, text);
      if (!read.ok) {
        if (text.trim() !== currentText.trim()) problems[id] = read.problem;
        continue;
      }
      if (current.ok && sameValue(read.value, current.value)) continue;
      const decl = INDICATORS.find((d) => d.id === row.id)!;
      changed.push(`${lang === 'en' ? decl.name.en : decl.name.vi} (${phase})`);
      writes.push({
        sheet: SHEETS.targets,
        row: row.row,
        column: targets!.located.columns.get(phase === 'P1' ? 'p1' : 'p2')!,
        value: settingCell(read.value),
      });
    }
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, writes, changed };
}

/** The first row under the settings table whose three cells are blank. */
function nextFreeRow(grid: Grid, table: SettingsTable): number {
  const cols = [...table.located.columns.values()];
  let row =
    Math.max(
      table.located.headerRow,
      maxOf(
        [...table.rows.values()].map((r) => r.row),
        0,
      ),
    ) + 1;
  while (cols.some((c) => !isBlank(grid[row]?.[c]))) row += 1;
  return row;
}
