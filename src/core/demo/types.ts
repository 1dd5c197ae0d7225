/** Shapes shared by the demo ward's generators. */
import type { IsoDate } from '../dates';
import type { Table } from '../schema/types';
import type { RowValues } from './fillTable';

export interface DemoOptions {
  /** Same seed, same ward, cell for cell. */
  seed?: number;
  /** Number of clubs (default 6). */
  clubs?: number;
  /** Current members per club, both included (default [50, 70]; the lower bound must be at least 20). */
  membersPerClub?: [number, number];
  /** Reporting year (default 2026). */
  year?: number;
  /** The day the demo is "as of" (default 22 November of the year): nothing is dated after it. */
  today?: IsoDate;
  /** The ward's place name (default "Bỉm Sơn"): another name makes another ward of the same province. */
  place?: string;
}

export interface DemoSettings {
  seed: number;
  clubs: number;
  membersPerClub: [number, number];
  year: number;
  today: IsoDate;
  place?: string;
  /**
   * People already in earlier clubs (personKey: folded name + birth year), so nobody is accidentally
   * in two clubs: the only repeated person is the planted duplicate.
   */
  wardPeople: Set<string>;
}

/** The deliberate errors a demo ward carries, so the check and its issue list have something to show. */
export type MistakeKind =
  | 'birthYearDotted'
  | 'genderNoDiacritics'
  | 'impossibleDate'
  | 'moneyNotNumber'
  | 'attendanceOverMembers'
  | 'nameMissing'
  | 'duplicatePerson'
  | 'loanToNonMember';

export interface DemoMistake {
  kind: MistakeKind;
  sheet: string;
  /** The cell holding the mistake. */
  a1: string;
  /** What is wrong, in Vietnamese. */
  description: string;
  descriptionEn: string;
  /** 'parse': reading the cell reports it; 'validate': a ward-wide, cross-row rule does. */
  foundBy: 'parse' | 'validate';
}

/** A mistake attached to a record before the record has a sheet row. */
export interface PlannedMistake {
  kind: MistakeKind;
  table: Table;
  record: RowValues;
  column: string;
  description: string;
  descriptionEn: string;
}

export type ClubProfile = 'model' | 'steady' | 'patchy';

/** What the ward-level draw decides about a club before its own tab is generated. */
export interface ClubPlan {
  index: number;
  code: string;
  name: string;
  /** Name of its residential group. */
  group: string;
  established: IsoDate;
  /** 'model' meets every month with all 8 contents; 'steady' now and then drops a content; 'patchy' also misses a month. */
  profile: ClubProfile;
  /** Rank among clubs whose income fund ends at or above 25 million (undefined: below). */
  richRank?: number;
  /** Whether the board had this year's refresher training. */
  refresher: boolean;
  mistakes: MistakeKind[];
}

/** Table id → records for one club tab, plus the mistakes planted in them. */
export interface ClubContent {
  records: Record<string, RowValues[]>;
  mistakes: PlannedMistake[];
}
