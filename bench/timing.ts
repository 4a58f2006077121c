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
