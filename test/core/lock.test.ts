/**
 * Chốt số liệu in core: a lock's rows read back to the same tabs (the roll-up of the snapshot equals
 * the roll-up of the tabs locked), a lock missing a piece is no lock, an unlock ends it, and later
 * edits are flagged with old → new only when they change the locked period's figures.
 */
import { generateDemoWard } from '../../src/core/demo';
import { fingerprintGrids } from '../../src/core/fingerprint';
import { rollUpWard } from '../../src/core/indicators/rollup';
import { checkWard, rollUpGrids } from '../../src/core/jobs';
import {
  gridsForPeriod,
  isLockGrid,
  type LockEvent,
  lockEventRows,
  lockedPeriods,
  lockFlags,
  lockHeader,
  lockOf,
  locksInGrids,
  PIECE_CHARS,
  parseLockEvents,
  withoutLockTab,
} from '../../src/core/lock';
import { rollUpJson } from '../../src/core/output/json';
import type { Grid } from '../../src/core/parse/locate';
import { parseWard, type WardGrids } from '../../src/core/parse/parseWard';
import { parsePeriod } from '../../src/core/period';

const TODAY = '2026-11-22';
const H1 = parsePeriod('2026-H1')!;
const copy = (grids: WardGrids): WardGrids => Object.fromEntries(Object.entries(grids).map(([n, g]) => [n, g.map((r) => [...r])]));

function lockTab(events: LockEvent[]): Grid {
  return [lockHeader('vi'), ...events.flatMap((e) => lockEventRows(e, 'vi'))];
}
const lock = (grids: WardGrids, period = '2026-H1', at = '2026-07-05 09:00'): LockEvent => ({
  period,
  action: 'lock',
  at,
  by: 'canbo@phuong.gov.vn',
  fingerprint: fingerprintGrids(grids),
  grids,
});

/** The cell of the first woman member of a club tab whose gender column says "Nữ". */
function firstWoman(grid: Grid): [number, number] {
  for (let r = 0; r < grid.length; r++) {
    const c = grid[r].indexOf('Nữ');
    if (c >= 0 && grid.slice(0, r).some((row) => row.includes('Giới tính'))) return [r, c];
  }
  throw new Error('no woman member');
}

describe('a lock’s snapshot', () => {
  const { grids } = generateDemoWard({ clubs: 12, today: TODAY });

  test('reads back to the same tabs, in several pieces under the cell limit, and rolls up to the same JSON', () => {
    const rows = lockEventRows(lock(grids), 'vi');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(String(row[6]).length).toBeLessThanOrEqual(PIECE_CHARS);
    const tab = lockTab([lock(grids)]);
    expect(isLockGrid(tab)).toBe(true);
    const [locked] = lockedPeriods(parseLockEvents(tab));
    expect(locked.period).toBe('2026-H1');
    const a = rollUpJson(rollUpGrids(grids, H1, TODAY));
    const b = rollUpJson(rollUpGrids(locked.grids, H1, TODAY));
    expect(b).toEqual(a);
  });

  test('a lock missing a piece, or edited by hand, is damaged: never used, an error in Kiểm tra; an unlock ends one; the last event decides', () => {
    const full = lockTab([lock(grids)]);
    const damagedOnly = [
      {
        period: '2026-H1',
        at: '2026-07-05 09:00',
        by: 'canbo@phuong.gov.vn',
        fingerprint: fingerprintGrids(grids),
        grids: {},
        damaged: true,
      },
    ];
    // First piece gone, last piece gone.
    expect(lockedPeriods(parseLockEvents([full[0], ...full.slice(2)]))).toEqual(damagedOnly);
    expect(lockedPeriods(parseLockEvents(full.slice(0, -1)))).toEqual(damagedOnly);
    // One number changed inside a piece: the JSON still reads, the fingerprint does not match.
    const edited = full.map((row) => [...row]);
    const piece = String(edited[1][6]);
    const at = 1000 + piece.slice(1000).search(/\d/);
    edited[1][6] = `${piece.slice(0, at)}${(Number(piece[at]) + 1) % 10}${piece.slice(at + 1)}`;
    const locks = lockedPeriods(parseLockEvents(edited));
    expect(locks).toEqual(damagedOnly);
    expect(lockOf(locks, H1)).toBeUndefined();
    expect(lockFlags(grids, locks, TODAY).map((i) => [i.severity, i.messageKey, i.params.period])).toEqual([
      ['error', 'lock.damaged', '2026-H1'],
    ]);
    // The intact tab is a lock.
    expect(lockOf(lockedPeriods(parseLockEvents(full)), H1)?.grids).toEqual(expect.objectContaining({ CLB01: expect.any(Array) }));
    const unlocked = lockTab([lock(grids), { period: '2026-H1', action: 'unlock', at: '2026-07-06 08:00', by: 'x', fingerprint: '' }]);
    expect(lockedPeriods(parseLockEvents(unlocked))).toEqual([]);
    const relocked = lockTab([
      lock(grids),
      { period: '2026-H1', action: 'unlock', at: '2026-07-06 08:00', by: 'x', fingerprint: '' },
      lock(grids, '2026-H1', '2026-07-07 10:00'),
    ]);
    expect(lockedPeriods(parseLockEvents(relocked)).map((l) => l.at)).toEqual(['2026-07-07 10:00']);
  });

  test('in a workbook the lock tab is found by its header, left out of the inputs, and a locked period reads its snapshot', () => {
    const edited = copy(grids);
    const [r, c] = firstWoman(edited.CLB01);
    edited.CLB01[r][c] = 'Nam';
    const workbook = { ...edited, 'Số liệu đã chốt': lockTab([lock(grids)]) };
    const locks = locksInGrids(workbook);
    expect(locks.map((l) => l.period)).toEqual(['2026-H1']);
    expect(Object.keys(withoutLockTab(workbook))).toEqual(Object.keys(edited));
    expect(gridsForPeriod(withoutLockTab(workbook), locks, H1)).toBe(locks[0].grids);
    expect(gridsForPeriod(withoutLockTab(workbook), locks, parsePeriod('2026')!)).not.toBe(locks[0].grids);
  });
});

describe('later edits of a locked period', () => {
  const { grids } = generateDemoWard({ clubs: 3, today: TODAY });
  const locks = lockedPeriods(parseLockEvents(lockTab([lock(grids)])));

  test('nothing edited: no flag', () => {
    expect(lockFlags(grids, locks, TODAY)).toEqual([]);
  });

  test('a woman recorded as a man: the ward’s and CLB01’s women counts flagged old → new, no name', () => {
    const edited = copy(grids);
    const [r, c] = firstWoman(edited.CLB01);
    edited.CLB01[r][c] = 'Nam';
    const before = rollUpWard(parseWard(grids, { today: TODAY }), H1, TODAY).facts.women_members;
    const flags = lockFlags(edited, locks, TODAY);
    const ward = flags.find((f) => f.messageKey === 'lock.changed' && f.params.name === 'Số thành viên nữ');
    expect(ward?.params).toMatchObject({ period: '2026-H1', old: String(before), new: String(before - 1) });
    const club = flags.filter((f) => f.messageKey === 'lock.changedClub');
    expect(club.length).toBeGreaterThan(0);
    expect(club.every((f) => f.params.club === 'CLB01' && f.sheet === 'CLB01')).toBe(true);
    expect(flags.every((f) => f.severity === 'warning')).toBe(true);
    // Kiểm tra carries them.
    const checked = checkWard({ ...edited, 'Số liệu đã chốt': lockTab([lock(grids)]) }, TODAY, 'vi', parsePeriod('2026')!);
    expect(checked.issues.filter((i) => i.messageKey.startsWith('lock.')).length).toBe(flags.length);
  });

  test('an edit after the period (a meeting in October) changes nothing locked: no flag', () => {
    const edited = copy(grids);
    const grid = edited.CLB02;
    const header = grid.findIndex((row) => row.includes('Ngày sinh hoạt') && row.includes('Số người dự'));
    const dateCol = grid[header].indexOf('Ngày sinh hoạt');
    // The club's last meeting (dd/mm/yyyy text, as the demo writes it) is after June: edit its attendance.
    const isDate = (c: unknown) => typeof c === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(c);
    let last = header + 1;
    while (last + 1 < grid.length && isDate(grid[last + 1][dateCol])) last++;
    expect(Number(String(grid[last][dateCol]).slice(3, 5))).toBeGreaterThanOrEqual(7);
    const attendance = grid[header].indexOf('Số người dự');
    grid[last][attendance] = Number(grid[last][attendance]) - 1;
    expect(lockFlags(edited, locks, TODAY)).toEqual([]);
  });
});
