/** A small argument parser (positionals, --flag, --key value, -o value) and each command's options, checked. */
import { isValidYmd } from '../core/dates';
import type { Lang } from '../core/i18n/messages';
import { parsePeriod } from '../core/period';
import { say, UsageError } from './messages';

export interface Args {
  positional: string[];
  options: Record<string, string | true>;
  /** Each option as the user typed it ("--perod", "-o"), by its name. */
  typed: Record<string, string>;
}

const SHORT: Record<string, string> = { o: 'output', p: 'period', t: 'template', h: 'help' };
/** Flags that never take a value, so `--json ward.xlsx` keeps the file as a positional. */
const BOOLEAN = new Set(['json', 'force', 'in-place', 'pdf', 'help', 'with-names', 'lists', 'provisional']);

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const typed: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const long = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    const short = /^-(\w)$/.exec(a);
    if (!long && !short) {
      positional.push(a);
      continue;
    }
    const name = long ? long[1] : (SHORT[short![1]] ?? short![1]);
    typed[name] = long ? `--${long[1]}` : a;
    if (long && long[2] !== undefined) {
      options[name] = long[2];
      continue;
    }
    const next = argv[i + 1];
    if (!BOOLEAN.has(name) && next !== undefined && !next.startsWith('-')) {
      options[name] = next;
      i++;
    } else options[name] = true;
  }
  return { positional, options, typed };
}

export function option(args: Args, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** What each command takes: its options (beside the common ones) and how many files or folders. */
interface CommandShape {
  options: string[];
  /** Fewest and most positionals after the command. */
  positionals: [number, number];
}

const COMMON = ['lang', 'today', 'help'];

export const COMMANDS: Record<string, CommandShape> = {
  new: { options: ['force'], positionals: [1, 1] },
  'add-club': { options: ['code', 'name', 'group', 'board-emails', 'output', 'in-place'], positionals: [1, 1] },
  check: { options: ['json', 'with-names', 'period'], positionals: [1, 1] },
  rollup: { options: ['period', 'output', 'json', 'with-names', 'lists', 'charts'], positionals: [1, 1] },
  report: { options: ['kind', 'period', 'template', 'output', 'pdf', 'provisional'], positionals: [1, 1] },
  province: {
    options: [
      'period',
      'output',
      'json',
      'name',
      // Over Google Sheets (src/cli/google): the wards, the way in, the quota, the cache.
      'google',
      'google-folder',
      'api-root',
      'access-token',
      'credentials',
      'cache',
      'quota-user',
      'quota-project',
      'timeout',
    ],
    positionals: [0, Number.POSITIVE_INFINITY],
  },
  demo: { options: ['place', 'seed'], positionals: [0, 1] },
  templates: { options: [], positionals: [0, 1] },
  docs: { options: [], positionals: [0, 1] },
  help: { options: [], positionals: [0, 1] },
};

/** "--period", "-o/--output": how an option is shown in a list. */
function shown(name: string): string {
  const short = Object.entries(SHORT).find(([, long]) => long === name)?.[0];
  return short ? `-${short}/--${name}` : `--${name}`;
}

/** Edit distance, to suggest "--period" for "--perod". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/**
 * Refuses what the command does not take, with the list of what it does: an unknown option, a value
 * outside its choices, a value-taking option with no value, a flag given a value, a file too many.
 * The language of the messages is --lang when valid, else Vietnamese.
 */
export function checkArgs(command: string, args: Args, lang: Lang): void {
  const shape = COMMANDS[command];
  if (!shape) return;
  const allowed = [...shape.options, ...COMMON];
  const list = allowed.map(shown).join(', ');
  for (const [name, value] of Object.entries(args.options)) {
    const typed = args.typed[name] ?? `--${name}`;
    if (!allowed.includes(name)) {
      const near = allowed.find((a) => distance(a, name) <= 2);
      const hint = near ? say('didYouMean', { option: `--${near}` }, lang) : '';
      throw new UsageError(say('unknownOption', { option: typed, command, options: list, hint }, lang));
    }
    if (BOOLEAN.has(name) && value !== true) throw new UsageError(say('flagTakesNoValue', { option: typed, value }, lang));
    if (!BOOLEAN.has(name) && value === true) throw new UsageError(say('optionNeedsValue', { option: typed }, lang));
  }
  const lang_ = option(args, 'lang');
  if (lang_ !== undefined && lang_ !== 'vi' && lang_ !== 'en') throw new UsageError(say('badLang', { value: lang_ }, lang));
  const period = option(args, 'period');
  if (period !== undefined && !parsePeriod(period)) throw new UsageError(say('badPeriod', { value: period }, lang));
  const today = option(args, 'today');
  if (today !== undefined && !isRealDate(today)) throw new UsageError(say('badToday', { value: today }, lang));
  const extra = args.positional.length - 1;
  if (extra > shape.positionals[1])
    throw new UsageError(say('extraArgument', { value: args.positional[shape.positionals[1] + 1], command }, lang));
}

/** yyyy-mm-dd naming a day that exists. */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}
