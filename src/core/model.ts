/** The ward as the core sees it after parsing: typed records that still know their cells. */
import type { IsoDate } from './dates';
import type { Issue } from './issues';
import type { Target } from './parse/readCell';
import type { PhaseId } from './period';
import type { WardSettings } from './schema/settings';

export interface Located {
  sheet: string;
  row: number;
  cells: Record<string, string>;
}

export interface Group extends Located {
  code?: string;
  name?: string;
  population?: number;
}

export interface ClubEntry extends Located {
  code?: string;
  name?: string;
  group?: string;
  established?: IsoDate;
  decision?: string;
  status?: string;
  boardEmails?: string[];
}

export interface Member extends Located {
  no?: number;
  name?: string;
  birth?: { year: number; date?: IsoDate };
  gender?: string;
  household?: string;
  disabled?: boolean;
  minority?: boolean;
  hardship?: boolean;
  pension?: boolean;
  healthCard?: boolean;
  volunteer?: boolean;
  loanNeed?: boolean;
  loanServed?: boolean;
  joined?: IsoDate;
  left?: IsoDate;
  role?: string;
  note?: string;
}

export interface Meeting extends Located {
  month?: string;
  date?: IsoDate;
  attendance?: number;
  c1?: boolean;
  c2?: boolean;
  c3?: boolean;
  c4?: boolean;
  c5?: boolean;
  c6?: boolean;
  c7?: boolean;
  c8?: boolean;
  digital?: boolean;
  green?: boolean;
  startup?: boolean;
}

export interface FundRow extends Located {
  month?: string;
  incomeFund?: number;
  activityFund?: number;
  loansOutstanding?: number;
}
export interface Loan extends Located {
  name?: string;
  date?: IsoDate;
  amount?: number;
  purpose?: string;
  due?: IsoDate;
  repaid?: IsoDate;
}
export interface Training extends Located {
  name?: string;
  kind?: string;
  date?: IsoDate;
  organiser?: string;
}
export interface Activity extends Located {
  date?: IsoDate;
  title?: string;
  form?: string;
  reached?: number;
  club?: string;
}

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
  issues: Issue[];
}
