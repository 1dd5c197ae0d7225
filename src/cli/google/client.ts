/**
 * Reading ward spreadsheets where they live, through the `googleapis` client: one metadata call for
 * the tab names (spreadsheets.get, titles only) and one values.batchGet for every tab the .xlsx path
 * reads; Drive files.list for the spreadsheets of a folder. Every call goes through the quota
 * limiter and the backoff (throttle.ts); googleapis' own retries are off so each try is counted.
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

export type WardRead =
  | { kind: 'ward'; id: string; title: string; grids: WardGrids }
  | { kind: 'notFound'; id: string }
  | { kind: 'forbidden'; id: string; why: string };

export interface FolderFile {
  id: string;
  name: string;
}

export interface ReaderOptions {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  /** The Sheets API read quota. */
  limiter: QuotaLimiter;
  /** Drive's own quota (files.list does not count against Sheets reads). */
  driveLimiter: QuotaLimiter;
  clock: Clock;
  backoff: BackoffPolicy;
  timeoutMs: number;
  onRetry?: (f: Failure, waitMs: number) => void;
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
  if (status === undefined) return { kind: 'retry', why: error.code ?? error.name ?? message };
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
  /** Requests sent to Google (each try counts), and retries. */
  requests = 0;
  retries = 0;

  constructor(private readonly o: ReaderOptions) {}

  private call<T>(request: () => Promise<T>, limiter = this.o.limiter) {
    return withQuota(
      () => {
        this.requests++;
        return request();
      },
      {
        limiter,
        clock: this.o.clock,
        backoff: this.o.backoff,
        classify,
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

  /** The ward's input tabs (the output tabs are not read back; the lock tab is), in two requests. */
  async readWard(id: string): Promise<WardRead> {
    const meta = await this.call(() =>
      this.o.sheets.spreadsheets.get(
        { spreadsheetId: id, fields: 'spreadsheetId,properties(title),sheets(properties(title))' },
        this.requestOptions,
      ),
    );
    if (!meta.ok) return this.refused(meta.failure, id);
    const title = meta.value.data.properties?.title ?? id;
    const tabs = (meta.value.data.sheets ?? []).map((s) => s.properties?.title ?? '').filter((t) => t !== '' && isReadTab(t));
    if (tabs.length === 0) return { kind: 'ward', id, title, grids: {} };
    const values = await this.call(() =>
      this.o.sheets.spreadsheets.values.batchGet(
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
    const ranges = values.value.data.valueRanges ?? [];
    const grids: WardGrids = {};
    // valueRanges come back in the order asked.
    tabs.forEach((tab, i) => {
      grids[tab] = gridOf(ranges[i]?.values as unknown[][] | undefined);
    });
    return { kind: 'ward', id, title, grids };
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
