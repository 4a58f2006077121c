import type { Tracker } from '../model';
import { t4ServiceTracker } from './t4-service-tracker';
import { t5KpiTracker } from './t5-kpi-tracker';

export { t4ServiceTracker, t5KpiTracker };

/** The built-in KPI trackers: T5's KPIs of the source and T4's service KPIs by month. */
export const BUILT_IN_TRACKERS: readonly Tracker[] = [t5KpiTracker, t4ServiceTracker];

export const trackerById = (id: string): Tracker | undefined => BUILT_IN_TRACKERS.find((t) => t.id === id);
