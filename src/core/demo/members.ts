/** A club's member register: realistic composition (women, older people, board), plus its planted mistakes. */
import { formatDateVi, type IsoDate, isoDate, maxDate } from '../dates';
import { formatNumberVi } from '../format';
import { MEMBERS } from '../schema/tables';
import { personKey } from '../text';
import { addDays, randomDate } from './calendar';
import type { RowValues } from './fillTable';
import { uniqueFullName } from './names';
import type { Random } from './random';
import type { ClubPlan, DemoSettings, PlannedMistake } from './types';

export interface Person {
  name: string;
  woman: boolean;
  birthYear: number;
  board: boolean;
  /** Left the club before today: not counted. */
  former: boolean;
  joined?: IsoDate;
  left?: IsoDate;
  row: RowValues;
}

export interface Register {
  /** Rows in register order (STT filled in). */
  rows: RowValues[];
  /** People counted today (board first). */
  current: Person[];
  /** Current members a loan can go to (not the duplicate entry, whose name would be ambiguous). */
  borrowable: Person[];
  /** How many named members the register counts on a date (as the core counts them). */
  countOn: (date: IsoDate) => number;
  /** Names already used in the club, folded (for names that must not match anyone). */
  taken: Set<string>;
  mistakes: PlannedMistake[];
}

const BOARD = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Thư ký', 'Thủ quỹ'];
const LEAVING_NOTES = ['Chuyển nơi ở', 'Sức khỏe yếu', 'Đi làm ăn xa', 'Chuyển sang CLB khác'];
const yesNo = (rng: Random, p: number) => (rng.chance(p) ? 'Có' : 'Không');
/** Shares of a club's size: counts in [ceil(lo·n), floor(hi·n)] (integer arithmetic, so 60% of 55 is 33, not 34). */
const countIn = (rng: Random, n: number, loPercent: number, hiPercent: number) =>
  rng.int(Math.ceil((n * loPercent) / 100), Math.floor((n * hiPercent) / 100));

function birthCell(rng: Random, year: number): string | number {
  // Most registers hold a year; some clerks copy the full date from the ID card.
  return rng.chance(0.15) ? formatDateVi(isoDate(year, rng.int(1, 12), rng.int(1, 28))) : year;
}

function personRow(rng: Random, name: string, woman: boolean, birthYear: number, elderly: boolean, role: string): RowValues {
  return {
    name,
    birth: birthCell(rng, birthYear),
    gender: woman ? 'Nữ' : 'Nam',
    household: rng.weighted([
      ['Không', 80],
      ['Cận nghèo', 12],
      ['Nghèo', 8],
    ] as const),
    disabled: yesNo(rng, 0.05),
    minority: yesNo(rng, 0.04),
    hardship: yesNo(rng, elderly ? 0.1 : 0.04),
    pension: yesNo(rng, elderly ? 0.35 : 0.05),
    healthCard: yesNo(rng, 0.93),
    volunteer: yesNo(rng, role === 'Thành viên' ? 0.15 : 0.5),
    loanNeed: 'Không',
    loanServed: 'Không',
    joined: '',
    left: '',
    role,
    note: '',
  };
}

/**
 * Draws the register: n current members with 60–70% women and 60–70% older people (now and then
 * a club slightly off the standard), a few who have left, and the member-register mistakes the
 * plan asks for. Loan flags are set later, once loans are drawn.
 */
export function drawRegister(rng: Random, plan: ClubPlan, demo: DemoSettings): Register {
  const { year, today } = demo;
  const n = rng.int(demo.membersPerClub[0], demo.membersPerClub[1]);
  const women = rng.chance(0.2) ? Math.min(n, Math.round(n * rng.between(0.71, 0.76))) : countIn(rng, n, 60, 70);
  const elderly = rng.chance(0.2) ? Math.round(n * rng.between(0.52, 0.58)) : countIn(rng, n, 60, 70);
  const men = n - women;
  // Women dominate clubs, but among the older members the plans want 40–60% women.
  const elderlyWomen = Math.max(elderly - men, Math.min(women, elderly, Math.round(elderly * rng.between(0.45, 0.58))));
  const slots = rng.shuffle([
    ...Array.from({ length: elderlyWomen }, () => ({ woman: true, elderly: true })),
    ...Array.from({ length: women - elderlyWomen }, () => ({ woman: true, elderly: false })),
    ...Array.from({ length: elderly - elderlyWomen }, () => ({ woman: false, elderly: true })),
    ...Array.from({ length: men - (elderly - elderlyWomen) }, () => ({ woman: false, elderly: false })),
  ]);
  // The chair is usually an older member.
  const chair = slots.findIndex((s) => s.elderly);
  if (chair > 0) [slots[0], slots[chair]] = [slots[chair], slots[0]];

  const taken = new Set<string>();
  const joinFrom = addDays(plan.established, 30);
  const current: Person[] = slots.map((slot, i) => {
    const age = slot.elderly ? 60 + Math.floor(rng.next() ** 1.3 * 32) : 59 - Math.floor(rng.next() ** 1.5 * 24);
    const birthYear = year - age;
    const name = uniqueFullName(rng, slot.woman, taken, (x) => !demo.wardPeople.has(personKey(x, birthYear)));
    const role = BOARD[i] ?? 'Thành viên';
    const row = personRow(rng, name, slot.woman, birthYear, slot.elderly, role);
    const joined = i >= BOARD.length && rng.chance(0.25) ? randomDate(rng, joinFrom, addDays(today, -7)) : undefined;
    if (joined) row.joined = formatDateVi(joined);
    return { name, woman: slot.woman, birthYear, board: i < BOARD.length, former: false, joined, row };
  });

  const formers: Person[] = [];
  for (let k = rng.int(0, 3); k > 0; k--) {
    const left = randomDate(rng, maxDate(addDays(plan.established, 60), `${year - 1}-01-01`), addDays(today, -7));
    if (!left) break;
    const woman = rng.chance(0.6);
    const elderlyFormer = rng.chance(0.7);
    const birthYear = year - (elderlyFormer ? rng.int(62, 85) : rng.int(40, 58));
    const name = uniqueFullName(rng, woman, taken, (x) => !demo.wardPeople.has(personKey(x, birthYear)));
    const row = personRow(rng, name, woman, birthYear, elderlyFormer, 'Thành viên');
    row.left = formatDateVi(left);
    row.note = rng.pick(LEAVING_NOTES);
    const joined = rng.chance(0.5) ? randomDate(rng, joinFrom, addDays(left, -30)) : undefined;
    if (joined) row.joined = formatDateVi(joined);
    formers.push({ name, woman, birthYear, board: false, former: true, joined, left, row });
  }

  const mistakes: PlannedMistake[] = [];
  const extraRows: RowValues[] = [];
  const used = new Set<Person>();
  const ordinary = rng.shuffle(current.filter((p) => !p.board));
  const take = (test: (p: Person) => boolean): Person => {
    const found = ordinary.find((p) => !used.has(p) && test(p)) ?? ordinary.find((p) => !used.has(p));
    if (!found) throw new Error('Too few members to plant the demo mistakes');
    used.add(found);
    return found;
  };
  let duplicate: { first: Person; copy: Person } | undefined;
  for (const kind of plan.mistakes) {
    if (kind === 'birthYearDotted') {
      const p = take((x) => typeof x.row.birth === 'number');
      const typed = formatNumberVi(p.birthYear);
      p.row.birth = typed;
      mistakes.push({
        kind,
        table: MEMBERS,
        record: p.row,
        column: 'birth',
        description: `Năm sinh gõ "${typed}" có dấu chấm phân cách hàng nghìn (đúng là ${p.birthYear}).`,
        descriptionEn: `Birth year typed "${typed}" with a thousands separator (should be ${p.birthYear}).`,
      });
    } else if (kind === 'genderNoDiacritics') {
      const p = take((x) => x.woman);
      p.woman = true;
      p.row.gender = 'Nu';
      mistakes.push({
        kind,
        table: MEMBERS,
        record: p.row,
        column: 'gender',
        description: 'Giới tính gõ "Nu" không dấu (đúng là "Nữ").',
        descriptionEn: 'Gender typed "Nu" without diacritics (should be "Nữ").',
      });
    } else if (kind === 'nameMissing') {
      const woman = rng.chance(0.6);
      const row = personRow(rng, '', woman, year - rng.int(55, 80), true, 'Thành viên');
      delete row.name;
      extraRows.push(row);
      mistakes.push({
        kind,
        table: MEMBERS,
        record: row,
        column: 'name',
        description: 'Dòng có năm sinh, giới tính… nhưng bỏ trống họ và tên.',
        descriptionEn: 'A row with birth year, gender… but no full name.',
      });
    } else if (kind === 'duplicatePerson') {
      const first = take(() => true);
      const copy = take(() => true);
      Object.assign(copy, { name: first.name, woman: first.woman, birthYear: first.birthYear });
      Object.assign(copy.row, { name: first.name, birth: first.row.birth, gender: first.row.gender });
      duplicate = { first, copy };
      mistakes.push({
        kind,
        table: MEMBERS,
        record: copy.row,
        column: 'name',
        description: `"${first.name}" (sinh ${first.birthYear}) được ghi hai lần trong sổ thành viên.`,
        descriptionEn: `"${first.name}" (born ${first.birthYear}) is entered twice in the member register.`,
      });
    }
  }

  const board = current.filter((p) => p.board);
  const rest = rng.shuffle([...ordinary.map((p) => p.row), ...formers.map((p) => p.row), ...extraRows]);
  if (duplicate) {
    // The copy comes after the original, as a second entry would.
    const a = rest.indexOf(duplicate.first.row);
    const b = rest.indexOf(duplicate.copy.row);
    if (b < a) [rest[a], rest[b]] = [rest[b], rest[a]];
  }
  const rows = [...board.map((p) => p.row), ...rest];
  rows.forEach((row, i) => {
    row.no = i + 1;
  });
  for (const p of [...current, ...formers]) demo.wardPeople.add(personKey(p.name, p.birthYear));
  const countOn = (date: IsoDate) =>
    [...current, ...formers].filter((p) => (!p.joined || p.joined <= date) && (!p.left || p.left > date)).length;
  return { rows, current, borrowable: current.filter((p) => p !== duplicate?.copy), countOn, taken, mistakes };
}
