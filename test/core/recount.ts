/**
 * An independent re-count of a ward's people figures, straight from the cells of its grids.
 *
 * The plans' counting rules are written out again here, simply, without any of the core's code
 * (no parser, no table locator, no value readers, no counting helpers): a test that compares the
 * core's roll-up with this re-count can fail when the core counts wrongly, which a comparison of
 * the core with itself (ward facts = sum of club facts) cannot.
 *
 * Rules, at the period end:
 * - A club is counted in the ward's totals when its Danh mục CLB row (the first row with its code)
 *   has Trạng thái blank or active ("Đang hoạt động", or "Hoạt động", "HĐ", "Active", in any case,
 *   with or without diacritics) and Ngày thành lập blank or a date on/before the end. "Tạm dừng",
 *   "Giải thể", any other text, and a Ngày thành lập that is not a date: not counted.
 * - Every registered club with a tab still shows its own people (byClub), counted or not.
 * - Its tab is named by its code. The member register is the table under the header row holding
 *   "Họ và tên", "Năm sinh" and "Giới tính"; it ends at the next section title ("II. …" in column A).
 * - A member row counts when it has a name, Ngày tham gia is blank or ≤ the end, and Ngày rời is
 *   blank or after it. A Ngày tham gia or Ngày rời that holds anything but a date: the row does not count.
 * - A person counts once per club: of the rows that count with the same name (any case, any
 *   diacritics, any spacing) and the same birth year (blank when the birth cell holds none), the first.
 * - A woman has Giới tính "Nữ" in any case, or "Nu" without diacritics (read as Nữ with a warning).
 * - Older: age at the end ≥ elderlyAge (Cấu hình, 60 when blank): exact with a full birth date,
 *   end year − birth year with a year only; a year typed "1.950" is 1950; an unreadable birth is not older.
 * - In need: Nhu cầu vay vốn "Có". Served: in need, and Được vay / hỗ trợ sinh kế "Có" or the same
 *   name (any case, any diacritics) borrowed in section IV (Người vay, Ngày vay ≤ the end).
 */
import type { Cell } from '../../src/core/values';

export const PEOPLE_FACTS = ['members', 'women_members', 'elderly_members', 'elderly_women', 'members_in_need', 'members_served'] as const;
export type PeopleFact = (typeof PEOPLE_FACTS)[number];
export type PeopleCounts = Record<PeopleFact, number>;

export const noPeople = (): PeopleCounts => ({
  members: 0,
  women_members: 0,
  elderly_members: 0,
  elderly_women: 0,
  members_in_need: 0,
  members_served: 0,
});

/** The people facts of any facts record (a roll-up's, a club's, a JSON indicator list turned into a record). */
export const pickPeople = (facts: Record<PeopleFact, number>): PeopleCounts =>
  Object.fromEntries(PEOPLE_FACTS.map((id) => [id, facts[id]])) as PeopleCounts;

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim());
const fold = (cell: Cell | undefined) =>
  text(cell)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** "05/06/2026" (or a Date) → "2026-06-05"; blank or unreadable → undefined. */
function dateOf(cell: Cell | undefined): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text(cell));
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** The birth year a birth cell holds (a year, "1.950", or a date), or undefined. */
function birthYearOf(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1880 && cell <= 2200 ? cell : undefined;
  const t = text(cell);
  if (/^\d{4}$/.test(t)) return Number(t);
  if (/^\d\.\d{3}$/.test(t)) return Number(t.replace('.', ''));
  const date = dateOf(cell);
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** Age at `end`, or undefined when the birth cell holds no year. */
function ageAt(cell: Cell | undefined, end: string): number | undefined {
  const endYear = Number(end.slice(0, 4));
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1880 && cell <= 2200 ? endYear - cell : undefined;
  const t = text(cell);
  if (/^\d{4}$/.test(t)) return endYear - Number(t);
  if (/^\d\.\d{3}$/.test(t)) return endYear - Number(t.replace('.', ''));
  const date = dateOf(cell);
  if (!date) return undefined;
  const years = endYear - Number(date.slice(0, 4));
  return date.slice(5) <= end.slice(5) ? years : years - 1;
}

const isSectionTitle = (row: Cell[] | undefined) => /^[IVX]+\.\s/.test(text(row?.[0]));

/** The rows of the table under the first header row holding every one of `headers`, with a column lookup. */
function tableOf(grid: Cell[][], headers: string[]): { rows: Cell[][]; col: (header: string) => number } | undefined {
  const h = grid.findIndex((row) => headers.every((name) => row.some((c) => text(c) === name)));
  if (h < 0) return undefined;
  const col = (name: string) => {
    const i = grid[h].findIndex((c) => text(c) === name);
    if (i < 0) throw new Error(`re-count: no column "${name}"`);
    return i;
  };
  let end = h + 1;
  while (end < grid.length && !isSectionTitle(grid[end])) end += 1;
  return { rows: grid.slice(h + 1, end), col };
}

function elderlyAgeOf(grids: Record<string, Cell[][]>): number {
  const row = (grids['Cấu hình'] ?? []).find((r) => text(r[0]) === 'elderlyAge');
  return row && text(row[2]) !== '' ? Number(row[2]) : 60;
}

const ACTIVE_SPELLINGS = ['', 'dang hoat dong', 'hoat dong', 'hd', 'active'];

/** The first Danh mục CLB row of each code, in registry order. */
function registryRows(grids: Record<string, Cell[][]>): Array<{ row: Cell[]; col: (header: string) => number }> {
  const registry = tableOf(grids['Danh mục CLB'] ?? [], ['Mã CLB', 'Tên CLB']);
  if (!registry) return [];
  const seen = new Set<string>();
  return registry.rows.flatMap((row) => {
    const code = text(row[registry.col('Mã CLB')]);
    if (code === '' || seen.has(code)) return [];
    seen.add(code);
    return [{ row, col: registry.col }];
  });
}

/** Codes of the clubs counted at `end`, in registry order. */
export function countedClubs(grids: Record<string, Cell[][]>, end: string): string[] {
  return registryRows(grids).flatMap(({ row, col }) => {
    const foundedCell = row[col('Ngày thành lập')];
    const founded = dateOf(foundedCell);
    const foundedOk = text(foundedCell) === '' || (founded !== undefined && founded <= end);
    return ACTIVE_SPELLINGS.includes(fold(row[col('Trạng thái')])) && foundedOk ? [text(row[col('Mã CLB')])] : [];
  });
}

/** Re-counts one club tab's people at `end`. */
export function recountClub(grid: Cell[][], end: string, elderlyAge = 60): PeopleCounts {
  const counts = noPeople();
  const register = tableOf(grid, ['Họ và tên', 'Năm sinh', 'Giới tính']);
  if (!register) return counts;
  const [name, birth, gender, joined, left, need, served] = [
    'Họ và tên',
    'Năm sinh',
    'Giới tính',
    'Ngày tham gia',
    'Ngày rời',
    'Nhu cầu vay vốn',
    'Được vay / hỗ trợ sinh kế',
  ].map(register.col);
  const loans = tableOf(grid, ['Người vay', 'Ngày vay']);
  const borrowers = new Set(
    (loans?.rows ?? []).filter((r) => (dateOf(r[loans!.col('Ngày vay')]) ?? '9999') <= end).map((r) => fold(r[loans!.col('Người vay')])),
  );
  const people = new Set<string>();
  for (const row of register.rows) {
    if (text(row[name]) === '') continue;
    const joinedOn = dateOf(row[joined]);
    const leftOn = dateOf(row[left]);
    if ((text(row[joined]) !== '' && !joinedOn) || (text(row[left]) !== '' && !leftOn)) continue;
    if ((joinedOn && joinedOn > end) || (leftOn && leftOn <= end)) continue;
    const person = `${fold(row[name])}|${birthYearOf(row[birth]) ?? ''}`;
    if (people.has(person)) continue;
    people.add(person);
    const woman = fold(row[gender]) === 'nu';
    const age = ageAt(row[birth], end);
    const elderly = age !== undefined && age >= elderlyAge;
    const inNeed = fold(row[need]) === 'co';
    counts.members += 1;
    if (woman) counts.women_members += 1;
    if (elderly) counts.elderly_members += 1;
    if (woman && elderly) counts.elderly_women += 1;
    if (inNeed) counts.members_in_need += 1;
    if (inNeed && (fold(row[served]) === 'co' || borrowers.has(fold(row[name])))) counts.members_served += 1;
  }
  return counts;
}

/**
 * Re-counts the ward's people at the period end: each registered club's own people (whether or not
 * it is counted), and the ward total over the counted clubs only.
 */
export function recountWard(grids: Record<string, Cell[][]>, end: string): { total: PeopleCounts; byClub: Record<string, PeopleCounts> } {
  const elderlyAge = elderlyAgeOf(grids);
  const counted = new Set(countedClubs(grids, end));
  const total = noPeople();
  const byClub: Record<string, PeopleCounts> = {};
  for (const { row, col } of registryRows(grids)) {
    const code = text(row[col('Mã CLB')]);
    if (!grids[code]) continue;
    byClub[code] = recountClub(grids[code], end, elderlyAge);
    if (counted.has(code)) for (const id of PEOPLE_FACTS) total[id] += byClub[code][id];
  }
  return { total, byClub };
}
