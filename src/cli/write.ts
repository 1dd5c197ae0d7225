/**
 * Every file the command line writes goes to a temporary file in the same folder first and is
 * renamed into place, so a failure (a full disk, no permission) leaves the previous file whole
 * instead of truncated; the rename within one folder is atomic.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Lang } from '../core/i18n/messages';
import { say, WriteError } from './messages';

/** Reasons a user can act on, by Node's error code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'reasonFull',
  EDQUOT: 'reasonFull',
  EACCES: 'reasonDenied',
  EPERM: 'reasonDenied',
  EROFS: 'reasonReadOnly',
  ENOENT: 'reasonNoFolder',
  ENOTDIR: 'reasonNoFolder',
  EISDIR: 'reasonIsFolder',
  EBUSY: 'reasonBusy',
};

export function writeFailure(path: string, error: unknown, lang: Lang): WriteError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ? say(REASONS[code], {}, lang) : code || String((error as Error).message ?? error);
  return new WriteError(say('writeFailed', { path, reason }, lang));
}

/** A name beside `path`, hidden, unique to this process and moment. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}.tmp`);
}

/** Writes `data` to `path` through a temporary file and a rename; on failure the old `path` is untouched. */
export function writeFileAtomic(path: string, data: Uint8Array | string, lang: Lang = 'vi'): void {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw writeFailure(path, error, lang);
  }
}

/** An exceljs workbook written whole into memory first, then atomically to `path`. */
export async function writeWorkbook(wb: ExcelJS.Workbook, path: string, lang: Lang = 'vi'): Promise<void> {
  // In Node, exceljs's buffer is a Node Buffer (a Uint8Array).
  const buffer = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  writeFileAtomic(path, buffer, lang);
}
