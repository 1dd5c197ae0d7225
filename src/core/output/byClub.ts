/**
 * Theo CLB: one row per club. The club's own columns, then one column per indicator declared
 * `perClub` (so a new per-club indicator needs no edit here), then the facts leaders read beside
 * them that are no indicator (meetings, the two fund balances, loan need), then the club standard.
 */
import type { IsoDate } from '../dates';
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { ClubFactId } from '../indicators/facts';
import type { WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import { SHEETS } from '../schema/sheets';
import { drawSheet, numberColumn, type OutputColumn, updatedLine } from './columns';
import { declarationsOf, indicatorColumn } from './indicatorColumns';
import { NUMBER_FORMATS, type OutputSheet, STATUS_COLOURS } from './types';

type ClubRow = WardRollUp['clubs'][number];

/** Grey: a club shown with its own figures but not counted in the ward's. */
const INACTIVE_COLOUR = '#eeeeee';

const meetsStandard = (c: ClubRow) => c.standard?.met === true;

const CLUB_COLUMNS: Array<OutputColumn<ClubRow>> = [
  numberColumn(),
  { header: 'col.clubCode', value: (c) => c.club.code, width: 80 },
  { header: 'col.clubName', value: (c) => c.club.entry.name ?? '', width: 220 },
  { header: 'col.group', value: (c) => c.club.entry.group ?? '', width: 130 },
  // A club that is not counted shows its own figures, and this says why the ward's totals leave them out.
  {
    header: 'col.clubStatus',
    value: (c, at) => clubStandingLabel(c.standing, at.lang),
    colour: (c) => (c.active ? null : INACTIVE_COLOUR),
    width: 170,
  },
];

const factColumn = (header: MessageKey, fact: ClubFactId, width: number, format?: string): OutputColumn<ClubRow> => ({
  header,
  value: (c) => c.facts[fact],
  format,
  width,
});

const FACT_COLUMNS: Array<OutputColumn<ClubRow>> = [
  factColumn('col.meetings', 'meetings', 80),
  factColumn('col.incomeFund', 'income_fund', 130, NUMBER_FORMATS.count),
  factColumn('col.activityFund', 'activity_fund', 120, NUMBER_FORMATS.count),
  factColumn('col.loanNeed', 'members_in_need', 90),
  factColumn('col.loanServed', 'members_served', 90),
];

const STANDARD_COLUMNS: Array<OutputColumn<ClubRow>> = [
  {
    header: 'col.standard',
    value: (c, at) => translate(!c.standard ? 'standard.notJudged' : meetsStandard(c) ? 'standard.met' : 'standard.notMet', {}, at.lang),
    colour: (c) => (!c.standard ? null : meetsStandard(c) ? STATUS_COLOURS.met : STATUS_COLOURS.below),
    width: 100,
  },
  { header: 'col.criteriaMissed', value: (c, at) => (c.standard ? missedLabels(c.standard, at.lang).join('; ') : ''), width: 320 },
];

/** The tab's columns for a roll-up: its per-club indicators are those its declarations mark. */
export function byClubColumns(rollup: WardRollUp): Array<OutputColumn<ClubRow>> {
  const perClub = declarationsOf(rollup.indicators).filter((d) => d.perClub);
  const indicatorColumns = perClub.map((d) => indicatorColumn<ClubRow>(d, (c) => c.indicators.find((v) => v.id === d.id)));
  return [...CLUB_COLUMNS, ...indicatorColumns, ...FACT_COLUMNS, ...STANDARD_COLUMNS];
}

export function byClubSheet(rollup: WardRollUp, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const heading = {
    name: SHEETS.byClub,
    title: translate('byClub.title', { ward: rollup.ward, period: periodLabel(rollup.period, lang) }, lang),
    subtitle: updatedLine(today, lang),
  };
  return drawSheet(heading, byClubColumns(rollup), rollup.clubs, lang);
}
