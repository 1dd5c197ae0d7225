/*
 * Reference copy (test only, never shipped): src/core/indicators/members.ts as it was before the speed work of
 * issue 11 (commit 20d6474), its imports pointed at this folder's copies where they exist. The
 * straightforward implementation the fast path is compared with (test/core/fastPath.test.ts).
 */
/** Who counts, and as what, at a reference date: the counting rules every figure and every check share. */

import type { Member } from '../../../../src/core/model';
import { BOARD_ROLES } from '../../../../src/core/schema/tables';
import { ageOn, type IsoDate } from '../dates';
import { foldText } from '../text';

/**
 * A member row counts when it has a name, joined by the date (or blank), and had not left by it.
 * A join or leave cell that holds something unreadable is not guessed at: the row does not count
 * until the cell is fixed (the check reports the cell as an error).
 */
export function isCounted(m: Member, on: IsoDate): boolean {
  if (!m.name) return false;
  if (m.unread?.includes('joined') || m.unread?.includes('left')) return false;
  if (m.joined && m.joined > on) return false;
  if (m.left && m.left <= on) return false;
  return true;
}

/**
 * The people a club's register counts at a date, each person once: rows that count, and of two
 * rows of the same person (folded name + birth year, the key the duplicate check uses) the first.
 */
export function countedMembers(members: readonly Member[], on: IsoDate): Member[] {
  // The person key (personKey: folded name | birth year), held as folded name → birth years seen, so
  // no key string is built per row (the checks count a club's people at every meeting's date).
  const seen = new Map<string, Set<number | undefined>>();
  return members.filter((m) => {
    if (!isCounted(m, on)) return false;
    const name = foldText(m.name!);
    const year = m.birth?.year;
    const years = seen.get(name);
    if (!years) {
      seen.set(name, new Set([year]));
      return true;
    }
    if (years.has(year)) return false;
    years.add(year);
    return true;
  });
}

/**
 * How many people a register counts at any date (countedMembers(members, on).length), for many dates:
 * each named row's person (folded name + birth year) is numbered once, so a date costs one pass over
 * the rows and no key, set or list is built per date (the attendance check asks at every meeting).
 */
export function peopleCounter(members: readonly Member[]): (on: IsoDate) => number {
  const ids = new Map<string, Map<number | undefined, number>>();
  let people = 0;
  const personOf = members.map((m) => {
    if (!m.name) return -1;
    const name = foldText(m.name);
    let years = ids.get(name);
    if (!years) {
      years = new Map();
      ids.set(name, years);
    }
    let id = years.get(m.birth?.year);
    if (id === undefined) {
      id = people++;
      years.set(m.birth?.year, id);
    }
    return id;
  });
  // seenAt[person] === stamp: the person was already counted at the date being asked.
  const seenAt = new Int32Array(people);
  let stamp = 0;
  return (on) => {
    stamp += 1;
    let count = 0;
    for (let i = 0; i < members.length; i++) {
      const id = personOf[i];
      if (id < 0 || seenAt[id] === stamp || !isCounted(members[i], on)) continue;
      seenAt[id] = stamp;
      count += 1;
    }
    return count;
  };
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

export function isElderly(m: Member, on: IsoDate, elderlyAge: number): boolean {
  const age = ageAt(m, on);
  return age !== undefined && age >= elderlyAge;
}

/** A club's people at a date: what the club standard and the composition checks both judge. */
export interface PeopleAt {
  members: Member[];
  women: number;
  elderly: Member[];
}

export function peopleAt(members: readonly Member[], on: IsoDate, elderlyAge: number): PeopleAt {
  const counted = countedMembers(members, on);
  return { members: counted, women: counted.filter(isWoman).length, elderly: counted.filter((m) => isElderly(m, on, elderlyAge)) };
}

const BOARD = new Set<string>(BOARD_ROLES);

export function isBoard(m: Member): boolean {
  return m.role !== undefined && BOARD.has(m.role);
}
