import { BUILT_IN_TEMPLATES } from '../../src/core/scorecard';
import { candidateNoun } from '../../src/taskpane/state/candidate-noun';
import { pickLanguage, rawStrings, reasonOf, STRING_KEYS, t } from '../../src/taskpane/i18n';
import { CrmError } from '../../src/core/errors';
import { themeFor } from '../../src/taskpane/theme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

describe('pane strings', () => {
  test('every string exists in both languages, and the Chinese one is Chinese', () => {
    for (const key of STRING_KEYS) {
      expect(rawStrings[key].en.length).toBeGreaterThan(0);
      // {who} is always filled with a Chinese noun (candidate-noun.ts).
      expect(`${key}: ${rawStrings[key].zh.replace('{who}', '被考评人')}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  test('placeholders are filled', () => {
    expect(t('en-US', 'count', { n: 20 })).toBe('20 functions');
    expect(t('zh-CN', 'count', { n: 20 })).toBe('共 20 个函数');
  });
  test('the language follows Excel unless the user chose one', () => {
    // Every Chinese display language gets zh-CN, like the function messages (src/functions/host-language.ts;
    // test/functions/host-language.test.ts checks the two agree with the manifest).
    expect(pickLanguage('zh-CN', null)).toBe('zh-CN');
    expect(pickLanguage('zh-TW', null)).toBe('zh-CN');
    expect(pickLanguage('zh-HK', null)).toBe('zh-CN');
    expect(pickLanguage('zh-SG', null)).toBe('zh-CN');
    expect(pickLanguage('en-GB', null)).toBe('en-US');
    expect(pickLanguage('fr-FR', null)).toBe('en-US');
    expect(pickLanguage('de-DE', null)).toBe('en-US');
    expect(pickLanguage('zh-TW', 'en-US')).toBe('en-US');
    expect(pickLanguage('zh-CN', 'en-US')).toBe('en-US');
    expect(pickLanguage(undefined, 'garbage')).toBe('en-US');
  });
  test("Excel's dark themes select the dark Fluent theme", () => {
    expect(themeFor('#262626')).toBe(webDarkTheme);
    expect(themeFor('#ffffff')).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
  });
});

describe('the word for candidates', () => {
  // Issue 14: 候选对象 reads better as the word each template uses (the source documents'
  // 被考评人 in an appraisal, 投标人 in a tender, 产品 in an evaluation, 团队 in KPI monitoring).
  test.each([
    ['t1-crm-supervisor-appraisal', '被考评人'],
    ['t2-crm-vendor-selection', '投标人'],
    ['t3-crm-software-evaluation', '产品'],
    ['t5-crm-kpi-targets', '团队'],
  ])('%s calls them %s, and every sentence that names them says so', (id, word) => {
    const card = BUILT_IN_TEMPLATES.find((c) => c.id === id)!;
    const who = candidateNoun(card, 'zh-CN');
    expect(who).toBe(word);
    for (const key of ['candidatesTab', 'addCandidate', 'colCandidate', 'needTwo', 'undo_candidate-removed'] as const) {
      const s = t('zh-CN', key, { who, n: 2 });
      expect(s).toContain(word);
      expect(s).not.toContain('候选对象');
    }
    expect(t('en-US', 'addCandidate', { who: candidateNoun(card, 'en-US') })).toBe('Add candidate');
  });
});

test('reasonOf: our errors in the pane language, Excel’s and the browser’s as they come, anything else as text', () => {
  const ours = new CrmError('VALUE', { en: 'The table is empty.', zh: '表格为空。' });
  expect([reasonOf(ours, 'en-US'), reasonOf(ours, 'zh-CN')]).toEqual(['The table is empty.', '表格为空。']);
  expect(reasonOf(new Error('ItemNotFound: no sheet'), 'zh-CN')).toBe('ItemNotFound: no sheet');
  expect(reasonOf('quota', 'en-US')).toBe('quota');
});
