/** The shape of a ward-table declaration: everything else (sheets, rules, parser, docs) reads these. */
import type { Choice } from '../values';

export type ColumnType =
  | 'text'
  | 'integer'
  | 'number'
  | 'money'
  | 'date'
  | 'yearOrDate'
  | 'yesNo'
  | 'choice'
  | 'month'
  | 'email'
  | 'target';

export interface Column {
  key: string;
  /** Header as it appears in the sheet (Vietnamese). */
  header: string;
  headerEn: string;
  /** Other headers accepted for this column (old templates, common variants). */
  aliases?: string[];
  type: ColumnType;
  required?: boolean;
  /** Locates the table: a header row must contain every anchor column. */
  anchor?: boolean;
  choices?: Choice[];
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
  columns: Column[];
  /** Blank rows the sheet builder leaves for entry (club sections). */
  blankRows: number;
}
