/**
 * Mừng thọ and Hưu trí xã hội: the elderly-policy lists, straight from the member register. They name
 * people, so they are drawn only into the officers' private copy (privateLists.ts), never into the
 * shared ward workbook.
 */
import { formatDateVi, type IsoDate } from '../dates';
import { type Lang, translate } from '../i18n/messages';
import type { Ward } from '../model';
import {
  genderLabel,
  type LongevityEntry,
  longevityList,
  type PensionEntry,
  type PolicyEntry,
  pensionGroundText,
  socialPensionList,
} from '../policy';
import { defaultSettings, type WardSettings } from '../schema/settings';
import { SHEETS } from '../schema/sheets';
import { drawSheet, numberColumn, type OutputColumn, updatedLine } from './columns';
import type { OutputSheet } from './types';

/** The person's columns both lists start with, and the club and cell link they end with. */
const PERSON_COLUMNS: Array<OutputColumn<PolicyEntry>> = [
  numberColumn(),
  { header: 'col.fullName', value: (e) => e.member.name!, width: 200 },
  {
    header: 'col.born',
    value: (e) => (e.member.birth?.date ? formatDateVi(e.member.birth.date) : (e.member.birth?.year ?? '')),
    width: 90,
  },
  { header: 'col.gender', value: (e) => genderLabel(e.member), width: 70 },
  { header: 'col.age', value: (e) => e.age, width: 50 },
];
const WHERE_COLUMNS: Array<OutputColumn<PolicyEntry>> = [
  { header: 'col.club', value: (e) => e.club.code, width: 80 },
  { header: 'col.cell', value: (e) => ({ text: e.member.cells.name, sheet: e.club.sheet, a1: e.member.cells.name }), width: 60 },
];

const LONGEVITY_COLUMNS: Array<OutputColumn<LongevityEntry>> = [
  ...PERSON_COLUMNS,
  { header: 'col.ceremony', value: (e) => e.ceremony, width: 140 },
  ...WHERE_COLUMNS,
];

/** The pension list's columns: the grounds name the ward's ages (Cấu hình). */
const pensionColumns = (settings: WardSettings): Array<OutputColumn<PensionEntry>> => [
  ...PERSON_COLUMNS,
  { header: 'col.household', value: (e) => e.member.household ?? '', width: 120 },
  { header: 'col.ground', value: (e, at) => pensionGroundText(e.ground, settings, at.lang), width: 260 },
  ...WHERE_COLUMNS,
];

export function longevitySheet(ward: Ward, year: number, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const heading = { name: SHEETS.longevity, title: translate('longevity.title', { year }, lang), subtitle: updatedLine(today, lang) };
  return drawSheet(heading, LONGEVITY_COLUMNS, longevityList(ward, year), lang);
}

export function pensionSheet(ward: Ward, year: number, today: IsoDate, lang: Lang = 'vi'): OutputSheet {
  const heading = { name: SHEETS.pension, title: translate('pension.title', { year }, lang), subtitle: updatedLine(today, lang) };
  return drawSheet(heading, pensionColumns(ward.settings), socialPensionList(ward, year), lang);
}

/** The header row each list is drawn with, to recognise a tab an earlier version drew (privateLists.ts). */
export function listHeaders(kind: 'longevity' | 'pension', lang: Lang): string[] {
  const columns: Array<OutputColumn<never>> = kind === 'longevity' ? LONGEVITY_COLUMNS : pensionColumns(defaultSettings());
  return drawSheet({ name: '', title: '', subtitle: '' }, columns, [], lang).rows[2] as string[];
}
