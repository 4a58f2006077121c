/** Text inside generated formulas and cells. */

/** A string literal for a formula: "say ""hi""" for say "hi". */
export const formulaString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Spreadsheets read text starting with these characters as a formula when it is typed or
 * pasted; names and notes from a scorecard must never become one.
 */
export const looksLikeFormula = (s: string): boolean => /^[=+\-@]/.test(s);

/** A number as a formula constant: shortest exact form, never exponent-free garbage. */
export const formulaNumber = (x: number): string => {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return String(x);
};
