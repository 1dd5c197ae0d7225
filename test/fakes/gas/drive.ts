/** DriveApp: folders and files (Google Docs, the active spreadsheet, and plain blobs). */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';

export const MimeType = Object.freeze({
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
} as const);

export interface FileData {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Content of a plain (non-Google) file; null for Docs and Sheets. */
  bytes: Uint8Array | null;
  trashed?: boolean;
  description?: string | null;
  created: Date;
}

export interface FolderData {
  id: string;
  name: string;
  parents: string[];
  /** Set by tests (the officer trashes the folder) and by the Drive advanced service's update. */
  trashed?: boolean;
}

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/** Test-side view of Drive (not counted). */
export class FakeDriveStore {
  readonly _files = new Map<string, FileData>();
  readonly _folders = new Map<string, FolderData>();
  readonly _root: FolderData;

  constructor(readonly _ctx: FakeContext) {
    this._root = { id: _ctx.newId('Folder'), name: 'My Drive', parents: [] };
    this._folders.set(this._root.id, this._root);
  }

  _newFile(name: string, mimeType: string, parents: string[], bytes: Uint8Array | null): FileData {
    const kind = mimeType === MimeType.GOOGLE_DOCS ? 'Doc' : mimeType === MimeType.GOOGLE_SHEETS ? 'Sheet' : 'File';
    const f: FileData = { id: this._ctx.newId(kind), name, mimeType, parents: [...parents], bytes, created: new Date() };
    this._files.set(f.id, f);
    return f;
  }

  _newFolder(name: string, parents: string[]): FolderData {
    const f: FolderData = { id: this._ctx.newId('Folder'), name, parents: [...parents] };
    this._folders.set(f.id, f);
    return f;
  }

  _foldersNamed(name: string): FolderData[] {
    return [...this._folders.values()].filter((f) => f !== this._root && f.name === name);
  }

  allFiles(): FakeFile[] {
    return [...this._files.values()].map((f) => new FakeFile(this._ctx, f));
  }

  findFolders(name: string): FakeFolder[] {
    return this._foldersNamed(name).map((f) => new FakeFolder(this._ctx, f));
  }

  /** Folder names from the root, e.g. ['My Drive', 'Reports', 'May'] (first parent only). */
  pathOf(item: FakeFile | FakeFolder): string[] {
    const names = [item._data.name];
    let parent = item._data.parents[0];
    while (parent !== undefined) {
      const f = this._folders.get(parent);
      if (!f) break;
      names.unshift(f.name);
      parent = f.parents[0];
    }
    return names;
  }
}

export class FakeFolderIterator {
  private _i = 0;

  constructor(
    readonly _ctx: FakeContext,
    readonly _items: FakeFolder[],
  ) {}

  hasNext(): boolean {
    return this._i < this._items.length;
  }

  next(): FakeFolder {
    if (this._i >= this._items.length) throw this._ctx.error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this._i++]!;
  }
}
instrument(FakeFolderIterator, 'FolderIterator');

export class FakeFileIterator {
  private _i = 0;

  constructor(
    readonly _ctx: FakeContext,
    readonly _items: FakeFile[],
  ) {}

  hasNext(): boolean {
    return this._i < this._items.length;
  }

  next(): FakeFile {
    if (this._i >= this._items.length) throw this._ctx.error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this._i++]!;
  }
}
instrument(FakeFileIterator, 'FileIterator');

export class FakeFolder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: FolderData,
  ) {}

  getId(): string {
    return this._data.id;
  }

  getName(): string {
    return this._data.name;
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._data.id}`;
  }

  /** Files of this folder of this MIME type, trashed ones included (as getFilesByName). */
  getFilesByType(mimeType: unknown): FakeFileIterator {
    if (typeof mimeType !== 'string') throw this._ctx.badArgs('Folder.getFilesByType', [mimeType]);
    const files = [...this._ctx.drive._files.values()].filter((f) => f.mimeType === mimeType && f.parents.includes(this._data.id));
    return new FakeFileIterator(
      this._ctx,
      files.map((f) => new FakeFile(this._ctx, f)),
    );
  }

  /** Files of this folder with this name, trashed ones included (as Drive lists them). */
  getFilesByName(name: unknown): FakeFileIterator {
    if (typeof name !== 'string') throw this._ctx.badArgs('Folder.getFilesByName', [name]);
    const files = [...this._ctx.drive._files.values()].filter((f) => f.name === name && f.parents.includes(this._data.id));
    return new FakeFileIterator(
      this._ctx,
      files.map((f) => new FakeFile(this._ctx, f)),
    );
  }

  /** createFile(blob) or createFile(name, content[, mimeType]). */
  createFile(...args: unknown[]): FakeFile {
    const [a, content, mime] = args;
    const ctx = this._ctx;
    if (args.length === 1 && a instanceof FakeBlob) {
      const f = ctx.drive._newFile(a._name ?? 'Untitled', a._contentType ?? MimeType.PLAIN_TEXT, [this._data.id], a._bytes.slice());
      return new FakeFile(ctx, f);
    }
    if (
      (args.length === 2 || args.length === 3) &&
      typeof a === 'string' &&
      typeof content === 'string' &&
      (mime === undefined || typeof mime === 'string')
    ) {
      if (mime?.startsWith('application/vnd.google-apps.'))
        throw ctx.error(`Invalid argument: ${mime} files cannot be created from content.`);
      const f = ctx.drive._newFile(a, mime ?? MimeType.PLAIN_TEXT, [this._data.id], new Uint8Array(Buffer.from(content, 'utf8')));
      return new FakeFile(ctx, f);
    }
    throw ctx.badArgs('Folder.createFile', args);
  }
}
instrument(FakeFolder, 'Folder');

export class FakeFile {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: FileData,
  ) {}

  getId(): string {
    return this._data.id;
  }

  getName(): string {
    return this._data.name;
  }

  setName(name: unknown): FakeFile {
    if (typeof name !== 'string') throw this._ctx.badArgs('File.setName', [name]);
    this._data.name = name;
    return this;
  }

  setTrashed(trashed: unknown): FakeFile {
    if (typeof trashed !== 'boolean') throw this._ctx.badArgs('File.setTrashed', [trashed]);
    this._data.trashed = trashed;
    return this;
  }

  isTrashed(): boolean {
    return this._data.trashed === true;
  }

  setDescription(description: unknown): FakeFile {
    if (typeof description !== 'string') throw this._ctx.badArgs('File.setDescription', [description]);
    this._data.description = description;
    return this;
  }

  getDescription(): string | null {
    return this._data.description ?? null;
  }

  getDateCreated(): Date {
    return new this._ctx.realm.Date(this._data.created.getTime());
  }

  getUrl(): string {
    const id = this._data.id;
    if (this._data.mimeType === MimeType.GOOGLE_DOCS) return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    if (this._data.mimeType === MimeType.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }

  /** makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). */
  makeCopy(...args: unknown[]): FakeFile {
    let name: string | undefined;
    let dest: FakeFolder | undefined;
    if (args.length === 1 && typeof args[0] === 'string') name = args[0];
    else if (args.length === 1 && args[0] instanceof FakeFolder) dest = args[0];
    else if (args.length === 2 && typeof args[0] === 'string' && args[1] instanceof FakeFolder) [name, dest] = [args[0], args[1]];
    else if (args.length !== 0) throw this._ctx.badArgs('File.makeCopy', args);
    const d = this._data;
    if (d.mimeType === MimeType.GOOGLE_SHEETS) throw this._ctx.error('The fake cannot copy spreadsheets.');
    const parents = dest ? [dest._data.id] : d.parents;
    const copy = this._ctx.drive._newFile(name ?? `Copy of ${d.name}`, d.mimeType, parents, d.bytes ? d.bytes.slice() : null);
    if (d.mimeType === MimeType.GOOGLE_DOCS) {
      const source = this._ctx.documents._docs.get(d.id)!;
      this._ctx.documents._register(copy, source.body._clone(), { pageNumbers: source.pageNumbers });
    }
    return new FakeFile(this._ctx, copy);
  }

  moveTo(destination: unknown): FakeFile {
    if (!(destination instanceof FakeFolder)) throw this._ctx.badArgs('File.moveTo', [destination]);
    this._data.parents = [destination._data.id];
    return this;
  }

  /** Google Docs convert to PDF only; other files only to their own type. */
  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('File.getAs', [contentType]);
    const d = this._data;
    if (d.mimeType === MimeType.GOOGLE_DOCS) {
      if (contentType !== MimeType.PDF) throw this._ctx.error(`Converting from ${d.mimeType} to ${contentType} is not supported.`);
      return this._ctx.documents._pdf(this._ctx.documents._docs.get(d.id)!);
    }
    if (d.bytes === null) throw this._ctx.error(`The fake cannot export ${d.mimeType} files.`);
    if (contentType !== d.mimeType) throw this._ctx.error(`Converting from ${d.mimeType} to ${contentType} is not supported.`);
    return new FakeBlob(this._ctx, d.bytes.slice(), d.mimeType, d.name);
  }
}
instrument(FakeFile, 'File');

export class FakeDriveApp {
  constructor(readonly _ctx: FakeContext) {}

  private _str(method: string, v: unknown): string {
    if (typeof v !== 'string') throw this._ctx.badArgs(`DriveApp.${method}`, [v]);
    return v;
  }

  getFoldersByName(name: unknown): FakeFolderIterator {
    const folders = this._ctx.drive._foldersNamed(this._str('getFoldersByName', name));
    return new FakeFolderIterator(
      this._ctx,
      folders.map((f) => new FakeFolder(this._ctx, f)),
    );
  }

  createFolder(name: unknown): FakeFolder {
    const n = this._str('createFolder', name);
    return new FakeFolder(this._ctx, this._ctx.drive._newFolder(n, [this._ctx.drive._root.id]));
  }

  getFileById(id: unknown): FakeFile {
    const f = this._ctx.drive._files.get(this._str('getFileById', id));
    if (!f) throw this._ctx.error(NOT_FOUND);
    return new FakeFile(this._ctx, f);
  }

  /** A folder by id, in the trash or not (as Apps Script); an unknown id throws as getFileById does. */
  getFolderById(id: unknown): FakeFolder {
    const f = this._ctx.drive._folders.get(this._str('getFolderById', id));
    if (!f) throw this._ctx.error(NOT_FOUND);
    return new FakeFolder(this._ctx, f);
  }
}
instrument(FakeDriveApp, 'DriveApp');
