/**
 * The ward as the core sees it after parsing: typed records that still know their cells. Each
 * record type is derived from its table's declaration (schema/tables.ts), never restated here.
 */
import type { Issue } from './issues';
import type { PhaseId } from './period';
import type { WardSettings } from './schema/settings';
import type { ACTIVITIES, CLUBS, FUNDS, GROUPS, LOANS, MEETINGS, MEMBERS, NARRATIVES, TRAININGS } from './schema/tables';
import type { Located, RecordOf, Target } from './schema/types';

export type { Located };

export type Group = RecordOf<typeof GROUPS>;
export type ClubEntry = RecordOf<typeof CLUBS>;
export type Activity = RecordOf<typeof ACTIVITIES>;
export type Narrative = RecordOf<typeof NARRATIVES>;
export type Member = RecordOf<typeof MEMBERS>;
export type Meeting = RecordOf<typeof MEETINGS>;
export type FundRow = RecordOf<typeof FUNDS>;
export type Loan = RecordOf<typeof LOANS>;
export type Training = RecordOf<typeof TRAININGS>;

export interface ClubRecord {
  code: string;
  sheet: string;
  entry: ClubEntry;
  members: Member[];
  meetings: Meeting[];
  funds: FundRow[];
  loans: Loan[];
  trainings: Training[];
}

export type TargetsById = Record<string, Partial<Record<PhaseId, Target>>>;

export interface Ward {
  settings: WardSettings;
  targets: TargetsById;
  groups: Group[];
  registry: ClubEntry[];
  clubs: ClubRecord[];
  activities: Activity[];
  /** What the officer wrote for reports, by period and section (optional tab). */
  narratives: Narrative[];
  issues: Issue[];
}
