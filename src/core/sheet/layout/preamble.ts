import type { Lang } from '../../errors';
import type { Scorecard } from '../../scorecard/model';
import { FACT_SEPARATOR, inLanguage } from '../../vocabulary';
import { address, rangeOf } from '../a1';
import { fields } from '../limit-messages';
import { label, pick } from '../sheet-labels';
import { TEXT_FORMAT } from '../../scorecard/rules/levels';
import { COLOURS, Draft, HEADER, INPUT } from './draft';
import { Geometry, InfoColumn, NAME_ROW } from './geometry';

/** Rows 1–4: title, department and full marks, the weights check's label, how to use the sheet. */
export function writePreamble(d: Draft, g: Geometry, card: Scorecard, lang: Lang): void {
  d.put(1, 1, { value: pick(card.title, lang), source: fields.title() }, { bold: true, size: 16, color: COLOURS.title });
  d.merges.push(rangeOf(1, 1, 1, g.lastCol));
  // The copy of one of several appraisers says whose it is (consolidate.ts).
  const sub = [
    card.department ? `${label('department', lang)}: ${pick(card.department, lang)}` : null,
    `${label('totalPoints', lang)}: ${card.totalPoints}`,
    card.appraiser ? `${label('appraiser', lang)}: ${pick(card.appraiser.name, lang)}` : null,
  ]
    .filter((x) => x !== null)
    .join(inLanguage(FACT_SEPARATOR, lang));
  d.put(2, 1, { value: sub, source: fields.department() }, { italic: true });
  d.merges.push(rangeOf(2, 1, 2, g.lastCol));
  d.put(3, 1, { value: label('weightsCheck', lang) }, { bold: true });
  d.put(4, 1, { value: label('instructions', lang) }, { italic: true, wrap: true });
  d.merges.push(rangeOf(4, 1, 4, g.lastCol));
}

/** Row 5 names the blocks (ratings, points, status); row 6 the columns and, editable, the candidates. */
export function writeHeaders(d: Draft, g: Geometry, card: Scorecard, lang: Lang): void {
  const k = g.candidates;
  const block = (first: (j: number) => number, word: Parameters<typeof label>[0]) => {
    d.put(NAME_ROW - 1, first(0), { value: label(word, lang) }, HEADER);
    d.merges.push(rangeOf(NAME_ROW - 1, first(0), NAME_ROW - 1, first(k - 1)));
  };
  block(g.ratingCol, g.isKpi ? 'actuals' : 'ratings');
  block(g.pointsCol, 'points');
  if (g.hasStatus) block(g.statusCol, 'status');
  const titles: Record<InfoColumn, string> = {
    name: label(g.isKpi ? 'kpi' : 'criterion', lang),
    details: label(card.kind === 'appraisal' ? 'standards' : g.isKpi ? 'target' : 'rule', lang),
    source: label('source', lang),
    appraiser: label('appraiser', lang),
    period: label('period', lang),
    weight: label('weight', lang),
    effective: label('effectiveWeight', lang),
    max: label('maxPoints', lang),
  };
  g.info.forEach((c, i) => d.put(NAME_ROW, i + 1, { value: titles[c] }, HEADER));
  card.candidates.forEach((cand, j) => {
    // Text format: a name typed over it later ("2024") stays a name, as it does here.
    d.put(
      NAME_ROW,
      g.ratingCol(j),
      { value: pick(cand.name, lang), source: fields.candidateName(j + 1) },
      { ...INPUT, bold: true, hAlign: 'center', wrap: true, numFmt: TEXT_FORMAT },
    );
    d.inputs.candidateNames.push({ candidateId: cand.id, cell: address(NAME_ROW, g.ratingCol(j)) });
    d.put(NAME_ROW, g.pointsCol(j), { formula: address(NAME_ROW, g.ratingCol(j)) }, HEADER);
    if (g.hasStatus) d.put(NAME_ROW, g.statusCol(j), { formula: address(NAME_ROW, g.ratingCol(j)) }, HEADER);
  });
}
