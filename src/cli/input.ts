/**
 * Input files recognised by their content before exceljs sees them, so a user gets a sentence
 * naming the file and what it is (encrypted, an old .xls, a Word file, damaged) instead of a
 * library's text ("Can't find end of central directory").
 */
import { readFileSync, type Stats, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import type { Lang } from '../core/i18n/messages';
import type { WardGrids } from '../core/parse/parseWard';
import { findMisplacedWardTables } from '../core/parse/renamedTabs';
import { SHEETS } from '../core/schema/sheets';
import { InputError, say } from './messages';
import { workbookGrids } from './xlsx';

/** What a file's first bytes and, for a zip, its entries say it is. */
export type FileKind = 'xlsx' | 'docx' | 'ods' | 'encrypted' | 'xls' | 'oldOffice' | 'damaged' | 'empty' | 'other';

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
/** An OLE compound file names its streams in UTF-16LE in its directory. */
const hasStream = (bytes: Buffer, name: string) => bytes.includes(Buffer.from(name, 'utf16le'));

export function fileKind(bytes: Buffer): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE)) {
    // Excel and Word save a password-protected .xlsx/.docx as an OLE file holding these two streams.
    if (hasStream(bytes, 'EncryptedPackage') || hasStream(bytes, 'EncryptionInfo')) return 'encrypted';
    if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return 'xls';
    return 'oldOffice';
  }
  if (!startsWith(bytes, ZIP)) return 'other';
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    return 'damaged';
  }
  if (zip.file('xl/workbook.xml')) return 'xlsx';
  if (zip.file('word/document.xml')) return 'docx';
  if (/opendocument\.spreadsheet/.test(zip.file('mimetype')?.asText() ?? '')) return 'ods';
  return 'other';
}

const KIND_MESSAGE: Record<Exclude<FileKind, 'xlsx'>, string> = {
  docx: 'fileIsDocx',
  ods: 'fileIsOds',
  encrypted: 'fileEncrypted',
  xls: 'fileIsXls',
  oldOffice: 'fileOldOffice',
  damaged: 'fileDamaged',
  empty: 'fileEmpty',
  other: 'fileNotXlsx',
};

/** The bytes of an input file, or an InputError naming it when it is missing or a folder. */
export function readInputBytes(path: string, lang: Lang): Buffer {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(say('fileMissing', { path }, lang));
  }
  if (stat.isDirectory()) throw new InputError(say('fileIsFolder', { path }, lang));
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(say('fileUnreadable', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, lang));
  }
}

/** An .xlsx workbook read from `path`, or an InputError saying what the file is instead. */
export async function readXlsx(path: string, lang: Lang): Promise<ExcelJS.Workbook> {
  const bytes = readInputBytes(path, lang);
  const kind = fileKind(bytes);
  if (kind !== 'xlsx') throw new InputError(say(KIND_MESSAGE[kind], { path }, lang));
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's own typing asks for its Buffer; Node's is the one it reads.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError(say('fileDamaged', { path }, lang));
  }
  return wb;
}

/** Whether the grids are a ward's: its Cấu hình or Danh mục CLB tab, or one of them renamed. */
export function isWardGrids(grids: WardGrids): boolean {
  if (grids[SHEETS.settings] || grids[SHEETS.clubs]) return true;
  return findMisplacedWardTables(grids).length > 0;
}

export interface WardBook {
  wb: ExcelJS.Workbook;
  grids: WardGrids;
}

/** A ward workbook read from `path`, with its grids; anything else is an InputError naming the file. */
export async function readWardXlsx(path: string, lang: Lang): Promise<WardBook> {
  const wb = await readXlsx(path, lang);
  const grids = workbookGrids(wb);
  if (!isWardGrids(grids)) throw new InputError(say('notWard', { path }, lang));
  return { wb, grids };
}

/** A .docx template read from `path`, or an InputError naming it. */
export function readDocxTemplate(path: string, lang: Lang): Buffer {
  const bytes = readInputBytes(path, lang);
  const kind = fileKind(bytes);
  if (kind === 'docx') return bytes;
  if (kind === 'encrypted' || kind === 'damaged' || kind === 'empty') throw new InputError(say(KIND_MESSAGE[kind], { path }, lang));
  throw new InputError(say('templateNotDocx', { path }, lang));
}
