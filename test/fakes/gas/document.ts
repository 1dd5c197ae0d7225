/**
 * DocumentApp: documents as a tree of Body / Paragraph / ListItem / Table / TableRow / TableCell
 * elements (doc-element.ts, doc-containers.ts). Text is kept per paragraph with its attributes;
 * character-level styling set with offsets is recorded (Paragraph._styles) but not re-flowed when
 * the text changes.
 */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';
import { FakeBody } from './doc-containers';
import { Attribute, ElementType, HorizontalAlignment, VerticalAlignment } from './doc-model';
import type { FileData } from './drive';
import { MimeType } from './drive';

export { FakeBody, FakeTable, FakeTableCell, FakeTableRow } from './doc-containers';
export { FakeElement, FakeListItem, FakeParagraph, FakeRangeElement, FakeText } from './doc-element';
export { Attribute, ElementType, HorizontalAlignment, VerticalAlignment } from './doc-model';

export interface DocData {
  file: FileData;
  body: FakeBody;
  /** A page-number field in the header (a Doc converted from a .docx that had one; copies keep it). */
  pageNumbers: boolean;
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

  getBody(): FakeBody {
    this._open();
    return this._data.body;
  }

  saveAndClose(): void {
    this._closed = true;
  }
}
instrument(FakeDocument, 'Document');

/** Test-side view of every document (not counted). */
export class FakeDocumentStore {
  readonly _docs = new Map<string, DocData>();

  constructor(readonly _ctx: FakeContext) {}

  _register(file: FileData, body: FakeBody, opts: { pageNumbers?: boolean } = {}): DocData {
    const data = { file, body, pageNumbers: opts.pageNumbers ?? false };
    this._docs.set(file.id, data);
    return data;
  }

  /** A "PDF" whose bytes are the document's text. */
  _pdf(data: DocData): FakeBlob {
    return new FakeBlob(this._ctx, new Uint8Array(Buffer.from(data.body._text(), 'utf8')), MimeType.PDF, `${data.file.name}.pdf`);
  }

  all(): FakeDocument[] {
    return [...this._docs.values()].map((d) => new FakeDocument(this._ctx, d));
  }
}

export class FakeDocumentApp {
  readonly ElementType = ElementType;
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
