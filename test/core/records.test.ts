/**
 * Record types come from the table declarations: the assertions below are checked by the compiler
 * (npm run typecheck), the runtime tests check that the parser's records hold exactly the declared keys.
 */
import type { ClubEntry, Meeting, Member } from '../../src/core/model';
import { locatedOf, locateTables } from '../../src/core/parse/locate';
import { parseWard } from '../../src/core/parse/parseWard';
import { readTable } from '../../src/core/parse/readTable';
import { SETTINGS, type WardSettings, wardSettings } from '../../src/core/schema/settings';
import { ALL_TABLES, CLUB_TABLES, MEMBERS, type TARGETS } from '../../src/core/schema/tables';
import type { Birth, ColumnKey, RecordOf, Table, Target } from '../../src/core/schema/types';
import type { Cell } from '../../src/core/values';
import { fixtureWard, TODAY } from './fixture';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeHolds = <T extends true>(): T => true as T;

/** A member table with one more column, as a developer would add it. */
const MEMBERS_WITH_PHONE = {
  ...MEMBERS,
  columns: [...MEMBERS.columns, { key: 'phone', header: 'Số điện thoại', headerEn: 'Phone', type: 'text', help: 'Số điện thoại' }],
} as const satisfies Table;

describe('record types are derived from the declarations', () => {
  test('each column type maps to its value type, and a choice column to its choices', () => {
    expect(typeHolds<Equal<Member['gender'], 'Nam' | 'Nữ' | undefined>>()).toBe(true);
    expect(typeHolds<Equal<Member['household'], 'Nghèo' | 'Cận nghèo' | 'Không' | undefined>>()).toBe(true);
    expect(typeHolds<Equal<Member['birth'], Birth | undefined>>()).toBe(true);
    expect(typeHolds<Equal<Member['loanNeed'], boolean | undefined>>()).toBe(true);
    expect(typeHolds<Equal<Meeting['c8'], boolean | undefined>>()).toBe(true);
    expect(typeHolds<Equal<Meeting['attendance'], number | undefined>>()).toBe(true);
    expect(typeHolds<Equal<ClubEntry['boardEmails'], string[] | undefined>>()).toBe(true);
    expect(typeHolds<Equal<ClubEntry['status'], 'Đang hoạt động' | 'Tạm dừng' | 'Giải thể' | undefined>>()).toBe(true);
    expect(typeHolds<Equal<keyof Member['cells'], ColumnKey<typeof MEMBERS>>>()).toBe(true);
  });

  test('a new column is one declaration: the record type has it', () => {
    expect(typeHolds<Equal<RecordOf<typeof MEMBERS_WITH_PHONE>['phone'], string | undefined>>()).toBe(true);
    // @ts-expect-error the declared members have no phone column
    const phone: Member['phone'] = '0912345678';
    expect(phone).toBeDefined();
  });

  test('settings are typed from their declarations', () => {
    expect(typeHolds<Equal<WardSettings['year'], number>>()).toBe(true);
    expect(typeHolds<Equal<WardSettings['ward'], string>>()).toBe(true);
    expect(typeHolds<Equal<WardSettings['populationBase'], number | undefined>>()).toBe(true);
    expect(typeHolds<Equal<keyof WardSettings, (typeof SETTINGS)[number]['key']>>()).toBe(true);
    const settings = wardSettings({ year: 2027 });
    expect(settings.year).toBe(2027);
    expect(settings.standardMinWomenShare).toBe(0.6);
    expect(settings.populationBase).toBeUndefined();
    expect(Object.keys(settings).sort()).toEqual(SETTINGS.map((s) => s.key).sort());
  });

  test('targets read as Target', () => {
    expect(typeHolds<Equal<RecordOf<typeof TARGETS>['p1'], Target | undefined>>()).toBe(true);
  });
});

describe('records hold exactly the declared keys', () => {
  test('every record of the fixture ward has only declared columns, plus where it came from', () => {
    const ward = parseWard(fixtureWard(), { today: TODAY });
    const tables: Array<[Table, object[]]> = [
      [ALL_TABLES.find((t) => t.id === 'groups')!, ward.groups],
      [ALL_TABLES.find((t) => t.id === 'clubs')!, ward.registry],
      [ALL_TABLES.find((t) => t.id === 'activities')!, ward.activities],
      ...ward.clubs.flatMap((c) => CLUB_TABLES.map((t): [Table, object[]] => [t, c[t.id as 'members']])),
    ];
    expect(tables.reduce((n, [, records]) => n + records.length, 0)).toBeGreaterThan(40);
    // Lan's birth "abc" in club A is the fixture's one unreadable member cell.
    expect(ward.clubs[0].members.filter((m) => m.unread).map((m) => [m.name, m.unread])).toEqual([['Ngô Thị Lan', ['birth']]]);
    for (const [table, records] of tables) {
      const declared = new Set(table.columns.map((c) => c.key));
      for (const record of records as Array<Record<string, unknown>>) {
        for (const key of Object.keys(record)) if (!['sheet', 'row', 'cells', 'unread'].includes(key)) expect(declared).toContain(key);
        expect(Object.keys(record.cells as object).sort()).toEqual([...declared].sort());
        // Unreadable cells are named by their declared column, and their value is left out.
        for (const key of (record.unread as string[] | undefined) ?? []) {
          expect(declared).toContain(key);
          expect(record[key]).toBeUndefined();
        }
      }
    }
  });

  test('a column added to a declaration is read with no other change', () => {
    const header = MEMBERS_WITH_PHONE.columns.map((c) => c.header);
    const row: Cell[] = header.map(() => '');
    const put = (key: string, value: Cell) => {
      row[MEMBERS_WITH_PHONE.columns.findIndex((c) => c.key === key)] = value;
    };
    put('name', 'Nguyễn Thị An');
    put('birth', 1950);
    put('gender', 'Nữ');
    put('phone', '0912 345 678');
    const grid: Cell[][] = [header, row];
    const located = locatedOf(locateTables(grid, [MEMBERS_WITH_PHONE]), MEMBERS_WITH_PHONE)!;
    const { rows } = readTable('CLB01', grid, located, { referenceYear: 2026, workbookYear: 2026 });
    expect(rows).toHaveLength(1);
    expect(rows[0].phone).toBe('0912 345 678');
    expect(rows[0].gender).toBe('Nữ');
    expect(rows[0].birth).toEqual({ year: 1950 });
  });
});
