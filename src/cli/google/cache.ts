/**
 * The resumable part of a Google run: each ward read is kept as `<cache>/<period>/<spreadsheetId>.json`
 * (written to a temporary file and renamed, so a killed run leaves whole files or none), and a re-run
 * of the same period takes it from there instead of asking the API again. Delete the folder to read
 * the wards afresh.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WardGrids } from '../../core/parse/parseWard';

export interface CachedWard {
  v: 1;
  id: string;
  title: string;
  /** ISO instant of the read. */
  readAt: string;
  grids: WardGrids;
}

/** Spreadsheet ids are letters, digits, - and _; anything else could leave the folder. */
const safeName = (id: string) => /^[\w-]+$/.test(id);

export class WardCache {
  private readonly dir: string;
  constructor(root: string, periodId: string) {
    this.dir = join(root, periodId);
  }

  get folder(): string {
    return this.dir;
  }

  read(id: string): CachedWard | undefined {
    if (!safeName(id)) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(join(this.dir, `${id}.json`), 'utf8')) as CachedWard;
      return parsed.v === 1 && parsed.id === id && parsed.grids && typeof parsed.grids === 'object' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  write(entry: CachedWard): void {
    if (!safeName(entry.id)) return;
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `${entry.id}.json`);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, path);
  }
}
