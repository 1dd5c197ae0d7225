/**
 * Developer metadata, as the add-on uses it: key/value pairs on the spreadsheet, on a sheet, or on
 * one whole row (which moves when rows are inserted or deleted above it and goes with the row).
 * Found with Spreadsheet.createDeveloperMetadataFinder().withKey(k).find(), Sheet/Range.getDeveloperMetadata().
 * Visibility is not modelled (everything is DOCUMENT-visible); metadata of a deleted sheet goes with it.
 */
import { instrument } from './calls';
import type { FakeContext } from './context';
import type { FakeRange } from './range';
import type { FakeSheet, FakeSpreadsheet } from './spreadsheet';

export interface MetaEntry {
  id: number;
  key: string;
  value: string | null;
  /** null for spreadsheet-level metadata. */
  sheet: FakeSheet | null;
  /** 1-based row for row metadata. */
  row: number | null;
  removed: boolean;
}

const stores = new WeakMap<FakeSpreadsheet, MetaEntry[]>();

/** Every live entry of a spreadsheet (metadata of deleted sheets is gone). */
export function metadataOf(ss: FakeSpreadsheet): MetaEntry[] {
  const all = stores.get(ss) ?? [];
  const live = all.filter((e) => !e.removed && (e.sheet === null || ss._sheets.includes(e.sheet)));
  stores.set(ss, live);
  return live;
}

const KEY_LIMIT = 256;
const TOTAL_LIMIT = 30000;

function parseArgs(ctx: FakeContext, method: string, args: unknown[]): { key: string; value: string | null } {
  const [key, value] = args;
  if (typeof key !== 'string' || (value !== undefined && value !== null && typeof value !== 'string') || args.length > 2)
    throw ctx.badArgs(method, args);
  if (key === '' || key.length > KEY_LIMIT) throw ctx.error(`Invalid argument: key`);
  return { key, value: typeof value === 'string' ? value : null };
}

export function addMetadata(
  ctx: FakeContext,
  ss: FakeSpreadsheet,
  method: string,
  args: unknown[],
  sheet: FakeSheet | null,
  row: number | null,
): void {
  const { key, value } = parseArgs(ctx, method, args);
  const entries = metadataOf(ss);
  const used = entries.reduce((n, e) => n + e.key.length + (e.value?.length ?? 0), 0);
  if (used + key.length + (value?.length ?? 0) > TOTAL_LIMIT)
    throw ctx.error('Exceeded the maximum developer metadata storage for this spreadsheet (30000 characters).');
  entries.push({ id: ctx.next('metadata'), key, value, sheet, row, removed: false });
}

/** Range.addDeveloperMetadata: only on one whole row (Apps Script also allows columns; the add-on uses rows). */
export function addRangeMetadata(range: FakeRange, args: unknown[]): void {
  const sheet = range._sheet;
  if (range._numRows !== 1 || range._col !== 1 || range._numCols !== sheet._maxCols)
    throw range._ctx.error(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  addMetadata(range._ctx, sheet._parent, 'Range.addDeveloperMetadata', args, sheet, range._row);
}

export function sheetMetadata(sheet: FakeSheet): FakeDeveloperMetadata[] {
  return metadataOf(sheet._parent)
    .filter((e) => e.sheet === sheet && e.row === null)
    .map((e) => new FakeDeveloperMetadata(sheet._ctx, sheet._parent, e));
}

/** The metadata located exactly at this range: a whole row's, when the range is that row. */
export function rangeMetadata(range: FakeRange): FakeDeveloperMetadata[] {
  const sheet = range._sheet;
  if (range._numRows !== 1 || range._col !== 1 || range._numCols !== sheet._maxCols) return [];
  return metadataOf(sheet._parent)
    .filter((e) => e.sheet === sheet && e.row === range._row)
    .map((e) => new FakeDeveloperMetadata(sheet._ctx, sheet._parent, e));
}

/** Keeps row metadata on its row when rows are inserted (delta > 0 after `at`) or deleted (delta < 0 from `at`). */
export function shiftRowMetadata(sheet: FakeSheet, at: number, delta: number): void {
  for (const e of metadataOf(sheet._parent)) {
    if (e.sheet !== sheet || e.row === null) continue;
    if (delta > 0 && e.row > at) e.row += delta;
    else if (delta < 0) {
      const last = at - delta - 1;
      if (e.row >= at && e.row <= last) e.removed = true;
      else if (e.row > last) e.row += delta;
    }
  }
}

export class FakeDeveloperMetadata {
  constructor(
    readonly _ctx: FakeContext,
    readonly _ss: FakeSpreadsheet,
    readonly _entry: MetaEntry,
  ) {}

  private _live(): MetaEntry {
    if (!metadataOf(this._ss).includes(this._entry)) throw this._ctx.error('The developer metadata no longer exists.');
    return this._entry;
  }

  getId(): number {
    return this._live().id;
  }

  getKey(): string {
    return this._live().key;
  }

  getValue(): string | null {
    return this._live().value;
  }

  setValue(value: unknown): FakeDeveloperMetadata {
    if (typeof value !== 'string') throw this._ctx.badArgs('DeveloperMetadata.setValue', [value]);
    this._live().value = value;
    return this;
  }

  remove(): void {
    this._live().removed = true;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this._ctx, this._ss, this._live());
  }
}
instrument(FakeDeveloperMetadata, 'DeveloperMetadata');

export class FakeDeveloperMetadataLocation {
  constructor(
    readonly _ctx: FakeContext,
    readonly _ss: FakeSpreadsheet,
    readonly _entry: MetaEntry,
  ) {}

  /** The sheet, for metadata on a sheet; null otherwise. */
  getSheet(): FakeSheet | null {
    return this._entry.sheet !== null && this._entry.row === null ? this._entry.sheet : null;
  }

  /** The whole row, for metadata on a row; null otherwise. */
  getRow(): FakeRange | null {
    const { sheet, row } = this._entry;
    if (sheet === null || row === null) return null;
    return sheet._range(row, 1, 1, sheet._maxCols);
  }
}
instrument(FakeDeveloperMetadataLocation, 'DeveloperMetadataLocation');

export class FakeDeveloperMetadataFinder {
  constructor(
    readonly _ctx: FakeContext,
    readonly _ss: FakeSpreadsheet,
    readonly _key: string | null = null,
  ) {}

  withKey(key: unknown): FakeDeveloperMetadataFinder {
    if (typeof key !== 'string') throw this._ctx.badArgs('DeveloperMetadataFinder.withKey', [key]);
    return new FakeDeveloperMetadataFinder(this._ctx, this._ss, key);
  }

  find(): FakeDeveloperMetadata[] {
    return metadataOf(this._ss)
      .filter((e) => this._key === null || e.key === this._key)
      .map((e) => new FakeDeveloperMetadata(this._ctx, this._ss, e));
  }
}
instrument(FakeDeveloperMetadataFinder, 'DeveloperMetadataFinder');
