import { isBlank, type Cell } from '../grid';

/** The largest date serial Excel shows: 9999-12-31. */
export const MAX_SERIAL = 2_958_465;
const EPOCH = Date.UTC(1899, 11, 30);

const serialOfYmd = (y: number, m: number, d: number): number | null => {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (y < 1900 || back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((ms - EPOCH) / 86_400_000);
};

/**
 * The whole-day Excel serial (1900 system) of a date cell, or null when the cell is not a date.
 * A sheet gives dates as serial numbers (a time of day is dropped: a day is the unit of the
 * models); a CSV or a text column gives text, read in the unambiguous year-first forms only
 * (2024-12-31, 2024/12/31, 2024.12.31, 20241231, 2024年12月31日, each optionally with a
 * time): 03/04/2024 is March in one country and April in another, so it is refused rather
 * than guessed. A number of eight digits is a yyyymmdd date (the CDNOW log writes them so),
 * as no serial reaches that far.
 */
export function daySerial(c: Cell): number | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : Math.floor((c.getTime() - EPOCH) / 86_400_000);
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) return null;
    if (c >= 1 && c <= MAX_SERIAL) return Math.floor(c);
    if (Number.isInteger(c) && c >= 19_000_101 && c <= 99_991_231) return serialOfYmd(Math.floor(c / 10_000), Math.floor(c / 100) % 100, c % 100);
    return null;
  }
  if (typeof c !== 'string') return null;
  const s = c.trim();
  const m =
    /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (!m) return null;
  return serialOfYmd(Number(m[1]), Number(m[2] ?? m[4] ?? m[6]), Number(m[3] ?? m[5] ?? m[7]));
}

/** ISO text of a whole-day serial, for messages and sheets. */
export function isoOfSerial(serial: number): string {
  return new Date(EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The number an amount cell holds, or null when it holds text. Text from a CSV may carry a
 * currency sign and thousands separators ("$1,234.50", "¥88"); any other text is refused.
 */
export function amountOf(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  if (typeof c !== 'string') return null;
  const m = /^\s*([-+]?)\s*[$¥￥€£]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*$/.exec(c);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const v = Number(`${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`);
  return Number.isFinite(v) ? v : null;
}

/** A customer id as text: 1 and "1" are one customer, as a CSV and a sheet would give them. */
export function idOf(c: Cell): string | null {
  if (isBlank(c)) return null;
  if (typeof c === 'string') return c.trim() === '' ? null : c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  return null;
}

/** A cell as the user sees it, shortened for a message. */
export function shown(c: Cell): string {
  const s = c instanceof Date ? c.toISOString() : typeof c === 'object' && c !== null ? JSON.stringify(c) : String(c);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
