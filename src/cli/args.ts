/** A small argument parser: positionals, --flag, --key value, -o value. */
export interface Args {
  positional: string[];
  options: Record<string, string | true>;
}

const SHORT: Record<string, string> = { o: 'output', p: 'period', t: 'template', h: 'help' };
/** Flags that never take a value, so `--json ward.xlsx` keeps the file as a positional. */
const BOOLEAN = new Set(['json', 'force', 'in-place', 'pdf', 'no-pdf', 'help', 'quiet', 'with-names', 'lists']);

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const long = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    const short = /^-(\w)$/.exec(a);
    if (!long && !short) {
      positional.push(a);
      continue;
    }
    const name = long ? long[1] : (SHORT[short![1]] ?? short![1]);
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
  return { positional, options };
}

export function option(args: Args, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}
