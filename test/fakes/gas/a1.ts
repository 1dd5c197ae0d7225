/** A1 notation: parsing "'Tab name'!A1:C3", "A:C", "2:5", "$B$2". */

export interface A1Ref {
  /** Unquoted sheet name, or null when the notation has no `Sheet!` prefix. */
  sheetName: string | null;
  /** 1-based bounds; null means open (whole column / whole row / to the end). */
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function columnToNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits off an optional sheet prefix; returns null for text that is not A1 notation. */
export function parseA1(text: string): A1Ref | null {
  let sheetName: string | null = null;
  let rest = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(rest);
  if (quoted) {
    sheetName = quoted[1]!.replace(/''/g, "'");
    rest = quoted[2]!;
  } else {
    const bang = rest.lastIndexOf('!');
    if (bang >= 0) {
      sheetName = rest.slice(0, bang);
      rest = rest.slice(bang + 1);
      if (sheetName === '' || /[' ]/.test(sheetName)) return null;
    }
  }
  const [a, b, extra] = rest.split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = CELL.exec(a);
  const q = b === undefined ? p : CELL.exec(b);
  if (!p || !q) return null;
  const c1 = p[1] ? columnToNumber(p[1]) : null;
  const r1 = p[2] ? Number(p[2]) : null;
  const c2 = q[1] ? columnToNumber(q[1]) : null;
  const r2 = q[2] ? Number(q[2]) : null;
  if (r1 === 0 || r2 === 0) return null;
  if (b === undefined) {
    // A single reference must be a whole cell.
    if (c1 === null || r1 === null) return null;
    return { sheetName, startRow: r1, endRow: r1, startCol: c1, endCol: c1 };
  }
  // Columns: both given ("A1:C3", "A:C") or neither ("2:5").
  if ((c1 === null) !== (c2 === null)) return null;
  // Rows: both given, neither ("A:C"), or only the start ("A2:C", open to the last row).
  if (r1 === null && r2 !== null) return null;
  if (c1 === null && (r1 === null || r2 === null)) return null;
  return {
    sheetName,
    startRow: r1 === null ? null : r2 === null ? r1 : Math.min(r1, r2),
    endRow: r1 === null || r2 === null ? null : Math.max(r1, r2),
    startCol: c1 === null || c2 === null ? null : Math.min(c1, c2),
    endCol: c1 === null || c2 === null ? null : Math.max(c1, c2),
  };
}
