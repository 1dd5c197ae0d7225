/** Text helpers shared by every table: what people type is normalised before anything compares it. */

/** NFC, trimmed, inner runs of whitespace collapsed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Lower-case, without Vietnamese diacritics: the key used to match headers and spot misspellings. */
export function foldText(value: string): string {
  return normalizeText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A person's identity inside a ward: folded name plus birth year, so "Nguyễn Văn  An" twice is one person. */
export function personKey(name: string, birthYear: number | undefined): string {
  return `${foldText(name)}|${birthYear ?? ''}`;
}

/** Text Sheets would turn into a formula, number or date is written with a leading apostrophe, which Sheets keeps as plain text. */
export function escapeForSheet(value: string): string {
  return /^[=+\-@']/.test(value) || (/\d/.test(value) && /^[\d\s.,%/:-]+$/.test(value)) ? `'${value}` : value;
}
