import { Lang } from '../../../src/core/errors';
import { alertsOf, BUILT_IN_TRACKERS, columnsOf, dueColumns, t5KpiTracker, Tracker, trackTracker, validateTracker, ValidTracker } from '../../../src/core/kpi';
import { inLanguage } from '../../../src/core/vocabulary';

const valid = (t: Tracker): ValidTracker => {
  const r = validateTracker(t);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.tracker;
};
const months = (values: Record<number, number>) => Array.from({ length: 12 }, (_, i) => values[i + 1] ?? null);
const teamOf = (r: ReturnType<typeof trackTracker>, team: string) => r.teams.find((t) => t.team.id === team)!;
const kpiOf = (r: ReturnType<typeof trackTracker>, team: string, kpi: string) => teamOf(r, team).kpis.find((k) => k.kpi.id === kpi)!;

describe('periods', () => {
  test('a quarterly KPI on a monthly tracker is due at the ends of March, June, September and December', () => {
    expect(dueColumns({ review: 'quarterly' }, 'month').map((c) => c.endMonth)).toEqual([3, 6, 9, 12]);
    expect(dueColumns({ review: 'half-yearly' }, 'quarter').map((c) => c.index)).toEqual([1, 3]);
    // Coarser columns than the review: a monthly KPI is read at each column's end.
    expect(dueColumns({ review: 'monthly' }, 'half').map((c) => c.endMonth)).toEqual([6, 12]);
    expect(columnsOf('quarter')).toHaveLength(4);
  });
});

describe('the engine, by hand', () => {
  const t = valid(t5KpiTracker);
  const r = trackTracker(t);

  test('statuses per period follow target and warning edge', () => {
    // SMB renewal: Q1 0.84 < 0.85 but ≥ 0.80 → at risk; Q2 0.86 → on track; Q3 0.85 = target → on track.
    const renewal = kpiOf(r, 'smb', 'renewal');
    expect(renewal.periods.filter((p) => p.due).map((p) => p.status)).toEqual(['atRisk', 'onTrack', 'onTrack', null]);
    // Churn is a ceiling: 0.05 ≤ 0.05 on track; 0.06 ≤ 0.07 at risk; 0.065 at risk.
    expect(
      kpiOf(r, 'smb', 'churn')
        .periods.filter((p) => p.due)
        .map((p) => p.status),
    ).toEqual(['onTrack', 'atRisk', 'atRisk', null]);
  });

  test('latest status and change against the previous reading', () => {
    // SMB CSAT: October 0.86, November 0.84 (below the 0.85 edge) → off track, change −0.02.
    const csat = kpiOf(r, 'smb', 'csat');
    expect(csat.latest?.column.endMonth).toBe(11);
    expect(csat.latest?.status).toBe('offTrack');
    expect(csat.change).toBeCloseTo(0.84 - 0.86, 12);
    // Key accounts churn: Q3 0.05 after Q2 0.045 → change +0.005, still on track at the edge.
    const churn = kpiOf(r, 'key-accounts', 'churn');
    expect(churn.latest?.status).toBe('onTrack');
    expect(churn.change).toBeCloseTo(0.005, 12);
  });

  test('growth KPIs are judged on the same period a year before', () => {
    // CLV H1: 12,400 / 11,000 − 1 = 0.127272727 ≥ 0.10 → on track; H2 not yet entered; one reading, no change.
    const clv = kpiOf(r, 'key-accounts', 'clv');
    const h1 = clv.periods.find((p) => p.column.endMonth === 6)!;
    expect(h1.measure).toBeCloseTo(0.127272727, 9);
    expect(h1.status).toBe('onTrack');
    expect(clv.latest).toBe(h1);
    expect(clv.change).toBeNull();
  });

  test('exactly +10 % is on track despite binary fractions (110 / 100 − 1 rounds to 0.1)', () => {
    const k = { ...t5KpiTracker.kpis[2] };
    const one = valid({
      ...t5KpiTracker,
      kpis: [k],
      teams: [
        { id: 'a', name: { en: 'A', zh: '甲' }, kpis: ['clv'], actuals: { clv: months({ 6: 110, 12: 106 }) }, lastYear: { clv: months({ 6: 100, 12: 100 }) } },
      ],
    });
    const clv = trackTracker(one).teams[0].kpis[0];
    expect(clv.periods.filter((p) => p.due).map((p) => p.status)).toEqual(['onTrack', 'atRisk']);
    // H2: 106 / 100 − 1 = 0.06, between the 0.05 edge and the 0.1 target; change 0.06 − 0.1 = −0.04
    expect(clv.change).toBeCloseTo(-0.04, 9);
  });

  test('the advice note appears for a team with more than three KPIs, in both languages', () => {
    expect(teamOf(r, 'key-accounts').advice).not.toBeNull();
    expect(teamOf(r, 'smb').advice).toBeNull();
    for (const lang of ['en-US', 'zh-CN'] as Lang[]) expect(inLanguage(teamOf(r, 'key-accounts').advice!, lang)).toMatch(/4/);
  });

  test('alerts come worst first: off track before at risk', () => {
    const alerts = alertsOf(r);
    expect(alerts.map((a) => `${a.team.id}/${a.kpi.id}/${a.status}`)).toEqual(['smb/csat/offTrack', 'smb/churn/atRisk']);
    // shortfall of churn: |0.065 − 0.05| / 0.05 = 0.3
    expect(alerts[1].shortfall).toBeCloseTo(0.3, 12);
  });

  test('every built-in tracker is valid', () => {
    for (const x of BUILT_IN_TRACKERS) expect(validateTracker(x).ok).toBe(true);
  });
});

describe('validation', () => {
  const errorsOf = (t: unknown) => {
    const r = validateTracker(t);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  test('a warning edge on the wrong side of its target is refused in both languages', () => {
    const bad = structuredClone(t5KpiTracker);
    bad.kpis[3].warning = 0.04;
    const [e] = errorsOf(bad);
    expect(e.path).toBe('kpis[3].warning');
    expect(e.text.en).toMatch(/at or above the target 0.05/);
    expect(e.text.zh).toMatch(/不低于目标值 0.05/);
  });

  test('values out of place are named with their path', () => {
    const bad = structuredClone(t5KpiTracker);
    bad.teams[1].actuals.renewal[1] = 0.9; // February is not a quarter end
    bad.teams[1].actuals.csat[0] = 93; // 93 instead of 0.93
    bad.teams[1].actuals.clv = months({ 6: 1 }); // the SMB team does not track CLV
    bad.teams[0].lastYear!.clv[5] = 0;
    const paths = errorsOf(bad).map((e) => e.path);
    expect(paths).toEqual(['teams[0].lastYear.clv[5]', 'teams[1].actuals.renewal[1]', 'teams[1].actuals.csat[0]', 'teams[1].actuals.clv']);
  });

  test('unknown KPIs, duplicate ids and a wrong shape are all reported', () => {
    const bad = structuredClone(t5KpiTracker);
    bad.teams[1].kpis.push('nps', 'csat');
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['teams[1].kpis[4]', 'teams[1].kpis[3]']);
    expect(errorsOf({ ...t5KpiTracker, periods: 'week' })[0].path).toBe('periods');
  });
});
