import type { Tracker } from '../kpi/model';
import { validateTracker, ValidTracker } from '../kpi/validate';
import type { CellValue } from './plan';
import { buildTrackerLayout, TrackerLayout } from './tracker-plan';
import type { StoredTracker } from './tracker-stored';

/**
 * A tracker as its sheet holds it now: the stored definition with the targets, warning edges,
 * actuals and last year's values typed since. A cell that is not a number counts as not
 * entered; a value the tracker would refuse (a percentage typed as 93 rather than 0.93) is
 * left out and named in `skipped`, so the rest is still read.
 */
export interface TrackerReadBack {
  tracker: ValidTracker;
  layout: TrackerLayout;
  skipped: string[];
}

export function readTrackerBack(entry: StoredTracker, valueAt: (cell: string) => CellValue): TrackerReadBack {
  const layout = buildTrackerLayout(entry.tracker, entry.lang, entry.linkId);
  // A tracker is plain JSON; a JSON copy also works in webviews older than structuredClone.
  const copy = (x: Tracker): Tracker => JSON.parse(JSON.stringify(x)) as Tracker;
  const t: Tracker = copy(entry.tracker);
  const num = (cell: string): number | null => {
    const v = valueAt(cell);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const skipped: string[] = [];
  /** Takes a change only when the tracker stays valid with it. */
  const tryTake = (cell: string, apply: (x: Tracker) => void) => {
    const next = copy(t);
    apply(next);
    if (validateTracker(next).ok) apply(t);
    else skipped.push(cell);
  };
  for (const { kpiId, cell } of layout.inputs.targets) {
    const v = num(cell);
    if (v !== null) tryTake(cell, (x) => (x.kpis.find((k) => k.id === kpiId)!.target = v));
  }
  for (const { kpiId, cell } of layout.inputs.warnings) {
    const v = num(cell);
    if (v !== null) tryTake(cell, (x) => (x.kpis.find((k) => k.id === kpiId)!.warning = v));
  }
  for (const what of ['actuals', 'lastYear'] as const)
    for (const { teamId, kpiId, endMonth, cell } of layout.inputs[what]) {
      const v = num(cell);
      tryTake(cell, (x) => {
        const team = x.teams.find((y) => y.id === teamId)!;
        const record = (team[what] ??= {});
        const months = (record[kpiId] ??= Array<number | null>(12).fill(null));
        months[endMonth - 1] = v;
      });
    }
  const checked = validateTracker(t);
  // Every change was taken only while the tracker stayed valid, so this holds.
  if (!checked.ok) throw new Error('read-back made an invalid tracker');
  return { tracker: checked.tracker, layout, skipped };
}
