/** `ishc`: the ward workbook jobs on .xlsx files, from the same core as the add-on. */

import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatDateVi, type IsoDate, isoFromLocalDate } from '../core/dates';
import { defaultPeriodOfWard } from '../core/defaults';
import { periodLabel } from '../core/i18n/labels';
import type { Lang } from '../core/i18n/messages';
import { translate } from '../core/i18n/messages';
import { countBySeverity, type Issue, issueMessage } from '../core/issues';
import { checkWard, rollUpGrids } from '../core/jobs';
import { lockOf, locksInGrids, withoutLockTab } from '../core/lock';
import { rollUpJson } from '../core/output/json';
import { structureWarnings } from '../core/parse/renamedTabs';
import { defaultPeriodFor, type Period, parsePeriod } from '../core/period';
import { longevityList, socialPensionList } from '../core/policy';
import { type Args, checkArgs, option, parseArgs } from './args';
import { renderChartPngs, writeChartPngs } from './charts';
import { addClubToFile, createWardFile, writeDemoWard, writeDocs, writeTemplates } from './files';
import { GoogleGaveUp } from './google/stop';
import { readDocxTemplate, readWardXlsx } from './input';
import { DataErrors, EXIT, InputError, say, UsageError, usage } from './messages';
import { printIndicatorTable } from './print';
import { privateListsPath, removeOwnListTabs, writePrivateLists } from './privateLists';
import { runProvince } from './province';
import { defaultReportFile, namedKind, provisionalOf, refuseUnfilled, reportTarget, writeReport } from './report';
import { writeWorkbook } from './write';
import { putOutputSheet, putStandardMarks } from './xlsx';

function langOf(args: Args): Lang {
  return option(args, 'lang') === 'en' ? 'en' : 'vi';
}

/** --today, already checked to be a real date by checkArgs. */
function todayOf(args: Args): IsoDate {
  return option(args, 'today') ?? isoFromLocalDate(new Date());
}

/** The --period given, checked; undefined when none is, and the job takes core's default (defaultPeriodFor). */
function namedPeriod(args: Args, lang: Lang): Period | undefined {
  const text = option(args, 'period');
  if (text === undefined) return undefined;
  const period = parsePeriod(text);
  if (!period) throw new UsageError(say('badPeriod', { value: text }, lang));
  return period;
}

function inputFile(args: Args, lang: Lang): string {
  const path = args.positional[1];
  if (!path) throw new UsageError(usage(lang));
  return path;
}

/** The workbook's structure problems (a renamed Cấu hình, a missing tab), on stderr: a job that prints no issue list must still say them. */
function warnStructure(issues: Issue[], lang: Lang): void {
  for (const warning of structureWarnings(issues, lang)) console.error(say('warning', { message: warning }, lang));
}

function outputFile(args: Args, input: string, fallback: string, lang: Lang): string {
  const out = option(args, 'output') ?? fallback;
  if (resolve(out) === resolve(input)) throw new UsageError(say('sameAsInput', {}, lang));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  return out;
}

const base = (path: string) => path.replace(/\.xlsx$/i, '');

/** Prints what check found; the exit code is 1 when it found errors (EXIT.dataErrors). */
async function check(args: Args, lang: Lang): Promise<number> {
  const input = inputFile(args, lang);
  const today = todayOf(args);
  const { grids } = await readWardXlsx(input, lang);
  // The club-level rules count at the period's end, as the roll-up of the same period does.
  const period = namedPeriod(args, lang) ?? defaultPeriodOfWard('check', grids, today);
  // The JSON carries what rollup --json does (indicators by id, each club's standard, the issues).
  if (args.options.json) {
    const withNames = args.options['with-names'] === true;
    const rolled = rollUpGrids(grids, period, today, lang);
    console.log(JSON.stringify(rollUpJson(rolled, lang, { withNames }), null, 2));
    return countBySeverity(rolled.issues).errors > 0 ? EXIT.dataErrors : EXIT.ok;
  }
  const result = checkWard(grids, today, lang, period);
  const counts = countBySeverity(result.issues);
  console.log(say('issuesHeader', counts, lang));
  console.log(translate('check.countedAt', { date: formatDateVi(period.end), period: periodLabel(period, lang) }, lang));
  for (const i of result.issues)
    console.log(`${translate(`severity.${i.severity}`, {}, lang)}\t${i.sheet}!${i.a1}\t${issueMessage(i, lang)}`);
  return counts.errors > 0 ? EXIT.dataErrors : EXIT.ok;
}

function printIndicators(result: ReturnType<typeof rollUpGrids>, lang: Lang): void {
  const { rollup } = result;
  console.log(say('indicatorsHeader', { ward: rollup.ward, period: periodLabel(rollup.period, lang) }, lang));
  printIndicatorTable(rollup.indicators, lang);
}

async function rollup(args: Args, lang: Lang): Promise<void> {
  const input = inputFile(args, lang);
  const today = todayOf(args);
  const { wb, grids } = await readWardXlsx(input, lang);
  const result = rollUpGrids(grids, namedPeriod(args, lang) ?? defaultPeriodOfWard('rollup', grids, today), today, lang);
  warnStructure(result.issues, lang);
  // Charts are drawn before anything is written (a missing font refuses the whole run).
  const pngs = args.options.charts === undefined ? undefined : await renderChartPngs(result.charts, lang);
  let out: string | undefined;
  if (option(args, 'output') || !args.options.json) {
    out = outputFile(args, input, `${base(input)}-tong-hop.xlsx`, lang);
    // The shared workbook carries aggregates only: named lists an earlier version drew there go.
    const removed = removeOwnListTabs(wb);
    for (const sheet of result.sheets) putOutputSheet(wb, sheet);
    putStandardMarks(wb, result.marks);
    await writeWorkbook(wb, out, lang);
    if (!args.options.json) {
      printIndicators(result, lang);
      console.log(say('wrote', { path: out }, lang));
      if (removed.length > 0) console.log(translate('privateLists.removedTabs', { tabs: removed.join(', ') }, lang));
    }
  }
  const chartsDir = option(args, 'charts');
  if (pngs && chartsDir) {
    writeChartPngs(pngs, chartsDir, lang);
    if (!args.options.json) console.log(say('wroteCharts', { count: pngs.length, dir: chartsDir }, lang));
  }
  if (args.options.lists === true) {
    const path = privateListsPath(input, out);
    await writePrivateLists(result, path, today, lang);
    if (!args.options.json) console.log(say('wrotePrivate', { path }, lang));
  } else if (!args.options.json) {
    const year = Number(result.rollup.period.end.slice(0, 4));
    const counts = { longevity: longevityList(result.ward, year).length, pension: socialPensionList(result.ward, year).length };
    console.log(say('listsCount', counts, lang));
  }
  if (args.options.json) console.log(JSON.stringify(rollUpJson(result, lang, { withNames: args.options['with-names'] === true }), null, 2));
}

/**
 * `ishc report`: refusals first (the kind and period; a ward that is none or is unfilled; a period not
 * ended without --provisional; a list of names without -o; --lang en, as reports are Vietnamese only;
 * then the officer's template), and only then the files.
 * A list of named people (kind.personal) goes only where -o says, with the privacy notice.
 */
async function report(args: Args, lang: Lang): Promise<void> {
  const input = inputFile(args, lang);
  const today = todayOf(args);
  const kind = namedKind(option(args, 'kind'), lang, today);
  const named = namedPeriod(args, lang);
  const { grids } = await readWardXlsx(input, lang);
  const target = reportTarget(
    { kind, period: named, periodText: option(args, 'period'), wardDefault: () => defaultPeriodOfWard('report', grids, today) },
    lang,
    today,
  );
  // A locked period (Chốt số liệu) is reported from what was locked, whatever was edited since.
  const lock = lockOf(locksInGrids(grids), target.period);
  const checked = checkWard(lock ? lock.grids : withoutLockTab(grids), today, lang, target.period);
  refuseUnfilled(checked.ward, input, lang);
  const provisional = provisionalOf(target.kind, target.period, today, args.options.provisional === true, lang);
  const templatePath = option(args, 'template');
  const template = templatePath ? readDocxTemplate(templatePath, lang) : undefined;
  const personal = target.kind.personal;
  if (personal && !option(args, 'output'))
    throw new UsageError(say('personalNeedsOutput', { title: translate(target.kind.title, {}, lang) }, lang));
  // The last refusal: a report in English would be a mixture (the template and the document are Vietnamese);
  // the problems above are still said in English first.
  if (lang === 'en') throw new UsageError(say('reportVietnameseOnly', {}, lang));
  const out = outputFile(args, input, defaultReportFile(input, target.kind, target.period), lang);
  warnStructure(checked.issues, lang);
  const written = await writeReport({
    ward: checked.ward,
    kind: target.kind,
    period: target.period,
    out,
    today,
    lang,
    provisional,
    template,
    templatePath,
    pdf: args.options.pdf === true,
  });
  if (lock) console.log(say('reportFromLock', { period: target.period.id, at: lock.at }, lang));
  for (const path of written.paths) console.log(say(personal ? 'wrotePrivate' : 'wrote', { path }, lang));
  if (written.missing.length) console.log(say('reportMissing', { keys: written.missing.join(', ') }, lang));
  if (args.options.pdf === true && !written.pdf) console.log(say('pdfSkipped', {}, lang));
}

async function province(args: Args, lang: Lang): Promise<void> {
  const inputs = args.positional.slice(1);
  const google = option(args, 'google');
  const folder = option(args, 'google-folder');
  if (inputs.length === 0 && google === undefined && folder === undefined)
    throw new UsageError(`${say('provinceNeedsFiles', {}, lang)}\n\n${usage(lang)}`);
  const today = todayOf(args);
  const period = namedPeriod(args, lang) ?? defaultPeriodFor('province', { today });
  const json = args.options.json === true;
  const out = option(args, 'output') ?? (json ? undefined : `tong-hop-tinh-${period.id}.xlsx`);
  const common = { period, today, lang, out, json, name: option(args, 'name') };
  if (google === undefined && folder === undefined) {
    await runProvince(inputs, common);
    return;
  }
  // --google ID… takes the ids after it too (positionals); an .xlsx among them is a mix-up.
  const ids = google === undefined ? inputs : [google, ...inputs];
  const odd = ids.find((id) => !/^[\w-]+$/.test(id)) ?? (google === undefined ? inputs[0] : undefined);
  if (odd !== undefined) throw new UsageError(say('googleBothSources', { value: odd }, lang));
  const { runProvinceGoogle } = await import('./google/province');
  // googleapis is loaded only for a run over Google (it takes a second to load).
  const g = await import('googleapis');
  await runProvinceGoogle(g, {
    ...common,
    ids: ids.flatMap((id) => id.split(',')).filter((id) => id !== ''),
    folder,
    apiRoot: option(args, 'api-root'),
    accessToken: option(args, 'access-token'),
    credentials: option(args, 'credentials'),
    cacheDir: option(args, 'cache') ?? '.ishc-cache',
    perUser: positiveNumber(args, 'quota-user', 60, lang),
    perProject: positiveNumber(args, 'quota-project', 300, lang),
    timeoutMs: positiveNumber(args, 'timeout', 60, lang) * 1000,
  });
}

function positiveNumber(args: Args, name: string, fallback: number, lang: Lang): number {
  const text = option(args, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(say('googleBadNumber', { option: `--${name}`, value: text }, lang));
  return n;
}

async function demo(args: Args, lang: Lang): Promise<void> {
  const dir = args.positional[1] ?? join('out', 'demo');
  const seed = option(args, 'seed');
  if (seed !== undefined && !/^\d+$/.test(seed)) throw new UsageError(say('badSeed', { value: seed }, lang));
  const summary = await writeDemoWard(dir, {
    lang,
    today: option(args, 'today'),
    place: option(args, 'place'),
    seed: seed === undefined ? undefined : Number(seed),
  });
  printIndicators(summary.result, lang);
  console.log(
    say(
      'demoDone',
      {
        clubs: summary.result.rollup.facts.clubs_active,
        members: summary.result.rollup.facts.members,
        errors: summary.errors,
        warnings: summary.warnings,
      },
      lang,
    ),
  );
  for (const path of summary.paths) console.log(say('wrote', { path }, lang));
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const lang = langOf(args);
  const command = args.positional[0];
  try {
    if (command !== undefined && !COMMAND_NAMES.includes(command))
      throw new UsageError(`${say('unknownCommand', { command }, lang)}\n\n${usage(lang)}`);
    if (command !== undefined) checkArgs(command, args, lang);
    if (command === undefined || command === 'help' || args.options.help === true) {
      console.log(usage(lang));
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    return await run(command, args, lang);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return exitCodeOf(error);
  }
}

const COMMAND_NAMES = ['new', 'add-club', 'check', 'rollup', 'report', 'province', 'demo', 'templates', 'docs', 'help'];

function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof GoogleGaveUp) return EXIT.failed;
  if (error instanceof InputError) return EXIT.unreadable;
  if (error instanceof DataErrors) return EXIT.dataErrors;
  return EXIT.failed;
}

async function run(command: string, args: Args, lang: Lang): Promise<number> {
  switch (command) {
    case 'new': {
      const path = args.positional[1];
      if (!path) throw new UsageError(usage(lang));
      if (existsSync(path) && args.options.force !== true) throw new UsageError(say('fileExists', { path }, lang));
      await createWardFile(path, lang);
      console.log(say('created', { path }, lang));
      return EXIT.ok;
    }
    case 'add-club': {
      const input = inputFile(args, lang);
      const inPlace = args.options['in-place'] === true;
      if (!inPlace && !option(args, 'output')) throw new UsageError(say('needOutput', {}, lang));
      const out = inPlace ? input : outputFile(args, input, input, lang);
      await addClubToFile(
        input,
        out,
        {
          code: option(args, 'code') ?? '',
          name: option(args, 'name') ?? '',
          group: option(args, 'group') ?? '',
          boardEmails: option(args, 'board-emails'),
        },
        lang,
        todayOf(args),
      );
      console.log(say('clubAdded', { code: option(args, 'code') ?? '', path: out }, lang));
      return EXIT.ok;
    }
    case 'check':
      return await check(args, lang);
    case 'rollup':
      await rollup(args, lang);
      return EXIT.ok;
    case 'report':
      await report(args, lang);
      return EXIT.ok;
    case 'province':
      await province(args, lang);
      return EXIT.ok;
    case 'demo':
      await demo(args, lang);
      return EXIT.ok;
    case 'templates': {
      for (const path of await writeTemplates(args.positional[1] ?? 'sheets-templates', lang)) console.log(say('wrote', { path }, lang));
      return EXIT.ok;
    }
    default: {
      const dir = args.positional[1] ?? 'docs';
      for (const path of writeDocs(dir, lang)) console.log(say('wrote', { path }, lang));
      return EXIT.ok;
    }
  }
}

// Run when loaded as the CLI (build/cli.mjs or bin/ishc.mjs), not when imported by tests.
const invokedAs = process.argv[1] ?? '';
if (/(cli\.mjs|ishc(\.mjs)?)$/.test(invokedAs)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
