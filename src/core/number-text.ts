import type { Text } from './language';

/**
 * A number as people type it into the pane: "395000", "395,000", "395 000", "39.5万", "3.2亿",
 * "85%", full-width "４２００００" (Chinese input methods), "-1.5e3". The result is the number
 * the text means to the digit, or a refusal saying why; never a part of the text (Number()
 * reads "395,000" as NaN and parseFloat reads it as 395).
 *
 * Multipliers are applied by moving the decimal point in the digits, not by multiplying, so
 * "14.3%" is 0.143 and not 0.14300000000000002.
 */
export type NumberRead = { ok: true; value: number | null } | { ok: false; text: Text };

export interface NumberReadOptions {
  /**
   * The field already counts in percent (a weight shown as "25 %"): a typed percent sign is
   * allowed and changes nothing. Elsewhere "85%" means 0.85.
   */
  percentField?: boolean;
}

const SCALE: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12, '%': -2 };

// Groups of three after a first group of one to three digits, separated by commas or by
// spaces (ordinary, no-break, narrow no-break): the way both languages write thousands.
const GROUPED = /^(\d{1,3})((?:[, \u00a0\u202f]\d{3})+)(\.\d*)?$/;
const PLAIN = /^(\d*)(\.\d*)?(?:e([+-]?\d+))?$/i;
const WHOLE = /^([+-]?)(.*?)(万亿|万|亿|%)?$/u;

const refusal = (typed: string, why: Text): NumberRead => ({
  ok: false,
  text: {
    en: `“${typed}” is not a number: ${why.en} Type it as 395000, 395,000, 39.5万 or 85%.`,
    zh: `“${typed}”不是数字：${why.zh}请按 395000、395,000、39.5万 或 85% 的形式输入。`,
  },
});

const WHY = {
  grouping: { en: 'thousands are separated in groups of three digits.', zh: '千位分隔符须每三位一组。' },
  characters: { en: 'it holds characters that are not part of a number.', zh: '其中含有非数字的字符。' },
  huge: { en: 'it is too large.', zh: '数值过大。' },
};

/** Digits and a decimal point shifted by `shift` places (positive: larger), as a JS number. */
function shifted(intPart: string, fraction: string, exponent: number): number {
  return Number(`${intPart || '0'}.${fraction || '0'}e${exponent}`);
}

export function readNumber(typed: string, options: NumberReadOptions = {}): NumberRead {
  // NFKC turns full-width digits, signs, commas, points and ％ into their ASCII forms.
  const t = typed.normalize('NFKC').trim().replace(/^[−–]/, '-');
  if (t === '') return { ok: true, value: null };
  const whole = WHOLE.exec(t)!;
  const [, sign, body, unit] = whole;
  const core = body.trim();
  let exponent = unit ? SCALE[unit] : 0;
  if (unit === '%' && options.percentField) exponent = 0;

  let intPart: string;
  let fraction: string;
  const grouped = GROUPED.exec(core);
  if (grouped) {
    intPart = grouped[1] + grouped[2].replace(/[, \u00a0\u202f]/g, '');
    fraction = (grouped[3] ?? '.').slice(1);
  } else {
    const plain = PLAIN.exec(core);
    if (!plain || (plain[1] === '' && (plain[2] ?? '.').length < 2)) {
      return refusal(typed, /[, \u00a0\u202f]/.test(core) && /^[\d., \u00a0\u202f]+$/.test(core) ? WHY.grouping : WHY.characters);
    }
    if (plain[3] !== undefined && unit) return refusal(typed, WHY.characters);
    intPart = plain[1];
    fraction = (plain[2] ?? '.').slice(1);
    exponent += plain[3] !== undefined ? Number(plain[3]) : 0;
  }
  const magnitude = shifted(intPart, fraction, exponent);
  if (!Number.isFinite(magnitude)) return refusal(typed, WHY.huge);
  const value = sign === '-' ? -magnitude : magnitude;
  return { ok: true, value: value === 0 ? 0 : value };
}
