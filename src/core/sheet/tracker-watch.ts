import type { Text } from '../errors';
import type { ValidTracker } from '../kpi/validate';
import { alertsOf, trackTracker } from '../kpi/engine';
import { periodLabel } from '../kpi/periods';
import type { CellValue } from './plan';
import { readTrackerBack } from './tracker-read-back';
import type { StoredTracker } from './tracker-stored';

/**
 * The KPI watch of one tracker sheet: its KPIs at risk or off track in their latest period,
 * worst first (alertsOf), each with the action the tracker names and the cell of its latest
 * status, computed from what the sheet holds now (readTrackerBack), so that it follows what is
 * typed whether or not the spreadsheet has recalculated.
 */
export interface WatchAlert {
  team: Text;
  kpi: Text;
  status: 'atRisk' | 'offTrack';
  period: Text;
  action: Text;
  owner: Text;
  /** The latest-status cell on the sheet, for a link that selects it. */
  cell: string;
}

export interface TrackerWatch {
  /** The sheet's current name. */
  sheet: string;
  title: Text;
  year: number;
  alerts: WatchAlert[];
  /** Cells holding values the tracker refuses (a percentage typed as 93), left out of the watch. */
  skipped: string[];
  /** The tracker as the sheet holds it now (the actuals typed since it was written), for its report. */
  tracker: ValidTracker;
}

export function watchTracker(entry: StoredTracker, sheet: string, valueAt: (cell: string) => CellValue): TrackerWatch {
  const { tracker, layout, skipped } = readTrackerBack(entry, valueAt);
  const alerts = alertsOf(trackTracker(tracker)).map((a) => ({
    team: a.team.name,
    kpi: a.kpi.name,
    status: a.status,
    period: periodLabel(tracker.periods, a.latest.column),
    action: a.kpi.action,
    owner: a.kpi.owner,
    cell: layout.outputs.latest.find((x) => x.teamId === a.team.id && x.kpiId === a.kpi.id)!.status,
  }));
  return { sheet, title: tracker.title, year: tracker.year, alerts, skipped, tracker };
}

/** Reads a sheet's values (row by row from A1) by address. */
export const valuesAt =
  (values: readonly (readonly CellValue[])[]) =>
  (cell: string): CellValue => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return null;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return values[Number(m[2]) - 1]?.[col - 1] ?? null;
  };
