/** Who counts, and as what, at a reference date: the counting rules every figure and every check share. */
import { ageOn, type IsoDate } from '../dates';
import type { Member } from '../model';
import { BOARD_ROLES } from '../schema/tables';
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
 * Who is who in a register: each row's folded name ('' without a name) and its person, numbered in
 * order of first appearance by folded name + birth year (the person key the duplicate checks use),
 * -1 for a row without a name. Worked out once per register and kept while the register is the same
 * (same rows, same names and birth years), so the checks and the roll-up, which count a club's people
 * many times, fold each name once.
 */
export interface PersonIndex {
  /** Folded name per row ('' for a row without a name). */
  readonly folded: readonly string[];
  /** Person per row, -1 for a row without a name. */
  readonly personOf: Int32Array;
  /** How many people (distinct folded name + birth year). */
  readonly people: number;
}

interface KeptIndex extends PersonIndex {
  rows: readonly Member[];
  names: ReadonlyArray<string | undefined>;
  years: ReadonlyArray<number | undefined>;
}

const PERSON_INDEX = new WeakMap<readonly Member[], KeptIndex>();

function unchanged(kept: KeptIndex, members: readonly Member[]): boolean {
  if (kept.rows.length !== members.length) return false;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m !== kept.rows[i] || m.name !== kept.names[i] || m.birth?.year !== kept.years[i]) return false;
  }
  return true;
}

export function personIndex(members: readonly Member[]): PersonIndex {
  const kept = PERSON_INDEX.get(members);
  if (kept && unchanged(kept, members)) return kept;
  const ids = new Map<string, Map<number | undefined, number>>();
  const folded: string[] = [];
  const personOf = new Int32Array(members.length);
  let people = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!m.name) {
      folded.push('');
      personOf[i] = -1;
      continue;
    }
    const name = foldText(m.name);
    folded.push(name);
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
    personOf[i] = id;
  }
  const index: KeptIndex = {
    folded,
    personOf,
    people,
    rows: [...members],
    names: members.map((m) => m.name),
    years: members.map((m) => m.birth?.year),
  };
  PERSON_INDEX.set(members, index);
  return index;
}

/**
 * The people a club's register counts at a date, each person once: rows that count, and of two
 * rows of the same person (folded name + birth year, the key the duplicate check uses) the first.
 */
export function countedMembers(members: readonly Member[], on: IsoDate): Member[] {
  const { personOf, people } = personIndex(members);
  const seen = new Uint8Array(people);
  const out: Member[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!isCounted(m, on)) continue;
    const id = personOf[i];
    if (seen[id] === 1) continue;
    seen[id] = 1;
    out.push(m);
  }
  return out;
}

/**
 * How many people a register counts at any date (countedMembers(members, on).length), for many dates:
 * each named row's person is numbered once (personIndex), so a date costs one pass over the rows and
 * no key, set or list is built per date (the attendance check asks at every meeting).
 */
export function peopleCounter(members: readonly Member[]): (on: IsoDate) => number {
  const { personOf, people } = personIndex(members);
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
