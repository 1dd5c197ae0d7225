/** Text helpers shared by every table: what people type is normalised before anything compares it. */

/**
 * A bounded memo of a string function: a ward repeats the same texts thousands of times ("Nữ", "Có",
 * a month, a club code, a name read by several rules), and every job reads every cell, so each
 * distinct text is worked out once. Emptied whole when full, so memory stays bounded on any ward.
 */
function memoised(fn: (value: string) => string, limit = 1 << 17): (value: string) => string {
  let cache = new Map<string, string>();
  return (value) => {
    // Half the cells of a ward are blank: no lookup for them.
    if (value === '') return fn(value);
    let out = cache.get(value);
    if (out === undefined) {
      out = fn(value);
      if (cache.size >= limit) cache = new Map();
      cache.set(value, out);
    }
    return out;
  };
}

/** Printable ASCII with single inner spaces and no space at either end: already normal (the common case). */
const PLAIN_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/** NFC, trimmed, inner runs of whitespace collapsed. */
export const normalizeText: (value: string) => string = memoised((value) =>
  PLAIN_ASCII.test(value) ? value : value.normalize('NFC').replace(/\s+/g, ' ').trim(),
);

/** Lower-case, without Vietnamese diacritics: the key used to match headers and spot misspellings. */
export const foldText: (value: string) => string = memoised((value) =>
  normalizeText(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase(),
);

/** A person's identity inside a ward: folded name plus birth year, so "Nguyễn Văn  An" twice is one person. */
export function personKey(name: string, birthYear: number | undefined): string {
  return `${foldText(name)}|${birthYear ?? ''}`;
}

/** Text Sheets would turn into a formula, number or date is written with a leading apostrophe, which Sheets keeps as plain text. */
export function escapeForSheet(value: string): string {
  return /^[=+\-@']/.test(value) || (/\d/.test(value) && /^[\d\s.,%/:-]+$/.test(value)) ? `'${value}` : value;
}
