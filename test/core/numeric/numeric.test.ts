import { minimize } from '../../../src/core/numeric/minimize';
import { hyp2f1, hyp2f1Series, prepareHyp2f1 } from '../../../src/core/numeric/special';

describe('hyp2f1 against closed forms (Abramowitz & Stegun 15.1.3, 15.1.8, 15.1.20)', () => {
  test.each([0.1, 0.5, 0.9, 0.99])('2F1(1, 1; 2; z) = −ln(1 − z)/z at z = %p', (z) => {
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
  });
  test.each([
    [0.5, 0.3],
    [2.5, 0.7],
  ])('2F1(a, b; b; z) = (1 − z)^−a for a = %p, z = %p', (a, z) => {
    expect(hyp2f1(a, 3.2, 3.2, z)).toBeCloseTo(Math.pow(1 - z, -a), 10);
  });
  test("Gauss's theorem at z = 1: 2F1(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2", () => {
    expect(hyp2f1(1, 1, 3, 1)).toBeCloseTo(2, 12);
  });
  test('outside the domain of the series: NaN, never a wrong number', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN(); // c − a − b = 0 diverges
    expect(hyp2f1(1, 1, 2, -0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 0)).toBe(1);
  });
});

describe('minimize (BFGS)', () => {
  const rosenbrock = (x: readonly number[], g: number[]) => {
    const [a, b] = x;
    g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
    g[1] = 200 * (b - a * a);
    return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
  };
  test('finds the minimum of the Rosenbrock function at (1, 1) from (−1.2, 1)', () => {
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.status).toBe('converged');
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
  });
  test('reports every iteration and stops when the callback says so', () => {
    const seen: number[] = [];
    const r = minimize(rosenbrock, [-1.2, 1], { onIteration: (it) => (seen.push(it.iteration), it.iteration < 3) });
    expect(r.status).toBe('cancelled');
    expect(seen).toEqual([1, 2, 3]);
  });
  test('an objective that is not finite at the start fails instead of returning a point', () => {
    expect(minimize(() => NaN, [0]).status).toBe('failed');
  });
  test('an unbounded objective ends without convergence', () => {
    const r = minimize((x, g) => ((g[0] = -1), -x[0]), [0], { maxIterations: 20 });
    expect(r.status).not.toBe('converged');
  });
});

describe('hyp2f1 above z = 0.6 (the 1 − z transformation, Abramowitz & Stegun 15.3.6)', () => {
  test('agrees with the plain series on parameters of the kind BG/NBD uses', () => {
    // a = r + x, b = b + x, c = a + b + x − 1 over a grid of model parameters and frequencies.
    for (const [r, a, b] of [
      [0.243, 0.793, 2.426],
      [1.5, 3.2, 0.8],
      [0.05, 1.7, 12],
    ])
      for (const x of [0, 1, 7, 40])
        for (const z of [0.65, 0.8, 0.95]) {
          const A = r + x;
          const B = b + x;
          const C = a + b + x - 1;
          const direct = hyp2f1Series(A, B, C, z);
          expect([r, x, z, hyp2f1(A, B, C, z) / direct]).toEqual([r, x, z, expect.closeTo(1, 9)]);
        }
  });
  test('c − a − b a whole number falls back to the series: 2F1(1, 1; 2; 0.9) = −ln(0.1)/0.9', () => {
    expect(prepareHyp2f1(1, 1, 2)(0.9)).toBeCloseTo(-Math.log(0.1) / 0.9, 12);
  });
});
