import { ANSWERS, CANDIDATE_NOUNS, KPI_STATUS, PALETTE_KINDS, RATING_HINTS, SCORING_NAMES, TRACKER_WORDS } from '../../src/core/vocabulary';
import { rawStrings, STRING_KEYS } from '../../src/taskpane/i18n';

/*
 * Chinese text is punctuated with full-width marks (，：；（）！？), as GB/T 15834-2011 (标点符号
 * 用法) prescribes for Chinese prose: an ASCII comma or bracket beside a Chinese character reads
 * as a typo. Placeholders are filled with a Chinese word first, since what fills them in the
 * pane (a name, 投标人) is Chinese. ASCII marks between Latin letters or digits (Ctrl+C, 1–9,
 * .xlsx) stay as they are.
 */
const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const ASCII_MARK = '[,;:()!?]';
const BESIDE = new RegExp(`${CJK}${ASCII_MARK}|${ASCII_MARK}${CJK}`, 'u');

const filled = (s: string) => s.replace(/\{\w+\}/g, '甲');

const PANE_WORDS: Record<string, { zh: string }> = {
  ...Object.fromEntries(STRING_KEYS.map((k) => [`i18n.${k}`, rawStrings[k]])),
  ...Object.fromEntries(Object.entries(ANSWERS).map(([k, v]) => [`ANSWERS.${k}`, v])),
  ...Object.fromEntries(Object.entries(SCORING_NAMES).map(([k, v]) => [`SCORING_NAMES.${k}`, v])),
  ...Object.fromEntries(Object.entries(RATING_HINTS).map(([k, v]) => [`RATING_HINTS.${k}`, v])),
  ...Object.fromEntries(Object.entries(KPI_STATUS).map(([k, v]) => [`KPI_STATUS.${k}`, v])),
  ...Object.fromEntries(Object.entries(CANDIDATE_NOUNS).map(([k, v]) => [`CANDIDATE_NOUNS.${k}`, v])),
  ...Object.fromEntries(Object.entries(TRACKER_WORDS).map(([k, v]) => [`TRACKER_WORDS.${k}`, v])),
  ...Object.fromEntries(Object.entries(PALETTE_KINDS).map(([k, v]) => [`PALETTE_KINDS.${k}`, v])),
};

describe('zh-CN punctuation in the pane', () => {
  test('the check finds an ASCII mark beside Chinese, and lets Latin text be', () => {
    for (const bad of ['名称或用途,如 流失', '两两比较(AHP)', '请按 ⌘C(Windows 上按 Ctrl+C)复制', '{name}:权重', '更新工作表?'])
      expect(BESIDE.test(filled(bad))).toBe(true);
    for (const good of ['名称或用途，如 流失', '两两比较（AHP）', '下载 .xlsx', 'Saaty 1–9 标度', '按 Ctrl+C 复制'])
      expect(BESIDE.test(filled(good))).toBe(false);
  });

  test.each(Object.keys(PANE_WORDS))('%s uses full-width marks beside Chinese', (key) => {
    const zh = filled(PANE_WORDS[key].zh);
    expect(BESIDE.test(zh) ? zh : 'ok').toBe('ok');
  });
});
