/*
 * Reference text helpers (test only): src/core/text.ts's definitions written out without memo or
 * short cut, for the reference copies in this folder (test/core/fastPath.test.ts).
 */
export const normalizeText = (value: string): string => value.normalize('NFC').replace(/\s+/g, ' ').trim();

export const foldText = (value: string): string =>
  normalizeText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

export function personKey(name: string, birthYear: number | undefined): string {
  return `${foldText(name)}|${birthYear ?? ''}`;
}
