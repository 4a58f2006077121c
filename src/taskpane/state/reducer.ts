import type { CandidateKind, Criterion, Scorecard, Section } from '../../core/scorecard';
import { ratingsRecord, withRating, withoutRatings } from '../../core/scorecard/ratings';
import { starterScoring } from '../../core/scorecard/rules';
import type { Action, WeightGroup } from './actions';
import { freshId } from './ids';
import { EMPTY_STATE, PaneState, UndoKind } from './model';
import { editText } from './text';

/**
 * The pane's state machine: a pure function of the state and one edit, tested without a
 * DOM. Cards are never mutated; a destructive edit keeps the card before it for one undo,
 * which expires with the next edit: undoing later would take back that edit and everything
 * since (a vendor added after weights were replaced, and his ratings), more than it says.
 */
export function reducer(state: PaneState = EMPTY_STATE, action: Action): PaneState {
  if (action.type === 'load')
    return {
      card: action.card,
      origin: action.origin,
      undo: state.card ? { card: state.card, kind: 'card-replaced' } : null,
      view: { ratings: state.view?.ratings },
    };
  if (action.type === 'set-origin') return { ...state, origin: action.origin };
  if (action.type === 'undo') return state.undo ? { ...state, card: state.undo.card, undo: null } : state;
  if (action.type === 'dismiss-undo') return { ...state, undo: null };
  if (action.type === 'select-candidate') return { ...state, view: { ...state.view, candidateId: action.candidateId } };
  if (action.type === 'ratings-view') return { ...state, view: { ...state.view, ratings: action.view } };
  const card = state.card;
  if (!card) return state;
  const next = edit(card, action);
  if (next === card) return state;
  const undoKind = destructiveKind(action);
  // A candidate just added is the one the user rates next.
  const added = action.type === 'add-candidate' ? next.candidates[next.candidates.length - 1].id : undefined;
  return { ...state, card: next, undo: undoKind ? { card, kind: undoKind } : null, ...(added ? { view: { ...state.view, candidateId: added } } : {}) };
}

/** Edits that lose information the user typed; everything else is cheap to redo by hand. */
function destructiveKind(action: Action): UndoKind | null {
  switch (action.type) {
    case 'remove-section':
      return 'section-removed';
    case 'remove-criterion':
      return 'criterion-removed';
    case 'remove-candidate':
      return 'candidate-removed';
    case 'set-scoring':
      return 'scoring-changed';
    case 'set-weights':
      return 'weights-replaced';
    default:
      return null;
  }
}

const allCriteria = (card: Scorecard): Criterion[] => card.sections.flatMap((s) => s.criteria);

function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return list as T[];
  const out = list.slice();
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

function mapSection(card: Scorecard, sectionId: string, f: (s: Section) => Section): Scorecard {
  return { ...card, sections: card.sections.map((s) => (s.id === sectionId ? f(s) : s)) };
}

function mapCriterion(card: Scorecard, criterionId: string, f: (c: Criterion) => Criterion): Scorecard {
  return {
    ...card,
    sections: card.sections.map((s) =>
      s.criteria.some((c) => c.id === criterionId) ? { ...s, criteria: s.criteria.map((c) => (c.id === criterionId ? f(c) : c)) } : s,
    ),
  };
}

/** Ratings of removed or re-scored criteria would fail validation, so they go with them. */
function dropRatings(card: Scorecard, criterionIds: readonly string[]): Scorecard {
  return { ...card, candidates: card.candidates.map((k) => ({ ...k, ratings: withoutRatings(k.ratings, criterionIds) })) };
}

function setWeights(card: Scorecard, group: WeightGroup, weights: readonly number[]): Scorecard {
  if (group === null) {
    if (weights.length !== card.sections.length) return card;
    return { ...card, sections: card.sections.map((s, i) => ({ ...s, weight: weights[i] })) };
  }
  const section = card.sections.find((s) => s.id === group);
  if (!section || weights.length !== section.criteria.length) return card;
  return mapSection(card, group, (s) => ({ ...s, criteria: s.criteria.map((c, i) => ({ ...c, weight: weights[i] })) }));
}

function candidateKindFor(card: Scorecard): CandidateKind {
  if (card.candidates.length) return card.candidates[0].kind;
  return card.kind === 'appraisal' ? 'person' : card.kind === 'selection' ? 'vendor' : 'period';
}

function sameRatings(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

function edit(card: Scorecard, a: Action): Scorecard {
  switch (a.type) {
    case 'set-title':
      return { ...card, title: editText(card.title, a.lang, a.value) };
    case 'add-section': {
      const id = freshId(
        'section',
        card.sections.map((s) => s.id),
      );
      const criterion: Criterion = {
        id: freshId(
          'c',
          allCriteria(card).map((c) => c.id),
        ),
        name: a.criterionName,
        weight: 1,
        scoring: starterScoring('met'),
      };
      return { ...card, sections: [...card.sections, { id, name: a.name, weight: 0, criteria: [criterion] }] };
    }
    case 'remove-section': {
      const section = card.sections.find((s) => s.id === a.sectionId);
      if (!section || card.sections.length === 1) return card;
      const without = { ...card, sections: card.sections.filter((s) => s !== section) };
      return dropRatings(
        without,
        section.criteria.map((c) => c.id),
      );
    }
    case 'move-section':
      return {
        ...card,
        sections: move(
          card.sections,
          card.sections.findIndex((s) => s.id === a.sectionId),
          a.by,
        ),
      };
    case 'rename-section':
      return mapSection(card, a.sectionId, (s) => ({ ...s, name: editText(s.name, a.lang, a.value) }));
    case 'add-criterion': {
      const id = freshId(
        'c',
        allCriteria(card).map((c) => c.id),
      );
      return mapSection(card, a.sectionId, (s) => ({ ...s, criteria: [...s.criteria, { id, name: a.name, weight: 0, scoring: starterScoring('met') }] }));
    }
    case 'remove-criterion': {
      const section = card.sections.find((s) => s.criteria.some((c) => c.id === a.criterionId));
      if (!section || section.criteria.length === 1) return card;
      const without = mapSection(card, section.id, (s) => ({ ...s, criteria: s.criteria.filter((c) => c.id !== a.criterionId) }));
      return dropRatings(without, [a.criterionId]);
    }
    case 'move-criterion': {
      const section = card.sections.find((s) => s.criteria.some((c) => c.id === a.criterionId));
      if (!section) return card;
      return mapSection(card, section.id, (s) => ({
        ...s,
        criteria: move(
          s.criteria,
          s.criteria.findIndex((c) => c.id === a.criterionId),
          a.by,
        ),
      }));
    }
    case 'rename-criterion':
      return mapCriterion(card, a.criterionId, (c) => ({ ...c, name: editText(c.name, a.lang, a.value) }));
    case 'describe-criterion':
      return mapCriterion(card, a.criterionId, (c) => {
        if (a.value === '' && (!c.description || c.description.en === c.description.zh)) {
          const { description: _gone, ...rest } = c;
          return rest;
        }
        return { ...c, description: editText(c.description, a.lang, a.value) };
      });
    case 'set-scoring': {
      const current = allCriteria(card).find((c) => c.id === a.criterionId);
      if (!current || current.scoring.type === a.scoringType) return card;
      return dropRatings(
        mapCriterion(card, a.criterionId, (c) => ({ ...c, scoring: starterScoring(a.scoringType, c.scoring) })),
        [a.criterionId],
      );
    }
    case 'set-weight': {
      const w = Number.isFinite(a.weight) ? Math.max(0, a.weight) : 0;
      if (a.of === 'section') return { ...card, sections: card.sections.map((s) => (s.id === a.id ? { ...s, weight: w } : s)) };
      return mapCriterion(card, a.id, (c) => ({ ...c, weight: w }));
    }
    case 'set-weights':
      return setWeights(card, a.group, a.weights);
    case 'add-candidate': {
      const id = freshId(
        'candidate',
        card.candidates.map((k) => k.id),
      );
      return { ...card, candidates: [...card.candidates, { id, name: a.name, kind: candidateKindFor(card), ratings: ratingsRecord() }] };
    }
    case 'remove-candidate':
      return { ...card, candidates: card.candidates.filter((k) => k.id !== a.candidateId) };
    case 'rename-candidate':
      return { ...card, candidates: card.candidates.map((k) => (k.id === a.candidateId ? { ...k, name: editText(k.name, a.lang, a.value) } : k)) };
    case 'rate':
      return {
        ...card,
        candidates: card.candidates.map((k) => (k.id === a.candidateId ? { ...k, ratings: withRating(k.ratings, a.criterionId, a.rating) } : k)),
      };
    case 'replace-ratings': {
      const known = new Set(allCriteria(card).map((c) => c.id));
      let changed = false;
      const candidates = card.candidates.map((k) => {
        const given = Object.prototype.hasOwnProperty.call(a.ratings, k.id) ? a.ratings[k.id] : undefined;
        if (!given) return k;
        const ratings = ratingsRecord(Object.entries(given).filter(([id]) => known.has(id)));
        if (sameRatings(ratings, k.ratings)) return k;
        changed = true;
        return { ...k, ratings };
      });
      return changed ? { ...card, candidates } : card;
    }
    default:
      return card;
  }
}
