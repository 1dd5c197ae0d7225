/**
 * Kiểm tra: every validation issue, each with a link to its cell. Every reader of the workbook can
 * read it, so its messages leave out personal data (redact.ts); the officers' private lists carry
 * the full text of those that do.
 */
import type { IsoDate } from '../dates';
import { type Lang, translate } from '../i18n/messages';
import { countBySeverity, type Issue } from '../issues';
import { SHEETS } from '../schema/sheets';
import { drawSheet, numberColumn, type OutputColumn, updatedLine } from './columns';
import { issueMessageFor } from './redact';
import { type OutputSheet, STATUS_COLOURS } from './types';

/** Warnings are yellow, not red: they ask for a look, not a fix. */
const WARNING_COLOUR = '#fff2cc';

/** The columns of the check list; `withNames` only where officers alone read it. */
export const checkColumns = (withNames: boolean): Array<OutputColumn<Issue>> => [
  numberColumn(),
  {
    header: 'col.severity',
    value: (i, at) => translate(`severity.${i.severity}`, {}, at.lang),
    colour: (i) => (i.severity === 'error' ? STATUS_COLOURS.below : WARNING_COLOUR),
    width: 80,
  },
  { header: 'col.sheet', value: (i) => i.sheet, width: 140 },
  { header: 'col.cell', value: (i) => (i.a1 ? { text: i.a1, sheet: i.sheet, a1: i.a1 } : ''), width: 60 },
  { header: 'col.problem', value: (i, at) => issueMessageFor(i, at.lang, withNames), width: 560 },
  { header: 'col.rule', value: (i) => i.ruleId ?? i.messageKey, width: 200 },
];

export function checkSheet(issues: Issue[], today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const title =
    issues.length === 0
      ? translate('check.none', {}, lang)
      : translate('check.title', { count: issues.length, ...countBySeverity(issues) }, lang);
  return drawSheet({ name: SHEETS.check, title, subtitle: updatedLine(today, lang) }, checkColumns(false), issues, lang);
}
