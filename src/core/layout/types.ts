/** What the sheet builders of both edges draw: content, widths and in-sheet rules, as plain data. */
import type { Cell } from '../values';

export type RuleSpec =
  | { kind: 'list'; values: string[] }
  | { kind: 'date' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'email' };

export interface ValidationSpec {
  /** 1-based first row and column of a one-column range. */
  row: number;
  column: number;
  numRows: number;
  rule: RuleSpec;
  help: string;
  /** Number format for the range (dates, money). */
  numberFormat?: string;
}

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  frozenRows: number;
  columnWidths: number[];
  /** 1-based rows drawn as table headers (bold, shaded). */
  headerRows: number[];
  /** 1-based rows drawn as titles (bold, larger). */
  titleRows: number[];
  validations: ValidationSpec[];
  /** Output tabs are read-only for everyone but the add-on. */
  output: boolean;
  /** Club tabs: the row whose column A is reserved for the club-standard line (marked by the add-on). */
  standardRow?: number;
}
