/*
 * Customer models against the tools analysts use instead, in the same run (issue 11):
 * - the BG/NBD fit on CDNOW through the built CRM.BGNBD.FIT (dist/functions.js, what Excel
 *   calls, argument conversion included) against an expert SciPy fit: L-BFGS-B on log
 *   parameters with the analytic gradient (bench/baselines/bgnbd_scipy.py);
 * - a whole job on 250,000 simulated customers: transaction log → RFM → BG/NBD fit →
 *   P(alive) and expected purchases in 52 weeks for every customer, through the built
 *   functions and through our core, against pandas + SciPy doing the same;
 * - CLV.BGNBD over the same customers for 52 periods.
 * Python is Debian's /usr/bin/python3 with python3-scipy and python3-pandas; without them the
 * baselines are skipped and said so.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expectedPurchases, fitBgNbd, pAlive } from '../src/core/models/bgnbd';
import { rfmSummary } from '../src/core/models/rfm';
import { column, loadBuiltFunctions } from './built-functions';
import { simulatedLog } from './simulated-log';
import { fmt, steadyMedianMs } from './timing';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'baselines', 'bgnbd_scipy.py');
const CDNOW_SUMMARY = path.join(__dirname, '..', 'test', 'fixtures', 'cdnow', 'cdnow_customers_summary_with_transactions.csv');
const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function python(args: string[]): Record<string, number> | null {
  try {
    return JSON.parse(execFileSync(PYTHON, [SCRIPT, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  } catch {
    return null;
  }
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function run(log: (line: string) => void): Promise<void> {
  const fns = loadBuiltFunctions();

  // CDNOW: the built function against SciPy.
  const rows = fs
    .readFileSync(CDNOW_SUMMARY, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map(Number));
  const [x, tx, T] = [1, 2, 3].map((k) => column(rows.map((r) => r[k])));
  const oursMs = steadyMedianMs(() => fns['BGNBD.FIT'](x, tx, T));
  const fitted = fns['BGNBD.FIT'](x, tx, T)[0] as number[];
  const scipy = python(['fit', CDNOW_SUMMARY]);
  log(
    `CDNOW BG/NBD fit through the built CRM.BGNBD.FIT: ${fmt(oursMs)} (r ${fitted[0].toFixed(4)}, alpha ${fitted[1].toFixed(4)}, a ${fitted[2].toFixed(4)}, b ${fitted[3].toFixed(4)})`,
  );
  if (scipy) log(`  SciPy L-BFGS-B with analytic gradient: ${fmt(scipy.fitMs)} → ours is ${(scipy.fitMs / oursMs).toFixed(1)}× faster (goal ≥ 5×)`);
  else log('  SciPy baseline skipped: /usr/bin/python3 with python3-scipy and python3-pandas is not installed');

  // The whole job at scale.
  const sim = simulatedLog(250_000, CDNOW, 20261202);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-'));
  const csv = path.join(dir, 'log.csv');
  fs.writeFileSync(csv, 'id,day,amount\n' + sim.ids.map((id, i) => `${id},${sim.days[i]},${sim.amounts[i]}`).join('\n') + '\n');
  const horizon = 52;
  log(`A job of 250,000 customers (${sim.ids.length.toLocaleString('en-US')} transactions): RFM → BG/NBD fit → P(alive) and E[purchases in ${horizon} weeks]`);

  let t0 = process.hrtime.bigint();
  const summary = rfmSummary(sim.ids, sim.days, sim.amounts, sim.end, 7);
  const coreRfm = ms(t0);
  const cx = summary.map((r) => r.frequency);
  const ctx = summary.map((r) => r.recency);
  const cT = summary.map((r) => r.T);
  t0 = process.hrtime.bigint();
  const coreFit = fitBgNbd(cx, ctx, cT);
  const coreFitMs = ms(t0);
  t0 = process.hrtime.bigint();
  for (let i = 0; i < cx.length; i++) {
    pAlive(coreFit.params, cx[i], ctx[i], cT[i]);
    expectedPurchases(coreFit.params, horizon, cx[i], ctx[i], cT[i]);
  }
  const coreScore = ms(t0);
  const core = coreRfm + coreFitMs + coreScore;
  log(`  our core: ${fmt(core)} (RFM ${fmt(coreRfm)}, fit ${fmt(coreFitMs)}, scoring ${fmt(coreScore)})`);

  t0 = process.hrtime.bigint();
  const rfm = fns['RFM'](column(sim.ids), column(sim.days), column(sim.amounts), [[sim.end]], [[7]]);
  const builtRfm = ms(t0);
  const [bx, btx, bT] = [1, 2, 3].map((k) => rfm.map((r) => [r[k]]));
  t0 = process.hrtime.bigint();
  const params = [fns['BGNBD.FIT'](bx, btx, bT)[0].slice(0, 4)];
  const builtFit = ms(t0);
  t0 = process.hrtime.bigint();
  fns['PALIVE'](params, bx, btx, bT);
  fns['BGNBD.EXPECTED'](params, [[horizon]], bx, btx, bT);
  const builtScore = ms(t0);
  const built = builtRfm + builtFit + builtScore;
  log(`  the built functions: ${fmt(built)} (CRM.RFM ${fmt(builtRfm)}, CRM.BGNBD.FIT ${fmt(builtFit)}, CRM.PALIVE + CRM.BGNBD.EXPECTED ${fmt(builtScore)})`);

  const py = python(['job', csv, String(horizon), String(sim.end)]);
  if (py) {
    log(`  pandas + SciPy: ${fmt(py.totalMs)} (summary ${fmt(py.summaryMs)}, fit ${fmt(py.fitMs)}, scoring ${fmt(py.scoreMs)})`);
    log(
      `  → built functions ${(py.totalMs / built).toFixed(2)}× and our core ${(py.totalMs / core).toFixed(2)}× the speed of pandas + SciPy (goal ≥ 10× for the built functions)`,
    );
    log(
      `  fitted r ${coreFit.params.r.toFixed(4)} (Python ${py.params !== undefined ? (py.params as unknown as number[])[0].toFixed(4) : '?'}): the same optimum`,
    );
  } else log('  pandas + SciPy baseline skipped: /usr/bin/python3 with python3-scipy and python3-pandas is not installed');

  // CLV over the same customers.
  const mon = column(summary.map((r) => (r.frequency > 0 ? r.monetary : 0)));
  t0 = process.hrtime.bigint();
  fns['CLV.BGNBD'](params, [[6.25, 3.74, 15.44]], bx, btx, bT, mon, [[52]], [[0.0018]], [[1]]);
  const clv = ms(t0);
  log(
    `  CRM.CLV.BGNBD for every customer over 52 periods: ${fmt(clv)}, ${(clv / builtScore).toFixed(1)}× the P(alive) + expected-purchases scoring above (goal within 1 s)`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
