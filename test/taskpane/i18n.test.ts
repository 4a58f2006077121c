import { pickLanguage, rawStrings, STRING_KEYS, t } from '../../src/taskpane/i18n';
import { themeFor } from '../../src/taskpane/theme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

describe('pane strings', () => {
  test('every string exists in both languages, and the Chinese one is Chinese', () => {
    for (const key of STRING_KEYS) {
      expect(rawStrings[key].en.length).toBeGreaterThan(0);
      expect(`${key}: ${rawStrings[key].zh}`).toMatch(/[\u4e00-\u9fff]/);
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
