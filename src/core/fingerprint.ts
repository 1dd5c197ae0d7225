/**
 * A short fingerprint of the data a job read, for the Nhật ký: two runs over the same cells show the
 * same 8 hex digits, a changed cell (almost surely) changes them. FNV-1a over the tab names and cell
 * values, in tab-name order; not a security measure. The club-standard line the roll-up writes into
 * club tabs is the add-on's, not data, and is left out.
 */
import { isStandardLine } from './output/clubStandard';
import type { Grid } from './parse/locate';

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, PRIME) >>> 0;
  }
  return h;
}

export function fingerprintGrids(grids: Record<string, Grid>): string {
  let h = OFFSET;
  for (const name of Object.keys(grids).sort()) {
    h = mix(h, `\u0001${name}`);
    for (const row of grids[name]) {
      h = mix(h, '\u0002');
      // Trailing blanks do not change what was read.
      let end = row.length;
      while (end > 0 && (row[end - 1] === '' || row[end - 1] === null || row[end - 1] === undefined)) end--;
      for (let c = 0; c < end; c++) {
        const cell = row[c];
        if (c === 0 && typeof cell === 'string' && isStandardLine(cell)) continue;
        h = mix(mix(h, typeof cell === 'string' ? '\u0003' : '\u0004'), String(cell ?? ''));
      }
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** A 16-hex key of a text (two FNV-1a passes from different offsets), for telling layouts apart; not a security measure. */
export function hashText(text: string): string {
  const a = mix(OFFSET, text);
  const b = mix(mix(OFFSET, '\u0005'), text);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
