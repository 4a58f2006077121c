import { type FitStage, fitModels, type FittedModels } from './fit-step';
import type { Transactions } from './read-table';
import { score, type Scores } from './score';
import { checkSettings, type CustomerValueSettings, UNIT_DAYS } from './settings';
import { summarise, type Summary } from './summarise';

export interface Analysis {
  settings: CustomerValueSettings;
  /** The calibration end used: the setting, or the table's last date. */
  calibrationEnd: number;
  summary: Summary;
  fit: FittedModels;
  scores: Scores;
}

export type Stage = 'summarise' | FitStage | 'score';

/**
 * read → summarise → fit → score, each step its own module; this runs them in order. `hear`
 * is told each stage as it starts and each fit iteration; returning false from it cancels.
 */
export function analyse(
  t: Transactions,
  lastDay: number,
  settings: CustomerValueSettings,
  hear?: (stage: Stage, iteration: number) => boolean | void,
): Analysis {
  checkSettings(settings);
  const calibrationEnd = settings.calibrationEnd ?? lastDay;
  hear?.('summarise', 0);
  const summary = summarise(t, calibrationEnd, settings.holdoutEnd, UNIT_DAYS[settings.unit]);
  return analyseSummary(summary, settings, hear);
}

/**
 * fit → score on a summary made elsewhere (the command line's database query, summary-sql.ts),
 * with the settings it was made for.
 */
export function analyseSummary(summary: Summary, settings: CustomerValueSettings, hear?: (stage: Stage, iteration: number) => boolean | void): Analysis {
  checkSettings(settings);
  const fit = fitModels(summary, settings.model, hear);
  hear?.('score', 0);
  const scores = score(summary, fit, settings);
  return { settings, calibrationEnd: summary.calibrationEnd, summary, fit, scores };
}
