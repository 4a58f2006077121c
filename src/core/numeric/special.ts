import betaln from '@stdlib/math-base-special-betaln';
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * Special functions of the customer models. Log-gamma, log-beta and digamma come from
 * @stdlib (tested implementations with known accuracy); the Gauss hypergeometric function,
 * which @stdlib does not publish as a package, is summed here from its series.
 */
export { betaln, digamma, gammaln };

/** Largest number of series terms before giving up (z very close to 1 converges slowly). */
const MAX_TERMS = 2_000_000;

/**
 * 2F1(a, b; c; z) = Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z < 1, or z = 1 when c − a − b > 0.
 * Terms are summed until they no longer change the sum in double precision. Returns NaN when
 * the series does not converge within MAX_TERMS; callers turn that into an error.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  if (!(z > 0 && z <= 1) || (z === 1 && !(c - a - b > 0))) return NaN;
  if (z === 1) return Math.exp(gammaln(c) + gammaln(c - a - b) - gammaln(c - a) - gammaln(c - b));
  let term = 1;
  let sum = 1;
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
    const next = sum + term;
    if (next === sum && Math.abs(term) <= 1e-17 * Math.abs(sum)) return next;
    sum = next;
    if (!Number.isFinite(sum)) return NaN;
  }
  return NaN;
}
