/**
 * A local stand-in for the parts of the Sheets and Drive APIs that `ishc province --google` calls,
 * answering like them (paths, parameters, JSON bodies, error bodies), on 127.0.0.1:
 *  - GET /v4/spreadsheets/{id}                  spreadsheets.get (title and tab names)
 *  - GET /v4/spreadsheets/{id}/values:batchGet  every value render option the client may ask for
 *  - GET /drive/v3/files?q='{folder}' in parents … files.list, paged
 *  - POST /token                                OAuth token endpoint (code → tokens) for the installed-app flow
 * with bearer tokens checked (401), per-spreadsheet permission (403), unknown ids (404), and a quota
 * model: Sheets read requests per minute per user (token) and per project, over a sliding minute of
 * its clock (real, or the bench's virtual one), answered 429 RESOURCE_EXHAUSTED as Google does.
 * Faults (429, 5xx, a hang past the client's timeout) can be injected per request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A cell as the spreadsheet holds it: what the render options turn into JSON. */
export type FakeCell = string | number | boolean | Date | { error: string } | null;

export interface FakeTab {
  title: string;
  rows: FakeCell[][];
}

export interface FakeSpreadsheet {
  id: string;
  title: string;
  tabs: FakeTab[];
  /** Tokens that may not read it (403). */
  deniedTo?: string[];
}

export type Fault = { status: number; retryAfter?: number; reason?: string } | { hangMs: number };

export interface FakeClock {
  now(): number;
}

export interface FakeGoogleOptions {
  tokens: string[];
  perUser?: number;
  perProject?: number;
  clock?: FakeClock;
  /** Asked before each API request (n counts from 1); a fault is answered instead of the real thing. */
  fault?: (n: number, path: string) => Fault | undefined;
  /** Authorization codes the token endpoint accepts, and the tokens it gives for them. */
  codes?: Record<string, { access_token: string; refresh_token: string }>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  token?: string;
  at: number;
  status: number;
}

const MINUTE = 60_000;

function googleError(res: ServerResponse, code: number, status: string, message: string, extra: Record<string, unknown> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, status, ...extra } }));
}

/** Drive's error shape: errors[] with a reason. */
function driveError(res: ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, errors: [{ domain: 'global', reason, message }] } }));
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, '0');

/** A cell in the form a value render option asks for (a spreadsheet in the vi_VN locale). */
function render(cell: FakeCell, valueRender: string, dateRender: string): unknown {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'object' && !(cell instanceof Date)) return cell.error;
  if (cell instanceof Date) {
    const formatted = `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
    if (valueRender === 'FORMATTED_VALUE' || dateRender === 'FORMATTED_STRING') return formatted;
    return (cell.getTime() - SERIAL_EPOCH) / 86_400_000;
  }
  if (valueRender === 'FORMATTED_VALUE') {
    if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
    if (typeof cell === 'number') return cell.toLocaleString('vi-VN');
  }
  return cell;
}

/** Rows as the API gives them: trailing blanks of a row and trailing blank rows left out. */
function trimmed(rows: unknown[][]): unknown[][] {
  const out = rows.map((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === '') end--;
    return r.slice(0, end);
  });
  let last = out.length;
  while (last > 0 && out[last - 1].length === 0) last--;
  return out.slice(0, last);
}

const colLetter = (n: number): string => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};
const quoted = (t: string) => `'${t.replace(/'/g, "''")}'`;

/** "'Tab'" or "Tab" (a whole tab), as the client sends it; A1 parts are not used by the reader and are refused. */
function tabOfRange(range: string): string | undefined {
  const m = /^'((?:[^']|'')*)'$/.exec(range);
  if (m) return m[1].replace(/''/g, "'");
  return /^[^'!]+$/.test(range) ? range : undefined;
}

export class FakeGoogleApi {
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly folders = new Map<string, string[]>();
  readonly log: LoggedRequest[] = [];
  /** Most Sheets read requests in any minute, per user and for the project; and how many were refused for quota. */
  peakPerUser = 0;
  peakProject = 0;
  quotaRefusals = 0;
  private readonly sheetStarts: Array<{ at: number; token: string }> = [];
  private server?: Server;
  private count = 0;
  private readonly hanging = new Set<ServerResponse>();

  constructor(private readonly opts: FakeGoogleOptions) {}

  add(sheet: FakeSpreadsheet): void {
    this.spreadsheets.set(sheet.id, sheet);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => googleError(res, 500, 'INTERNAL', String(error)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private now(): number {
    return this.opts.clock?.now() ?? Date.now();
  }

  /** Sheets read requests of the last minute, the project's and this token's, counting this one; refused past a limit. */
  private overQuota(token: string): string | undefined {
    const now = this.now();
    while (this.sheetStarts.length > 0 && this.sheetStarts[0].at <= now - MINUTE) this.sheetStarts.shift();
    const project = this.sheetStarts.length + 1;
    const user = this.sheetStarts.filter((s) => s.token === token).length + 1;
    if (this.opts.perUser !== undefined && user > this.opts.perUser) return 'Read requests per minute per user';
    if (this.opts.perProject !== undefined && project > this.opts.perProject) return 'Read requests per minute';
    this.sheetStarts.push({ at: now, token });
    this.peakPerUser = Math.max(this.peakPerUser, user);
    this.peakProject = Math.max(this.peakProject, project);
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const entry: LoggedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, token, at: this.now(), status: 200 };
    this.log.push(entry);
    const answer = (status: number) => {
      entry.status = status;
    };
    if (req.method === 'POST' && path === '/token') return this.token(req, res, answer);
    const n = ++this.count;
    const fault = this.opts.fault?.(n, path);
    if (fault && 'hangMs' in fault) {
      answer(0);
      this.hanging.add(res);
      await new Promise<void>((r) => {
        const timer = setTimeout(r, fault.hangMs);
        res.on('close', () => {
          clearTimeout(timer);
          r();
        });
      });
      this.hanging.delete(res);
      if (!res.destroyed) googleError(res, 503, 'UNAVAILABLE', 'The service is currently unavailable.');
      return;
    }
    if (fault) {
      answer(fault.status);
      if (fault.retryAfter !== undefined) res.setHeader('retry-after', String(fault.retryAfter));
      if (fault.status === 429)
        return googleError(
          res,
          429,
          'RESOURCE_EXHAUSTED',
          "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'.",
        );
      if (fault.reason) return driveError(res, fault.status, fault.reason, 'Rate Limit Exceeded');
      return googleError(res, fault.status, fault.status === 503 ? 'UNAVAILABLE' : 'INTERNAL', 'Internal error encountered.');
    }
    if (!token || !this.opts.tokens.includes(token)) {
      answer(401);
      return googleError(
        res,
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
    }
    if (path === '/drive/v3/files') return this.filesList(url.searchParams, res, answer);
    const m = /^\/v4\/spreadsheets\/([^/]+?)(\/values:batchGet)?$/.exec(path);
    if (!m || req.method !== 'GET') {
      answer(404);
      return googleError(res, 404, 'NOT_FOUND', `Method not found: ${req.method} ${path}`);
    }
    const quota = this.overQuota(token);
    if (quota) {
      answer(429);
      this.quotaRefusals++;
      return googleError(
        res,
        429,
        'RESOURCE_EXHAUSTED',
        `Quota exceeded for quota metric 'Read requests' and limit '${quota}' of service 'sheets.googleapis.com'.`,
      );
    }
    const sheet = this.spreadsheets.get(m[1]);
    if (!sheet) {
      answer(404);
      return googleError(res, 404, 'NOT_FOUND', 'Requested entity was not found.');
    }
    if (sheet.deniedTo?.includes(token)) {
      answer(403);
      return googleError(res, 403, 'PERMISSION_DENIED', 'The caller does not have permission');
    }
    if (!m[2]) {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(
        JSON.stringify({
          spreadsheetId: sheet.id,
          properties: { title: sheet.title, locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
          sheets: sheet.tabs.map((t, i) => ({ properties: { sheetId: i + 1, title: t.title, index: i, sheetType: 'GRID' } })),
        }),
      );
      return;
    }
    const q = url.searchParams;
    const valueRender = q.get('valueRenderOption') ?? 'FORMATTED_VALUE';
    const dateRender = q.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
    const valueRanges: unknown[] = [];
    for (const range of q.getAll('ranges')) {
      const name = tabOfRange(range);
      const tab = sheet.tabs.find((t) => t.title === name);
      if (!tab) {
        answer(400);
        return googleError(res, 400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
      }
      const values = trimmed(tab.rows.map((r) => Array.from(r, (c) => render(c ?? null, valueRender, dateRender))));
      const width = tab.rows.reduce((most, r) => Math.max(most, r.length), 1);
      valueRanges.push({
        range: `${quoted(tab.title)}!A1:${colLetter(width)}${Math.max(1, tab.rows.length)}`,
        majorDimension: 'ROWS',
        ...(values.length > 0 ? { values } : {}),
      });
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ spreadsheetId: sheet.id, valueRanges }));
  }

  private filesList(q: URLSearchParams, res: ServerResponse, answer: (s: number) => void): void {
    const parent = /^'([^']+)' in parents/.exec(q.get('q') ?? '')?.[1];
    const ids = parent === undefined ? undefined : this.folders.get(parent);
    if (ids === undefined) {
      answer(404);
      driveError(res, 404, 'notFound', `File not found: ${parent}.`);
      return;
    }
    const files = ids
      .map((id) => ({ id, name: this.spreadsheets.get(id)?.title ?? id }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const size = Number(q.get('pageSize') ?? 100);
    const start = Number(q.get('pageToken') ?? 0);
    const page = files.slice(start, start + size);
    const next = start + size < files.length ? String(start + size) : undefined;
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify({ kind: 'drive#fileList', files: page, ...(next ? { nextPageToken: next } : {}) }));
  }

  private async token(req: IncomingMessage, res: ServerResponse, answer: (s: number) => void): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    const grant = form.get('grant_type');
    const issued = grant === 'authorization_code' ? this.opts.codes?.[form.get('code') ?? ''] : undefined;
    const refreshed =
      grant === 'refresh_token'
        ? Object.values(this.opts.codes ?? {}).find((c) => c.refresh_token === form.get('refresh_token'))
        : undefined;
    if (
      (grant === 'authorization_code' && (!issued || !form.get('code_verifier'))) ||
      (grant === 'refresh_token' && !refreshed) ||
      (!issued && !refreshed)
    ) {
      answer(400);
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'Bad Request' }));
      return;
    }
    const t = (issued ?? refreshed)!;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: t.access_token,
        refresh_token: t.refresh_token,
        expires_in: 3599,
        token_type: 'Bearer',
        scope: form.get('scope') ?? '',
      }),
    );
  }
}
