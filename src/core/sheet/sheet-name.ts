/**
 * Worksheet names Excel accepts: 1–31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, not the reserved "History", unique ignoring case.
 */
export const MAX_SHEET_NAME = 31;

/**
 * At most `n` UTF-16 units (Excel's measure) without splitting a surrogate pair, ending at a
 * word boundary where the text has spaces ("CRM supervisor performance", not "… appr"),
 * unless that would keep less than half of the room. CJK text has no spaces and is cut
 * between characters, each of which is a word boundary there.
 */
function cut(s: string, n: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > n) break;
    out += ch;
  }
  if (out.length === s.length || /\s/.test(s[out.length]) || /\s$/.test(out)) return out.trimEnd();
  const space = out.lastIndexOf(' ');
  return space >= n / 2 ? out.slice(0, space).trimEnd() : out;
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
