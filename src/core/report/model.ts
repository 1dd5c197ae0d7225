/**
 * The 6-month report model: a ward roll-up and its settings turned into the printed strings the
 * template placeholders take. Everything a renderer inserts is formatted here, once.
 */
import type { IsoDate } from '../dates';
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { translate } from '../i18n/messages';
import { unitLabel } from '../indicators/declarations';
import type { IndicatorValue, WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import type { Ward } from '../model';
import { type Period, PHASES } from '../period';
import type { WardSettings } from '../schema/settings';
import { foldText } from '../text';
import { completenessFields } from './completeness';
import { formatDateLine, formatDateVi, formatNumber, formatPercent, formatTarget, type ReportLang, upper } from './format';
import type { ReportData, ReportRecord } from './language';
import { isPhaseProgress, judgement, reportSections } from './sections';

export interface ReportOptions {
  today: IsoDate;
  lang?: ReportLang;
  /** "Nơi nhận" entries; the usual three when absent. */
  recipients?: string[];
}

type ClubRow = WardRollUp['clubs'][number];

/** The report of a ward's roll-up: the indicators, the figure sections, the appendix, the signature. */
export function buildSixMonthReportData(result: { rollup: WardRollUp; ward: Ward }, opts: ReportOptions): ReportData {
  const { rollup, ward } = result;
  const settings = ward.settings;
  const lang = opts.lang ?? 'vi';
  const { period, facts } = rollup;
  const count = (n: number) => formatNumber(n, 0, lang);
  const share = (part: number, whole: number) =>
    whole === 0 ? translate('report.noValue', {}, lang) : formatPercent(part / whole, 1, lang);
  // A count target of the phase is not "not met" before the phase ends: the table shows progress.
  const below = rollup.indicators.filter((i) => i.status === 'below' && !isPhaseProgress(i, period));
  const periodText = periodLabel(period, lang);
  return {
    issuer_parent: upper(settings.issuerParent),
    has_issuer_parent: settings.issuerParent.trim() !== '',
    issuer: upper(settings.issuer.trim() || `${translate('report.committee', {}, 'vi')} ${rollup.ward}`),
    doc_number: translate('report.docNumber', {}, lang),
    date_line: formatDateLine(settings.place.trim() || rollup.ward, opts.today, lang),
    title: translate('report.title', {}, lang),
    subtitle: translate('report.sixMonth.subtitle', { period: periodText }, lang),
    ward: rollup.ward,
    ward_in_text: wardInText(rollup.ward),
    province: rollup.province,
    period_label: periodText,
    phase_label: periodLabel(PHASES[period.phase], lang),
    period_start: formatDateVi(period.start),
    period_end: formatDateVi(period.end),
    clubs_registered: count(facts.clubs_registered),
    clubs_active: count(facts.clubs_active),
    clubs_standard: count(facts.clubs_standard),
    members: count(facts.members),
    women_members: count(facts.women_members),
    elderly_members: count(facts.elderly_members),
    elderly_women: count(facts.elderly_women),
    elderly_women_share: share(facts.elderly_women, facts.elderly_members),
    clubs_board_trained: count(facts.clubs_board_trained),
    indicators: rollup.indicators.map((i, n) => indicatorRow(i, n + 1, period, lang)),
    indicators_below: below.map((i) => i.decl.name[lang]).join('; '),
    has_indicators_below: below.length > 0,
    clubs: rollup.clubs.filter((c) => c.facts.clubs_registered === 1).map((c, n) => clubRow(c, n + 1, lang)),
    ...reportSections(ward, period, opts.today, lang),
    ...completenessFields(ward, period, opts.today, lang),
    recipients: recipientRows(opts.recipients ?? defaultRecipients(lang)),
    ...signature(settings, lang),
  };
}

function indicatorRow(i: IndicatorValue, no: number, period: Period, lang: ReportLang): ReportRecord {
  const value =
    i.value === null
      ? translate('report.noValue', {}, lang)
      : i.unit === 'percent'
        ? formatPercent(i.value, 1, lang)
        : formatNumber(i.value, 0, lang);
  return {
    no: String(no),
    id: i.id,
    name: i.decl.name[lang],
    unit: unitLabel(i.decl, lang),
    value,
    target: formatTarget(i.target, lang),
    status: judgement(i, period, lang),
  };
}

function clubRow(c: ClubRow, no: number, lang: ReportLang): ReportRecord {
  const f = c.facts;
  const entry = c.club.entry;
  return {
    no: String(no),
    code: c.club.code,
    name: entry.name ?? c.club.code,
    group: entry.group ?? '',
    members: formatNumber(f.members, 0, lang),
    women: formatNumber(f.women_members, 0, lang),
    elderly: formatNumber(f.elderly_members, 0, lang),
    elderly_women: formatNumber(f.elderly_women, 0, lang),
    elderly_women_share:
      f.elderly_members === 0 ? translate('report.noValue', {}, lang) : formatPercent(f.elderly_women / f.elderly_members, 1, lang),
    standard: standardText(c, lang),
  };
}

function standardText(c: ClubRow, lang: ReportLang): string {
  if (!c.standard) return clubStandingLabel(c.standing, lang);
  if (c.standard.met) return translate('report.club.standard', {}, lang);
  const missed = missedLabels(c.standard, lang);
  return translate('report.club.belowStandard', { criteria: missed.join('; ') }, lang);
}

export function defaultRecipients(lang: ReportLang = 'vi'): string[] {
  return [
    translate('report.recipient.province', {}, lang),
    translate('report.recipient.elderlyAssociation', {}, lang),
    translate('report.recipient.archive', {}, lang),
  ];
}

/** Decree 30 ends each recipient line with ";" and the last with ".". */
function recipientRows(names: string[]): ReportRecord[] {
  return names.map((name, i) => ({ name, end: i === names.length - 1 ? '.' : ';' }));
}

/**
 * The signature block: a People's Committee signs "TM. ỦY BAN NHÂN DÂN"; a vice-chair signs for
 * the chair, so "KT. CHỦ TỊCH" comes before the title.
 */
function signature(settings: WardSettings, lang: ReportLang): ReportRecord {
  const title = upper(settings.signerTitle.trim());
  const committee = foldText(settings.issuer).startsWith(foldText(translate('report.committee', {}, 'vi')));
  const deputy = foldText(title).startsWith('pho ');
  return {
    signer_prefix: committee ? translate('report.signer.collective', {}, lang) : '',
    signer_deputy: deputy ? translate('report.signer.deputy', {}, lang) : '',
    signer_title: title,
    signer_name: settings.signerName.trim(),
  };
}

/**
 * The ward's name inside a sentence: the unit's common noun in lower case, as administrative
 * writing has it ("Ủy ban nhân dân phường Bỉm Sơn", not "… Phường Bỉm Sơn").
 */
export function wardInText(ward: string): string {
  return ward.replace(/^(Phường|Xã|Thị trấn|Đặc khu)(?=\s)/u, (unit) => unit.toLowerCase());
}
