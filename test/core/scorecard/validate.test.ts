import { exportScorecard, importScorecard, requireValid } from '../../../src/core/scorecard/json';
import type { Scorecard } from '../../../src/core/scorecard/model';
import { BUILT_IN_TEMPLATES, t1SupervisorAppraisal, t2VendorSelection } from '../../../src/core/scorecard/templates';
import { formatPath, validateScorecard } from '../../../src/core/scorecard/validate';
import { CrmError } from '../../../src/core/errors';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('validateScorecard', () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('built-in %s is valid', (_, t) => {
    const r = validateScorecard(t);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  test('shape errors name their path, in both languages', () => {
    const card = clone(t1SupervisorAppraisal) as unknown as Record<string, unknown>;
    delete card.title;
    const sections = card.sections as { criteria: { weight: unknown; scoring: { type: string } }[] }[];
    sections[0].criteria[1].weight = -0.2;
    sections[0].criteria[2].scoring.type = 'stars';
    (card as { extra?: number }).extra = 1;
    const r = validateScorecard(card);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.text.en)).toEqual(
      expect.arrayContaining([
        'title is missing.',
        'sections[0].criteria[1].weight must be at least 0.',
        'sections[0].criteria[2].scoring.type must be one of "levels", "met", "provided", "rank", "target", "scale"; got "stars".',
        '(scorecard) has unknown field(s) "extra".',
      ]),
    );
    expect(r.errors.find((e) => e.path === 'sections[0].criteria[1].weight')!.text.zh).toBe('sections[0].criteria[1].weight 必须不小于 0。');
  });

  test('rule errors are all listed at once', () => {
    const card = clone(t2VendorSelection);
    card.sections[1].criteria[3].weight = 0.3; // s4 was 0.2: solution criteria now add up to 110 %
    card.sections[0].weight = 0.3; // sections add up to 105 %
    card.sections[3].criteria[0].scoring = { type: 'rank', maxPoints: 5, points: [3, 4, 5], order: 'asc' };
    card.sections[0].criteria[0].scoring = { type: 'met', maxPoints: 2, partialPoints: 3 };
    card.candidates[0].ratings.p2 = 'maybe';
    card.candidates[1].ratings.zz = 'met';
    card.candidates[2].ratings.c1 = 'cheap';
    card.candidates[2].id = 'vendor-a';
    const r = validateScorecard(card);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.path}: ${e.text.en}`)).toEqual([
      'candidates[2].id: candidates[2].id repeats the id "vendor-a" already used at candidates[0].id.',
      'sections: The weights of sections must add up to 100%; they add up to 105%. Change them so that they do.',
      "sections[0].criteria[0].scoring.partialPoints: sections[0].criteria[0].scoring.partialPoints is 3, more than the criterion's full points 2.",
      'sections[1].criteria: The weights of sections[1].criteria must add up to 100%; they add up to 110%. Change them so that they do.',
      'sections[3].criteria[0].scoring.points: sections[3].criteria[0].scoring.points must be listed best first, each worth no more points than the one before.',
      'candidates[0].ratings.p2: candidates[0].ratings.p2 (Vendor A on "Multi-level management across formats, regions and product lines; workflows configurable without custom development") is "maybe"; this criterion accepts "met", "partial", "not-met".',
      'candidates[1].ratings.zz: candidates[1].ratings.zz rates "zz", which is not a criterion of this scorecard.',
      'candidates[2].ratings.c1: candidates[2].ratings.c1 (Vendor C on "Software licence fee (rate with the fee quoted)") must be a number for this criterion; got "cheap".',
    ]);
    expect(r.errors[1].text.zh).toBe('sections 的权重之和必须为 100%；当前为 105%。请调整，使其合计为 100%。');
  });

  test('levels must be ordered best first', () => {
    const card = clone(t1SupervisorAppraisal);
    const s = card.sections[0].criteria[0].scoring;
    if (s.type === 'levels') s.levels[2].points = 90;
    const r = validateScorecard(card);
    expect(r.ok ? [] : r.errors.map((e) => e.text.en)).toEqual([
      'sections[0].criteria[0].scoring.levels must be listed best first, each worth fewer points than the one before.',
    ]);
  });

  test('numeric ratings outside their range are rejected', () => {
    const card = clone(BUILT_IN_TEMPLATES[3]);
    card.candidates[0].ratings.csat = 120;
    card.candidates[0].ratings['service-quality'] = 0;
    const r = validateScorecard(card);
    expect(r.ok ? [] : r.errors.map((e) => e.text.en)).toEqual([
      'candidates[0].ratings["service-quality"] (East service team on "Service quality rating"): 0 is below the bottom of the scale, 1.',
      'candidates[0].ratings.csat (East service team on "Customer satisfaction (CSAT)"): 120 is above the top of the scale, 100.',
    ]);
  });

  test('normalise rescales weights instead of rejecting them', () => {
    const card = clone(t1SupervisorAppraisal);
    card.sections[0].criteria.forEach((c, i) => (c.weight = [3, 2, 2, 3][i])); // points, not shares
    expect(validateScorecard(card).ok).toBe(false);
    const r = validateScorecard(card, { normalise: true });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.card.sections[0].criteria.map((c) => c.weight)).toEqual([0.3, 0.2, 0.2, 0.3]);
  });

  test('normalise cannot rescale weights that are all zero', () => {
    const card = clone(t1SupervisorAppraisal);
    card.sections[0].criteria.forEach((c) => (c.weight = 0));
    const r = validateScorecard(card, { normalise: true });
    expect(r.ok ? [] : r.errors.map((e) => e.text.en)).toEqual(['The weights of sections[0].criteria are all zero, so they cannot be normalised.']);
  });

  test('formatPath', () => {
    expect(formatPath(['sections', 1, 'criteria', 3, 'weight'])).toBe('sections[1].criteria[3].weight');
    expect(formatPath(['candidates', 0, 'ratings', 'data-entry'])).toBe('candidates[0].ratings["data-entry"]');
    expect(formatPath([])).toBe('(scorecard)');
  });
});

describe('JSON files', () => {
  test.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))('%s round-trips exactly', (_, t) => {
    const text = exportScorecard(t);
    const back = importScorecard(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.card).toEqual(t);
    expect(exportScorecard(back.card)).toBe(text);
  });

  test('a file keeps its own key order', () => {
    const reordered = JSON.parse(exportScorecard(t1SupervisorAppraisal)) as Record<string, unknown>;
    const { format, ...rest } = reordered;
    const text = JSON.stringify({ ...rest, format }, null, 2) + '\n';
    const back = importScorecard(text);
    expect(back.ok && exportScorecard(back.card)).toBe(text);
  });

  test('a file that fails validation is rejected whole, with every problem', () => {
    const card = clone(t2VendorSelection) as Scorecard;
    card.candidates[0].ratings.p1 = 'yes';
    card.sections[3].weight = 0.5;
    const r = importScorecard(exportScorecard(card));
    expect(r).toEqual({ ok: false, errors: expect.any(Array) });
    expect(r.ok ? 0 : r.errors.length).toBe(2);
    expect('card' in r).toBe(false);
    const thrown = (() => {
      try {
        requireValid(r);
      } catch (e) {
        return e as CrmError;
      }
      return null;
    })();
    expect(thrown?.kind).toBe('VALUE');
    expect(thrown?.text.en.split('\n')[0]).toBe('The scorecard is not valid (2 problems); nothing was loaded.');
    expect(thrown?.text.zh.split('\n')[0]).toBe('评分表无效（2 处问题），未载入任何内容。');
  });

  test('text that is not JSON is rejected', () => {
    const r = importScorecard('{"format": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].text.en).toMatch(/^The file is not valid JSON: /);
  });
});
