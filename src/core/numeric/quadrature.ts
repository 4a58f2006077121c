/**
 * ∫_0^U exp(lnF(u)) du by tanh-sinh (double-exponential) quadrature (Takahasi & Mori 1974;
 * Bailey, Jeyabalan & Li 2005, "A comparison of three high-precision quadrature schemes"):
 * nodes crowd both ends, so integrands steep or weakly singular there converge as fast as
 * smooth ones. The integrand is given as its logarithm and summed relative to its largest node
 * value, so it may be far outside the range of doubles. Returns ln of the integral.
 */
export function lnIntegral(lnF: (u: number) => number, U: number, relTol = 1e-13): number {
  const half = U / 2;
  let previous = NaN;
  for (let level = 1; level <= 9; level++) {
    const h = Math.pow(2, -level);
    const kMax = Math.ceil(3.6 / h);
    const logs: number[] = [];
    let top = -Infinity;
    for (let k = -kMax; k <= kMax; k++) {
      const q = (Math.PI / 2) * Math.sinh(k * h);
      // 1 + x and 1 − x of x = tanh(q), each without cancellation.
      const onePlus = 2 / (1 + Math.exp(-2 * q));
      const oneMinus = 2 / (1 + Math.exp(2 * q));
      if (onePlus === 0 || oneMinus === 0) continue;
      const u = half * onePlus;
      const lnWeight = Math.log((h * Math.PI * Math.cosh(k * h)) / 2) - 2 * Math.log(Math.cosh(q)) + Math.log(half);
      const v = lnF(u) + lnWeight;
      if (Number.isFinite(v)) {
        logs.push(v);
        if (v > top) top = v;
      }
    }
    let sum = 0;
    for (const v of logs) sum += Math.exp(v - top);
    const value = top + Math.log(sum);
    if (Math.abs(value - previous) <= relTol) return value;
    previous = value;
  }
  return previous;
}
