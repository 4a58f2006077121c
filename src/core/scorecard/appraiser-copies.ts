import type { Text } from '../errors';
import { idOf } from './merge';
import { ratingsRecord } from './ratings';
import { validateScorecard, ValidScorecard } from './validate';

/**
 * The copies of a card sent to its appraisers: one per name, blank (every rating left for the
 * appraiser to give) and naming its appraiser, so that a returned copy says whose it is
 * whatever the file came to be called, and merge.ts takes each as that appraiser's.
 */
export interface AppraiserCopy {
  name: string;
  card: ValidScorecard;
}

const q = (s: string) => `“${s}”`;

const say = {
  tooFew: (): Text => ({
    en: 'Name at least two appraisers, one per line: the copies are sent out to be merged again.',
    zh: '请至少填写两位考评人，每行一位：发出的副本交回后要合并。',
  }),
  twice: (name: string): Text => ({
    en: `${q(name)} is named twice; each appraiser gets one copy.`,
    zh: `${q(name)} 出现了两次；每位考评人只发一份副本。`,
  }),
  tooLong: (name: string, max: number): Text => ({
    en: `The name ${q(name.slice(0, 20))}… is longer than ${max} characters; shorten it.`,
    zh: `名字 ${q(name.slice(0, 20))}… 超过 ${max} 个字符；请缩短。`,
  }),
  consolidated: (): Text => ({
    en: 'This card already holds several appraisers’ ratings; send out the card they were given instead.',
    zh: '此评分表已包含多位考评人的评分；请发出当初分给他们的那份评分表。',
  }),
};

/** A name also becomes a file name and a sheet name (31 characters), so it stays short. */
export const MAX_APPRAISER_NAME = 31;

/** The names typed one per line: blank lines dropped, spaces around a name trimmed. */
export const appraiserNames = (typed: string): string[] =>
  typed
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function appraiserCopies(card: ValidScorecard, names: readonly string[]): { ok: true; copies: AppraiserCopy[] } | { ok: false; problems: Text[] } {
  const problems: Text[] = [];
  if (card.appraisers) problems.push(say.consolidated());
  if (names.length < 2) problems.push(say.tooFew());
  const seen = new Set<string>();
  for (const n of names) {
    // Ann and ann would be one file on Windows and macOS, and one appraiser to the merge.
    const key = n.toLocaleLowerCase();
    if (seen.has(key)) problems.push(say.twice(n));
    seen.add(key);
    if (n.length > MAX_APPRAISER_NAME) problems.push(say.tooLong(n, MAX_APPRAISER_NAME));
  }
  if (problems.length) return { ok: false, problems };
  const ids = new Set<string>();
  const copies = names.map((name) => {
    const copy = {
      ...card,
      appraiser: { id: idOf(name, ids), name: { en: name, zh: name } },
      candidates: card.candidates.map((k) => ({ ...k, ratings: ratingsRecord() })),
    };
    const checked = validateScorecard(JSON.parse(JSON.stringify(copy)));
    // The card was valid and only names and blank ratings were added: a failure here is a bug.
    if (!checked.ok) throw new Error(`copy for ${name} is not valid: ${checked.errors[0].text.en}`);
    return { name, card: checked.card };
  });
  return { ok: true, copies };
}
