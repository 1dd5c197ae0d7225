/**
 * The reporting-quality sections of Kiểm tra, below the issue list: completeness (per active club
 * and for the ward: months with a meeting row and a fund row ÷ months expected) and, where the Sổ
 * báo cáo was read (the add-on), timeliness of each report of the calendar. Codes and report names
 * only: every reader of the workbook reads Kiểm tra.
 */
import { appendAll, maxOf } from '../collections';
import { formatDateVi, type IsoDate } from '../dates';
import { periodLabel } from '../i18n/labels';
import { type Lang, translate } from '../i18n/messages';
import type { Ward } from '../model';
import type { Period } from '../period';
import {
  type ClubCompleteness,
  clubExpected,
  clubReported,
  completeness,
  missingText,
  reportingRate,
  reportName,
  type Timeliness,
  timeliness,
} from '../report/completeness';
import { formatPercent } from '../report/format';
import type { RegisterEntry } from '../report/register';
import { drawSheet, numberColumn, type OutputColumn } from './columns';
import { NUMBER_FORMATS, type OutCell, type OutputSheet, STATUS_COLOURS } from './types';

interface CompletenessRow {
  code: string;
  meetings: number;
  funds: number;
  rate: number | null;
  missing: string;
}

const rateColour = (r: CompletenessRow) => (r.rate === null ? null : r.rate >= 1 ? STATUS_COLOURS.met : STATUS_COLOURS.below);

const COMPLETENESS_COLUMNS: Array<OutputColumn<CompletenessRow>> = [
  numberColumn(),
  { header: 'col.clubCode', value: (r) => r.code, width: 100 },
  { header: 'col.completeness.meetings', value: (r) => r.meetings, width: 100 },
  { header: 'col.completeness.funds', value: (r) => r.funds, width: 100 },
  { header: 'col.completeness.rate', value: (r) => r.rate ?? '', format: NUMBER_FORMATS.percent, colour: rateColour, width: 100 },
  { header: 'col.completeness.missing', value: (r) => r.missing, width: 300 },
];

const TIMELINESS_COLOURS: Record<Timeliness['status'], string | null> = {
  onTime: STATUS_COLOURS.met,
  late: STATUS_COLOURS.below,
  missing: STATUS_COLOURS.below,
  pending: null,
  provisional: '#fff2cc',
};

const TIMELINESS_COLUMNS: Array<OutputColumn<Timeliness>> = [
  numberColumn(),
  { header: 'col.timeliness.report', value: (t, at) => reportName(t.kind, t.period, at.lang), width: 300 },
  { header: 'col.timeliness.due', value: (t) => formatDateVi(t.due), width: 100 },
  { header: 'col.timeliness.created', value: (t) => (t.created ? formatDateVi(t.created) : ''), width: 100 },
  {
    header: 'col.status',
    value: (t, at) => translate(`timeliness.${t.status}`, {}, at.lang),
    colour: (t) => TIMELINESS_COLOURS[t.status],
    width: 140,
  },
];

function clubRow(c: ClubCompleteness, lang: Lang): CompletenessRow {
  return {
    code: c.code,
    meetings: c.meetingMonths,
    funds: c.fundMonths,
    rate: reportingRate(clubReported(c), clubExpected(c)),
    missing: missingText(c, lang),
  };
}

/** The completeness section (and the timeliness one when the register is given), drawn like a tab. */
export function reportingSections(
  ward: Ward,
  period: Period,
  today: IsoDate,
  lang: Lang,
  register?: readonly RegisterEntry[],
): OutputSheet[] {
  const c = completeness(ward, period, today);
  const rate = reportingRate(c.reported, c.expected);
  const rows = c.clubs.map((club) => clubRow(club, lang));
  if (rows.length > 0)
    rows.push({
      code: translate('completeness.ward', {}, lang),
      meetings: c.clubs.reduce((sum, k) => sum + k.meetingMonths, 0),
      funds: c.clubs.reduce((sum, k) => sum + k.fundMonths, 0),
      rate,
      missing: '',
    });
  const title = translate(
    'completeness.title',
    {
      period: periodLabel(period, lang),
      rate: rate === null ? translate('report.noValue', {}, lang) : formatPercent(rate, 1, lang),
      reported: c.reported,
      expected: c.expected,
    },
    lang,
  );
  const subtitle = translate(rows.length > 0 ? 'completeness.subtitle' : 'completeness.none', {}, lang);
  const sections = [drawSheet({ name: '', title, subtitle }, COMPLETENESS_COLUMNS, rows, lang)];
  if (register) {
    const due = timeliness(register, period, today);
    sections.push(drawSheet({ name: '', title: translate('timeliness.title', {}, lang), subtitle: '' }, TIMELINESS_COLUMNS, due, lang));
  }
  return sections;
}

const pad = (row: OutCell[], width: number): OutCell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];
const nulls = (width: number): null[] => Array(width).fill(null);

/**
 * `base` with each section below it after a blank row: the rows widened to the widest, the body's
 * colours and number formats kept in place (null on the sections' title and header rows).
 */
export function appendSections(base: OutputSheet, sections: OutputSheet[]): OutputSheet {
  const width = maxOf(
    [base.columnWidths, ...sections.map((s) => s.columnWidths)].map((w) => w.length),
    0,
  );
  const rows = base.rows.map((r) => pad(r, width));
  const bodyOf = (s: OutputSheet, grid: Array<Array<string | null>> | undefined) =>
    s.rows.slice(s.headerRow).map((_, i) => [...(grid?.[i] ?? []), ...nulls(width)].slice(0, width));
  const withColours = base.colours !== undefined || sections.some((s) => s.colours);
  const withFormats = base.formats !== undefined || sections.some((s) => s.formats);
  const colours = withColours ? bodyOf(base, base.colours) : undefined;
  const formats = withFormats ? bodyOf(base, base.formats) : undefined;
  for (const s of sections) {
    const lead = [[''], ...s.rows.slice(0, s.headerRow)];
    appendAll(
      rows,
      [...lead, ...s.rows.slice(s.headerRow)].map((r) => pad(r, width)),
    );
    if (colours) appendAll(colours, [...lead.map(() => nulls(width)), ...bodyOf(s, s.colours)]);
    if (formats) appendAll(formats, [...lead.map(() => nulls(width)), ...bodyOf(s, s.formats)]);
  }
  const columnWidths = Array.from({ length: width }, (_, c) =>
    maxOf(
      [base, ...sections].map((s) => s.columnWidths[c] ?? 0),
      0,
    ),
  );
  return { ...base, rows, columnWidths, colours, formats };
}
