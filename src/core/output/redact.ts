/**
 * Personal data in its place: what the tabs every reader of the ward workbook sees (and the default
 * JSON) may say about an issue. The message catalogue declares, per message, which parameters are
 * personal and a variant without them (messages.ts, REDACTED); these helpers apply it.
 */
import { type Lang, redactedVariant, translateShared } from '../i18n/messages';
import { type Issue, issueMessage } from '../issues';

/** The row number of the issue's own cell ("B12" → 12), for variants that say "rows 12 and 30". */
const rowOf = (a1: string): string => /\d+$/.exec(a1)?.[0] ?? '';

/** True when the full message quotes something personal that the shared tabs leave out. */
export function hasPersonalParams(issue: Issue): boolean {
  const variant = redactedVariant(issue.messageKey);
  return variant?.personal.some((p) => p in issue.params) ?? false;
}

/** The message for the shared tabs: no name, birth year, age or raw value; the cell link says where. */
export function sharedIssueMessage(issue: Issue, lang: Lang = 'vi'): string {
  return translateShared(issue.messageKey, { ...issue.params, thisRow: rowOf(issue.a1) }, lang);
}

/** The message for whoever may see personal data (officers): the full one, or the shared one. */
export function issueMessageFor(issue: Issue, lang: Lang, withNames: boolean): string {
  return withNames ? issueMessage(issue, lang) : sharedIssueMessage(issue, lang);
}
