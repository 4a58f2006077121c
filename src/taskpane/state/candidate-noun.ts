import type { Lang } from '../../core/errors';
import type { CandidateKind, Scorecard } from '../../core/scorecard';
import { CANDIDATE_NOUNS, inLanguage } from '../../core/vocabulary';

const BY_CARD_KIND: Record<Scorecard['kind'], CandidateKind> = { appraisal: 'person', selection: 'vendor', kpi: 'team' };

/** What this card's candidates are called in the pane's words (被考评人, 投标人, 产品, 团队…). */
export function candidateNoun(card: Pick<Scorecard, 'kind' | 'candidates'> | null, lang: Lang): string {
  const kind = card ? (card.candidates[0]?.kind ?? BY_CARD_KIND[card.kind]) : 'person';
  return inLanguage(CANDIDATE_NOUNS[kind], lang);
}
