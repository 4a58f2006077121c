import type { Text } from '../../core/errors';
import { readNumber } from '../../core/number-text';
import { Criterion, ruleOf } from '../../core/scorecard';
import { scorecardMessages } from '../../core/scorecard/messages';

/** What a number field does with its text: takes a value (null: emptied), or refuses it and says why. */
export type FieldRead = { ok: true; value: number | null } | { ok: false; problem: Text };

export interface FieldReadOptions {
  /** The field counts in percent: a typed percent sign changes nothing. */
  percentField?: boolean;
  /** Why a complete number cannot be taken here (beyond a rating's scale), or null. */
  check?: (v: number) => Text | null;
  /** The value the field keeps when it refuses, named in the message. */
  current: number | null;
}

/** The refusal as the field words it: why, and what it keeps instead. */
function keeping(why: Text, current: number | null): Text {
  const old = current === null ? { en: 'empty', zh: '空' } : { en: String(current), zh: String(current) };
  return { en: `${why.en} The field keeps ${old.en}.`, zh: `${why.zh}该字段保持为 ${old.zh}。` };
}

/**
 * Every number field of the pane reads its text here, through the one parser
 * (src/core/number-text.ts): a form's NumberInput and a cell of the ratings grid say the same
 * thing about the same text.
 */
export function readField(text: string, options: FieldReadOptions): FieldRead {
  const r = readNumber(text, { percentField: options.percentField });
  if (!r.ok) return { ok: false, problem: keeping(r.text, options.current) };
  const refused = r.value === null ? null : (options.check?.(r.value) ?? null);
  if (refused) return { ok: false, problem: keeping(refused, options.current) };
  return { ok: true, value: r.value };
}

/** The refusal of a rating beyond its criterion's scale, named by the criterion, as imports word it. */
export function ratingCheck(criterion: Criterion): ((v: number) => Text | null) | undefined {
  const accepts = ruleOf(criterion.scoring).accepts(criterion.scoring);
  const bounds = accepts.kind === 'number' ? accepts.bounds : undefined;
  if (!bounds) return undefined;
  return (v) => {
    if (v >= bounds.min && v <= bounds.max) return null;
    const beyond = scorecardMessages.beyondScale(v, bounds.min, bounds.max);
    return { en: `${criterion.name.en}: ${beyond.en}`, zh: `${criterion.name.zh}：${beyond.zh}` };
  };
}
