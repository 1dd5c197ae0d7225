/** DriveApp: folders and files (Google Docs, the active spreadsheet, and plain blobs). */
import { FakeBlob } from './blob';
import { instrument } from './calls';
import type { FakeContext } from './context';

export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  ZIP: 'application/zip',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
} as const);

export interface FileData {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Content of a plain (non-Google) file; null for Docs and Sheets. */
  bytes: Uint8Array | null;
}

export interface FolderData {
  id: string;
  name: string;
  parents: string[];
  trashed: boolean;
}

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/**
 * Test-side view of Drive (not counted). Name searches include trashed items, as DriveApp's do.
 */
export class FakeDriveStore {
  readonly _files = new Map<string, FileData>();
  readonly _folders = new Map<string, FolderData>();
  readonly _root: FolderData;

  constructor(readonly _ctx: FakeContext) {
    this._root = { id: _ctx.newId('Folder'), name: 'My Drive', parents: [], trashed: false };
    this._folders.set(this._root.id, this._root);
  }

  _newFile(name: string, mimeType: string, parents: string[], bytes: Uint8Array | null): FileData {
    const kind = mimeType === MimeType.GOOGLE_DOCS ? 'Doc' : mimeType === MimeType.GOOGLE_SHEETS ? 'Sheet' : 'File';
    const f: FileData = { id: this._ctx.newId(kind), name, mimeType, parents: [...parents], trashed: false, bytes };
    this._files.set(f.id, f);
    return f;
  }

  _newFolder(name: string, parents: string[]): FolderData {
    const f: FolderData = { id: this._ctx.newId('Folder'), name, parents: [...parents], trashed: false };
    this._folders.set(f.id, f);
    return f;
  }

  get root(): FakeFolder {
    return new FakeFolder(this._ctx, this._root);
  }

  allFiles(): FakeFile[] {
    return [...this._files.values()].map((f) => new FakeFile(this._ctx, f));
  }

  allFolders(): FakeFolder[] {
    return [...this._folders.values()].filter((f) => f !== this._root).map((f) => new FakeFolder(this._ctx, f));
  }

  findFiles(name: string): FakeFile[] {
    return this.allFiles().filter((f) => f._data.name === name);
  }

  findFolders(name: string): FakeFolder[] {
    return this.allFolders().filter((f) => f._data.name === name);
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

abstract class FakeIterator<T> {
  private _i = 0;

  constructor(
    readonly _ctx: FakeContext,
    readonly _items: T[],
  ) {}

  hasNext(): boolean {
    return this._i < this._items.length;
  }

  next(): T {
    if (this._i >= this._items.length) throw this._ctx.error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this._i++]!;
  }
}
instrument(FakeIterator, 'Iterator');

export class FakeFileIterator extends FakeIterator<FakeFile> {}
instrument(FakeFileIterator, 'FileIterator');

export class FakeFolderIterator extends FakeIterator<FakeFolder> {}
instrument(FakeFolderIterator, 'FolderIterator');

/** createFile(blob) or createFile(name, content[, mimeType]). */
function newFile(ctx: FakeContext, method: string, parent: FolderData, args: unknown[]): FakeFile {
  const [a, content, mime] = args;
  if (args.length === 1 && a instanceof FakeBlob) {
    const f = ctx.drive._newFile(a._name ?? 'Untitled', a._contentType ?? MimeType.PLAIN_TEXT, [parent.id], a._bytes.slice());
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
    const f = ctx.drive._newFile(a, mime ?? MimeType.PLAIN_TEXT, [parent.id], new Uint8Array(Buffer.from(content, 'utf8')));
    return new FakeFile(ctx, f);
  }
  throw ctx.badArgs(method, args);
}

export class FakeFolder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: FolderData,
  ) {}

  private _name(method: string, name: unknown): string {
    if (typeof name !== 'string') throw this._ctx.badArgs(`Folder.${method}`, [name]);
    return name;
  }

  private _files(): FakeFile[] {
    return [...this._ctx.drive._files.values()].filter((f) => f.parents.includes(this._data.id)).map((f) => new FakeFile(this._ctx, f));
  }

  private _subfolders(): FakeFolder[] {
    return [...this._ctx.drive._folders.values()].filter((f) => f.parents.includes(this._data.id)).map((f) => new FakeFolder(this._ctx, f));
  }

  getId(): string {
    return this._data.id;
  }

  getName(): string {
    return this._data.name;
  }

  setName(name: unknown): FakeFolder {
    this._data.name = this._name('setName', name);
    return this;
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._data.id}`;
  }

  getParents(): FakeFolderIterator {
    const parents = this._data.parents.map((id) => this._ctx.drive._folders.get(id)).filter((f): f is FolderData => f !== undefined);
    return new FakeFolderIterator(
      this._ctx,
      parents.map((f) => new FakeFolder(this._ctx, f)),
    );
  }

  createFolder(name: unknown): FakeFolder {
    return new FakeFolder(this._ctx, this._ctx.drive._newFolder(this._name('createFolder', name), [this._data.id]));
  }

  createFile(...args: unknown[]): FakeFile {
    return newFile(this._ctx, 'Folder.createFile', this._data, args);
  }

  getFiles(): FakeFileIterator {
    return new FakeFileIterator(this._ctx, this._files());
  }

  getFilesByName(name: unknown): FakeFileIterator {
    const n = this._name('getFilesByName', name);
    return new FakeFileIterator(
      this._ctx,
      this._files().filter((f) => f._data.name === n),
    );
  }

  getFolders(): FakeFolderIterator {
    return new FakeFolderIterator(this._ctx, this._subfolders());
  }

  getFoldersByName(name: unknown): FakeFolderIterator {
    const n = this._name('getFoldersByName', name);
    return new FakeFolderIterator(
      this._ctx,
      this._subfolders().filter((f) => f._data.name === n),
    );
  }

  addFile(file: unknown): FakeFolder {
    if (!(file instanceof FakeFile)) throw this._ctx.badArgs('Folder.addFile', [file]);
    if (!file._data.parents.includes(this._data.id)) file._data.parents.push(this._data.id);
    return this;
  }

  setTrashed(trashed: unknown): FakeFolder {
    if (typeof trashed !== 'boolean') throw this._ctx.badArgs('Folder.setTrashed', [trashed]);
    this._data.trashed = trashed;
    return this;
  }

  isTrashed(): boolean {
    return this._data.trashed;
  }
}
instrument(FakeFolder, 'Folder');

export class FakeFile {
  constructor(
    readonly _ctx: FakeContext,
    readonly _data: FileData,
  ) {}

  private _convert(contentType: string): FakeBlob {
    const d = this._data;
    if (d.mimeType === MimeType.GOOGLE_DOCS) {
      if (contentType !== MimeType.PDF) throw this._ctx.error(`Converting from ${d.mimeType} to ${contentType} is not supported.`);
      return this._ctx.documents._pdf(this._ctx.documents._docs.get(d.id)!);
    }
    if (d.bytes === null) throw this._ctx.error(`The fake cannot export ${d.mimeType} files.`);
    if (contentType !== d.mimeType) throw this._ctx.error(`Converting from ${d.mimeType} to ${contentType} is not supported.`);
    return new FakeBlob(this._ctx, d.bytes.slice(), d.mimeType, d.name);
  }

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

  getUrl(): string {
    const id = this._data.id;
    if (this._data.mimeType === MimeType.GOOGLE_DOCS) return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    if (this._data.mimeType === MimeType.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }

  getMimeType(): string {
    return this._data.mimeType;
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
      this._ctx.documents._register(copy, this._ctx.documents._docs.get(d.id)!.body._clone());
    }
    return new FakeFile(this._ctx, copy);
  }

  moveTo(destination: unknown): FakeFile {
    if (!(destination instanceof FakeFolder)) throw this._ctx.badArgs('File.moveTo', [destination]);
    this._data.parents = [destination._data.id];
    return this;
  }

  getParents(): FakeFolderIterator {
    const parents = this._data.parents.map((id) => this._ctx.drive._folders.get(id)).filter((f): f is FolderData => f !== undefined);
    return new FakeFolderIterator(
      this._ctx,
      parents.map((f) => new FakeFolder(this._ctx, f)),
    );
  }

  getAs(contentType: unknown): FakeBlob {
    if (typeof contentType !== 'string') throw this._ctx.badArgs('File.getAs', [contentType]);
    return this._convert(contentType);
  }

  getBlob(): FakeBlob {
    return this._convert(this._data.mimeType === MimeType.GOOGLE_DOCS ? MimeType.PDF : this._data.mimeType);
  }

  setTrashed(trashed: unknown): FakeFile {
    if (typeof trashed !== 'boolean') throw this._ctx.badArgs('File.setTrashed', [trashed]);
    this._data.trashed = trashed;
    return this;
  }

  isTrashed(): boolean {
    return this._data.trashed;
  }
}
instrument(FakeFile, 'File');

export class FakeDriveApp {
  constructor(readonly _ctx: FakeContext) {}

  private _str(method: string, v: unknown): string {
    if (typeof v !== 'string') throw this._ctx.badArgs(`DriveApp.${method}`, [v]);
    return v;
  }

  getRootFolder(): FakeFolder {
    return new FakeFolder(this._ctx, this._ctx.drive._root);
  }

  getFoldersByName(name: unknown): FakeFolderIterator {
    const n = this._str('getFoldersByName', name);
    return new FakeFolderIterator(this._ctx, this._ctx.drive.findFolders(n));
  }

  getFilesByName(name: unknown): FakeFileIterator {
    const n = this._str('getFilesByName', name);
    return new FakeFileIterator(this._ctx, this._ctx.drive.findFiles(n));
  }

  createFolder(name: unknown): FakeFolder {
    const n = this._str('createFolder', name);
    return new FakeFolder(this._ctx, this._ctx.drive._newFolder(n, [this._ctx.drive._root.id]));
  }

  createFile(...args: unknown[]): FakeFile {
    return newFile(this._ctx, 'DriveApp.createFile', this._ctx.drive._root, args);
  }

  getFileById(id: unknown): FakeFile {
    const f = this._ctx.drive._files.get(this._str('getFileById', id));
    if (!f) throw this._ctx.error(NOT_FOUND);
    return new FakeFile(this._ctx, f);
  }

  getFolderById(id: unknown): FakeFolder {
    const f = this._ctx.drive._folders.get(this._str('getFolderById', id));
    if (!f) throw this._ctx.error(NOT_FOUND);
    return new FakeFolder(this._ctx, f);
  }
}
instrument(FakeDriveApp, 'DriveApp');
