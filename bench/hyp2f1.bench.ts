/*
 * The cells of issue 11 where c − a − b of 2F1 is a whole number (the series used to be summed
 * to its cap), each timed against a plain cell measured in the same run: the same CLV with
 * a = 1.6 (no whole number), and one BG/NBD expected-purchases cell with a = 1.6.
 */
import { expectedPurchases } from '../src/core/models/bgnbd';
import { clvBgNbd } from '../src/core/models/clv-bgnbd';
import { sbgDel } from '../src/core/models/sbg';
import { fmt, medianMs } from './timing';

const GG = { p: 6.25, q: 3.74, gamma: 15.44 };

export async function run(log: (line: string) => void): Promise<void> {
  const clvPlain = medianMs(() => clvBgNbd({ r: 0.5, alpha: 1, a: 1.6, b: 2 }, GG, 0, 0, 0.14, 10, 520, 0.002, 1), 15);
  const cellPlain = medianMs(() => {
    for (let i = 0; i < 1000; i++) expectedPurchases({ r: 0.5, alpha: 1, a: 1.6, b: 2 }, 39, 2, 30.43, 38.86);
  }, 15);
  log(`baselines: CLV.BGNBD({0.5,1,1.6,2}, …, 520 periods) ${fmt(clvPlain)}; 1000 × BGNBD.EXPECTED({0.5,1,1.6,2}, 39, …) ${fmt(cellPlain)}`);
  const cells: [string, () => unknown, number, string][] = [
    [
      'CLV.BGNBD({0.5,1,1.5,2}, …, 0, 0, 0.14, 10, 520, 0.002)',
      () => clvBgNbd({ r: 0.5, alpha: 1, a: 1.5, b: 2 }, GG, 0, 0, 0.14, 10, 520, 0.002, 1),
      clvPlain,
      'CLV baseline',
    ],
    [
      'CLV.BGNBD({0.5,0.04,1.5,2}, …, horizon 1200)',
      () => clvBgNbd({ r: 0.5, alpha: 0.04, a: 1.5, b: 2 }, GG, 0, 0, 0.14, 10, 1200, 0.002, 1),
      clvPlain,
      'CLV baseline',
    ],
    [
      '1000 × SBG.DEL({1,1}, 1e-12)',
      () => {
        for (let i = 0; i < 1000; i++) sbgDel({ alpha: 1, beta: 1 }, 1e-12);
      },
      cellPlain,
      'cell baseline',
    ],
    [
      '1000 × BGNBD.EXPECTED({1,1,2,1}, 1e12, 0, 0, 1)',
      () => {
        for (let i = 0; i < 1000; i++) expectedPurchases({ r: 1, alpha: 1, a: 2, b: 1 }, 1e12, 0, 0, 1);
      },
      cellPlain,
      'cell baseline',
    ],
  ];
  for (const [name, fn, base, baseName] of cells) {
    const ms = medianMs(fn, 15);
    log(`  ${name}: ${fmt(ms)} = ${(ms / base).toFixed(2)} × ${baseName}`);
  }
}
