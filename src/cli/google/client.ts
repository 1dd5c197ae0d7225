/**
 * Reading ward spreadsheets where they live, through the `googleapis` client, in one Sheets read
 * request per ward: `spreadsheets.get` with `includeGridData` and a field mask that keeps the tab
 * titles and each cell's effective value, nothing else. Why not `values.batchGet`: its ranges must be
 * named before the answer comes, and a ward's tabs cannot be (club tabs are named by the codes in
 * Danh mục CLB, read in the same answer; a tab the officer added, which the .xlsx path reads and warns
 * about, has any name; a tab asked for and missing fails the whole batch with a 400), so a batchGet
 * needs a metadata request first: two per ward. The one answer also holds the output tabs, dropped
 * here as the .xlsx path drops them (isReadTab).
 *
 * The two-request read (spreadsheets.get for the titles, then one values.batchGet of the read tabs,
 * a smaller answer) is kept as the fallback for a ward whose one answer does not come (a timeout or
 * a dropped connection, as a very large ward's may): counted in `fallbacks`.
 *
 * Drive files.list lists the spreadsheets of a folder. Every call goes through the quota limiter and
 * the backoff (throttle.ts); googleapis' own retries are off so each try is counted.
 */
import type { drive_v3, sheets_v4 } from 'googleapis';
import type { Grid } from '../../core/parse/locate';
import type { WardGrids } from '../../core/parse/parseWard';
import type { Cell } from '../../core/values';
import { isReadTab } from '../xlsx';
import type { Clock } from './clock';
import { type BackoffPolicy, type Failure, type QuotaLimiter, withQuota } from './throttle';

/** A1 notation of a whole tab: the name quoted, quotes doubled. */
export const wholeTab = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The values as core reads them. UNFORMATTED_VALUE gives numbers and booleans as such, and with
 * SERIAL_NUMBER a date as its day number, which core's readers take as a date (the .xlsx path gives
 * the same day as an ISO string): no locale's date format is ever guessed.
 */
export function gridOf(values: unknown[][] | null | undefined): Grid {
  return (values ?? []).map((row) => (row ?? []).map((v): Cell => (v === null || v === undefined ? '' : (v as Cell))));
}

/** What the one-request read asks for: the spreadsheet's title, each tab's title and type, each cell's value. */
export const WHOLE_WARD_FIELDS =
  'properties.title,sheets(properties(title,sheetType),data(startRow,startColumn,rowData(values(effectiveValue))))';

/**
 * An error cell's type as the value it shows, which is what values.batchGet (UNFORMATTED_VALUE) and
 * Apps Script's getValues give and core reads as an error cell (core/values.ts).
 */
const ERROR_CODES: Record<string, string> = {
  ERROR: '#ERROR!',
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: '#GETTING_DATA',
};

/**
 * A cell's effective value as core reads it, the same as values.batchGet's UNFORMATTED_VALUE with
 * SERIAL_NUMBER dates: a number (a date is its day number), a text, a boolean, an error's code.
 */
export function cellOfValue(v: sheets_v4.Schema$ExtendedValue | null | undefined): Cell {
  if (!v) return '';
  if (typeof v.numberValue === 'number') return v.numberValue;
  if (typeof v.stringValue === 'string') return v.stringValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  if (v.errorValue) return ERROR_CODES[v.errorValue.type ?? ''] ?? '#ERROR!';
  return '';
}

/**
 * A tab's grid from its GridData blocks (one, from (0, 0), when no range is asked; any offsets are
 * honoured), trailing blank cells and rows left out as values.batchGet leaves them out.
 */
export function gridOfData(data: sheets_v4.Schema$GridData[] | null | undefined): Grid {
  const grid: Cell[][] = [];
  for (const block of data ?? []) {
    const top = block.startRow ?? 0;
    const left = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((row, r) => {
      const cells = row.values ?? [];
      let end = cells.length;
      while (end > 0 && cellOfValue(cells[end - 1]?.effectiveValue) === '') end--;
      if (end === 0) return;
      if (!grid[top + r]) grid[top + r] = [];
      const line = grid[top + r];
      for (let c = 0; c < end; c++) line[left + c] = cellOfValue(cells[c]?.effectiveValue);
    });
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (c) => c ?? ''));
}

/** The read tabs of a whole-spreadsheet answer (grid tabs only: a chart sheet has no cells), as the .xlsx path keeps them. */
export function gridsOfSheets(sheets: sheets_v4.Schema$Sheet[] | null | undefined): WardGrids {
  const grids: WardGrids = {};
  for (const sheet of sheets ?? []) {
    const title = sheet.properties?.title ?? '';
    const type = sheet.properties?.sheetType ?? 'GRID';
    if (title === '' || type !== 'GRID' || !isReadTab(title)) continue;
    grids[title] = gridOfData(sheet.data);
  }
  return grids;
}

/** The tabs the two-request read asks values.batchGet for: grid tabs the .xlsx path reads. */
export function readTabsOf(sheets: sheets_v4.Schema$Sheet[] | null | undefined): string[] {
  return (sheets ?? [])
    .filter((s) => (s.properties?.sheetType ?? 'GRID') === 'GRID')
    .map((s) => s.properties?.title ?? '')
    .filter((t) => t !== '' && isReadTab(t));
}

/** values.batchGet's answer as grids; valueRanges come back in the order asked. */
export function gridsOfValueRanges(tabs: string[], ranges: sheets_v4.Schema$ValueRange[] | null | undefined): WardGrids {
  const grids: WardGrids = {};
  tabs.forEach((tab, i) => {
    grids[tab] = gridOf(ranges?.[i]?.values as unknown[][] | undefined);
  });
  return grids;
}

export type WardRead =
  | { kind: 'ward'; id: string; title: string; grids: WardGrids }
  | { kind: 'notFound'; id: string }
  | { kind: 'forbidden'; id: string; why: string };

export interface FolderFile {
  id: string;
  name: string;
}

export interface ReaderOptions {
  /** One Sheets client per identity the run signs in as (the limiter says which one a request goes as). */
  sheets: sheets_v4.Sheets[];
  drive: drive_v3.Drive;
  /** The Sheets API read quota. */
  limiter: QuotaLimiter;
  /** Drive's own quota (files.list does not count against Sheets reads). */
  driveLimiter: QuotaLimiter;
  clock: Clock;
  backoff: BackoffPolicy;
  timeoutMs: number;
  onRetry?: (f: Failure, waitMs: number) => void;
  /** A ward read the two-request way, and why. */
  onFallback?: (id: string, f: Failure) => void;
}

/** A failure the run cannot go past (auth refused, retries spent): it stops, and a re-run resumes from the cache. */
export class GoogleStop extends Error {
  constructor(
    readonly failure: Failure,
    readonly id: string,
  ) {
    super(`${failure.kind}: ${'why' in failure ? failure.why : ''}`);
  }
}

interface ApiError {
  response?: { status?: number; headers?: { get?: (name: string) => string | null } | Record<string, string>; data?: unknown };
  message?: string;
  code?: string;
  name?: string;
}

function header(error: ApiError, name: string): string | undefined {
  const h = error.response?.headers;
  if (!h) return undefined;
  if (typeof (h as { get?: unknown }).get === 'function') return (h as { get: (n: string) => string | null }).get(name) ?? undefined;
  return (h as Record<string, string>)[name];
}

/** The API's own words: error.message of its JSON body, and Drive's first reason. */
function apiWords(error: ApiError): { message: string; reason?: string } {
  const body = error.response?.data as { error?: { message?: string; errors?: Array<{ reason?: string }> } } | undefined;
  return { message: body?.error?.message ?? error.message ?? String(error), reason: body?.error?.errors?.[0]?.reason };
}

/** What a failed call means: try again later (quota, server, network, timeout), or a final answer. */
export function classify(raw: unknown): Failure {
  const error = raw as ApiError;
  const status = error.response?.status;
  const { message, reason } = apiWords(error);
  if (status === undefined) {
    const named = error.code ?? (error.name && error.name !== 'Error' ? error.name : undefined);
    return { kind: 'retry', noAnswer: true, why: named ? `${named}: ${message}` : message };
  }
  const retryAfter = Number(header(error, 'retry-after'));
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
  if (status === 429 || status === 408 || status >= 500) return { kind: 'retry', retryAfterMs, why: `${status} ${message}` };
  // Drive says a rate limit with 403 and one of these reasons.
  if (status === 403 && (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded'))
    return { kind: 'retry', retryAfterMs, why: `${status} ${message}` };
  if (status === 404) return { kind: 'notFound' };
  if (status === 403) return { kind: 'forbidden', why: message };
  if (status === 401) return { kind: 'unauthenticated', why: message };
  return { kind: 'fatal', why: `${status} ${message}` };
}

export class GoogleWardReader {
  /** Requests sent to Google (each try counts), retries, and wards read the two-request way (the fallback). */
  requests = 0;
  retries = 0;
  fallbacks = 0;

  constructor(private readonly o: ReaderOptions) {}

  private call<T>(request: (user: number) => Promise<T>, limiter = this.o.limiter, stopOn?: (f: Failure) => boolean) {
    return withQuota(
      (user) => {
        this.requests++;
        return request(user);
      },
      {
        limiter,
        clock: this.o.clock,
        backoff: this.o.backoff,
        classify,
        stopOn,
        onRetry: (f, wait) => {
          this.retries++;
          this.o.onRetry?.(f, wait);
        },
      },
    );
  }

  private get requestOptions() {
    return { retry: false, timeout: this.o.timeoutMs };
  }

  /**
   * The ward's read tabs (the output tabs are not read back; the lock tab is) in one request; the
   * two-request read when that answer does not come at all (a timeout, a dropped connection).
   */
  async readWard(id: string): Promise<WardRead> {
    const whole = await this.call(
      (user) =>
        this.o.sheets[user].spreadsheets.get({ spreadsheetId: id, includeGridData: true, fields: WHOLE_WARD_FIELDS }, this.requestOptions),
      this.o.limiter,
      (f) => f.kind === 'retry' && f.noAnswer === true,
    );
    if (whole.ok)
      return { kind: 'ward', id, title: whole.value.data.properties?.title ?? id, grids: gridsOfSheets(whole.value.data.sheets) };
    if (whole.failure.kind === 'retry' && whole.failure.noAnswer) {
      this.fallbacks++;
      this.o.onFallback?.(id, whole.failure);
      return this.readWardInTwo(id);
    }
    return this.refused(whole.failure, id);
  }

  /** The fallback: the tab names (spreadsheets.get, titles only), then one values.batchGet of the read tabs. */
  async readWardInTwo(id: string): Promise<WardRead> {
    const meta = await this.call((user) =>
      this.o.sheets[user].spreadsheets.get(
        { spreadsheetId: id, fields: 'properties(title),sheets(properties(title,sheetType))' },
        this.requestOptions,
      ),
    );
    if (!meta.ok) return this.refused(meta.failure, id);
    const title = meta.value.data.properties?.title ?? id;
    const tabs = readTabsOf(meta.value.data.sheets);
    if (tabs.length === 0) return { kind: 'ward', id, title, grids: {} };
    const values = await this.call((user) =>
      this.o.sheets[user].spreadsheets.values.batchGet(
        {
          spreadsheetId: id,
          ranges: tabs.map(wholeTab),
          majorDimension: 'ROWS',
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'SERIAL_NUMBER',
        },
        this.requestOptions,
      ),
    );
    if (!values.ok) return this.refused(values.failure, id);
    return { kind: 'ward', id, title, grids: gridsOfValueRanges(tabs, values.value.data.valueRanges) };
  }

  private refused(failure: Failure, id: string): WardRead {
    if (failure.kind === 'notFound') return { kind: 'notFound', id };
    if (failure.kind === 'forbidden') return { kind: 'forbidden', id, why: failure.why };
    throw new GoogleStop(failure, id);
  }

  /** The Google Sheets spreadsheets directly in a Drive folder (not in the trash), by name. */
  async listFolder(folderId: string): Promise<FolderFile[]> {
    const files: FolderFile[] = [];
    let pageToken: string | undefined;
    do {
      const token = pageToken;
      const page = await this.call(
        () =>
          this.o.drive.files.list(
            {
              q: `'${folderId.replace(/['\\]/g, '\\$&')}' in parents and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false`,
              fields: 'nextPageToken,files(id,name)',
              orderBy: 'name',
              pageSize: 1000,
              supportsAllDrives: true,
              includeItemsFromAllDrives: true,
              ...(token ? { pageToken: token } : {}),
            },
            this.requestOptions,
          ),
        this.o.driveLimiter,
      );
      if (!page.ok) throw new GoogleStop(page.failure, folderId);
      for (const f of page.value.data.files ?? []) if (f.id) files.push({ id: f.id, name: f.name ?? f.id });
      pageToken = page.value.data.nextPageToken ?? undefined;
    } while (pageToken);
    return files;
  }
}
