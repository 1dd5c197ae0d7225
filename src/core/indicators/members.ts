/** Who counts, and as what, at a period end: the counting rules every figure shares. */
import { ageOn, type IsoDate } from '../dates';
import type { Member } from '../model';
import { BOARD_ROLES } from '../schema/tables';

/** A member row counts when it has a name, joined by the end (or blank), and had not left by it. */
export function isCounted(m: Member, end: IsoDate): boolean {
  if (!m.name) return false;
  if (m.joined && m.joined > end) return false;
  if (m.left && m.left <= end) return false;
  return true;
}

export function isWoman(m: Member): boolean {
  return m.gender === 'Nữ';
}

/** Age at a date: exact with a full birth date, by years with a year only; undefined without either. */
export function ageAt(m: Member, on: IsoDate): number | undefined {
  if (!m.birth) return undefined;
  if (m.birth.date) return ageOn(m.birth.date, on);
  return Number(on.slice(0, 4)) - m.birth.year;
}

export function isElderly(m: Member, end: IsoDate, elderlyAge: number): boolean {
  const age = ageAt(m, end);
  return age !== undefined && age >= elderlyAge;
}

const BOARD = new Set<string>(BOARD_ROLES);

export function isBoard(m: Member): boolean {
  return m.role !== undefined && BOARD.has(m.role);
}
