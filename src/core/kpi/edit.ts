import type { Tracker, TrackerKpi } from './model';
import type { ValidTracker } from './validate';

/**
 * Edits of a tracker that already has a sheet: KPIs added, removed or changed (target, warning
 * edge, owner, action). A KPI removed takes its actuals with it, since nothing would show them; a KPI
 * added is tracked by every team and starts with none. Editing never loses what was typed for
 * a KPI that stays: `withActualsOf` carries the actuals of the sheet as it is read just before
 * it is rewritten into the edited tracker.
 */
const copy = (t: Tracker): Tracker => JSON.parse(JSON.stringify(t)) as Tracker;

export function removeKpi(t: Tracker, id: string): Tracker {
  const out = copy(t);
  out.kpis = out.kpis.filter((k) => k.id !== id);
  for (const team of out.teams) {
    team.kpis = team.kpis.filter((k) => k !== id);
    delete team.actuals[id];
    if (team.lastYear) {
      delete team.lastYear[id];
      if (Object.keys(team.lastYear).length === 0) delete team.lastYear;
    }
  }
  return out;
}

/** A KPI id not yet taken: `kpi`, `kpi-2`, … */
export function freeKpiId(t: Tracker, base = 'kpi'): string {
  const taken = new Set(t.kpis.map((k) => k.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addKpi(t: Tracker, kpi: TrackerKpi): Tracker {
  const out = copy(t);
  out.kpis.push(kpi);
  for (const team of out.teams) team.kpis.push(kpi.id);
  return out;
}

export function changeKpi(t: Tracker, id: string, change: Partial<Pick<TrackerKpi, 'target' | 'warning' | 'action' | 'name' | 'owner'>>): Tracker {
  const out = copy(t);
  out.kpis = out.kpis.map((k) => (k.id === id ? { ...k, ...change } : k));
  return out;
}

/** The edited tracker with the actuals (and last year's values) `current` holds for every team and KPI both have. */
export function withActualsOf(edited: Tracker, current: ValidTracker): Tracker {
  const out = copy(edited);
  for (const team of out.teams) {
    const now = current.teams.find((x) => x.id === team.id);
    if (!now) continue;
    for (const id of team.kpis) {
      if (now.actuals[id]) team.actuals[id] = [...now.actuals[id]];
      const growth = out.kpis.find((k) => k.id === id)?.direction === 'growth';
      if (growth && now.lastYear?.[id]) (team.lastYear ??= {})[id] = [...now.lastYear[id]];
    }
  }
  return out;
}
