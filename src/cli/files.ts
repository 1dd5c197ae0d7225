/** Whole-file jobs of the command line: new ward, add club, demo ward, template files. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { type NewClub, planAddClub } from '../core/addClub';
import type { IsoDate } from '../core/dates';
import { defaultPeriodOfWard } from '../core/defaults';
import { generateDemoWard } from '../core/demo';
import { indicatorsMarkdown, validationMarkdown } from '../core/docsTables';
import { type Lang, translate } from '../core/i18n/messages';
import { countBySeverity } from '../core/issues';
import { type RollUpResult, rollUpGrids } from '../core/jobs';
import type { SheetSpec } from '../core/layout/types';
import { validationsFor } from '../core/layout/validations';
import { clubSheetSpec, wardSheetSpecs } from '../core/layout/wardLayout';
import { type Grid, locateTables } from '../core/parse/locate';
import type { WardGrids } from '../core/parse/parseWard';
import { reportKind } from '../core/report/kinds';
import { SHEETS } from '../core/schema/sheets';
import { CLUB_TABLES, WARD_TABLES } from '../core/schema/tables';
import { writeDefaultTemplates } from './docx';
import { readWardXlsx } from './input';
import { UsageError } from './messages';
import { writePrivateLists } from './privateLists';
import { writeReport } from './report';
import { writeFileAtomic, writeWorkbook } from './write';
import { addSpecSheet, newWorkbook, putOutputSheet, putStandardMarks, readWorkbook, workbookGrids } from './xlsx';

export const WARD_TEMPLATE_FILE = 'so-phuong-mau.xlsx';

export function wardTemplateWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const spec of wardSheetSpecs()) addSpecSheet(wb, spec);
  return wb;
}

export async function createWardFile(path: string, lang: Lang = 'vi'): Promise<void> {
  await writeWorkbook(wardTemplateWorkbook(), path, lang);
}

/** A tab drawn from filled grids (the demo): the layout of its spec, rules over its located tables. */
function specFromGrid(name: string, grid: Grid, template: SheetSpec): SheetSpec {
  const tables = WARD_TABLES.some((t) => t.sheet === name) ? WARD_TABLES.filter((t) => t.sheet === name) : CLUB_TABLES;
  const headers = [...locateTables(grid, tables).values()].map((l) => l.headerRow + 1);
  return {
    ...template,
    rows: grid,
    headerRows: headers,
    titleRows: [1, ...headers.map((h) => h - 1).filter((r) => r > 1)],
    validations: validationsFor(grid, tables),
  };
}

export function gridsWorkbook(grids: WardGrids): ExcelJS.Workbook {
  const wb = newWorkbook();
  const templates = new Map(wardSheetSpecs().map((s) => [s.name, s]));
  for (const [name, grid] of Object.entries(grids))
    addSpecSheet(wb, specFromGrid(name, grid, templates.get(name) ?? clubSheetSpec(name, '', '')));
  return wb;
}

export async function addClubToFile(input: string, out: string, club: NewClub, lang: Lang, today: IsoDate): Promise<void> {
  const { wb, grids } = await readWardXlsx(input, lang);
  const plan = planAddClub(
    grids,
    wb.worksheets.map((w) => w.name),
    club,
    today,
  );
  // A club the ward cannot take (a code in use, a group not listed, a bad e-mail) is the arguments' fault: exit 2.
  if (!plan.ok) throw new UsageError(translate(plan.messageKey, plan.params, lang));
  wb.getWorksheet(SHEETS.clubs)!.getRow(plan.row).values = plan.values.map((v) => v ?? '') as ExcelJS.CellValue[];
  addSpecSheet(wb, plan.sheet);
  await writeWorkbook(wb, out, lang);
}

export interface DemoSummary {
  result: RollUpResult;
  errors: number;
  warnings: number;
  paths: string[];
}

/** The main job on the demo ward: ward.xlsx, its roll-up workbook, the officers' named lists (a separate file) and the 6-month report. */
export async function writeDemoWard(
  dir: string,
  opts: { lang: Lang; today?: string; place?: string; seed?: number },
): Promise<DemoSummary> {
  mkdirSync(dir, { recursive: true });
  const today = opts.today ?? '2026-11-22';
  const { grids } = generateDemoWard({ today, place: opts.place, seed: opts.seed });
  const wardPath = join(dir, 'ward.xlsx');
  await writeWorkbook(gridsWorkbook(grids), wardPath, opts.lang);

  const wb = await readWorkbook(wardPath);
  const read = workbookGrids(wb);
  const result = rollUpGrids(read, defaultPeriodOfWard('rollup', read, today), today, opts.lang);
  for (const sheet of result.sheets) putOutputSheet(wb, sheet);
  putStandardMarks(wb, result.marks);
  const rollupPath = join(dir, 'ward-tong-hop.xlsx');
  await writeWorkbook(wb, rollupPath, opts.lang);

  const listsPath = join(dir, 'ward-danh-sach-rieng.xlsx');
  await writePrivateLists(result, listsPath, today, opts.lang);

  const half = rollUpGrids(workbookGrids(wb), defaultPeriodOfWard('report', read, today), today, opts.lang);
  const kind = reportKind('h1')!;
  const period = half.rollup.period;
  const out = join(dir, `${kind.fileStem}-${period.id}.docx`);
  // A demo dated before the half-year ends gets the provisional report, as `report --provisional` would make it.
  const provisional = period.end >= today;
  const report = await writeReport({ ward: half.ward, kind, period, out, today, lang: opts.lang, provisional, pdf: false });
  return { result, ...countBySeverity(result.issues), paths: [wardPath, rollupPath, listsPath, ...report.paths] };
}

export async function writeTemplates(dir: string, lang: Lang = 'vi'): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const ward = join(dir, WARD_TEMPLATE_FILE);
  await writeWorkbook(wardTemplateWorkbook(), ward, lang);
  return [ward, ...(await writeDefaultTemplates(dir))];
}

export const DOC_FILES = { 'INDICATORS.md': indicatorsMarkdown, 'VALIDATION.md': validationMarkdown };

export function writeDocs(dir: string, lang: Lang = 'vi'): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(DOC_FILES).map(([file, make]) => {
    const path = join(dir, file);
    writeFileAtomic(path, make(), lang);
    return path;
  });
}
