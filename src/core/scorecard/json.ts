import { CrmError } from '../errors';
import { scorecardMessages as m } from './messages';
import type { Scorecard } from './model';
import { ValidateOptions, validateScorecard, ValidationResult, ValidScorecard } from './validate';

/**
 * Scorecard files: JSON, two-space indented. Import validates the whole file before anything
 * is handed back, so a bad file is rejected with every problem listed and nothing half-loaded;
 * `importScorecard(exportScorecard(card))` gives back `card`, and exporting that again gives
 * the same text.
 */
export function exportScorecard(card: Scorecard): string {
  return JSON.stringify(card, null, 2) + '\n';
}

export function importScorecard(json: string, options: ValidateOptions = {}): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', text: m.notJson(e instanceof Error ? e.message : String(e)) }] };
  }
  return validateScorecard(data, options);
}

/** For callers that prefer a throw: one #VALUE! CrmError whose text lists every problem. */
export function requireValid(result: ValidationResult): ValidScorecard {
  if (result.ok) return result.card;
  const head = m.invalidFile(result.errors.length);
  throw new CrmError('VALUE', {
    en: [head.en, ...result.errors.map((e) => `- ${e.text.en}`)].join('\n'),
    zh: [head.zh, ...result.errors.map((e) => `- ${e.text.zh}`)].join('\n'),
  });
}
