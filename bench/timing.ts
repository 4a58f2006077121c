/** Median wall time of `fn` over `repeats` runs after one warm-up, in milliseconds. */
const gc = (globalThis as { gc?: () => void }).gc;

/** Run with --expose-gc (npm run bench does) so each timing starts from a collected heap. */
export function medianMs(fn: () => unknown, repeats = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    gc?.();
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Median of a call of a few milliseconds in steady state: warmed up, and with no forced
 * collection between runs. A forced full collection before each run of a 3 ms fit made it 3–5×
 * slower (V8 drops compiled code and feedback it would keep in use), timing the harness rather
 * than what a user's recalculation costs.
 */
export function steadyMedianMs(fn: () => unknown, repeats = 31, warmups = 10): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/** The same for work that returns a promise (file writers). */
export async function medianMsAsync(fn: () => Promise<unknown>, repeats = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    gc?.();
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
