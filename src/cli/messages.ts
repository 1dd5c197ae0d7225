/** The command line's texts, from the one message catalogue, and its exit codes. */
import { formatDateVi, type IsoDate, isoFromLocalDate } from '../core/dates';
import { type Lang, type MessageKey, translate } from '../core/i18n/messages';
import { parsePeriod } from '../core/period';
import { REPORT_KINDS, type ReportKindDecl } from '../core/report/kinds';

/** `ishc help`: the catalogue's text with the report kinds drawn from their declarations. */
export function usage(lang: Lang, today: IsoDate = isoFromLocalDate(new Date())): string {
  return translate('cli.usage', { kinds: REPORT_KINDS.map((k) => k.id).join('|'), kindLines: kindLines(lang, today) }, lang);
}

/** Up to two periods of a kind, as typed ("2025-H1, 2026-H1"; "P1, P2"), near today's year: the forms a refusal lists. */
export function periodForms(kind: ReportKindDecl, today: IsoDate): string {
  const year = Number(today.slice(0, 4));
  const forms: string[] = [];
  for (let y = year - 1; y <= year + 6 && forms.length < 2; y++) {
    const id = kind.periodOfYear(y);
    const period = id === undefined ? undefined : parsePeriod(id);
    if (period && kind.accepts(period) && !forms.includes(period.id)) forms.push(period.id);
  }
  return forms.join(', ');
}

/** One line per kind for `ishc help` and for the refusals that list kinds: id, title, period forms, deadline, named people. */
export function kindLines(lang: Lang, today: IsoDate): string {
  return REPORT_KINDS.map((kind) => {
    const example = parsePeriod(periodForms(kind, today).split(', ')[0]);
    const due = example && kind.due(example);
    return say(
      'kindLine',
      {
        id: kind.id.padEnd(10),
        title: translate(kind.title, {}, lang),
        forms: periodForms(kind, today),
        due: due ? say('kindDue', { date: formatDateVi(due).slice(0, 5) }, lang) : '',
        personal: kind.personal ? say('kindPersonal', {}, lang) : '',
      },
      lang,
    );
  }).join('\n');
}

export function say(key: string, params: Record<string, string | number> = {}, lang: Lang = 'vi'): string {
  return translate(`cli.${key}` as MessageKey, params, lang);
}

/**
 * Exit codes, documented in README and `ishc help`:
 * 0 done; 1 the ward's data has errors (check found some; province refused); 2 the command was typed
 * wrong; 3 an input file cannot be read as what it should be; 4 an output could not be written, or
 * another failure (the previous output file is kept as it was).
 */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, unreadable: 3, failed: 4 } as const;

/** A problem with what the user typed (exit 2). */
export class UsageError extends Error {}

/** An input file that cannot be read as a ward workbook (or template): missing, damaged, encrypted, another kind (exit 3). */
export class InputError extends Error {}

/** An output that could not be written (exit 4); the message names the file and why. */
export class WriteError extends Error {}

/** The data has errors that stop the job (province: the same ward twice); exit 1, like check finding errors. */
export class DataErrors extends Error {}
