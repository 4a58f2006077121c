/**
 * Worksheet names Excel accepts: 1–31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, not the reserved "History", unique ignoring case.
 */
export const MAX_SHEET_NAME = 31;

/** At most `n` UTF-16 units (Excel's measure) without splitting a surrogate pair. */
function cut(s: string, n: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > n) break;
    out += ch;
  }
  return out;
}

export function legalSheetName(title: string): string {
  let s = title
    .replace(/[[\]:*?/\\\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = cut(s, MAX_SHEET_NAME).trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  if (s === '' || s.toLowerCase() === 'history') return 'Scorecard';
  return s;
}

/** A legal name not in `taken`: the title itself, else "title (2)", "title (3)"… cut to fit. */
export function uniqueSheetName(title: string, taken: readonly string[]): string {
  const base = legalSheetName(title);
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = cut(base, MAX_SHEET_NAME - suffix.length).trimEnd();
    const name = head + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
