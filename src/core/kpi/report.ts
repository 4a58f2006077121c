import { CrmError, type Text } from '../errors';
import { TRACKER_WORDS, type KpiStatusKey } from '../vocabulary';
import { trackKpi } from './engine';
import type { TrackerKpi, TrackerTeam } from './model';
import { columnsOf, PeriodColumn, periodLabel } from './periods';
import type { ValidTracker } from './validate';

/**
 * The periodic report of a tracker: for one period, each team's KPIs with their status, the
 * change on the previous reading and, for growth KPIs, the growth on the same period a year
 * before, and the action due for every KPI that is not on track.
 *
 * A KPI reviewed less often than the tracker's columns (a quarterly KPI on months) reports its
 * last review at or before the period (May reports March), named in the report, and nothing
 * before its first. The change is the actual minus the previous review's actual, in the KPI's
 * own unit; status and growth are the engine's (engine.ts), so the report says what the
 * tracker sheet says for that period.
 */
export interface ReportLine {
  team: TrackerTeam;
  kpi: TrackerKpi;
  /** The review read, and the one before it; null when there is none yet. */
  column: PeriodColumn | null;
  previous: PeriodColumn | null;
  actual: number | null;
  previousActual: number | null;
  lastYear: number | null;
  change: number | null;
  /** Growth KPIs: actual / last year − 1, rounded as the engine rounds it. */
  yoy: number | null;
  status: KpiStatusKey | null;
  /** The KPI's action, when it is at risk or off track. */
  actionDue: boolean;
}

export interface PeriodReport {
  column: PeriodColumn;
  period: Text;
  lines: ReportLine[];
}

const notAPeriod = (endMonth: number, kinds: Text): Text => ({
  en: `There is no period ending in month ${endMonth} on a tracker of ${kinds.en.toLowerCase()}.`,
  zh: `按${kinds.zh}划分的跟踪表中没有在 ${endMonth} 月结束的期间。`,
});

export function periodReport(t: ValidTracker, endMonth: number): PeriodReport {
  const column = columnsOf(t.periods).find((c) => c.endMonth === endMonth);
  if (!column) throw new CrmError('VALUE', notAPeriod(endMonth, TRACKER_WORDS[t.periods]));
  const byId = new Map(t.kpis.map((k) => [k.id, k]));
  const lines = t.teams.flatMap((team) =>
    team.kpis.map((id): ReportLine => {
      const kpi = byId.get(id)!;
      const due = trackKpi(kpi, team, t.periods).periods.filter((p) => p.due && p.column.endMonth <= endMonth);
      const now = due.at(-1) ?? null;
      const before = due.at(-2) ?? null;
      const actual = now?.actual ?? null;
      const previousActual = before?.actual ?? null;
      const status = now?.status ?? null;
      return {
        team,
        kpi,
        column: now?.column ?? null,
        previous: before?.column ?? null,
        actual,
        previousActual,
        lastYear: now?.lastYear ?? null,
        change: actual !== null && previousActual !== null ? actual - previousActual : null,
        yoy: kpi.direction === 'growth' ? (now?.measure ?? null) : null,
        status,
        actionDue: status === 'atRisk' || status === 'offTrack',
      };
    }),
  );
  return { column, period: periodLabel(t.periods, column), lines };
}
