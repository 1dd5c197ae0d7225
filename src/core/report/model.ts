/**
 * The narrative reports' model (6-month, annual, two-year review, final review of a phase): a ward
 * roll-up and its settings turned into the printed strings the template placeholders take.
 * Everything a renderer inserts is formatted here, once; what differs by kind is the subject
 * ("kết quả thực hiện … năm 2026", "sơ kết 2 năm …", "tổng kết … giai đoạn …") and, for reviews,
 * the years side by side.
 */

import type { IsoDate } from '../dates';
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { translate } from '../i18n/messages';
import { unitLabel } from '../indicators/declarations';
import type { IndicatorValue, WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import type { Ward } from '../model';
import { type Period, PHASES } from '../period';
import { settingDecl, type WardSettings } from '../schema/settings';
import { foldText } from '../text';
import { completenessFields } from './completeness';
import type { NarrativeKind } from './defaultTemplate';
import { CHARTS_PLACEHOLDER } from './document';
import { formatDateLine, formatDateVi, formatNumber, formatPercent, formatTarget, type ReportLang, upper } from './format';
import type { ReportData, ReportRecord } from './language';
import { isPhaseProgress, judgement, reportSections, yearRows } from './sections';

export interface ReportOptions {
  today: IsoDate;
  lang?: ReportLang;
  /** "Nơi nhận" entries; the usual three when absent. */
  recipients?: string[];
  /** The report's kind; from the period's shape when absent (a half-year, a year, years, a phase). */
  kind?: NarrativeKind;
  /** A report on a period not ended yet: the subtitle says "(tạm tính đến ngày <today>)". */
  provisional?: boolean;
}

/** The narrative kind a period's shape calls for: "2026-H1" 6-month, "2026" annual, "2025-2026" review, "P1" final. */
export function narrativeKindOf(period: Period): NarrativeKind {
  if (/^P\d$/.test(period.id)) return 'final';
  if (/^\d{4}-\d{4}$/.test(period.id)) return 'review';
  return /-H[12]$/.test(period.id) ? 'h1' : 'year';
}

/**
 * The period a report's figures cover: a provisional report on a period not ended yet counts up to
 * today (its figures are "tạm tính đến ngày …", not a projection to the period's end).
 */
export function figuresPeriod(period: Period, today: IsoDate, provisional = false): Period {
  return provisional && period.start <= today && today < period.end ? { ...period, end: today } : period;
}

const SUBJECT_KEY = { h1: 'results', year: 'results', review: 'review', final: 'final' } as const;

/** What the report is about, lower case, for the subtitle and the closing sentence; and in the opening sentence. */
function subject(kind: NarrativeKind, periodText: string, lang: ReportLang) {
  const key = SUBJECT_KEY[kind];
  return {
    subject: translate(`report.subject.${key}`, { period: periodText }, lang),
    scope: translate(`report.scope.${key}`, { period: periodText }, lang),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type ClubRow = WardRollUp['clubs'][number];

/** The report of a ward's roll-up: the indicators, the figure sections, the appendix, the signature. */
export function buildNarrativeReportData(result: { rollup: WardRollUp; ward: Ward }, opts: ReportOptions): ReportData {
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
  const kind = opts.kind ?? narrativeKindOf(period);
  const about = subject(kind, periodText, lang);
  const provisional = opts.provisional ? ` ${translate('report.provisional', { date: formatDateVi(opts.today) }, lang)}` : '';
  const sendTo = settings.province.trim() ? translate('report.sendTo', { province: wardInText(settings.province.trim()) }, lang) : '';
  return {
    ...documentFrame(settings, rollup.ward, opts.today, lang),
    doc_number: translate('report.docNumber', {}, lang),
    title: translate('report.title', {}, lang),
    subtitle: capitalise(about.subject) + provisional,
    report_subject: about.subject,
    report_scope: about.scope,
    provisional: opts.provisional === true,
    send_to: sendTo,
    has_send_to: sendTo !== '',
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
    // The charts' paragraph: each edge puts the pictures there (document.ts).
    [CHARTS_PLACEHOLDER]: '',
    clubs: rollup.clubs.filter((c) => c.facts.clubs_registered === 1).map((c, n) => clubRow(c, n + 1, lang)),
    ...reportSections(ward, period, opts.today, lang),
    years: kind === 'review' || kind === 'final' ? yearRows(ward, period, opts.today, lang) : [],
    ...completenessFields(ward, period, opts.today, lang),
    recipients: recipientRows(opts.recipients ?? defaultRecipients(lang, sendTo !== '')),
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

/** The usual "Nơi nhận": the body the report is sent to ("Như trên" when the report names it in "Kính gửi"), the province's Association of the Elderly, the archive. */
/** The 6-month report's data (the name the edges knew it by); the kind follows the period. */
export const buildSixMonthReportData = buildNarrativeReportData;

export function defaultRecipients(lang: ReportLang = 'vi', sentUp = false): string[] {
  return [
    translate(sentUp ? 'report.recipient.above' : 'report.recipient.province', {}, lang),
    translate('report.recipient.elderlyAssociation', {}, lang),
    translate('report.recipient.archive', {}, lang),
  ];
}

/** Decree 30 ends each recipient line with ";" and the last with ".". */
function recipientRows(names: string[]): ReportRecord[] {
  return names.map((name, i) => ({ name, end: i === names.length - 1 ? '.' : ';' }));
}

/**
 * The Decree 30 frame of every document a ward issues: the issuing body under its parent (on its
 * lines, see issuerLines), the place-and-date line, and the signature block — a People's Committee
 * signs "TM. ỦY BAN NHÂN DÂN"; a vice-chair signs for the chair, so "KT. CHỦ TỊCH" comes before
 * the title. The narrative reports and the named lists share it.
 */
export function documentFrame(settings: WardSettings, ward: string, today: IsoDate, lang: ReportLang): ReportRecord {
  // The template's sample issuer and place ("… PHƯỜNG MẪU", "Mẫu") never outlive the ward's own name:
  // a ward that named itself gets them made from its name until it writes its own.
  const named = ward.trim() !== '' && ward.trim() !== String(settingDecl('ward')?.default ?? '');
  const own = (value: string, key: 'issuer' | 'place') =>
    named && value.trim() === String(settingDecl(key)?.default ?? '') ? '' : value.trim();
  const issuer = upper(own(settings.issuer, 'issuer') || `${translate('report.committee', {}, 'vi')} ${ward}`);
  const title = upper(settings.signerTitle.trim());
  const committee = foldText(issuer).startsWith(foldText(translate('report.committee', {}, 'vi')));
  return {
    issuer_parent: upper(settings.issuerParent.trim()),
    has_issuer_parent: settings.issuerParent.trim() !== '',
    issuer,
    issuer_lines: issuerLines(issuer).map((text) => ({ text })),
    date_line: formatDateLine(own(settings.place, 'place') || placeOf(ward), today, lang),
    signer_prefix: committee ? translate('report.signer.collective', {}, lang) : '',
    signer_deputy: foldText(title).startsWith('pho ') ? translate('report.signer.deputy', {}, lang) : '',
    signer_title: title,
    signer_name: settings.signerName.trim(),
  };
}

/** The locality a date line names: the ward without its "Phường" / "Xã" / "Thị trấn" ("Phường Bỉm Sơn" → "Bỉm Sơn"). */
export function placeOf(ward: string): string {
  return ward.trim().replace(/^(phường|xã|thị trấn|ward|commune)\s+/iu, '') || ward.trim();
}

/**
 * The issuing body on its lines (Decree 30 writes it in capitals, centred, each line whole): a
 * People's Committee splits after "ỦY BAN NHÂN DÂN", so the unit's name ("PHƯỜNG BỈM SƠN") is one
 * line and never breaks as "PHƯỜNG / BỈM SƠN"; "UBND" is written out. Another body keeps one line.
 */
export function issuerLines(issuer: string): string[] {
  const text = issuer.trim().replace(/\s+/g, ' ');
  const committee = translate('report.committee', {}, 'vi');
  const m = /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(.+)$/u.exec(upper(text));
  return m ? [committee, m[1]] : [text];
}

/**
 * The ward's name inside a sentence: the unit's common noun in lower case, as administrative
 * writing has it ("Ủy ban nhân dân phường Bỉm Sơn", not "… Phường Bỉm Sơn").
 */
export function wardInText(ward: string): string {
  return ward.replace(/^(Phường|Xã|Thị trấn|Đặc khu|Tỉnh|Thành phố)(?=\s)/u, (unit) => unit.toLowerCase());
}
