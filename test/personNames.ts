/**
 * Every person's name a ward's grids hold, read straight from the cells without the core's parser:
 * in each tab, the column under a "Họ và tên", "Người vay" or "Người được tập huấn" header, down to
 * the next section title ("II. …" in column A). The privacy tests look for each of them in what the
 * shared tabs and the default JSON carry.
 */
import type { Cell } from '../src/core/values';

const NAME_HEADERS = ['Họ và tên', 'Người vay', 'Người được tập huấn'];
const SECTION = /^[IVX]+\.\s/;

export function personNames(grids: Record<string, Cell[][]>): string[] {
  const names = new Set<string>();
  for (const grid of Object.values(grids)) {
    grid.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!NAME_HEADERS.includes(String(cell ?? '').trim())) return;
        for (let below = r + 1; below < grid.length && !SECTION.test(String(grid[below]?.[0] ?? '')); below++) {
          const name = String(grid[below]?.[c] ?? '').trim();
          if (/\p{L}+\s+\p{L}+/u.test(name)) names.add(name);
        }
      });
    });
  }
  return [...names];
}

/** Each (name, where) a name turns up in the given texts: what a privacy test expects to be empty. */
export function namesIn(texts: Array<{ where: string; text: string }>, names: string[]): string[] {
  const found: string[] = [];
  for (const { where, text } of texts) for (const name of names) if (text.includes(name)) found.push(`${name} @ ${where}`);
  return found;
}
