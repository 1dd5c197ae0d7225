/**
 * The club standard explained: for each criterion, the club's figure and the bound it is judged
 * against ("Tỷ lệ người cao tuổi: 62% (31/50) — cần 70–80%"), and for what is missing, what
 * (the months without a meeting, the contents never covered). Whether a criterion is met is
 * decided by STANDARD_CRITERIA's own `met` over the same figures evaluateClub builds, so the
 * explanation and Theo CLB / the club tab's line cannot disagree (test/core/standardExplain.test.ts
 * also compares them club by club).
 */
import { monthCell } from '../dates';
import { clubStandingLabel } from '../i18n/labels';
import { type Lang, type MessageKey, type MessageParams, translate } from '../i18n/messages';
import type { ClubRecord, Meeting, Ward } from '../model';
import { formatNumber, formatPercent } from '../report/format';
import { CONTENTS } from '../schema/tables';
import { foldText } from '../text';
import { type ClubStanding, clubStanding, type EvalContext, expectedMonths, fundAtEnd, meetingsInPeriod } from './facts';
import { isBoard, peopleAt } from './members';
import { type ClubFigures, STANDARD_CRITERIA, type StandardCriterion, share } from './standard';

export interface StandardRow {
  id: StandardCriterion['id'];
  met: boolean;
  /** The figure against its bound, in the user's language. */
  text: string;
  /** What is missing, when the criterion is not met and there is a list to name (months, contents). */
  missing?: string;
}

export interface ClubStandardExplained {
  code: string;
  sheet: string;
  name: string;
  standing: ClubStanding;
  /** Only an active club is judged (as evaluateClub). */
  judged: boolean;
  met: boolean;
  /** "Đạt chuẩn", "Chưa đạt 2/7 tiêu chí", or the standing of a club not judged. */
  summary: string;
  rows: StandardRow[];
}

/** What the explanation shows beside the figures evaluateClub judges. */
interface Detail {
  figures: ClubFigures;
  monthsExpected: string[];
  monthsMissed: string[];
  contentsMissed: string[];
  contentsCovered: number;
  fund?: { income: number; activity: number };
  board: number;
  boardTrained: number;
}

const meetingMonth = (m: Meeting): string | undefined => (m.date ? m.date.slice(0, 7) : m.month);

/** The club's figures at the period end, counted as evaluateClub counts them, with what is missing. */
function detailOf(club: ClubRecord, ward: Ward, ctx: EvalContext, lang: Lang): Detail {
  const end = ctx.period.end;
  const s = ward.settings;
  const people = peopleAt(club.members, end, s.elderlyAge);
  const meetings = meetingsInPeriod(club, ctx.period);
  const monthsExpected = expectedMonths(club, ctx);
  const held = new Set(meetings.map(meetingMonth));
  const monthsMissed = monthsExpected.filter((m) => !held.has(m));
  const covered = CONTENTS.filter((c) => meetings.some((m) => m[c.key] === true));
  const contentsMissed = CONTENTS.filter((c) => !covered.includes(c)).map((c) => (lang === 'en' ? c.headerEn : c.header));
  const row = fundAtEnd(club, end);
  const income = row?.incomeFund ?? 0;
  const activity = row?.activityFund ?? 0;
  const board = people.members.filter(isBoard);
  const year = end.slice(0, 4);
  const trainedOf = (name: string, test: (kind: string | undefined, date: string) => boolean) =>
    club.trainings.some((t) => t.name && t.date && t.date <= end && foldText(t.name) === foldText(name) && test(t.kind, t.date));
  const trained = board.filter(
    (m) => trainedOf(m.name!, (kind) => kind === 'Ban đầu') && trainedOf(m.name!, (_kind, date) => date.slice(0, 4) === year),
  );
  return {
    figures: {
      members: people.members.length,
      women: people.women,
      elderly: people.elderly.length,
      monthly: monthsExpected.length > 0 && monthsMissed.length === 0,
      allContents: contentsMissed.length === 0,
      bothFunds: income > 0 && activity > 0,
      boardTrained: board.length > 0 && trained.length === board.length,
    },
    monthsExpected,
    monthsMissed,
    contentsMissed,
    contentsCovered: covered.length,
    fund: row ? { income, activity } : undefined,
    board: board.length,
    boardTrained: trained.length,
  };
}

/** Figures in the reader's language ("48,8%" / "48.8%"). */
const formatters = (lang: Lang) => ({
  pct: (fraction: number) => formatPercent(fraction, 1, lang),
  /** A percent bound's lower end without its sign, as ranges are written ("60–70%"). */
  low: (fraction: number) => formatNumber(fraction * 100, 1, lang),
  num: (n: number) => formatNumber(n, 0, lang),
});

/** Each criterion's text: the figure, then the bound ("— cần …"). */
function rowText(id: StandardCriterion['id'], d: Detail, ward: Ward, ctx: EvalContext, lang: Lang): Omit<StandardRow, 'id' | 'met'> {
  const s = ward.settings;
  const f = d.figures;
  const t = (key: MessageKey, params: MessageParams = {}) => translate(key, params, lang);
  const { pct, low, num } = formatters(lang);
  switch (id) {
    case 'size':
      return { text: t('standardRow.size', { value: num(f.members), min: num(s.standardMinMembers), max: num(s.standardMaxMembers) }) };
    case 'women':
      return {
        text: t('standardRow.women', {
          value: pct(share(f.women, f.members)),
          part: num(f.women),
          whole: num(f.members),
          min: low(s.standardMinWomenShare),
          max: pct(s.standardMaxWomenShare),
        }),
      };
    case 'elderly':
      return {
        text: t('standardRow.elderly', {
          value: pct(share(f.elderly, f.members)),
          part: num(f.elderly),
          whole: num(f.members),
          min: low(s.standardMinElderlyShare),
          max: pct(s.standardMaxElderlyShare),
        }),
      };
    case 'monthly':
      if (d.monthsExpected.length === 0) return { text: t('standardRow.monthlyNone') };
      return {
        text: t('standardRow.monthly', { held: d.monthsExpected.length - d.monthsMissed.length, expected: d.monthsExpected.length }),
        missing:
          d.monthsMissed.length > 0 ? t('standardRow.monthsMissed', { months: d.monthsMissed.map(monthCell).join(', ') }) : undefined,
      };
    case 'contents':
      return {
        text: t('standardRow.contents', { covered: d.contentsCovered, total: CONTENTS.length }),
        missing: d.contentsMissed.length > 0 ? t('standardRow.contentsMissed', { contents: d.contentsMissed.join('; ') }) : undefined,
      };
    case 'funds':
      if (!d.fund) return { text: t('standardRow.noFundRow', { date: monthCell(ctx.period.end.slice(0, 7)) }) };
      return { text: t('standardRow.funds', { income: num(d.fund.income), activity: num(d.fund.activity) }) };
    case 'board':
      if (d.board === 0) return { text: t('standardRow.noBoard') };
      return { text: t('standardRow.board', { trained: d.boardTrained, board: d.board, year: ctx.period.end.slice(0, 4) }) };
  }
}

/**
 * One club's standard at the period end, explained criterion by criterion. A club that is not active
 * is not judged: no rows, its standing as the summary.
 */
export function explainClubStandard(club: ClubRecord, ward: Ward, ctx: EvalContext, lang: Lang = 'vi'): ClubStandardExplained {
  const standing = clubStanding(club, ctx.period.end);
  const base = { code: club.code, sheet: club.sheet, name: club.entry.name ?? '', standing };
  if (standing !== 'active') {
    const summary = translate('clubStandard.notJudged', { standing: clubStandingLabel(standing, lang) }, lang);
    return { ...base, judged: false, met: false, summary, rows: [] };
  }
  const d = detailOf(club, ward, ctx, lang);
  const rows = STANDARD_CRITERIA.map((c) => ({ id: c.id, met: c.met(d.figures, ward.settings), ...rowText(c.id, d, ward, ctx, lang) }));
  const missed = rows.filter((r) => !r.met).length;
  const summary =
    missed === 0 ? translate('standard.met', {}, lang) : translate('standardRow.missedCount', { missed, total: rows.length }, lang);
  return { ...base, judged: true, met: missed === 0, summary, rows };
}

/** Every club of the ward, in the registry's order. */
export function explainWardStandards(ward: Ward, ctx: EvalContext, lang: Lang = 'vi'): ClubStandardExplained[] {
  return ward.clubs.map((club) => explainClubStandard(club, ward, ctx, lang));
}
