/**
 * DocumentApp: documents as a tree of Body / Paragraph / ListItem / Table / TableRow / TableCell
 * elements (doc-element.ts, doc-containers.ts). Text is kept per paragraph with its attributes;
 * character-level styling set with offsets is recorded (Paragraph._styles) but not re-flowed when
 * the text changes.
 */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { FakeBody, type FakeTableRow } from './doc-containers';
import { Attribute, ElementType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './doc-model';
import type { FileData } from './drive';
import { MimeType } from './drive';

export { FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
export { FakeElement, FakeListItem, FakeParagraph, FakeRangeElement, FakeText } from './doc-element';
export { Attribute, ElementType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './doc-model';

export interface DocData {
  file: FileData;
  body: FakeBody;
}

export class FakeDocument {
  private _closed = false;

  constructor(
    readonly _ctx: FakeContext,
    readonly _data: DocData,
  ) {}

  private _open(): void {
    if (this._closed) throw this._ctx.error('Document is closed, its contents cannot be updated.');
  }

  getId(): string {
    return this._data.file.id;
  }

  getName(): string {
    return this._data.file.name;
  }

  setName(name: unknown): FakeDocument {
    this._open();
    if (typeof name !== 'string') throw this._ctx.badArgs('Document.setName', [name]);
    this._data.file.name = name;
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this._data.file.id}`;
  }

  getBody(): FakeBody {
    this._open();
    return this._data.body;
  }

  saveAndClose(): void {
    this._closed = true;
  }

  getBlob(): FakeBlob {
    return this._ctx.documents._pdf(this._data);
  }

  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('Document.getAs', [contentType]);
    if (contentType !== MimeType.PDF) throw this._ctx.error(`Converting from ${MimeType.GOOGLE_DOCS} to ${contentType} is not supported.`);
    return this._ctx.documents._pdf(this._data);
  }
}
instrument(FakeDocument, 'Document');

/** Test-side view of every document (not counted). */
export class FakeDocumentStore {
  readonly _docs = new Map<string, DocData>();

  constructor(readonly _ctx: FakeContext) {}

  _register(file: FileData, body: FakeBody): DocData {
    const data = { file, body };
    this._docs.set(file.id, data);
    return data;
  }

  /** A "PDF" whose bytes are the document's text. */
  _pdf(data: DocData): FakeBlob {
    return new FakeBlob(this._ctx, new Uint8Array(Buffer.from(data.body._text(), 'utf8')), MimeType.PDF, `${data.file.name}.pdf`);
  }

  /** A fresh handle on a document, or undefined. */
  get(id: string): FakeDocument | undefined {
    const d = this._docs.get(id);
    return d && new FakeDocument(this._ctx, d);
  }

  all(): FakeDocument[] {
    return [...this._docs.values()].map((d) => new FakeDocument(this._ctx, d));
  }

  byName(name: string): FakeDocument[] {
    return this.all().filter((d) => d._data.file.name === name);
  }

  /** The body's text (paragraphs joined by \n, table cells by \t). */
  text(id: string): string {
    return this._need(id).body._text();
  }

  /** Every table of the body as rows of cell texts. */
  tables(id: string): string[][][] {
    return this._ctx.calls.uncounted(() =>
      this._need(id)
        .body.getTables()
        .map((t) => t._kids.map((r) => (r as FakeTableRow)._kids.map((c) => c._text()))),
    );
  }

  private _need(id: string): DocData {
    const d = this._docs.get(id);
    if (!d) throw new Error(`No fake document with id ${id}`);
    return d;
  }
}

export class FakeDocumentApp {
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly Attribute = Attribute;

  constructor(readonly _ctx: FakeContext) {}

  create(name: unknown): FakeDocument {
    if (typeof name !== 'string' || name === '') throw this._ctx.badArgs('DocumentApp.create', [name]);
    const file = this._ctx.drive._newFile(name, MimeType.GOOGLE_DOCS, [this._ctx.drive._root.id], null);
    return new FakeDocument(this._ctx, this._ctx.documents._register(file, new FakeBody(this._ctx)));
  }

  openById(id: unknown): FakeDocument {
    if (typeof id !== 'string') throw this._ctx.badArgs('DocumentApp.openById', [id]);
    const d = this._ctx.documents._docs.get(id);
    if (!d) throw this._ctx.error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return new FakeDocument(this._ctx, d);
  }
}
instrument(FakeDocumentApp, 'DocumentApp');
