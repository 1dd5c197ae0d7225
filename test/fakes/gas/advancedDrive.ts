/**
 * The Drive advanced service (Drive API v3 as Apps Script exposes it: the global `Drive`), only
 * `Drive.Files.create(resource, mediaData)`, which the add-on uses to import the shipped .docx
 * templates as Google Docs. As the API does: an upload with mimeType
 * application/vnd.google-apps.document is converted (the .docx is read with the CLI's reader, its
 * header's PAGE field kept as the Doc's page numbers); anything but a .docx is refused; parents must
 * be existing folders. Errors have Apps Script's GoogleJsonResponseException shape.
 */
import PizZip from 'pizzip';
import { docxBlocks } from '../../../src/cli/docx/text';
import type { Block } from '../../../src/core/report/document';
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
import { FakeParagraph } from './doc-element';
import { MimeType } from './drive';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The resource Files.create returns (the fields the add-on reads). */
export interface FileResource {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  description?: string;
}

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

const apiError = (ctx: FakeContext, message: string) =>
  ctx.error(`GoogleJsonResponseException: API call to drive.files.create failed with error: ${message}`);

export class FakeFilesCollection {
  constructor(readonly _ctx: FakeContext) {}

  create(resource: unknown, mediaData?: unknown, optionalArgs?: unknown): FileResource {
    const ctx = this._ctx;
    const args = [resource, mediaData, optionalArgs].filter((a) => a !== undefined);
    if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) throw ctx.badArgs('Drive.Files.create', args);
    if (mediaData !== undefined && !(mediaData instanceof FakeBlob)) throw ctx.badArgs('Drive.Files.create', args);
    const r = resource as { name?: unknown; mimeType?: unknown; parents?: unknown; description?: unknown };
    for (const key of Object.keys(r)) {
      if (!['name', 'mimeType', 'parents', 'description'].includes(key)) throw apiError(ctx, `The fake does not set the field ${key}.`);
    }
    if (r.name !== undefined && typeof r.name !== 'string') throw apiError(ctx, 'Invalid value for name.');
    if (r.description !== undefined && typeof r.description !== 'string') throw apiError(ctx, 'Invalid value for description.');
    const parents = r.parents === undefined ? [ctx.drive._root.id] : r.parents;
    if (!Array.isArray(parents) || parents.length !== 1 || typeof parents[0] !== 'string')
      throw apiError(ctx, 'A file must have exactly one parent.');
    if (!ctx.drive._folders.has(parents[0])) throw apiError(ctx, `File not found: ${parents[0]}.`);
    const blob = mediaData as FakeBlob | undefined;
    const mimeType = typeof r.mimeType === 'string' ? r.mimeType : (blob?._contentType ?? 'application/octet-stream');
    const name = (r.name as string | undefined) ?? blob?._name ?? 'Untitled';
    if (mimeType === MimeType.GOOGLE_DOCS) {
      let converted: ReturnType<typeof bodyFromDocx> | undefined;
      if (blob) {
        if (blob._contentType !== DOCX)
          throw apiError(ctx, 'Conversion of the uploaded content to the requested output type is not supported.');
        try {
          converted = bodyFromDocx(ctx, blob._bytes);
        } catch {
          throw apiError(ctx, 'The uploaded file could not be converted: it is not a valid .docx.');
        }
      }
      const file = ctx.drive._newFile(name, mimeType, parents as string[], null);
      if (r.description !== undefined) file.description = r.description as string;
      ctx.documents._register(file, converted?.body ?? new FakeBody(ctx), { pageNumbers: converted?.pageNumbers ?? false });
      return this._resource(file.id);
    }
    if (mimeType.startsWith('application/vnd.google-apps.')) throw apiError(ctx, `The fake cannot create ${mimeType} files.`);
    const file = ctx.drive._newFile(name, mimeType, parents as string[], blob ? blob._bytes.slice() : new Uint8Array());
    if (r.description !== undefined) file.description = r.description as string;
    return this._resource(file.id);
  }

  private _resource(id: string): FileResource {
    const f = this._ctx.drive._files.get(id)!;
    return {
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      ...(f.description ? { description: f.description } : {}),
    };
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
