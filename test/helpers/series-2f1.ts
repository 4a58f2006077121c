/**
 * 2F1(a, b; c; z) by its power series, for |z| < 1: Σ (a)_n (b)_n / ((c)_n n!) zⁿ — the
 * definition (DLMF 15.2.1), summed term by term as a reference for the models' fast 2F1.
 */
export function series2F1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
  }
  return sum;
}
