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
  const t = JSON.parse(JSON.stringify(entry.tracker)) as Tracker;
  const num = (cell: string): number | null => {
    const v = valueAt(cell);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  // Only what differs from the stored tracker counts as typed. Every value is taken at once and the tracker validated once; a value validation names (by
  // its path) goes back to what was stored, and the rest is validated again. Validating per
  // cell instead costs thousands of validations on every change the watch hears.
  const paths = new Map<string, { cell: string; undo: () => void }>();
  const take = (path: string, cell: string, apply: () => void, undo: () => void) => {
    apply();
    paths.set(path, { cell, undo });
  };
  t.kpis.forEach((k, i) => {
    const stored = { target: k.target, warning: k.warning };
    for (const f of ['target', 'warning'] as const) {
      const input = layout.inputs[f === 'target' ? 'targets' : 'warnings'].find((x) => x.kpiId === k.id)!;
      const v = num(input.cell);
      if (v !== null && v !== stored[f])
        take(
          `kpis[${i}].${f}`,
          input.cell,
          () => (k[f] = v),
          () => (k[f] = stored[f]),
        );
    }
  });
  for (const what of ['actuals', 'lastYear'] as const)
    for (const { teamId, kpiId, endMonth, cell } of layout.inputs[what]) {
      const ti = t.teams.findIndex((y) => y.id === teamId);
      const team = t.teams[ti];
      const record = (team[what] ??= {});
      const months = (record[kpiId] ??= Array<number | null>(12).fill(null));
      const before = months[endMonth - 1];
      const v = num(cell);
      if (v === before) continue;
      take(
        `teams[${ti}].${what}.${kpiId}[${endMonth - 1}]`,
        cell,
        () => (months[endMonth - 1] = v),
        () => (months[endMonth - 1] = before),
      );
    }
  const skipped: string[] = [];
  const undone = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const r = validateTracker(t);
    if (r.ok) break;
    let back = r.errors.map((e) => e.path).filter((p) => paths.has(p) && !undone.has(p));
    // A rule across two cells (a warning edge beyond its target) names one of them; when that
    // is already back, every typed target and edge goes back.
    if (back.length === 0) back = [...paths.keys()].filter((p) => p.startsWith('kpis[') && !undone.has(p));
    for (const p of back) {
      const x = paths.get(p)!;
      x.undo();
      undone.add(p);
      if (!skipped.includes(x.cell)) skipped.push(x.cell);
    }
  }
  const checked = validateTracker(t);
  // What validation named went back to its stored (valid) value, so this holds.
  if (!checked.ok) throw new Error('read-back made an invalid tracker');
  return { tracker: checked.tracker, layout, skipped };
}
