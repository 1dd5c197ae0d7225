/** The user's language for the add-on's texts: Vietnamese unless the account's locale is English. */
import { type Lang, type MessageKey, type MessageParams, translate } from '../core/i18n/messages';

function readLang(): Lang {
  try {
    return /^en/i.test(Session.getActiveUserLocale() || '') ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let scopeDepth = 0;
let scopedLang: Lang | undefined;

/** Runs one execution's work (a menu run, an on-edit check) asking Sheets for the user's locale at most once. */
export function withUserLang<T>(fn: () => T): T {
  scopeDepth++;
  try {
    return fn();
  } finally {
    if (--scopeDepth === 0) scopedLang = undefined;
  }
}

export function userLang(): Lang {
  if (scopeDepth === 0) return readLang();
  scopedLang ??= readLang();
  return scopedLang;
}

export function t(key: MessageKey, params: MessageParams = {}): string {
  return translate(key, params, userLang());
}
