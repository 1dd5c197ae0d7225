/** The demo's deliberate mistakes: the order they are dealt to clubs and which stage of the check reports each. */
import type { DemoMistake, MistakeKind } from './types';

/** Mistake k goes to club k modulo the number of clubs. */
export const MISTAKE_ORDER: MistakeKind[] = [
  'birthYearDotted',
  'genderNoDiacritics',
  'impossibleDate',
  'moneyNotNumber',
  'attendanceOverMembers',
  'nameMissing',
  'duplicatePerson',
  'loanToNonMember',
];

/** Cell-level mistakes surface while reading; the rest need rules that look across rows and tables. */
export const FOUND_BY: Record<MistakeKind, DemoMistake['foundBy']> = {
  birthYearDotted: 'parse',
  genderNoDiacritics: 'parse',
  impossibleDate: 'parse',
  moneyNotNumber: 'parse',
  nameMissing: 'parse',
  attendanceOverMembers: 'validate',
  duplicatePerson: 'validate',
  loanToNonMember: 'validate',
};
