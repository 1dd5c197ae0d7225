/** Problems found in a ward's data: values, shown to users in their language, never exceptions. */
import { type Lang, type MessageKey, type MessageParams, translate } from './i18n/messages';

export type Severity = 'error' | 'warning';

export interface Issue {
  sheet: string;
  /** Cell address, e.g. "C12"; "" when the problem is the sheet as a whole. */
  a1: string;
  severity: Severity;
  messageKey: MessageKey;
  params: MessageParams;
  /** The declared validation rule that found it, when one did. */
  ruleId?: string;
}

export function issueMessage(issue: Issue, lang: Lang = 'vi'): string {
  return translate(issue.messageKey, issue.params, lang);
}

/** Issues in reading order: by sheet, then row, then column. */
export function sortIssues(issues: Issue[]): Issue[] {
  const key = (i: Issue) => {
    const m = /^([A-Z]*)(\d*)$/.exec(i.a1) ?? ['', '', ''];
    return [i.sheet, Number(m[2] || 0), m[1].length, m[1]] as const;
  };
  return [...issues].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let k = 0; k < ka.length; k++) {
      if (ka[k] < kb[k]) return -1;
      if (ka[k] > kb[k]) return 1;
    }
    return 0;
  });
}

/** How many errors and warnings: the counts every job reports (toasts, the CLI, Kiểm tra's title). */
export function countBySeverity(issues: readonly { severity: Severity }[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}
