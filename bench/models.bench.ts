/*
 * Customer-model fits. CDNOW (2,357 customers): BG/NBD fit time against the time of one
 * log-likelihood pass over the same (grouped) rows, measured in the same run: the optimiser's
 * cost in passes. Then 1,000,000 customers simulated from the CDNOW estimates on a daily grid:
 * grouping + fit time, and the parameters recovered.
 */
import { bgnbdLogLik, fitBgNbd } from '../src/core/models/bgnbd';
import { groupCustomers } from '../src/core/models/customer-data';
import { fitGammaGamma } from '../src/core/models/gamma-gamma';
import { cdnowSummary } from '../test/core/models/cdnow';
import { simulateBgNbd } from '../test/helpers/simulate-customers';
import { fmt, medianMs } from './timing';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

export async function run(log: (line: string) => void): Promise<void> {
  const s = cdnowSummary();
  const rows = groupCustomers(s.x, s.tx, s.T);
  const fitMs = medianMs(() => fitBgNbd(s.x, s.tx, s.T), 15);
  const passMs = medianMs(() => bgnbdLogLik(CDNOW, rows), 51);
  const gradPassMs = medianMs(() => bgnbdLogLik(CDNOW, rows, [0, 0, 0, 0]), 51);
  const f = fitBgNbd(s.x, s.tx, s.T);
  log(`CDNOW BG/NBD fit (${s.x.length} customers, ${rows.x.length} distinct rows): ${fmt(fitMs)}`);
  log(`  one log-likelihood pass ${fmt(passMs)}; with gradient ${fmt(gradPassMs)}`);
  log(`  fit = ${(fitMs / passMs).toFixed(1)} log-likelihood passes (${f.evaluations} value+gradient evaluations, ${f.iterations} iterations; goal < 150)`);
  log(
    `  r ${f.params.r.toFixed(4)}, alpha ${f.params.alpha.toFixed(4)}, a ${f.params.a.toFixed(4)}, b ${f.params.b.toFixed(4)}, LL ${f.logLik.toFixed(2)} (published 0.243, 4.414, 0.793, 2.426, −9582.4)`,
  );
  const ggMs = medianMs(() => fitGammaGamma(s.x, s.zbar), 15);
  log(`CDNOW Gamma-Gamma fit: ${fmt(ggMs)}`);

  const sim = simulateBgNbd(1_000_000, CDNOW, 20261122, true);
  const t0 = process.hrtime.bigint();
  const grouped = groupCustomers(sim.x, sim.tx, sim.T);
  const t1 = process.hrtime.bigint();
  const big = fitBgNbd(sim.x, sim.tx, sim.T);
  const t2 = process.hrtime.bigint();
  const groupMs = Number(t1 - t0) / 1e6;
  const totalMs = Number(t2 - t1) / 1e6;
  log(`1,000,000 simulated customers (daily grid, grouped into ${grouped.x.length.toLocaleString('en-US')} distinct rows):`);
  log(`  fit including grouping ${fmt(totalMs)} (grouping alone ${fmt(groupMs)}); goal < 2000 ms`);
  log(
    `  recovered r ${big.params.r.toFixed(4)}, alpha ${big.params.alpha.toFixed(3)}, a ${big.params.a.toFixed(4)}, b ${big.params.b.toFixed(3)} (drawn with 0.243, 4.414, 0.793, 2.426)`,
  );
}
