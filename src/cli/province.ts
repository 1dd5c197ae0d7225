/** `ishc province`: many ward workbooks rolled up into one province workbook (or JSON). */
import { readdirSync, type Stats, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { IsoDate } from '../core/dates';
import { periodLabel } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/messages';
import { translate } from '../core/i18n/messages';
import { countBySeverity } from '../core/issues';
import { rollUpGrids } from '../core/jobs';
import { provinceJson } from '../core/output/json';
import { byWardSheet, provinceSummarySheet } from '../core/output/province';
import type { Period } from '../core/period';
import { type ProvinceRollUp, rollUpProvince, type WardInput } from '../core/province';
import { SHEETS } from '../core/schema/sheets';
import { say, UsageError } from './messages';
import { printIndicatorTable } from './print';
import { newWorkbook, putOutputSheet, readWorkbook, workbookGrids } from './xlsx';

interface WardFile {
  path: string;
  inFolder: boolean;
}

/** Files as given, folders as the .xlsx files in them (not Office lock files), in name order. */
export function wardFiles(paths: string[], lang: Lang): WardFile[] {
  const files: WardFile[] = [];
  for (const path of paths) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(say('fileMissing', { path }, lang));
    }
    if (!stat.isDirectory()) {
      files.push({ path, inFolder: false });
      continue;
    }
    const inside = readdirSync(path)
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$') && !f.startsWith('.'))
      .sort();
    for (const f of inside) files.push({ path: join(path, f), inFolder: true });
  }
  if (files.length === 0) throw new UsageError(say('provinceNeedsFiles', {}, lang));
  return files;
}

/**
 * A ward's roll-up, or undefined for a file in a folder that is not a ward workbook (a province
 * workbook written earlier, another list): it is skipped with a notice (quietly for the output
 * file itself, about to be rewritten). A file named on the command line must be a ward workbook.
 */
async function readWard(file: WardFile, period: Period, today: IsoDate, lang: Lang, quiet = false): Promise<WardInput | undefined> {
  const grids = workbookGrids(await readWorkbook(file.path));
  if (!grids[SHEETS.settings] || !grids[SHEETS.clubs]) {
    if (!file.inFolder) throw new UsageError(say('notWard', { path: file.path }, lang));
    if (!quiet) console.error(say('skippedNotWard', { path: file.path }, lang));
    return undefined;
  }
  const result = rollUpGrids(grids, period, today, lang);
  return { source: basename(file.path), rollup: result.rollup, ...countBySeverity(result.issues) };
}

export interface ProvinceRun {
  rollup: ProvinceRollUp;
  written?: string;
}

export async function runProvince(
  paths: string[],
  opts: { period: Period; today: IsoDate; lang: Lang; out?: string; json: boolean; name?: string },
): Promise<ProvinceRun> {
  const { lang } = opts;
  const files = wardFiles(paths, lang);
  const out = opts.out;
  const isOut = (f: WardFile) => out !== undefined && resolve(f.path) === resolve(out);
  if (files.some((f) => isOut(f) && !f.inFolder)) throw new UsageError(say('sameAsInput', {}, lang));
  const wards: WardInput[] = [];
  for (const file of files) {
    const ward = await readWard(file, opts.period, opts.today, lang, isOut(file));
    if (ward && isOut(file)) throw new UsageError(say('sameAsInput', {}, lang));
    if (ward) wards.push(ward);
  }
  if (wards.length === 0) throw new UsageError(say('provinceNeedsFiles', {}, lang));
  const rollup = rollUpProvince(wards, opts.period, opts.name);
  const { errors } = countBySeverity(rollup.problems);
  if (opts.json) console.log(JSON.stringify(provinceJson(rollup, lang), null, 2));
  else printProvince(rollup, lang);
  if (errors > 0) throw new UsageError(say('provinceRefused', {}, lang));
  if (!opts.out) return { rollup };
  const wb = newWorkbook();
  putOutputSheet(wb, provinceSummarySheet(rollup, opts.today, lang));
  putOutputSheet(wb, byWardSheet(rollup, opts.today, lang));
  await wb.xlsx.writeFile(opts.out);
  if (!opts.json) console.log(say('wrote', { path: opts.out }, lang));
  return { rollup, written: opts.out };
}

function printProvince(p: ProvinceRollUp, lang: Lang): void {
  for (const problem of p.problems)
    console.log(`${translate(`severity.${problem.severity}`, {}, lang)}: ${translate(problem.messageKey, problem.params, lang)}`);
  for (const w of p.wards) {
    console.log(
      say(
        'provinceWard',
        {
          ward: w.rollup.ward || '?',
          clubs: w.rollup.facts.clubs_active,
          members: w.rollup.facts.members,
          errors: w.errors,
          warnings: w.warnings,
          source: w.source,
        },
        lang,
      ),
    );
  }
  console.log(say('provinceHeader', { province: p.province, wards: p.wards.length, period: periodLabel(p.period, lang) }, lang));
  printIndicatorTable(p.indicators, lang);
}
