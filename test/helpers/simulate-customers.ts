import beta from '@stdlib/random-base-beta';
import exponential from '@stdlib/random-base-exponential';
import gamma from '@stdlib/random-base-gamma';

/**
 * Customers drawn from the BG/NBD story (Fader, Hardie & Lee 2005, section 2): each has a
 * purchase rate λ ~ Gamma(r, α) (α a rate) and a dropout probability p ~ Beta(a, b); while
 * active he buys at Poisson rate λ, and after every repeat purchase leaves with probability p.
 * First purchases fall on the days of a 12-week cohort and the calibration ends on day 273,
 * as in CDNOW. With `daily`, purchase times are cut to whole days as a transaction log
 * records them. Seeded (@stdlib generators), so every run draws the same customers.
 */
export function simulateBgNbd(n: number, p: { r: number; alpha: number; a: number; b: number }, seed: number, daily = false) {
  const rg = gamma.factory({ seed });
  const rb = beta.factory({ seed: seed + 1 });
  const re = exponential.factory({ seed: seed + 2 });
  const u = gamma.factory({ seed: seed + 3 });
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // 1 − e^(−E) of an Exp(1) draw is uniform on (0, 1): a first-purchase day in 0..83.
    const firstDay = Math.floor((1 - Math.exp(-u(1, 1))) * 84);
    const Ti = (273 - firstDay) / 7;
    const lambda = rg(p.r, p.alpha);
    const drop = rb(p.a, p.b);
    let t = 0;
    let count = 0;
    let last = 0;
    for (;;) {
      t += lambda > 0 ? re(lambda) : Infinity;
      if (!(t <= Ti)) break;
      const at = daily ? Math.floor(t * 7) / 7 : t;
      if (!daily || at > last) {
        count++;
        last = at;
      }
      if (re(1) < -Math.log(1 - drop)) break; // an Exp(1) draw below −ln(1−p) has probability p
    }
    x[i] = count;
    tx[i] = count > 0 ? last : 0;
    T[i] = Ti;
  }
  return { x, tx, T };
}
