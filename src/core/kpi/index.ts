/** KPI trackers: KPIs with targets over the periods of a year, per team (docs/seeds.md T5). */
export * from './model';
export { validateTracker, MAX_TEAM_KPIS } from './validate';
export type { ValidTracker, TrackerValidation } from './validate';
export { columnsOf, dueColumns, isDue, periodLabel, periodName, readingSpan } from './periods';
export type { PeriodColumn } from './periods';
export { trackTracker, trackKpi, statusOf, growthOf, alertsOf, ADVISED_KPIS } from './engine';
export type { TrackerResult, TeamResult, KpiResult, PeriodResult, Alert } from './engine';
export { trackerFor } from './customise';
export type { TrackerChoice } from './customise';
export { BUILT_IN_TRACKERS, trackerById, t5KpiTracker, t4ServiceTracker } from './templates';
export { periodReport } from './report';
export type { PeriodReport, ReportLine } from './report';
export { addKpi, changeKpi, freeKpiId, removeKpi, withActualsOf } from './edit';
