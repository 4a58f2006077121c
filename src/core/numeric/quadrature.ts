/**
 * ∫_0^U exp(lnF(u)) du by tanh-sinh (double-exponential) quadrature (Takahasi & Mori 1974;
 * Bailey, Jeyabalan & Li 2005, "A comparison of three high-precision quadrature schemes"):
 * nodes crowd both ends, so integrands steep or weakly singular there converge as fast as
 * smooth ones. The integrand is given as its logarithm and summed relative to its largest node
 * value, so it may be far outside the range of doubles. Returns ln of the integral.
 *
 * Each level halves the step: its nodes are the previous level's plus the odd multiples of the
 * new step, so only those are evaluated, and the abscissas and weights, which do not depend on
 * the integrand, are computed once for every call.
 */
export function lnIntegral(lnF: (u: number) => number, U: number, relTol = 1e-13): number {
  const half = U / 2;
  const lnHalf = Math.log(half);
  let previous = NaN;
  let top = -Infinity;
  let sum = 0;
  for (let level = 1; level <= MAX_LEVEL; level++) {
    const { onePlus, lnWeight } = nodesOf(level);
    for (let j = 0; j < onePlus.length; j++) {
      const v = lnF(half * onePlus[j]) + lnWeight[j];
      if (!Number.isFinite(v)) continue;
      if (v > top) {
        sum = sum * Math.exp(top - v) + 1;
        top = v;
      } else sum += Math.exp(v - top);
    }
    // The weights above leave out the step h = 2^−level, common to every node of this level.
    const value = top + Math.log(sum) - level * Math.LN2 + lnHalf;
    if (Math.abs(value - previous) <= relTol) return value;
    previous = value;
  }
  return previous;
}

const MAX_LEVEL = 9;

/** The nodes a level adds: 1 + x for x = tanh(π/2 · sinh(kh)), and ln of the weight without h. */
interface Nodes {
  onePlus: Float64Array;
  lnWeight: Float64Array;
}

const LEVELS: Nodes[] = [];

function nodesOf(level: number): Nodes {
  let nodes = LEVELS[level];
  if (nodes) return nodes;
  const h = Math.pow(2, -level);
  const kMax = Math.ceil(3.6 / h);
  const onePlus: number[] = [];
  const lnWeight: number[] = [];
  // Level 1 takes every k; later levels only the odd k, the even ones being earlier nodes.
  for (let k = -kMax; k <= kMax; k += 1) {
    if (level > 1 && k % 2 === 0) continue;
    const q = (Math.PI / 2) * Math.sinh(k * h);
    // 1 + x and 1 − x of x = tanh(q), each without cancellation.
    const plus = 2 / (1 + Math.exp(-2 * q));
    const minus = 2 / (1 + Math.exp(2 * q));
    if (plus === 0 || minus === 0) continue;
    onePlus.push(plus);
    lnWeight.push(Math.log((Math.PI * Math.cosh(k * h)) / 2) - 2 * Math.log(Math.cosh(q)));
  }
  nodes = { onePlus: Float64Array.from(onePlus), lnWeight: Float64Array.from(lnWeight) };
  LEVELS[level] = nodes;
  return nodes;
}
