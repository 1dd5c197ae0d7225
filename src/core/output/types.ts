/** An output tab as data: rows to write in one call, plus what the edge colours and links. */
import type { Cell } from '../values';
import type { ChartSpec } from './charts';

/** A cell that links to another cell of the workbook. */
export interface LinkCell {
  text: string;
  sheet: string;
  a1: string;
}
export type OutCell = Cell | LinkCell;

export const isLinkCell = (c: unknown): c is LinkCell => typeof c === 'object' && c !== null && 'sheet' in c && 'a1' in c && 'text' in c;

export interface OutputSheet {
  name: string;
  rows: OutCell[][];
  /** 1-based row of the table header (frozen above). */
  headerRow: number;
  columnWidths: number[];
  /** Background colour per body cell (null for none), same shape as the body rows below the header. */
  colours?: Array<Array<string | null>>;
  /**
   * Number format per body cell (null for none), same shape as colours: values stay numbers so
   * leaders can sort, sum and chart them; the spreadsheet's locale shows 1.234 and 45,5%.
   */
  formats?: Array<Array<string | null>>;
  /** Further header rows of tables lower down (Biểu đồ's chart tables), drawn like the header row. */
  tableHeaderRows?: number[];
  /** Charts the add-on inserts on the tab, reading its tables (output/charts.ts). */
  charts?: ChartSpec[];
}

export const NUMBER_FORMATS = { count: '#,##0', percent: '0.0%' } as const;

export const STATUS_COLOURS = { met: '#d9ead3', exceeded: '#cfe2f3', below: '#f4cccc', none: null } as const;
