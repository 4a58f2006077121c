/*
 * BG/BB and the holdout checks. Each figure is a ratio against a baseline measured in the same
 * run: the BG/BB fit against one log-likelihood pass over its rows (the optimiser's cost in
 * passes), on the donations table and on 100,000 simulated customers with 52 weekly
 * opportunities (many more distinct histories, each with up to 53 terms); the holdout split
 * against CRM.RFM's summary of the same log; the tracking plot against one conditional
 * expectation per customer.
 */
import beta from '@stdlib/random-base-beta';
import { bgbbLogLik, fitBgBb, groupBgbb } from '../src/core/models/bgbb';
import { expectedPurchases, fitBgNbd } from '../src/core/models/bgnbd';
import { unconditionalCurve } from '../src/core/models/bgnbd-unconditional';
import { rfmSummary } from '../src/core/models/rfm';
import { rfmHoldout } from '../src/core/models/rfm-holdout';
import { trackingPlot } from '../src/core/models/tracking';
import { cdnowSummary, cdnowTransactions, serialOf } from '../test/core/models/cdnow';
import { donations } from '../test/core/models/donations';
import { fmt, medianMs } from './timing';

const PAPER = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };

/** Customers drawn from the BG/BB story: p ~ Beta(α, β), θ ~ Beta(γ, δ), n opportunities each. */
function simulate(count: number, n: number, seed: number) {
  const rb = beta.factory({ seed });
  const x: number[] = [];
  const tx: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = rb(PAPER.alpha, PAPER.beta);
    const theta = rb(PAPER.gamma, PAPER.delta);
    let xi = 0;
    let last = 0;
    for (let t = 1; t <= n; t++) {
      if (rb(1, 1) < theta) break;
      if (rb(1, 1) < p) {
        xi++;
        last = t;
      }
    }
    x.push(xi);
    tx.push(last);
  }
  return { x, tx, n: x.map(() => n) };
}

export async function run(log: (line: string) => void): Promise<void> {
  const d = donations();
  const rows = groupBgbb(d.x, d.tx, d.n, d.count);
  const fitMs = medianMs(() => fitBgBb(d.x, d.tx, d.n, d.count), 15);
  const passMs = medianMs(() => bgbbLogLik(PAPER, rows, [0, 0, 0, 0]), 51);
  const f = fitBgBb(d.x, d.tx, d.n, d.count);
  log(
    `donations BG/BB fit (11,104 supporters, ${rows.x.length} rows): ${fmt(fitMs)} = ${(fitMs / passMs).toFixed(1)} passes with gradient (${f.evaluations} evaluations)`,
  );

  const sim = simulate(100_000, 52, 20261122);
  const simRows = groupBgbb(sim.x, sim.tx, sim.n);
  const simFitMs = medianMs(() => fitBgBb(sim.x, sim.tx, sim.n), 3);
  const simPassMs = medianMs(() => bgbbLogLik(PAPER, simRows, [0, 0, 0, 0]), 11);
  const g = fitBgBb(sim.x, sim.tx, sim.n).params;
  log(
    `100,000 simulated customers, 52 opportunities (${simRows.x.length} distinct histories): fit ${fmt(simFitMs)} = ${(simFitMs / simPassMs).toFixed(1)} passes`,
  );
  log(`  recovered ${g.alpha.toFixed(3)}, ${g.beta.toFixed(3)}, ${g.gamma.toFixed(3)}, ${g.delta.toFixed(3)} (drawn with 1.204, 0.750, 0.657, 2.783)`);

  const t = cdnowTransactions();
  const cal = serialOf('19970930');
  const hold = serialOf('19980630');
  const rfmMs = medianMs(() => rfmSummary(t.id, t.date, t.amount, cal, 7), 15);
  const splitMs = medianMs(() => rfmHoldout(t.id, t.date, t.amount, cal, hold, 7), 15);
  log(`CDNOW holdout split: ${(splitMs / rfmMs).toFixed(2)} × CRM.RFM's summary of the same log (${fmt(splitMs)})`);

  const s = cdnowSummary();
  const bg = fitBgNbd(s.x, s.tx, s.T).params;
  const perCustomerMs = medianMs(() => s.x.forEach((x, i) => expectedPurchases(bg, 39, x, s.tx[i], s.T[i])), 7);
  const trackingMs = medianMs(() => trackingPlot(t.id, t.date, cal, hold, 7, unconditionalCurve(bg)), 7);
  log(`CDNOW 78-week tracking plot: ${(trackingMs / perCustomerMs).toFixed(2)} × one BGNBD.EXPECTED per customer (${fmt(trackingMs)})`);
}
