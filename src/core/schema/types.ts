/**
 * The shape of a ward-table declaration, and the record types derived from declarations: a
 * table's columns, each with a type, are the one place a field is named. `RecordOf<typeof MEMBERS>`
 * is a member as the parser reads it, so adding a column is one declaration the compiler checks.
 */
import type { IsoDate } from '../dates';

/** A value out of a fixed list (a dropdown), with the other spellings people use for it. */
export interface Choice {
  value: string;
  /** Other spellings people use, read as this value with a warning. */
  aliases?: readonly string[];
}

/** A plan target: at least `min`, at most `max`, or both (a range). */
export interface Target {
  min?: number;
  max?: number;
  /** Written with a % sign: min and max are fractions (0.4 for 40%). */
  percent: boolean;
}

/** A birth cell: a year, or a full date (which also gives the year). */
export interface Birth {
  year: number;
  date?: IsoDate;
}

/** What a cell of each column type is read as. */
export interface ColumnValues {
  text: string;
  integer: number;
  number: number;
  money: number;
  date: IsoDate;
  yearOrDate: Birth;
  yesNo: boolean;
  /** Narrowed to the declared choices' values by ValueOf. */
  choice: string;
  /** "yyyy-mm". */
  month: string;
  email: string[];
  target: Target;
}

export type ColumnType = keyof ColumnValues;

export interface Column {
  key: string;
  /** Header as it appears in the sheet (Vietnamese). */
  header: string;
  headerEn: string;
  /** Other headers accepted for this column (old templates, common variants). */
  aliases?: readonly string[];
  type: ColumnType;
  required?: boolean;
  /** Locates the table: a header row must contain every anchor column. */
  anchor?: boolean;
  choices?: readonly Choice[];
  min?: number;
  max?: number;
  /** Help text shown in the sheet's data-validation popup. */
  help: string;
  width?: number;
}

export interface Table {
  id: string;
  /** 'ward': its own tab named `sheet`; 'club': a section of every club tab. */
  scope: 'ward' | 'club';
  sheet?: string;
  /** Section title written above the header row (club tabs) or as the tab's first row. */
  title: string;
  titleEn: string;
  columns: readonly Column[];
  /** Blank rows the sheet builder leaves for entry (club sections). */
  blankRows: number;
}

/** The value a column's cells are read as; a choice column's is the union of its choices. */
export type ValueOf<C extends Column> = C extends { type: 'choice'; choices: readonly { value: infer V }[] } ? V : ColumnValues[C['type']];

export type ColumnOf<T extends Table> = T['columns'][number];
export type ColumnKey<T extends Table> = ColumnOf<T>['key'];

/** A row's values by column key; a blank or unreadable cell leaves its key out. */
export type RowValues<T extends Table> = { [C in ColumnOf<T> as C['key']]?: ValueOf<C> };

/** Where a record came from: its tab, its 1-based row, and each column's A1 address ("" when the column is absent). */
export interface Located<T extends Table = Table> {
  sheet: string;
  row: number;
  cells: Record<ColumnKey<T>, string>;
  /**
   * Columns whose cell holds something that could not be read (its value is left out, and the
   * cell has an error issue): what tells "blank" from "unreadable" where the two count differently.
   */
  unread?: readonly ColumnKey<T>[];
}

/** A row of a declared table as the parser reads it. */
export type RecordOf<T extends Table> = Located<T> & RowValues<T>;

/** A record's cells when it has no row of its own (every column absent). */
export function blankCells<T extends Table>(table: T): Record<ColumnKey<T>, string> {
  return Object.fromEntries(table.columns.map((c) => [c.key, ''])) as Record<ColumnKey<T>, string>;
}
