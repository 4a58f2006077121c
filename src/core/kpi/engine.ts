import type { Text } from '../errors';
import { filled, KpiStatusKey, TRACKER_WORDS } from '../vocabulary';
import type { PeriodKind, TrackerKpi, TrackerTeam } from './model';
import { columnsOf, isDue, PeriodColumn } from './periods';
import type { ValidTracker } from './validate';

/**
 * What a tracker says: each KPI's status in each period it is due, its latest status, the
 * change against the previous reading, and for growth KPIs the change on the same period a
 * year before. The generated sheet computes the same with native formulas; the LibreOffice
 * test holds the two together.
 *
 * Status (the shared words of vocabulary.ts): at-least KPIs are on track at or above the
 * target, at risk from the warning edge up, off track below it; at-most KPIs the mirror
 * image; growth KPIs judge (actual / last year − 1), rounded to 9 decimals as the sheet does,
 * so that 110 against 100 is exactly +10 %, like an at-least KPI.
 */
export interface PeriodResult {
  column: PeriodColumn;
  due: boolean;
  actual: number | null;
  lastYear: number | null;
  /** What is judged: the actual, or for growth KPIs the growth on last year. */
  measure: number | null;
  status: KpiStatusKey | null;
}

export interface KpiResult {
  kpi: TrackerKpi;
  periods: PeriodResult[];
  /** The last due period with a measure. */
  latest: PeriodResult | null;
  /** Latest measure minus the one before it (null with fewer than two readings). */
  change: number | null;
}

export interface TeamResult {
  team: TrackerTeam;
  kpis: KpiResult[];
  /** Set when the team tracks more core KPIs than the source advises. */
  advice: Text | null;
}

export interface TrackerResult {
  teams: TeamResult[];
}

/** The source's advice: two or three core KPIs per team (docs/seeds/001, 建议聚焦2-3个核心指标). */
export const ADVISED_KPIS = 3;

export const growthOf = (actual: number, lastYear: number): number => Math.round((actual / lastYear - 1) * 1e9) / 1e9;

export function statusOf(kpi: Pick<TrackerKpi, 'direction' | 'target' | 'warning'>, measure: number): KpiStatusKey {
  if (kpi.direction === 'at-most') return measure <= kpi.target ? 'onTrack' : measure <= kpi.warning ? 'atRisk' : 'offTrack';
  return measure >= kpi.target ? 'onTrack' : measure >= kpi.warning ? 'atRisk' : 'offTrack';
}

function periodsOf(kpi: TrackerKpi, team: TrackerTeam, kind: PeriodKind): PeriodResult[] {
  return columnsOf(kind).map((column) => {
    const due = isDue(kpi, kind, column);
    const at = column.endMonth - 1;
    const actual = due ? (team.actuals[kpi.id]?.[at] ?? null) : null;
    const lastYear = due && kpi.direction === 'growth' ? (team.lastYear?.[kpi.id]?.[at] ?? null) : null;
    const measure = actual === null ? null : kpi.direction !== 'growth' ? actual : lastYear !== null && lastYear > 0 ? growthOf(actual, lastYear) : null;
    return { column, due, actual, lastYear, measure, status: measure === null ? null : statusOf(kpi, measure) };
  });
}

export function trackKpi(kpi: TrackerKpi, team: TrackerTeam, kind: PeriodKind): KpiResult {
  const periods = periodsOf(kpi, team, kind);
  const read = periods.filter((p) => p.measure !== null);
  const latest = read.at(-1) ?? null;
  const before = read.at(-2);
  const change = latest && before ? latest.measure! - before.measure! : null;
  return { kpi, periods, latest, change };
}

export function trackTracker(t: ValidTracker): TrackerResult {
  const byId = new Map(t.kpis.map((k) => [k.id, k]));
  return {
    teams: t.teams.map((team) => ({
      team,
      kpis: team.kpis.map((id) => trackKpi(byId.get(id)!, team, t.periods)),
      advice: team.kpis.length > ADVISED_KPIS ? filled(TRACKER_WORDS.tooManyKpis, { count: team.kpis.length, advised: ADVISED_KPIS }) : null,
    })),
  };
}

/** A KPI at risk or off track in its latest period. */
export interface Alert {
  team: TrackerTeam;
  kpi: TrackerKpi;
  latest: PeriodResult;
  status: 'atRisk' | 'offTrack';
  /** How far the latest measure is from the target, as a share of the target's size (1 when the target is 0). */
  shortfall: number;
}

/** Alerts, worst first: off track before at risk, then the larger shortfall, then sheet order. */
export function alertsOf(result: TrackerResult): Alert[] {
  const out: (Alert & { order: number })[] = [];
  for (const t of result.teams)
    for (const k of t.kpis) {
      const s = k.latest?.status;
      if (!k.latest || (s !== 'atRisk' && s !== 'offTrack')) continue;
      const gap = Math.abs(k.latest.measure! - k.kpi.target);
      out.push({
        team: t.team,
        kpi: k.kpi,
        latest: k.latest,
        status: s,
        shortfall: k.kpi.target === 0 ? gap : gap / Math.abs(k.kpi.target),
        order: out.length,
      });
    }
  out.sort((a, b) => (a.status === b.status ? 0 : a.status === 'offTrack' ? -1 : 1) || b.shortfall - a.shortfall || a.order - b.order);
  return out.map(({ order, ...a }) => (void order, a));
}
