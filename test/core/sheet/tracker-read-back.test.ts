import { t5KpiTracker, validateTracker } from '../../../src/core/kpi';
import type { CellValue } from '../../../src/core/sheet/plan';
import { readTrackerBack } from '../../../src/core/sheet/tracker-read-back';
import { buildTrackerLayout } from '../../../src/core/sheet/tracker-plan';

const tracker = (() => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
})();
const entry = { linkId: 'back0001', lang: 'en-US' as const, sheetName: 'KPIs', tracker };
const layout = buildTrackerLayout(tracker, 'en-US', 'back0001');

/** The sheet as written, with some cells typed over. */
function sheet(typed: Record<string, CellValue>) {
  const cells = new Map<string, CellValue>();
  for (const x of layout.plan.cells) if (x.value !== undefined) cells.set(`${String.fromCharCode(64 + x.col)}${x.row}`, x.value);
  for (const [a, v] of Object.entries(typed)) cells.set(a, v);
  return (a: string) => cells.get(a) ?? null;
}

test('what the sheet holds as written reads back as the stored tracker', () => {
  const r = readTrackerBack(entry, sheet({}));
  expect(r.skipped).toEqual([]);
  expect(r.tracker).toEqual(tracker);
});

test('typed values are taken; a cleared cell is a value removed; text counts as not entered', () => {
  const csatNov = layout.inputs.actuals.find((a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 11)!.cell;
  const csatOct = layout.inputs.actuals.find((a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 10)!.cell;
  const target = layout.inputs.targets.find((x) => x.kpiId === 'csat')!.cell;
  const r = readTrackerBack(entry, sheet({ [csatNov]: null, [csatOct]: 'n/a', [target]: 0.88 }));
  expect(r.skipped).toEqual([]);
  expect(r.tracker.teams[1].actuals.csat.slice(9, 12)).toEqual([null, null, null]);
  expect(r.tracker.kpis[1].target).toBe(0.88);
});

test('a value the tracker refuses is left out and named; a target that crosses its stored edge goes back too', () => {
  const csatNov = layout.inputs.actuals.find((a) => a.teamId === 'smb' && a.kpiId === 'csat' && a.endMonth === 11)!.cell;
  // Churn is at most 5 % with its warning edge at 7 %: a typed target of 8 % would put the edge below it.
  const churnTarget = layout.inputs.targets.find((x) => x.kpiId === 'churn')!.cell;
  const r = readTrackerBack(entry, sheet({ [csatNov]: 84, [churnTarget]: 0.08 }));
  expect(r.skipped.sort()).toEqual([csatNov, churnTarget].sort());
  expect(r.tracker.teams[1].actuals.csat[10]).toBe(0.84);
  expect(r.tracker.kpis[3].target).toBe(0.05);
});
