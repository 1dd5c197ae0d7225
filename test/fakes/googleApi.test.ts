/**
 * The local stand-in of the Sheets API (test/fakes/googleApi/server.ts) and the reader's two ways of
 * reading a ward (src/cli/google/client.ts): the one-request read (spreadsheets.get with grid data)
 * must give exactly the grids of the two-request read (tab names, then values.batchGet with
 * UNFORMATTED_VALUE), cell kind by cell kind; the stand-in applies field masks as Google does.
 */
import {
  cellOfValue,
  gridOfData,
  gridsOfSheets,
  gridsOfValueRanges,
  readTabsOf,
  WHOLE_WARD_FIELDS,
  wholeTab,
} from '../../src/cli/google/client';
import { VirtualClock } from '../../src/cli/google/clock';
import { QuotaLimiter } from '../../src/cli/google/throttle';
import { SHEETS } from '../../src/core/schema/sheets';
import { FakeGoogleApi, type FakeSpreadsheet, parseFieldMask } from './googleApi/server';

const TOKEN = 'unit-token';

const SHEET: FakeSpreadsheet = {
  id: 'every-kind',
  title: 'Sổ thử',
  tabs: [
    {
      title: SHEETS.settings,
      rows: [['Cấu hình'], [], ['Khóa', 'Giá trị', null, null], ['ward', 'Phường "Hai" \'Ba\''], ['year', 2026]],
    },
    {
      title: "CLB 'A'",
      rows: [
        [null, null, 'lệch phải'],
        ['Họ và tên', 'Ngày sinh', 'Có', 'Số', 'Lỗi', 'Lỗi 2'],
        ['Nguyễn Thị A', new Date(Date.UTC(1950, 4, 17)), true, 1.5, { error: '#REF!' }, { error: '#N/A' }],
        ['', null, false, 0, { error: '#DIV/0!' }, '  '],
        [],
        [null, null, null],
      ],
    },
    { title: 'Trống', rows: [] },
    // An output tab: neither read is to keep it.
    { title: SHEETS.summary, rows: [['Tổng hợp'], ['x', 1]] },
    {
      title: SHEETS.locks,
      rows: [
        ['Kỳ', 'Lúc'],
        ['2026-H1', '2026-07-05 09:00'],
      ],
    },
  ],
};

let api: FakeGoogleApi;
let root: string;

/** A GET as googleapis sends it (googleapis itself cannot load under jest's VM: the CLI tests run it for real). */
async function get(path: string, query: Array<[string, string]>): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(path, root);
  for (const [k, v] of query) url.searchParams.append(k, v);
  const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  api = new FakeGoogleApi({ tokens: [TOKEN] });
  api.add(SHEET);
  root = await api.start();
});

afterAll(() => api.stop());

describe('reading a ward over Google', () => {
  test('one spreadsheets.get with grid data gives the grids of spreadsheets.get + values.batchGet, every kind of cell', async () => {
    const whole = await get(`v4/spreadsheets/${SHEET.id}`, [
      ['includeGridData', 'true'],
      ['fields', WHOLE_WARD_FIELDS],
    ]);
    expect(whole.status).toBe(200);
    const one = gridsOfSheets(whole.body.sheets as never);
    const meta = await get(`v4/spreadsheets/${SHEET.id}`, [['fields', 'properties(title),sheets(properties(title,sheetType))']]);
    const tabs = readTabsOf(meta.body.sheets as never);
    const values = await get(`v4/spreadsheets/${SHEET.id}/values:batchGet`, [
      ...tabs.map((t): [string, string] => ['ranges', wholeTab(t)]),
      ['majorDimension', 'ROWS'],
      ['valueRenderOption', 'UNFORMATTED_VALUE'],
      ['dateTimeRenderOption', 'SERIAL_NUMBER'],
    ]);
    expect(values.status).toBe(200);
    const two = gridsOfValueRanges(tabs, values.body.valueRanges as never);
    expect(one).toEqual(two);
    expect((whole.body.properties as { title: string }).title).toBe('Sổ thử');
    // The answer holds what the mask asks, nothing more (no metadata, no formatted text).
    expect(Object.keys(whole.body).sort()).toEqual(['properties', 'sheets']);
    expect(JSON.stringify(whole.body)).not.toContain('formattedValue');
    expect(JSON.stringify(whole.body)).not.toContain('pixelSize');
    // The output tab is dropped, the lock tab kept, as on the .xlsx path.
    expect(Object.keys(one)).toEqual([SHEETS.settings, "CLB 'A'", 'Trống', SHEETS.locks]);
    // Hand-written: the date as its serial number (17/05/1950 is day 18,400), errors as their codes,
    // blanks kept inside a row, trailing blanks and blank rows left out.
    expect(one["CLB 'A'"]).toEqual([
      ['', '', 'lệch phải'],
      ['Họ và tên', 'Ngày sinh', 'Có', 'Số', 'Lỗi', 'Lỗi 2'],
      ['Nguyễn Thị A', 18400, true, 1.5, '#REF!', '#N/A'],
      ['', '', false, 0, '#DIV/0!', '  '],
    ]);
    expect(one.Trống).toEqual([]);
    expect(one[SHEETS.settings][3]).toEqual(['ward', 'Phường "Hai" \'Ba\'']);
  });

  test('the stand-in trims answers to the field mask and refuses a field the resource does not have', async () => {
    const titles = await get(`v4/spreadsheets/${SHEET.id}`, [['fields', 'sheets.properties.title']]);
    expect(titles.body).toEqual({ sheets: SHEET.tabs.map((t) => ({ properties: { title: t.title } })) });
    // Cells only with includeGridData.
    const noData = await get(`v4/spreadsheets/${SHEET.id}`, [['fields', 'sheets(data)']]);
    expect(noData.body).toEqual({ sheets: SHEET.tabs.map(() => ({})) });
    const bad = await get(`v4/spreadsheets/${SHEET.id}`, [['fields', 'sheets(properties(titel))']]);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('Invalid field selection sheets.properties.titel');
    expect((await get(`v4/spreadsheets/${SHEET.id}`, [['fields', 'sheets(']])).status).toBe(400);
  });

  test('field masks parse as Google writes them; a broken one does not', () => {
    const mask = parseFieldMask('a.b,c(d,e(f)),a.g');
    expect(mask).toEqual(
      new Map<string, unknown>([
        [
          'a',
          new Map([
            ['b', true],
            ['g', true],
          ]),
        ],
        [
          'c',
          new Map<string, unknown>([
            ['d', true],
            ['e', new Map([['f', true]])],
          ]),
        ],
      ]),
    );
    for (const bad of ['', 'a(', 'a(b', 'a,', 'a..b', 'a)b']) expect(parseFieldMask(bad)).toBeUndefined();
  });

  test('effective values and grid blocks become cells as values.batchGet gives them', () => {
    expect(cellOfValue(undefined)).toBe('');
    expect(cellOfValue({})).toBe('');
    expect(cellOfValue({ numberValue: 0 })).toBe(0);
    expect(cellOfValue({ stringValue: '' })).toBe('');
    expect(cellOfValue({ boolValue: false })).toBe(false);
    expect(cellOfValue({ errorValue: { type: 'NAME' } })).toBe('#NAME?');
    expect(cellOfValue({ errorValue: { type: 'SOMETHING_NEW' } })).toBe('#ERROR!');
    // A block that does not start at A1 is placed where it starts.
    expect(gridOfData([{ startRow: 1, startColumn: 2, rowData: [{ values: [{ effectiveValue: { stringValue: 'x' } }, {}] }] }])).toEqual([
      [],
      ['', '', 'x'],
    ]);
    expect(gridOfData([{}])).toEqual([]);
  });
});

describe('the quota limiter on a virtual clock', () => {
  /** The most starts in any window of `ms` (ending at a start), counted afresh from the list. */
  const mostInWindow = (starts: number[], ms: number) =>
    Math.max(0, ...starts.map((t) => starts.filter((u) => u > t - ms && u <= t).length));

  test('three users at 2 a minute each, a project at 5: no window over either, the users in turn, the project sets the pace', async () => {
    const clock = new VirtualClock();
    const limiter = new QuotaLimiter(
      [
        { limit: 2, windowMs: 60_000, perUser: true },
        { limit: 5, windowMs: 60_000 },
      ],
      clock,
      3,
    );
    const starts: Array<{ at: number; user: number }> = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = 0; i < 3; i++) {
          const user = await limiter.acquire();
          starts.push({ at: clock.now(), user });
          // A request in flight holds the virtual clock; a concurrent backoff sleep does not add to the limiter's wait.
          await clock.during(Promise.resolve());
        }
      }),
    );
    expect(starts).toHaveLength(12);
    expect(
      mostInWindow(
        starts.map((s) => s.at),
        60_000,
      ),
    ).toBe(5);
    for (const u of [0, 1, 2])
      expect(
        mostInWindow(
          starts.filter((s) => s.user === u).map((s) => s.at),
          60_000,
        ),
      ).toBeLessThanOrEqual(2);
    // 5 at once, 5 a minute later, 2 a minute after that: the floor.
    expect(starts.map((s) => s.at)).toEqual([0, 0, 0, 0, 0, 60_000, 60_000, 60_000, 60_000, 60_000, 120_000, 120_000]);
    expect(starts.slice(0, 3).map((s) => s.user)).toEqual([0, 1, 2]);
    expect(limiter.peak).toEqual([2, 5]);
  });

  test('concurrent sleeps overlap (the clock jumps to the earliest wake-up), and a request in flight holds the clock', async () => {
    const clock = new VirtualClock();
    const woke: number[] = [];
    let release!: () => void;
    const flight = clock.during(new Promise<void>((r) => (release = r)));
    const a = clock.sleep(1000).then(() => woke.push(clock.now()));
    const b = clock.sleep(3000).then(() => woke.push(clock.now()));
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now()).toBe(0);
    release();
    await Promise.all([a, b, flight]);
    expect(woke).toEqual([1000, 3000]);
  });
});
