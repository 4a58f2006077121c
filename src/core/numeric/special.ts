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

/** Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 < z < 1; NaN when it does not settle. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  return summed(a, b, c, z).sum;
}

/** The series and its largest term: a peak far above the sum means digits were lost to cancellation. */
function summed(a: number, b: number, c: number, z: number): { sum: number; peak: number } {
  let term = 1;
  let sum = 1;
  let peak = 1;
  // While a + k, b + k or c + k is still negative the terms can shrink and grow again:
  // a small term there does not mean the sum has settled.
  const settled = Math.max(0, -a, -b, -c);
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    const next = sum + term;
    if (Math.abs(term) > peak) peak = Math.abs(term);
    if (term === 0) return { sum: next, peak };
    if (k > settled && next === sum && Math.abs(term) <= 1e-17 * Math.abs(sum)) return { sum: next, peak };
    sum = next;
    if (!Number.isFinite(sum)) return { sum: NaN, peak };
  }
  return { sum: NaN, peak };
}

/** Largest ratio of cancelled magnitude to result accepted from the 1 − z formula (keeps ~10 digits). */
const MAX_CANCELLATION = 1e5;

/** ln|Γ(x)| and the sign of Γ(x); null at the poles 0, −1, −2, … */
function signedLnGamma(x: number): { ln: number; sign: number } | null {
  if (x <= 0 && Number.isInteger(x)) return null;
  const sign = x > 0 ? 1 : Math.ceil(-x) % 2 === 1 ? -1 : 1;
  return { ln: gammaln(x), sign };
}

/** Γ(n1)Γ(n2) / (Γ(d1)Γ(d2)); 0 when a denominator sits on a pole, NaN when a numerator does. */
function gammaRatio(n1: number, n2: number, d1: number, d2: number): number {
  const d = [signedLnGamma(d1), signedLnGamma(d2)];
  if (d[0] === null || d[1] === null) return 0;
  const n = [signedLnGamma(n1), signedLnGamma(n2)];
  if (n[0] === null || n[1] === null) return NaN;
  return n[0].sign * n[1].sign * d[0].sign * d[1].sign * Math.exp(n[0].ln + n[1].ln - d[0].ln - d[1].ln);
}

/** c − a − b this close to a whole number makes the 1 − z formula lose digits: the series is used instead. */
const NEAR_INTEGER = 1e-3;

/**
 * 2F1(a, b; c; z) = Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z < 1, or z = 1 when c − a − b > 0.
 * Above z = 0.6 the series converges slowly, so the linear transformation to 1 − z is used
 * (Abramowitz & Stegun 15.3.6) unless c − a − b is nearly a whole number. Returns NaN when no
 * method converges; callers turn that into an error.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return prepareHyp2f1(a, b, c)(z);
}

/** 2F1 with a, b, c fixed and z varying: the gamma factors of the 1 − z formula are computed once. */
export function prepareHyp2f1(a: number, b: number, c: number): (z: number) => number {
  const s = c - a - b;
  const reflect = Math.abs(s - Math.round(s)) > NEAR_INTEGER;
  const first = reflect ? gammaRatio(c, s, c - a, c - b) : NaN;
  const second = reflect ? gammaRatio(c, -s, a, b) : NaN;
  return (z) => {
    if (z === 0) return 1;
    if (!(z > 0 && z <= 1) || (z === 1 && !(s > 0))) return NaN;
    if (z === 1) return Math.exp(gammaln(c) + gammaln(s) - gammaln(c - a) - gammaln(c - b));
    if (reflect && z > 0.6) {
      const w = 1 - z;
      const one = first === 0 ? { sum: 0, peak: 0 } : summed(a, b, 1 - s, w);
      const scale = second === 0 ? 0 : Math.exp(s * Math.log(w)) * second;
      const two = scale === 0 ? { sum: 0, peak: 0 } : summed(c - a, c - b, 1 + s, w);
      const v = (first === 0 ? 0 : first * one.sum) + (scale === 0 ? 0 : scale * two.sum);
      const magnitude = Math.abs(first === 0 ? 0 : first * one.peak) + Math.abs(scale === 0 ? 0 : scale * two.peak);
      if (Number.isFinite(v) && magnitude <= MAX_CANCELLATION * Math.abs(v)) return v;
    }
    return hyp2f1Series(a, b, c, z);
  };
}
