import { parseRange } from './a1';
import type { SheetFont } from './fonts';
import type { PlanCell } from './plan';

/**
 * Row heights that fit the text of a plan's cells. Excel fits a row to wrapped text only when
 * asked (AutoFit), and a file's row keeps the height it was written with, so the height the
 * plan gives is the one that prints: it is estimated here from the column widths, counting a
 * CJK character as two digit widths (a full em of an 11-point face against Calibri's 7-pixel
 * digit) and other characters by Calibri's proportions (charWidth), rounded up so that text
 * is never taller than its row.
 */

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

// Han, kana, Hangul, CJK punctuation and full-width forms: set a full em wide.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

const NARROW = /[\s.,:;'!|()[\]ijlrtfI]/;
const BROAD = /[mwMW%@—]/;

/**
 * Width of one character in digit widths of the body face: 2 for CJK (a full em), and for
 * Latin text Calibri's proportions rounded up (a lowercase letter about 0.9 of a digit, i, l,
 * t and punctuation about half, m and w one and a half, capitals a little over one).
 */
export function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 2;
  if (NARROW.test(ch)) return 0.55;
  if (BROAD.test(ch)) return 1.5;
  if (ch >= 'A' && ch <= 'Z') return 1.15;
  return 0.95;
}

/** Width of a text in digit widths of the body face. */
export function textWidth(text: string, latinScale = 1): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : charWidth(ch) * latinScale;
  return w;
}

const CJK = WIDE.source.slice(1, -1);
// One token per CJK character (a line may break after any), per run of other letters, per run of spaces.
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');

/**
 * Lines a text takes in a column `width` characters wide: breaks at spaces and after every
 * CJK character, as Excel wraps, and inside a word only when it is longer than a line.
 * `scale` widens every character (a bigger size, bold); `latinScale` only the non-CJK ones (a
 * CJK face whose Latin letters are wider than Calibri's, while its CJK characters are an em).
 */
export function linesOf(text: string, width: number, scale = 1, latinScale = 1): number {
  // A cell keeps a few pixels of padding on each side.
  const room = Math.max(1, width - 0.7);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(TOKENS) ?? []) {
      const w = textWidth(token, latinScale) * scale;
      // Spaces at the end of a line hang past it.
      if (/^\s/.test(token)) used = Math.min(room, used + w);
      else if (used + w <= room) used += w;
      else if (w <= room) {
        lines++;
        used = w;
      } else {
        // A word longer than a line starts on a line of its own and breaks where lines end.
        if (used > 0) lines++;
        lines += Math.ceil(w / room) - 1;
        used = w - (Math.ceil(w / room) - 1) * room;
      }
    }
  }
  return lines;
}

/**
 * The height each row needs: the tallest of its cells' text at its font size and width
 * (merged blocks count their whole width), at least one line of the body face. Rows without
 * content are left to the default. `fixed` heights win over the estimate.
 */
export function fitRowHeights(
  cells: readonly PlanCell[],
  merges: readonly string[],
  columnWidths: Readonly<Record<number, number>>,
  font: SheetFont,
  defaultWidth = 8.43,
): Record<number, number> {
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of merges) {
    const { top, left, bottom, right } = parseRange(m);
    let w = 0;
    for (let c = left; c <= right; c++) w += columnWidths[c] ?? defaultWidth;
    spans.set(`${top},${left}`, w);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  const heights: Record<number, number> = {};
  for (const cell of cells) {
    if (covered.has(`${cell.row},${cell.col}`)) continue;
    const size = cell.style?.size ?? font.size;
    const line = Math.ceil(((font.lineHeight * size) / font.size) * 4) / 4;
    let lines = 1;
    const text = typeof cell.value === 'string' ? cell.value : '';
    if (cell.style?.wrap && text !== '') {
      const width = spans.get(`${cell.row},${cell.col}`) ?? columnWidths[cell.col] ?? defaultWidth;
      const scale = (size / font.size) * (cell.style.bold ? 1.04 : 1);
      lines = linesOf(text, width, scale, font.widthFactor);
    }
    const h = Math.min(MAX_ROW_HEIGHT, lines * line + (lines > 1 ? 2 : 0));
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, h);
  }
  return heights;
}
