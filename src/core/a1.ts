/** Column letters and A1 addresses (1-based rows and columns). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function toA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function parseA1(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`Not an A1 address: ${a1}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
