import fc from 'fast-check';
import { rfmSummary } from '../../../src/core/models/rfm';

/*
 * RFM's definition (Fader, Hardie & Lee 2005, the CDNOW summary): per customer, in order of first
 * appearance, x = distinct purchase days − 1, t_x = last − first day, T = end − first day, both
 * in units, monetary = mean of the repeat days' totals. Written here from the definition, the
 * slow obvious way, and compared with the summary on shuffled logs: rows out of date order,
 * several rows on one day, fractional day serials (times of day) and rows after the end.
 */
function byDefinition(ids: (string | number)[], days: number[], amounts: number[], end: number, unit: number) {
  const order: (string | number)[] = [];
  const kept = ids.map((_, i) => i).filter((i) => Math.floor(days[i]) <= Math.floor(end));
  for (const i of kept) if (!order.includes(ids[i])) order.push(ids[i]);
  return order.map((id) => {
    const mine = kept.filter((i) => ids[i] === id);
    const distinct = [...new Set(mine.map((i) => Math.floor(days[i])))].sort((a, b) => a - b);
    const repeats = distinct.slice(1);
    const dayTotal = (d: number) => mine.filter((i) => Math.floor(days[i]) === d).reduce((s, i) => s + amounts[i], 0);
    const spend = repeats.reduce((s, d) => s + dayTotal(d), 0);
    return {
      id,
      frequency: repeats.length,
      recency: (distinct[distinct.length - 1] - distinct[0]) / unit,
      T: (Math.floor(end) - distinct[0]) / unit,
      monetary: repeats.length ? spend / repeats.length : 0,
    };
  });
}

test('the summary equals the definition on random logs', () => {
  const row = fc.record({
    id: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom('a', 'b', 'c')),
    day: fc.integer({ min: 45000, max: 45040 }).chain((d) => fc.constantFrom(d, d + 0.25, d + 0.75)),
    amount: fc.integer({ min: 1, max: 500 }).map((c) => c / 4),
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), fc.integer({ min: 45000, max: 45045 }), fc.constantFrom(1, 7, 30.4375), (rows, end, unit) => {
      const ids = rows.map((r) => r.id);
      const days = rows.map((r) => r.day);
      const amounts = rows.map((r) => r.amount);
      if (!days.some((d) => Math.floor(d) <= end)) return;
      const expected = byDefinition(ids, days, amounts, end, unit);
      const got = rfmSummary(ids, days, amounts, end, unit);
      expect(got.map((g) => g.id)).toEqual(expected.map((e) => e.id));
      got.forEach((g, i) => {
        expect(g.frequency).toBe(expected[i].frequency);
        expect(g.recency).toBeCloseTo(expected[i].recency, 12);
        expect(g.T).toBeCloseTo(expected[i].T, 12);
        expect(g.monetary).toBeCloseTo(expected[i].monetary, 9);
      });
    }),
    { numRuns: 300, seed: 2026 },
  );
});

test('with no end date the last day of the log is the end, times of day ignored', () => {
  // a buys on days 10 and 12 (twice on 12, at 09:00 and 18:00), b only on 12.5 (day 12): end = day 12.
  const out = rfmSummary(['a', 'a', 'b', 'a'], [10, 12.375, 12.5, 12.75], [5, 7, 9, 3], null, 1);
  expect(out).toEqual([
    { id: 'a', frequency: 1, recency: 2, T: 2, monetary: 10 },
    { id: 'b', frequency: 0, recency: 0, T: 0, monetary: 0 },
  ]);
});
