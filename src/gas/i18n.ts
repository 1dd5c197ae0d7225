/** The user's language for the add-on's texts: Vietnamese unless the account's locale is English. */
import { type Lang, type MessageKey, type MessageParams, translate } from '../core/i18n/messages';

export function userLang(): Lang {
  try {
    return /^en/i.test(Session.getActiveUserLocale() || '') ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function t(key: MessageKey, params: MessageParams = {}): string {
  return translate(key, params, userLang());
}
