/**
 * A local stand-in for the parts of the Sheets and Drive APIs that `ishc province --google` calls,
 * answering like them (paths, parameters, JSON bodies, error bodies), on 127.0.0.1:
 *  - GET /v4/spreadsheets/{id}                  spreadsheets.get: title and tabs, and with includeGridData=true
 *                                               every tab's cells (effectiveValue, formattedValue); the `fields`
 *                                               mask is applied as Google applies it (a field the resource
 *                                               does not have is a 400)
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

/** An error answer; no answer for a while (then a 503, if the client still listens); the connection dropped at once. */
export type Fault = { status: number; retryAfter?: number; reason?: string } | { hangMs: number } | { drop: true };

export interface FakeClock {
  now(): number;
}

export interface FakeGoogleOptions {
  tokens: string[];
  perUser?: number;
  perProject?: number;
  clock?: FakeClock;
  /** Asked before each API request (n counts from 1); a fault is answered instead of the real thing (status 0 in the log: no answer). */
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

/** A field mask as a tree: each name to its sub-mask, or true for the whole field. */
type Mask = Map<string, Mask | true>;

/** Parses a `fields` mask ("a.b,c(d,e(f))") into a tree; undefined when it does not parse. */
export function parseFieldMask(text: string): Mask | undefined {
  let i = 0;
  const list = (): Mask | undefined => {
    const mask: Mask = new Map();
    for (;;) {
      const m = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/.exec(text.slice(i));
      if (!m) return undefined;
      i += m[0].length;
      let leaf: Mask | true = true;
      if (text[i] === '(') {
        i++;
        const inner = list();
        if (!inner || text[i] !== ')') return undefined;
        i++;
        leaf = inner;
      }
      // "a.b.c" is a(b(c)).
      const names = m[0].split('.');
      let at = mask;
      names.forEach((name, k) => {
        if (k === names.length - 1) {
          const had = at.get(name);
          at.set(name, had === true || leaf === true ? true : merge(had, leaf));
          return;
        }
        const had = at.get(name);
        if (had === true) return;
        const next = had ?? new Map();
        at.set(name, next);
        at = next;
      });
      if (text[i] !== ',') return mask;
      i++;
    }
  };
  const mask = list();
  return mask && i === text.length ? mask : undefined;
}

function merge(a: Mask | undefined, b: Mask): Mask {
  if (!a) return b;
  const out: Mask = new Map(a);
  for (const [k, v] of b) {
    const had = out.get(k);
    out.set(k, had === true || v === true ? true : merge(had, v));
  }
  return out;
}

/** What a spreadsheets.get answer can hold (the parts this stand-in gives), to refuse a mask naming anything else. */
const VALUE_SCHEMA: Mask = new Map<string, Mask | true>([
  ['numberValue', true],
  ['stringValue', true],
  ['boolValue', true],
  ['formulaValue', true],
  [
    'errorValue',
    new Map<string, Mask | true>([
      ['type', true],
      ['message', true],
    ]),
  ],
]);
const SPREADSHEET_SCHEMA: Mask = new Map<string, Mask | true>([
  ['spreadsheetId', true],
  ['spreadsheetUrl', true],
  [
    'properties',
    new Map<string, Mask | true>([
      ['title', true],
      ['locale', true],
      ['timeZone', true],
    ]),
  ],
  [
    'sheets',
    new Map<string, Mask | true>([
      [
        'properties',
        new Map<string, Mask | true>([
          ['sheetId', true],
          ['title', true],
          ['index', true],
          ['sheetType', true],
          [
            'gridProperties',
            new Map<string, Mask | true>([
              ['rowCount', true],
              ['columnCount', true],
            ]),
          ],
        ]),
      ],
      [
        'data',
        new Map<string, Mask | true>([
          ['startRow', true],
          ['startColumn', true],
          ['rowMetadata', new Map<string, Mask | true>([['pixelSize', true]])],
          ['columnMetadata', new Map<string, Mask | true>([['pixelSize', true]])],
          [
            'rowData',
            new Map<string, Mask | true>([
              [
                'values',
                new Map<string, Mask | true>([
                  ['effectiveValue', VALUE_SCHEMA],
                  ['userEnteredValue', VALUE_SCHEMA],
                  ['formattedValue', true],
                ]),
              ],
            ]),
          ],
        ]),
      ],
    ]),
  ],
]);

/** The first name in `mask` the schema does not have (a dotted path), or undefined. */
function unknownField(mask: Mask, schema: Mask, path = ''): string | undefined {
  for (const [name, sub] of mask) {
    const known = schema.get(name);
    if (known === undefined) return `${path}${name}`;
    if (sub !== true && known !== true) {
      const bad = unknownField(sub, known, `${path}${name}.`);
      if (bad) return bad;
    }
    if (sub !== true && known === true) return `${path}${name}.${[...sub.keys()][0]}`;
  }
  return undefined;
}

/** The parts of `value` the mask selects (arrays element by element), as Google trims its answers. */
function applyMask(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of mask) {
    const v = (value as Record<string, unknown>)[name];
    if (v === undefined) continue;
    out[name] = sub === true ? v : applyMask(v, sub);
  }
  return out;
}

const ERROR_TYPES: Record<string, string> = {
  '#ERROR!': 'ERROR',
  '#NULL!': 'NULL_VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#NUM!': 'NUM',
  '#N/A': 'N_A',
};

/** A cell as CellData: its effective value (a date as its serial number), its formatted text (vi_VN). */
function cellData(cell: FakeCell): Record<string, unknown> {
  if (cell === null || cell === '') return {};
  const formatted = String(render(cell, 'FORMATTED_VALUE', 'FORMATTED_STRING'));
  let effective: Record<string, unknown>;
  if (cell instanceof Date) effective = { numberValue: render(cell, 'UNFORMATTED_VALUE', 'SERIAL_NUMBER') };
  else if (typeof cell === 'object')
    effective = { errorValue: { type: ERROR_TYPES[cell.error] ?? 'ERROR', message: `Error ${cell.error}` } };
  else if (typeof cell === 'number') effective = { numberValue: cell };
  else if (typeof cell === 'boolean') effective = { boolValue: cell };
  else effective = { stringValue: cell };
  return { userEnteredValue: effective, effectiveValue: effective, formattedValue: formatted };
}

/** A tab's one GridData block from (0, 0): rows up to the last with a value, each up to its last value; no rowData for an empty tab. */
function gridData(tab: FakeTab): Record<string, unknown> {
  const rows = tab.rows.map((r) => {
    let end = r.length;
    while (end > 0 && (r[end - 1] === null || r[end - 1] === '' || r[end - 1] === undefined)) end--;
    return r.slice(0, end);
  });
  let last = rows.length;
  while (last > 0 && rows[last - 1].length === 0) last--;
  const width = tab.rows.reduce((most, r) => Math.max(most, r.length), 26);
  return {
    ...(last > 0 ? { rowData: rows.slice(0, last).map((r) => (r.length > 0 ? { values: r.map((c) => cellData(c ?? null)) } : {})) } : {}),
    rowMetadata: Array.from({ length: Math.max(1000, tab.rows.length) }, () => ({ pixelSize: 21 })),
    columnMetadata: Array.from({ length: width }, () => ({ pixelSize: 100 })),
  };
}

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
    if (fault && 'drop' in fault) {
      answer(0);
      req.socket.destroy();
      return;
    }
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
    if (!m[2]) return this.spreadsheetsGet(sheet, url.searchParams, res, answer);
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

  /** spreadsheets.get: the whole resource (cells only with includeGridData=true), trimmed to `fields`. */
  private spreadsheetsGet(sheet: FakeSpreadsheet, q: URLSearchParams, res: ServerResponse, answer: (s: number) => void): void {
    if (q.getAll('ranges').length > 0) {
      answer(400);
      googleError(res, 400, 'INVALID_ARGUMENT', 'This stand-in does not answer spreadsheets.get with ranges.');
      return;
    }
    const fields = q.get('fields');
    const mask = fields === null ? undefined : parseFieldMask(fields);
    const bad = fields === null ? undefined : mask ? unknownField(mask, SPREADSHEET_SCHEMA) : fields;
    if (bad !== undefined) {
      answer(400);
      googleError(res, 400, 'INVALID_ARGUMENT', `Request contains an invalid argument. Invalid field selection ${bad}`);
      return;
    }
    const withData = q.get('includeGridData') === 'true';
    const whole = {
      spreadsheetId: sheet.id,
      properties: { title: sheet.title, locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' },
      sheets: sheet.tabs.map((t, i) => ({
        properties: {
          sheetId: i + 1,
          title: t.title,
          index: i,
          sheetType: 'GRID',
          gridProperties: { rowCount: Math.max(1000, t.rows.length), columnCount: 26 },
        },
        ...(withData ? { data: [gridData(t)] } : {}),
      })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${sheet.id}/edit`,
    };
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(mask ? applyMask(whole, mask) : whole));
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
