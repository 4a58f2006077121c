/*
 * KPI trackers at size: 12 KPIs × 20 teams by month (2,880 actual cells). Times what the KPI
 * watch does on every change in Excel (read back what the sheet holds, then the engine) and
 * the plan, each as a ratio to a baseline measured in the same run: validating the tracker once.
 */
import { t5KpiTracker, trackTracker, Tracker, validateTracker, ValidTracker } from '../src/core/kpi';
import { buildTrackerLayout } from '../src/core/sheet/tracker-plan';
import { readTrackerBack } from '../src/core/sheet/tracker-read-back';
import { fmt, medianMs } from './timing';

function large(): ValidTracker {
  const base = t5KpiTracker.kpis.filter((k) => k.direction !== 'growth');
  const kpis = Array.from({ length: 12 }, (_, i) => ({ ...base[i % base.length], id: `k${i}`, review: 'monthly' as const }));
  const t: Tracker = {
    ...t5KpiTracker,
    kpis,
    teams: Array.from({ length: 20 }, (_, j) => ({
      id: `t${j}`,
      name: { en: `Team ${j}`, zh: `团队${j}` },
      kpis: kpis.map((k) => k.id),
      actuals: Object.fromEntries(kpis.map((k, i) => [k.id, Array.from({ length: 12 }, (_, m) => 0.8 + ((i + j + m) % 10) / 100)])),
    })),
  };
  const r = validateTracker(t);
  if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
  return r.tracker;
}

export async function run(log: (line: string) => void): Promise<void> {
  const t = large();
  const layout = buildTrackerLayout(t, 'en-US', 'bench001');
  const values = new Map<string, number>();
  for (const a of layout.inputs.actuals) values.set(a.cell, t.teams.find((x) => x.id === a.teamId)!.actuals[a.kpiId][a.endMonth - 1]!);
  // One cell typed wrong (93 for 93 %), as the watch meets it.
  values.set(layout.inputs.actuals[5].cell, 93);
  const entry = { linkId: 'bench001', lang: 'en-US' as const, sheetName: 'KPIs', tracker: t };
  const baseline = medianMs(() => validateTracker(t));
  const plan = medianMs(() => buildTrackerLayout(t, 'en-US', 'bench001'));
  const watch = medianMs(() => trackTracker(readTrackerBack(entry, (c) => values.get(c) ?? null).tracker), 3);
  log(`baseline: validate a tracker of ${layout.inputs.actuals.length} actuals once: ${fmt(baseline)}`);
  log(`sheet plan: ${fmt(plan)} (${(plan / baseline).toFixed(1)}× the baseline)`);
  log(`watch after a change (read back + engine): ${fmt(watch)} (${(watch / baseline).toFixed(1)}× the baseline)`);
}
