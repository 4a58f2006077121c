import type { PeriodKind, Tracker } from './model';

/**
 * A tracker made from a template for the year, columns and teams asked (the pane's form and
 * the command line). Another year than the template's starts with no actuals: the sample's
 * figures belong to its own year. Teams keep their order; the result still needs validating.
 */
export interface TrackerChoice {
  year?: number;
  periods?: PeriodKind;
  /** Ids of the template's teams to keep; all when absent. */
  teams?: readonly string[];
}

export function trackerFor(template: Tracker, choice: TrackerChoice): { tracker: Tracker; emptied: boolean } {
  const year = choice.year ?? template.year;
  const emptied = year !== template.year;
  const teams = template.teams
    .filter((t) => !choice.teams || choice.teams.includes(t.id))
    .map((t) => {
      if (!emptied) return t;
      const { lastYear: _lastYear, ...rest } = t;
      void _lastYear;
      return { ...rest, actuals: {} };
    });
  return { tracker: { ...template, year, periods: choice.periods ?? template.periods, teams }, emptied };
}
