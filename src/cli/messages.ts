/** The command line's texts, from the one message catalogue, and its exit codes. */
import { type Lang, type MessageKey, translate } from '../core/i18n/messages';

export function usage(lang: Lang): string {
  return translate('cli.usage', {}, lang);
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
