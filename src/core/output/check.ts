/**
 * Kiểm tra: every validation issue, each with a link to its cell. Every reader of the workbook can
 * read it, so its messages leave out personal data (redact.ts); the officers' private lists carry
 * the full text of those that do.
 */
import { formatDateVi, type IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import { countBySeverity, type Issue } from '../issues';
import type { Period } from '../period';
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

/** The subtitle says when it was made and the date the club-level rules counted at. */
export function checkSheet(issues: Issue[], today: IsoDate, lang: Lang = 'vi', period?: Period): OutputSheet {
  const title =
    issues.length === 0
      ? translate('check.none', {}, lang)
      : translate('check.title', { count: issues.length, ...countBySeverity(issues) }, lang);
  const counted = period
    ? ` ${translate('check.countedAt', { date: formatDateVi(period.end), period: periodLabel(period, lang) }, lang)}`
    : '';
  return drawSheet({ name: SHEETS.check, title, subtitle: `${updatedLine(today, lang)}${counted}` }, checkColumns(false), issues, lang);
}
