/** `ishc province`: many ward workbooks rolled up into one province workbook (or JSON). */

import { readdirSync, type Stats, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { IsoDate } from '../core/dates';
import { periodLabel } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/messages';
import { translate } from '../core/i18n/messages';
import { countBySeverity } from '../core/issues';
import { rollUpGrids } from '../core/jobs';
import { gridsForPeriod, lockOf, locksInGrids, withoutLockTab } from '../core/lock';
import { provinceJson } from '../core/output/json';
import { byWardSheet, provinceSummarySheet } from '../core/output/province';
import type { WardGrids } from '../core/parse/parseWard';
import type { Period } from '../core/period';
import { type ProvinceRollUp, rollUpProvince, type WardInput } from '../core/province';
import { settingDecl } from '../core/schema/settings';
import { readWardXlsx } from './input';
import { DataErrors, InputError, say, UsageError } from './messages';
import { printIndicatorTable } from './print';
import { writeWorkbook } from './write';
import { newWorkbook, putOutputSheet } from './xlsx';

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
      throw new InputError(say('fileMissing', { path }, lang));
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

/** The ward name of an unfilled template, which no ward keeps. */
const TEMPLATE_WARD = String(settingDecl('ward')?.default ?? '');

/** A ward's grids as counted, or why they are not: a template never filled in (no club, or the template's ward name). */
export type CountedWard = { kind: 'ward'; ward: WardInput; lockedAt?: string } | { kind: 'unfilled'; ward: string; clubs: number };

/**
 * What every province path does once a ward's grids are read (from an .xlsx or from Google Sheets):
 * a ward that locked the period (Chốt số liệu) counts with the figures it reported; the roll-up is
 * core's. `source` names the ward's origin in the output (a file name, a spreadsheet's title).
 */
export function countWard(grids: WardGrids, source: string, period: Period, today: IsoDate, lang: Lang): CountedWard {
  const lock = lockOf(locksInGrids(grids), period);
  const result = rollUpGrids(gridsForPeriod(withoutLockTab(grids), lock ? [lock] : [], period), period, today, lang);
  const ward = result.ward.settings.ward;
  if (result.ward.registry.length === 0 || ward === TEMPLATE_WARD) return { kind: 'unfilled', ward, clubs: result.ward.registry.length };
  const input: WardInput = { source, rollup: result.rollup, ...countBySeverity(result.issues), ...(lock ? { lockedAt: lock.at } : {}) };
  return { kind: 'ward', ward: input, ...(lock ? { lockedAt: lock.at } : {}) };
}

/**
 * A ward's roll-up, or undefined (with a notice on stderr naming the file) for a file that is no
 * ward to count: damaged, encrypted or not an .xlsx; an .xlsx that is no ward workbook (a province
 * workbook written earlier, another list; quietly for the output file itself, about to be
 * rewritten); a ward template never filled in. The run goes on with the other files.
 */
async function readWard(file: WardFile, period: Period, today: IsoDate, lang: Lang, quiet = false): Promise<WardInput | undefined> {
  let grids: WardGrids;
  try {
    grids = (await readWardXlsx(file.path, lang)).grids;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (!quiet) console.error(say('skipped', { reason: error.message }, lang));
    return undefined;
  }
  const counted = countWard(grids, basename(file.path), period, today, lang);
  if (counted.kind === 'unfilled') {
    if (!quiet) console.error(say('skippedUnfilled', { path: file.path, ward: counted.ward, clubs: counted.clubs }, lang));
    return undefined;
  }
  if (counted.lockedAt && !quiet) console.error(say('provinceLocked', { path: file.path, period: period.id, at: counted.lockedAt }, lang));
  return counted.ward;
}

export interface ProvinceRun {
  rollup: ProvinceRollUp;
  written?: string;
}

export interface ProvinceOptions {
  period: Period;
  today: IsoDate;
  lang: Lang;
  out?: string;
  json: boolean;
  name?: string;
}

export async function runProvince(paths: string[], opts: ProvinceOptions): Promise<ProvinceRun> {
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
  return finishProvince(wards, opts);
}

/** The province from its wards, however they were read: printed (or JSON), refused on errors, written with -o. */
export async function finishProvince(wards: WardInput[], opts: ProvinceOptions): Promise<ProvinceRun> {
  const { lang } = opts;
  if (wards.length === 0) throw new InputError(say('provinceNoWards', {}, lang));
  const rollup = rollUpProvince(wards, opts.period, opts.name);
  const { errors } = countBySeverity(rollup.problems);
  if (opts.json) console.log(JSON.stringify(provinceJson(rollup, lang), null, 2));
  else printProvince(rollup, lang);
  if (errors > 0) throw new DataErrors(say('provinceRefused', {}, lang));
  if (!opts.out) return { rollup };
  const wb = newWorkbook();
  putOutputSheet(wb, provinceSummarySheet(rollup, opts.today, lang));
  putOutputSheet(wb, byWardSheet(rollup, opts.today, lang));
  await writeWorkbook(wb, opts.out, lang);
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
