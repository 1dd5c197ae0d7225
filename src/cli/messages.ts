/** The command line's texts, from the one message catalogue. */
import { type Lang, type MessageKey, translate } from '../core/i18n/messages';

export function usage(lang: Lang): string {
  return translate('cli.usage', {}, lang);
}

export function say(key: string, params: Record<string, string | number> = {}, lang: Lang = 'vi'): string {
  return translate(`cli.${key}` as MessageKey, params, lang);
}

/** A problem with what the user typed or gave (exit code 2), as opposed to a failure of ours (1). */
export class UsageError extends Error {}
