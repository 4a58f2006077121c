import { CrmError } from '../../../src/core/errors';
import { BGNBD } from '../../../src/core/models/bgnbd';
import { fitOnLogScale } from '../../../src/core/models/fit';
import { GAMMA_GAMMA } from '../../../src/core/models/gamma-gamma';
import { parameterOrder } from '../../../src/core/models/parameter-order';
import { SBG } from '../../../src/core/models/sbg';

const failure = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof CrmError ? `${e.kind}: ${e.text.en}` : String(e);
  }
  return 'none';
};

describe('each model owns its parameter order', () => {
  test.each([
    [BGNBD, ['r', 'alpha', 'a', 'b']],
    [GAMMA_GAMMA, ['p', 'q', 'gamma']],
    [SBG, ['alpha', 'beta']],
  ] as const)('%#: names in the documented row order; a fitted row reads back with or without its log-likelihood', (order, names) => {
    expect(order.names).toEqual(names);
    const params = Object.fromEntries(names.map((n, i) => [n, i + 0.5]));
    const row = order.toRow({ params: params as never, logLik: -12.5 });
    expect(row).toEqual([...names.map((_, i) => i + 0.5), -12.5]);
    expect(order.fromRow(row, 'params', 'FIT')).toEqual(params);
    expect(order.fromRow(row.slice(0, -1), 'params', 'FIT')).toEqual(params);
  });

  test('a row of the wrong length is #VALUE! naming the fit; a parameter ≤ 0 is #NUM!', () => {
    expect(failure(() => BGNBD.fromRow([1, 2, 3], 'params', 'CRM.BGNBD.FIT'))).toBe(
      'VALUE: params must be the BG/NBD parameters r, alpha, a, b (the row CRM.BGNBD.FIT returns may be passed whole); got 3 value(s).',
    );
    expect(failure(() => SBG.fromRow([0.7, 0], 'params', 'CRM.SBG.FIT'))).toBe('NUM: The parameter beta must be positive; got 0.');
  });
});

describe('the fitting scaffold', () => {
  // A one-parameter model written as a new model would be: exponential waiting times with rate
  // λ. By hand, ln L = n ln λ − λ Σt, maximised at λ = n / Σt, with ln L there n ln(n/Σt) − n.
  const EXPONENTIAL = parameterOrder<{ lambda: number }>('Exponential', ['lambda']);
  const times = [0.5, 1.5, 2, 4];
  const logLik = (p: { lambda: number }, g: number[]) => {
    const sum = times.reduce((s, t) => s + t, 0);
    g[0] = (times.length / p.lambda - sum) * p.lambda; // ∂/∂ ln λ
    return times.length * Math.log(p.lambda) - p.lambda * sum;
  };

  test('finds the maximum likelihood estimate of a new model (exponential: λ = n / Σt = 0.5)', () => {
    const f = fitOnLogScale(EXPONENTIAL, logLik, times.length, [0]);
    expect(f.params.lambda).toBeCloseTo(0.5, 8);
    expect(f.logLik).toBeCloseTo(4 * Math.log(0.5) - 4, 10);
  });

  test('a likelihood that keeps rising towards the edge is #NUM!, and a cancelled fit says so', () => {
    // ln L = −1/λ rises for ever as λ grows: no maximum.
    const runaway = (p: { lambda: number }, g: number[]) => ((g[0] = 1 / p.lambda), -1 / p.lambda);
    expect(failure(() => fitOnLogScale(EXPONENTIAL, runaway, 1, [0]))).toMatch(/^NUM: The Exponential fit did not converge/);
    expect(failure(() => fitOnLogScale(EXPONENTIAL, logLik, 4, [5], () => false))).toBe('NUM: The Exponential fit was cancelled.');
  });
});
