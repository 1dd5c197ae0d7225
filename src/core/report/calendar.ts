/**
 * The reporting calendar as officers see it: from 25 May (the 6-month report, due 10 June) and from
 * 25 November (the annual report, and a review or final review ending that year, due 10 December),
 * opening the workbook and the Tổng hợp tab say which report is due, by when, and whether the Sổ
 * báo cáo already holds it. The dates come from the kinds' declarations (kinds.ts reportsDue).
 */
import type { IsoDate } from '../dates';
import type { Lang } from '../i18n/messages';
import { translate } from '../i18n/messages';
import type { Period } from '../period';
import { dueDateText, reportName } from './completeness';
import { type ReportKind, reportsDue } from './kinds';
import { createdDate, type RegisterEntry, reportsIn } from './register';

export interface DueNotice {
  kind: ReportKind;
  period: Period;
  due: IsoDate;
  /** What the register holds for it, earliest first; undefined when the register was not read (the CLI). */
  made?: RegisterEntry[];
}

export function dueNotices(today: IsoDate, register?: readonly RegisterEntry[]): DueNotice[] {
  return reportsDue(today).map(({ kind, period, due }) => ({
    kind,
    period,
    due,
    made: register ? reportsIn(register, kind.id, period.id) : undefined,
  }));
}

function stateText(made: RegisterEntry[] | undefined, lang: Lang): string {
  if (made === undefined) return '';
  const final = made.find((e) => !e.provisional);
  const any = final ?? made[0];
  if (!any) return translate('calendar.notMade', {}, lang);
  const date = createdDate(any.created);
  return translate(final ? 'calendar.made' : 'calendar.madeProvisional', { date: date ? dueDateText(date) : any.created }, lang);
}

/** One line per due report: "Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026; chưa có trong Sổ báo cáo." */
export function dueLines(today: IsoDate, register: readonly RegisterEntry[] | undefined, lang: Lang): string[] {
  return dueNotices(today, register).map((n) => {
    const state = stateText(n.made, lang);
    return translate(
      state ? 'calendar.dueWithState' : 'calendar.due',
      { report: reportName(n.kind, n.period, lang), date: dueDateText(n.due), state },
      lang,
    );
  });
}

/** The due reports in one line (Tổng hợp's reserved row, the toast on opening); '' when none is due. */
export const dueLine = (today: IsoDate, register: readonly RegisterEntry[] | undefined, lang: Lang): string =>
  dueLines(today, register, lang).join(' ');
