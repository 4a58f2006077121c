import betaln from '@stdlib/math-base-special-betaln';
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * Special functions of the customer models. Log-gamma, log-beta and digamma come from
 * @stdlib (tested implementations with known accuracy); the Gauss hypergeometric function,
 * which @stdlib does not publish as a package, is built here from its series and the
 * transformations of DLMF chapter 15, chosen so that every evaluation costs a bounded
 * number of terms wherever the models use it.
 */
export { betaln, digamma, gammaln };

/**
 * Series terms summed by every 2F1 evaluation since the program started. Tests read it to
 * check the cost of a model function by counting work instead of timing it.
 */
export const hyp2f1Work = { terms: 0 };

/** Largest number of terms of the last-resort plain series (z very close to 1 converges slowly). */
const MAX_TERMS = 2_000_000;
/** Terms allowed to a series tried as an alternative before the next method is tried. */
const TRY_TERMS = 100_000;

interface Sum {
  sum: number;
  /** Largest |term|: a peak far above the sum means digits were lost to cancellation. */
  peak: number;
}

/** Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 < z < 1; NaN when it does not settle. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  return summed(a, b, c, z, MAX_TERMS).sum;
}

function summed(a: number, b: number, c: number, z: number, cap: number): Sum {
  let term = 1;
  let sum = 1;
  let peak = 1;
  // While a + k, b + k or c + k is still negative the terms can shrink and grow again:
  // a small term there does not mean the sum has settled.
  const settled = Math.max(0, -a, -b, -c);
  for (let k = 0; k < cap; k++) {
    hyp2f1Work.terms++;
    term *= (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    const next = sum + term;
    if (Math.abs(term) > peak) peak = Math.abs(term);
    if (term === 0) return { sum: next, peak };
    // A negligible term only ends the sum once the terms shrink: just past c + k = 0 they can
    // be tiny and then grow for hundreds of terms.
    if (k > settled && next === sum && Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(((a + k + 1) * (b + k + 1) * z) / ((c + k + 1) * (k + 2))) < 1)
      return { sum: next, peak };
    sum = next;
    if (!Number.isFinite(sum)) return { sum: NaN, peak };
  }
  return { sum: NaN, peak };
}

/**
 * Largest ratio of cancelled magnitude to result accepted from a transformation: 10^4 keeps
 * about 12 digits. Near a whole c − a − b the two terms of DLMF 15.8.4 grow like 1/distance
 * by construction (each accurate to a few ulps), so there the allowance grows with them.
 */
const MAX_CANCELLATION = 1e4;
const allowedCancellation = (off: number) => Math.max(MAX_CANCELLATION, 30 / Math.abs(off));

/** ln|Γ(x)| and the sign of Γ(x); null at the poles 0, −1, −2, … (where 1/Γ is 0). */
function signedLnGamma(x: number): { ln: number; sign: number } | null {
  if (x <= 0 && Number.isInteger(x)) return null;
  const sign = x > 0 ? 1 : Math.ceil(-x) % 2 === 1 ? -1 : 1;
  return { ln: gammaln(x), sign };
}

/**
 * sign · exp(Σ ln Γ(up) − Σ ln Γ(down)): the gamma-function prefactors of the transformations,
 * combined in logarithms so that large arguments neither overflow nor underflow on the way.
 * 0 when a Γ below sits on a pole; NaN when one above does.
 */
function gammaFactor(up: readonly number[], down: readonly number[]): number {
  let ln = 0;
  let sign = 1;
  for (const x of down) {
    const g = signedLnGamma(x);
    if (g === null) return 0;
    ln -= g.ln;
    sign *= g.sign;
  }
  for (const x of up) {
    const g = signedLnGamma(x);
    if (g === null) return NaN;
    ln += g.ln;
    sign *= g.sign;
  }
  return sign * Math.exp(ln);
}

/** A transformation to w = 1 − z with its gamma factors computed once: (w, ln w) → value and cancelled magnitude. */
type ToW = (w: number, lnw: number) => Sum;

/**
 * The 1 − z transformation when c − a − b = s is not a whole number (DLMF 15.8.4 with
 * 15.10.21; Abramowitz & Stegun 15.3.6):
 * F = Γ(c)Γ(s)/(Γ(c−a)Γ(c−b)) F(a, b; 1−s; w) + w^s Γ(c)Γ(−s)/(Γ(a)Γ(b)) F(c−a, c−b; 1+s; w).
 */
function connection(a: number, b: number, c: number): ToW {
  const s = c - a - b;
  const first = gammaFactor([c, s], [c - a, c - b]);
  const second = gammaFactor([c, -s], [a, b]);
  const none = { sum: 0, peak: 0 };
  // A part's own sum can exceed its largest term: the cancelled magnitude is the larger of the two.
  const size = (f: number, part: Sum) => (f === 0 ? 0 : Math.abs(f) * Math.max(part.peak, Math.abs(part.sum)));
  return (w, lnw) => {
    const two = second === 0 ? 0 : second * Math.exp(s * lnw);
    const p1 = first === 0 ? none : summed(a, b, 1 - s, w, TRY_TERMS);
    const p2 = two === 0 ? none : summed(c - a, c - b, 1 + s, w, TRY_TERMS);
    return { sum: (first === 0 ? 0 : first * p1.sum) + (two === 0 ? 0 : two * p2.sum), peak: size(first, p1) + size(two, p2) };
  };
}

/**
 * The 1 − z transformation when c = a + b + m, m = 0, 1, 2, … (DLMF 15.8.10), where the two
 * terms of the general formula have poles that cancel and leave logarithms and digammas:
 * F/Γ(c) = 1/(Γ(a+m)Γ(b+m)) Σ_{k<m} (a)_k (b)_k (m−k−1)!/k! (−w)^k
 *          − (−w)^m/(Γ(a)Γ(b)) Σ_{k≥0} (a+m)_k (b+m)_k/(k!(k+m)!) w^k
 *              · [ln w − ψ(k+1) − ψ(k+m+1) + ψ(a+k+m) + ψ(b+k+m)].
 * Needs a + m > 0 and b + m > 0 (true wherever it is called).
 */
function degenerate(a: number, b: number, m: number): ToW {
  // The finite sum has m terms: with c far above a + b (c = 1e308 is a valid sBG α + β) it
  // would never end; the plain series converges quickly there and is used instead.
  if (m > TRY_TERMS) return () => ({ sum: NaN, peak: 0 });
  const c = a + b + m;
  const head = m > 0 ? gammaFactor([c, m], [a + m, b + m]) : 0;
  const tail = (m % 2 === 0 ? -1 : 1) * gammaFactor([c], [a, b, m + 1]);
  const psi0 = digamma(a + m) + digamma(b + m) - digamma(1) - digamma(m + 1);
  return (w, lnw) => {
    let sum = 0;
    let peak = 0;
    let term = head;
    for (let k = 0; k < m; k++) {
      hyp2f1Work.terms++;
      sum += term;
      peak = Math.max(peak, Math.abs(term));
      if (k + 1 < m) term *= (((a + k) * (b + k)) / ((k + 1) * (m - k - 1))) * -w;
    }
    const finite = sum;
    term = tail === 0 ? 0 : tail * Math.exp(m * lnw);
    if (term === 0) return { sum, peak };
    // ψ(a+k+m) + ψ(b+k+m) − ψ(k+1) − ψ(k+m+1), stepped by ψ(x+1) = ψ(x) + 1/x.
    let psi = psi0;
    for (let k = 0; k < TRY_TERMS; k++) {
      hyp2f1Work.terms++;
      const t = term * (lnw + psi);
      const next = sum + t;
      peak = Math.max(peak, Math.abs(t));
      if (!Number.isFinite(next)) return { sum: NaN, peak };
      // The bracket tends to ln w < 0 and the ratio of terms to w ≤ 1/2: once a term no longer
      // moves the sum and the terms shrink, the rest cannot move it either.
      const ratio = (((a + m + k) * (b + m + k)) / ((k + 1) * (k + m + 1))) * w;
      if (ratio < 0.9 && (next === sum || t === 0) && Math.abs(term) * (1 + Math.abs(lnw)) <= 1e-17 * Math.abs(next))
        return { sum: next, peak: Math.max(peak, Math.abs(finite) + Math.abs(next - finite)) };
      sum = next;
      term *= ratio;
      psi += 1 / (a + m + k) + 1 / (b + m + k) - 1 / (k + 1) - 1 / (k + m + 1);
    }
    return { sum: NaN, peak };
  };
}

/**
 * c − a − b within this of a whole number: the two terms of the general 1 − z formula grow
 * like 1/distance and cancel, so the value is interpolated in c from the whole number (where
 * DLMF 15.8.10 is exact) and two points NODE away on either side (quadratic interpolation;
 * F is analytic in c). Beyond it the general formula loses at most log10(1/NEAR) digits.
 */
const NEAR = 3e-5;
const NODE = NEAR;
/** Below this the whole number is taken as exact: c − a − b computed in floating point is off by a few ulps. */
const EXACT = 1e-11;

/**
 * F(a, b; c; 1 − w) for 0 < w < 1/2 by a transformation to w, prepared for a, b, c: the
 * value, or null when the transformation would lose too many digits.
 */
function nearOne(a: number, b: number, c: number): (w: number) => number | null {
  const s = c - a - b;
  const m = Math.round(s);
  const off = s - m;
  const c0 = a + b + m;
  const ok = (v: Sum, allowed: number) => Number.isFinite(v.sum) && v.peak <= allowed * Math.abs(v.sum);
  let atWhole: ToW = () => ({ sum: NaN, peak: 0 });
  if (Math.abs(off) < NEAR) {
    if (m >= 0) atWhole = degenerate(a, b, m);
    else {
      // c = (c−a) + (c−b) + |m|: Euler's transformation F = w^{c−a−b} F(c−a, c−b; c; 1−w) (DLMF 15.8.1).
      const reduced = degenerate(c0 - a, c0 - b, -m);
      atWhole = (w, lnw) => {
        const r = reduced(w, lnw);
        const scale = Math.exp(m * lnw);
        return { sum: r.sum * scale, peak: r.peak * scale };
      };
    }
  }
  if (Math.abs(off) <= EXACT)
    return (w) => {
      const v = atWhole(w, Math.log(w));
      return ok(v, MAX_CANCELLATION) ? v.sum : null;
    };
  if (Math.abs(off) >= NEAR) {
    const general = connection(a, b, c);
    const allowed = allowedCancellation(off);
    return (w) => {
      const v = general(w, Math.log(w));
      return ok(v, allowed) ? v.sum : null;
    };
  }
  const below = connection(a, b, c0 - NODE);
  const above = connection(a, b, c0 + NODE);
  const allowed = allowedCancellation(NODE);
  const u = off / NODE;
  // Lagrange weights of the nodes −1, 0, 1 at u.
  const weights = [(u * (u - 1)) / 2, 1 - u * u, (u * (u + 1)) / 2];
  return (w) => {
    const lnw = Math.log(w);
    const nodes = [below(w, lnw), atWhole(w, lnw), above(w, lnw)];
    if (!nodes.every((v, i) => ok(v, i === 1 ? MAX_CANCELLATION : allowed))) return null;
    return weights[0] * nodes[0].sum + weights[1] * nodes[1].sum + weights[2] * nodes[2].sum;
  };
}

const EULER_QUICK = 200;

/**
 * Whether the n-th term of Euler's series Σ (c−a)_k (c−b)_k / ((c)_k k!) z^k is negligible and
 * the terms shrink there, judged from its logarithm in closed form without summing: returns the
 * test for z, with the gamma functions computed once.
 */
function eulerSettles(a: number, b: number, c: number, n: number): (z: number) => boolean {
  const A = c - a;
  const B = c - b;
  if (!(A > 0 && B > 0 && c > 0)) return () => false;
  const lnCoefficient = gammaln(A + n) - gammaln(A) + gammaln(B + n) - gammaln(B) - gammaln(c + n) + gammaln(c) - gammaln(n + 1);
  const shrink = ((A + n) * (B + n)) / ((c + n) * (n + 1));
  return (z) => lnCoefficient + n * Math.log(z) < -45 && shrink * z < 0.9;
}

/**
 * 2F1(a, b; c; z) = Σ_k (a)_k (b)_k / ((c)_k k!) z^k for 0 ≤ z < 1, or z = 1 when c − a − b > 0.
 * Returns NaN when no method converges; callers turn that into an error.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return prepareHyp2f1(a, b, c)(z);
}

/**
 * 2F1 with a, b, c fixed and z varying. The caller may pass w = 1 − z computed from its own
 * quantities (t/(α+T+t) has complement (α+T)/(α+T+t)): near z = 1 that keeps the digits
 * 1 − z would lose. Up to z = 1/2 the series converges at least like 2^−k; above, the value is
 * transformed to w (DLMF 15.8.4, or 15.8.10 when c − a − b is a whole number); where that
 * cancels (large a and b), Euler's transformation (DLMF 15.8.1) is tried, and the plain series
 * is the last resort.
 */
export function prepareHyp2f1(a: number, b: number, c: number): (z: number, w?: number) => number {
  const s = c - a - b;
  // The gamma factors of the transformations are computed on first need: many callers (the
  // Pareto/NBD likelihood, its PMF) prepare one 2F1 per value and evaluate it at small z only.
  let eulerQuick: ((z: number) => boolean) | null = null;
  let toW: ((w: number) => number | null) | null = null;
  return (z, w = 1 - z) => {
    if (z === 0) return 1;
    if (!(z > 0 && z <= 1) || !(w >= 0)) return NaN;
    if (w === 0 || z === 1) return s > 0 ? Math.exp(gammaln(c) + gammaln(s) - gammaln(c - a) - gammaln(c - b)) : NaN;
    if (z <= 0.5) return summed(a, b, c, z, MAX_TERMS).sum;
    eulerQuick ??= eulerSettles(a, b, c, EULER_QUICK);
    toW ??= nearOne(a, b, c);
    const euler = () => {
      const e = summed(c - a, c - b, c, z, TRY_TERMS);
      return Number.isFinite(e.sum) && Math.max(e.peak, 1) <= MAX_CANCELLATION * Math.abs(e.sum) ? Math.exp(s * Math.log(w)) * e.sum : null;
    };
    // With c large beside c − a and c − b (BG/NBD's heavy buyers) Euler's series settles in a
    // few terms and adds no cancellation; elsewhere it is as slow as the plain one near z = 1.
    const quick = eulerQuick(z) ? euler() : null;
    if (quick !== null) return quick;
    const near = toW(w);
    if (near !== null) return near;
    return euler() ?? summed(a, b, c, z, MAX_TERMS).sum;
  };
}
