import { addKpi, changeKpi, freeKpiId, removeKpi, t5KpiTracker, validateTracker, withActualsOf } from '../../../src/core/kpi';

const t5 = (() => {
  const r = validateTracker(t5KpiTracker);
  if (!r.ok) throw new Error('invalid');
  return r.tracker;
})();

test('a KPI removed leaves every team, with its actuals and last year’s values', () => {
  const t = removeKpi(t5, 'clv');
  expect(t.kpis.map((k) => k.id)).toEqual(['renewal', 'csat', 'churn']);
  expect(t.teams.map((x) => [x.kpis, Object.keys(x.actuals).sort(), x.lastYear])).toEqual([
    [['renewal', 'csat', 'churn'], ['churn', 'csat', 'renewal'], undefined],
    [['renewal', 'csat', 'churn'], ['churn', 'csat', 'renewal'], undefined],
  ]);
  expect(validateTracker(t).ok).toBe(true);
  // The tracker it was made from is untouched.
  expect(t5.kpis).toHaveLength(4);
});

test('a KPI added is tracked by every team under an id not yet taken, and starts with no actuals', () => {
  expect(freeKpiId(t5)).toBe('kpi');
  const first = addKpi(t5, { ...t5.kpis[1], id: freeKpiId(t5), name: { en: 'NPS', zh: 'NPS' } });
  expect(freeKpiId(first)).toBe('kpi-2');
  expect(first.teams.map((x) => x.kpis.at(-1))).toEqual(['kpi', 'kpi']);
  expect(validateTracker(first).ok).toBe(true);
});

test('the actuals read from the sheet are carried into the edited tracker for the KPIs that stay', () => {
  const typed = JSON.parse(JSON.stringify(t5));
  typed.teams[1].actuals.csat[11] = 0.87;
  const current = validateTracker(typed);
  if (!current.ok) throw new Error('invalid');
  // Edited from an older read, without December: the sheet's December wins.
  const edited = changeKpi(removeKpi(t5, 'churn'), 'csat', { target: 0.88 });
  const merged = withActualsOf(edited, current.tracker);
  expect(merged.teams[1].actuals.csat.slice(10)).toEqual([0.84, 0.87]);
  expect(merged.teams[1].actuals.churn).toBeUndefined();
  expect(merged.teams[0].lastYear?.clv).toEqual(t5.teams[0].lastYear!.clv);
  expect(merged.kpis.find((k) => k.id === 'csat')!.target).toBe(0.88);
});
