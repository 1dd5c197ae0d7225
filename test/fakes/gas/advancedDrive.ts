/**
 * The Drive advanced service (Drive API v3 as Apps Script exposes it: the global `Drive`): the
 * Files methods the report uses, strictly as the API answers them.
 * - `create(resource[, mediaData])`: a folder (mimeType application/vnd.google-apps.folder, no
 *   media), or a file; an upload with mimeType application/vnd.google-apps.document is converted (the
 *   .docx is read with the CLI's reader, its header's PAGE field kept as the Doc's page numbers);
 *   anything but a .docx is refused; parents must be existing folders.
 * - `get(fileId[, { fields }])`, `copy(resource, fileId[, { fields }])` (a Google Doc's content is
 *   copied, and its description unless the resource sets one; folders cannot be copied),
 *   `update(resource, fileId[, { fields }])` (name, description, trashed), `list({ q, fields })`
 *   with the query language's `name`, `mimeType`, `trashed` and `'id' in parents` terms joined by
 *   and/or/not and parentheses.
 * - `fields` selects what is returned (the API's default is kind, id, name, mimeType); an unknown
 *   field, query term, resource key or optional argument is a 400, an unknown id a 404.
 * - `trashed` is true for a file in a trashed folder too, as the API reports it.
 * Errors have Apps Script's GoogleJsonResponseException shape.
 */
import PizZip from 'pizzip';
import { docxBlocks } from '../../../src/cli/docx/text';
import type { Block } from '../../../src/core/report/document';
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
import { FakeParagraph } from './doc-element';
import { type FileData, type FolderData, MimeType } from './drive';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/** A File resource as the API returns it: the fields asked for. */
export interface FileResource {
  kind?: string;
  id?: string;
  name?: string;
  mimeType?: string;
  parents?: string[];
  description?: string;
  trashed?: boolean;
  webViewLink?: string;
}

/** A FileList: the files found (the fields asked for in files(…)). */
export interface FileListResource {
  kind?: string;
  incompleteSearch?: boolean;
  files?: FileResource[];
}

const FILE_FIELDS = ['kind', 'id', 'name', 'mimeType', 'parents', 'description', 'trashed', 'webViewLink'] as const;
type FileField = (typeof FILE_FIELDS)[number];
const DEFAULT_FIELDS: FileField[] = ['kind', 'id', 'name', 'mimeType'];

type Container = FakeBody | FakeTableCell;

function fill(ctx: FakeContext, container: Container, blocks: Block[]): void {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      container._adopt(new FakeParagraph(ctx, block.runs.map((r) => r.text).join('')), container._kids.length);
      continue;
    }
    const table = new FakeTable(ctx);
    for (const spec of block.rows) {
      const row = table._adopt(new FakeTableRow(ctx), table._kids.length);
      for (const cellSpec of spec.cells) {
        const cell = new FakeTableCell(ctx);
        fill(ctx, cell, cellSpec.blocks);
        if (cell._kids.length === 0) cell._adopt(new FakeParagraph(ctx, ''), 0);
        row._adopt(cell, row._kids.length);
      }
    }
    container._adopt(table, container._kids.length);
  }
}

/** A .docx as a Google Doc body: its paragraphs and tables (text only), ending with a paragraph as Docs' bodies do. */
export function bodyFromDocx(ctx: FakeContext, bytes: Uint8Array): { body: FakeBody; pageNumbers: boolean } {
  const zip = new PizZip(bytes);
  const blocks = docxBlocks(bytes);
  const body = new FakeBody(ctx);
  body._kids[0]!._parent = null;
  body._kids = [];
  fill(ctx, body, blocks);
  if (!(body._kids.at(-1) instanceof FakeParagraph)) body._adopt(new FakeParagraph(ctx, ''), body._kids.length);
  const headers = zip.file(/^word\/header\d*\.xml$/).map((f) => f.asText());
  const pageNumbers = headers.some((xml) => /<w:instrText[^>]*>\s*PAGE\b|w:fldSimple[^>]*w:instr="\s*PAGE\b/.test(xml));
  return { body, pageNumbers };
}

const apiError = (ctx: FakeContext, method: string, message: string) =>
  ctx.error(`GoogleJsonResponseException: API call to drive.files.${method} failed with error: ${message}`);

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `fields` of a files method: top-level names of a File (for list, inside files(…)); unknown names are a 400. */
function parseFields(ctx: FakeContext, method: string, fields: unknown, list: boolean): FileField[] {
  if (fields === undefined) return DEFAULT_FIELDS;
  if (typeof fields !== 'string' || fields.trim() === '') throw apiError(ctx, method, 'Invalid field selection.');
  let inner = fields.replace(/\s+/g, '');
  if (list) {
    const m = /^files\(([^()]*)\)$/.exec(inner);
    if (!m) throw apiError(ctx, method, `Invalid field selection ${fields} (the fake answers files(…) only).`);
    inner = m[1]!;
  }
  const names = inner.split(',');
  for (const n of names) if (!(FILE_FIELDS as readonly string[]).includes(n)) throw apiError(ctx, method, `Invalid field selection ${n}.`);
  return names as FileField[];
}

/** Optional arguments: only the listed names (the fake knows no other). */
function optional(ctx: FakeContext, method: string, args: unknown, known: string[]): Record<string, unknown> {
  if (args === undefined) return {};
  if (!isRecord(args)) throw ctx.badArgs(`Drive.Files.${method}`, [args]);
  for (const k of Object.keys(args)) if (!known.includes(k)) throw apiError(ctx, method, `The fake does not know the parameter ${k}.`);
  return args;
}

/** Resource keys a method may set: anything else is refused (the fake writes no other field). */
function resourceOf(ctx: FakeContext, method: string, resource: unknown, args: unknown[], known: string[]): Record<string, unknown> {
  if (!isRecord(resource)) throw ctx.badArgs(`Drive.Files.${method}`, args);
  for (const key of Object.keys(resource)) if (!known.includes(key)) throw apiError(ctx, method, `The fake does not set the field ${key}.`);
  for (const key of ['name', 'description', 'mimeType'])
    if (resource[key] !== undefined && typeof resource[key] !== 'string') throw apiError(ctx, method, `Invalid value for ${key}.`);
  if (resource.trashed !== undefined && typeof resource.trashed !== 'boolean') throw apiError(ctx, method, 'Invalid value for trashed.');
  return resource;
}

// ---- The query language (q of files.list), as far as the add-on writes it ----

type Query =
  | { op: 'and' | 'or'; a: Query; b: Query }
  | { op: 'not'; a: Query }
  | { op: 'term'; test: (f: FileData | FolderData, isFolder: boolean) => boolean };

function tokens(ctx: FakeContext, q: string): string[] {
  const out: string[] = [];
  const re = /\s*(?:('(?:[^'\\]|\\.)*')|(\(|\)|!=|=)|([A-Za-z]+))/y;
  let at = 0;
  while (at < q.length) {
    if (/^\s*$/.test(q.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(q);
    if (!m) throw apiError(ctx, 'list', `Invalid Value: the query ${JSON.stringify(q)} cannot be read at ${at}.`);
    out.push(m[1] ?? m[2] ?? m[3]!);
    at = re.lastIndex;
  }
  return out;
}

const unquote = (s: string) => s.slice(1, -1).replace(/\\(.)/g, '$1');

function parseQuery(ctx: FakeContext, q: string, trashedOf: (f: FileData | FolderData, isFolder: boolean) => boolean): Query {
  const toks = tokens(ctx, q);
  let i = 0;
  const bad = (why: string): Error => apiError(ctx, 'list', `Invalid Value: ${why} in ${JSON.stringify(q)}.`);
  const peek = () => toks[i];
  const or = (): Query => {
    let a = and();
    while (peek() === 'or') {
      i++;
      a = { op: 'or', a, b: and() };
    }
    return a;
  };
  const and = (): Query => {
    let a = unary();
    while (peek() === 'and') {
      i++;
      a = { op: 'and', a, b: unary() };
    }
    return a;
  };
  const unary = (): Query => {
    if (peek() === 'not') {
      i++;
      return { op: 'not', a: unary() };
    }
    if (peek() === '(') {
      i++;
      const inner = or();
      if (toks[i++] !== ')') throw bad('an unclosed parenthesis');
      return inner;
    }
    return term();
  };
  const term = (): Query => {
    const [left, op, right] = [toks[i], toks[i + 1], toks[i + 2]];
    i += 3;
    if (left === undefined || op === undefined || right === undefined) throw bad('an incomplete term');
    if (left.startsWith("'") && op === 'in' && right === 'parents') {
      const id = unquote(left);
      return { op: 'term', test: (f) => f.parents.includes(id) };
    }
    if ((left === 'name' || left === 'mimeType') && (op === '=' || op === '!=') && right.startsWith("'")) {
      const value = unquote(right);
      const field = left;
      return {
        op: 'term',
        test: (f, isFolder) => {
          const actual = field === 'name' ? f.name : isFolder ? FOLDER_MIME : (f as FileData).mimeType;
          return (actual === value) === (op === '=');
        },
      };
    }
    if (left === 'trashed' && (op === '=' || op === '!=') && (right === 'true' || right === 'false')) {
      const want = (right === 'true') === (op === '=');
      return { op: 'term', test: (f, isFolder) => trashedOf(f, isFolder) === want };
    }
    throw bad(`the fake does not know the term ${left} ${op} ${right}`);
  };
  const query = or();
  if (i !== toks.length) throw bad(`unexpected ${toks[i]}`);
  return query;
}

function matches(q: Query, f: FileData | FolderData, isFolder: boolean): boolean {
  switch (q.op) {
    case 'and':
      return matches(q.a, f, isFolder) && matches(q.b, f, isFolder);
    case 'or':
      return matches(q.a, f, isFolder) || matches(q.b, f, isFolder);
    case 'not':
      return !matches(q.a, f, isFolder);
    default:
      return q.test(f, isFolder);
  }
}

export class FakeFilesCollection {
  constructor(readonly _ctx: FakeContext) {}

  /** Trashed, explicitly or through a trashed folder above it. */
  private _trashed(item: FileData | FolderData, isFolder: boolean): boolean {
    if ((isFolder ? (item as FolderData).trashed : (item as FileData).trashed) === true) return true;
    const parent = item.parents[0] === undefined ? undefined : this._ctx.drive._folders.get(item.parents[0]);
    return parent ? this._trashed(parent, true) : false;
  }

  private _item(method: string, id: unknown): { item: FileData | FolderData; isFolder: boolean } {
    const drive = this._ctx.drive;
    const file = typeof id === 'string' ? drive._files.get(id) : undefined;
    if (file) return { item: file, isFolder: false };
    const folder = typeof id === 'string' && id !== drive._root.id ? drive._folders.get(id) : undefined;
    if (folder) return { item: folder, isFolder: true };
    throw apiError(this._ctx, method, `File not found: ${String(id)}.`);
  }

  private _select(item: FileData | FolderData, isFolder: boolean, fields: FileField[]): FileResource {
    const mimeType = isFolder ? FOLDER_MIME : (item as FileData).mimeType;
    const all: Required<FileResource> = {
      kind: 'drive#file',
      id: item.id,
      name: item.name,
      mimeType,
      parents: [...item.parents],
      description: isFolder ? '' : ((item as FileData).description ?? ''),
      trashed: this._trashed(item, isFolder),
      webViewLink:
        mimeType === MimeType.GOOGLE_DOCS
          ? `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`
          : isFolder
            ? `https://drive.google.com/drive/folders/${item.id}`
            : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`,
    };
    const out: FileResource = {};
    for (const f of fields) {
      // The API leaves out a description never set.
      if (f === 'description' && all.description === '') continue;
      (out as Record<string, unknown>)[f] = all[f];
    }
    return out;
  }

  private _parent(method: string, parents: unknown): string {
    const ctx = this._ctx;
    if (!Array.isArray(parents) || parents.length !== 1 || typeof parents[0] !== 'string')
      throw apiError(ctx, method, 'A file must have exactly one parent.');
    if (!ctx.drive._folders.has(parents[0])) throw apiError(ctx, method, `File not found: ${parents[0]}.`);
    return parents[0];
  }

  /** Metadata only: `alt: 'media'` (the content) is an unknown parameter to the fake. */
  get(fileId: unknown, optionalArgs?: unknown): FileResource {
    const args = optionalArgs === undefined ? [fileId] : [fileId, optionalArgs];
    if (typeof fileId !== 'string') throw this._ctx.badArgs('Drive.Files.get', args);
    const opts = optional(this._ctx, 'get', optionalArgs, ['fields']);
    const fields = parseFields(this._ctx, 'get', opts.fields, false);
    const { item, isFolder } = this._item('get', fileId);
    return this._select(item, isFolder, fields);
  }

  list(optionalArgs?: unknown): FileListResource {
    const ctx = this._ctx;
    const opts = optional(ctx, 'list', optionalArgs, ['q', 'fields']);
    const fields = opts.fields === undefined ? DEFAULT_FIELDS : parseFields(ctx, 'list', opts.fields, true);
    if (opts.q !== undefined && typeof opts.q !== 'string') throw apiError(ctx, 'list', 'Invalid Value for q.');
    const q = opts.q === undefined ? null : parseQuery(ctx, opts.q as string, (f, isFolder) => this._trashed(f, isFolder));
    const items: Array<{ item: FileData | FolderData; isFolder: boolean }> = [
      ...[...ctx.drive._folders.values()].filter((f) => f !== ctx.drive._root).map((item) => ({ item, isFolder: true })),
      ...[...ctx.drive._files.values()].map((item) => ({ item, isFolder: false })),
    ];
    const found = items.filter(({ item, isFolder }) => !q || matches(q, item, isFolder));
    return { files: found.map(({ item, isFolder }) => this._select(item, isFolder, fields)) };
  }

  copy(resource: unknown, fileId: unknown, optionalArgs?: unknown): FileResource {
    const ctx = this._ctx;
    const args = [resource, fileId, optionalArgs].filter((a) => a !== undefined);
    if (typeof fileId !== 'string') throw ctx.badArgs('Drive.Files.copy', args);
    const r = resourceOf(ctx, 'copy', resource, args, ['name', 'parents', 'description']);
    const opts = optional(ctx, 'copy', optionalArgs, ['fields']);
    const fields = parseFields(ctx, 'copy', opts.fields, false);
    const { item, isFolder } = this._item('copy', fileId);
    if (isFolder) throw apiError(ctx, 'copy', 'Folders cannot be copied.');
    const source = item as FileData;
    if (source.mimeType === MimeType.GOOGLE_SHEETS) throw apiError(ctx, 'copy', 'The fake cannot copy spreadsheets.');
    const parents = r.parents === undefined ? [...source.parents] : [this._parent('copy', r.parents)];
    const copy = ctx.drive._newFile(
      (r.name as string | undefined) ?? `Copy of ${source.name}`,
      source.mimeType,
      parents,
      source.bytes ? source.bytes.slice() : null,
    );
    // The copy keeps the source's description unless the request sets one.
    const description = r.description === undefined ? source.description : (r.description as string);
    if (description) copy.description = description;
    if (source.mimeType === MimeType.GOOGLE_DOCS) {
      const doc = ctx.documents._docs.get(source.id)!;
      ctx.documents._register(copy, doc.body._clone(), { pageNumbers: doc.pageNumbers });
    }
    return this._select(copy, false, fields);
  }

  update(resource: unknown, fileId: unknown, mediaData?: unknown, optionalArgs?: unknown): FileResource {
    const ctx = this._ctx;
    const args = [resource, fileId, mediaData, optionalArgs].filter((a) => a !== undefined);
    if (typeof fileId !== 'string') throw ctx.badArgs('Drive.Files.update', args);
    if (mediaData !== undefined && mediaData !== null) throw apiError(ctx, 'update', 'The fake does not upload content in an update.');
    const r = resourceOf(ctx, 'update', resource, args, ['name', 'description', 'trashed']);
    const opts = optional(ctx, 'update', optionalArgs, ['fields']);
    const fields = parseFields(ctx, 'update', opts.fields, false);
    const { item, isFolder } = this._item('update', fileId);
    if (r.name !== undefined) item.name = r.name as string;
    if (r.trashed !== undefined) item.trashed = r.trashed as boolean;
    if (r.description !== undefined) {
      if (isFolder) throw apiError(ctx, 'update', 'The fake keeps no description on folders.');
      (item as FileData).description = r.description as string;
    }
    return this._select(item, isFolder, fields);
  }

  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): FileResource {
    const ctx = this._ctx;
    const args = [resource, mediaData, optionalArgs].filter((a) => a !== undefined);
    if (!isRecord(resource)) throw ctx.badArgs('Drive.Files.create', args);
    if (mediaData !== undefined && !(mediaData instanceof FakeBlob)) throw ctx.badArgs('Drive.Files.create', args);
    const r = resourceOf(ctx, 'create', resource, args, ['name', 'mimeType', 'parents', 'description']);
    const fields = parseFields(ctx, 'create', optional(ctx, 'create', optionalArgs, ['fields']).fields, false);
    const parent = this._parent('create', r.parents === undefined ? [ctx.drive._root.id] : r.parents);
    const parents = [parent];
    const blob = mediaData as FakeBlob | undefined;
    const mimeType = typeof r.mimeType === 'string' ? r.mimeType : (blob?._contentType ?? 'application/octet-stream');
    const name = (r.name as string | undefined) ?? blob?._name ?? 'Untitled';
    if (mimeType === FOLDER_MIME) {
      if (blob) throw apiError(ctx, 'create', 'A folder has no content.');
      if (r.description !== undefined) throw apiError(ctx, 'create', 'The fake keeps no description on folders.');
      return this._select(ctx.drive._newFolder(name, parents), true, fields);
    }
    if (mimeType === MimeType.GOOGLE_DOCS) {
      let converted: ReturnType<typeof bodyFromDocx> | undefined;
      if (blob) {
        if (blob._contentType !== DOCX)
          throw apiError(ctx, 'create', 'Conversion of the uploaded content to the requested output type is not supported.');
        try {
          converted = bodyFromDocx(ctx, blob._bytes);
        } catch {
          throw apiError(ctx, 'create', 'The uploaded file could not be converted: it is not a valid .docx.');
        }
      }
      const file = ctx.drive._newFile(name, mimeType, parents, null);
      if (r.description !== undefined) file.description = r.description as string;
      ctx.documents._register(file, converted?.body ?? new FakeBody(ctx), { pageNumbers: converted?.pageNumbers ?? false });
      return this._select(file, false, fields);
    }
    if (mimeType.startsWith('application/vnd.google-apps.')) throw apiError(ctx, 'create', `The fake cannot create ${mimeType} files.`);
    const file = ctx.drive._newFile(name, mimeType, parents, blob ? blob._bytes.slice() : new Uint8Array());
    if (r.description !== undefined) file.description = r.description as string;
    return this._select(file, false, fields);
  }
}
instrument(FakeFilesCollection, 'Files');

/** The `Drive` global of an enabled Drive advanced service (v3). */
export class FakeAdvancedDrive {
  readonly Files: FakeFilesCollection;

  constructor(readonly _ctx: FakeContext) {
    this.Files = new FakeFilesCollection(_ctx);
  }
}
instrument(FakeAdvancedDrive, 'Drive');

/** Utilities: base64 and blobs, as far as importing a template needs. */
export class FakeUtilities {
  constructor(readonly _ctx: FakeContext) {}

  /** Apps Script's Byte[]: signed bytes. */
  base64Decode(encoded: unknown): number[] {
    if (typeof encoded !== 'string') throw this._ctx.badArgs('Utilities.base64Decode', [encoded]);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded) || encoded.length % 4 !== 0) throw this._ctx.error('Could not decode string.');
    return [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }

  /** newBlob(data[, contentType[, name]]), data a Byte[] or a string. */
  newBlob(...args: unknown[]): FakeBlob {
    const [data, contentType, name] = args;
    const okType = contentType === undefined || typeof contentType === 'string';
    const okName = name === undefined || typeof name === 'string';
    if (args.length < 1 || args.length > 3 || !okType || !okName) throw this._ctx.badArgs('Utilities.newBlob', args);
    let bytes: Uint8Array;
    if (typeof data === 'string') bytes = new Uint8Array(Buffer.from(data, 'utf8'));
    else if (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= -128 && b <= 255))
      bytes = Uint8Array.from(data, (b) => b & 255);
    else throw this._ctx.badArgs('Utilities.newBlob', args);
    return new FakeBlob(this._ctx, bytes, (contentType as string | undefined) ?? null, (name as string | undefined) ?? null);
  }
}
instrument(FakeUtilities, 'Utilities');
