import { XMLParser } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import { CHINESE_LOCALES, hostLanguage, languageOf } from '../../src/functions/host-language';
import { pickLanguage } from '../../src/taskpane/i18n';

/*
 * One choice of language for every place a user reads words: the messages of CRM.* functions
 * (hostLanguage), the pane (pickLanguage) and the function metadata Excel shows in autocomplete
 * (manifest.xml overrides). Expected values: the choice documented in src/functions/host-language.ts
 * (every Chinese display language → zh-CN, everything else → en-US).
 */
const EXPECTED: Record<string, 'zh-CN' | 'en-US'> = {
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-CN',
  'zh-HK': 'zh-CN',
  'zh-SG': 'zh-CN',
  'zh-MO': 'zh-CN',
  'zh-Hant-TW': 'zh-CN',
  'en-US': 'en-US',
  'en-GB': 'en-US',
  'fr-FR': 'en-US',
};

function withDisplayLanguage<T>(displayLanguage: string, run: () => T): T {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { displayLanguage } };
  try {
    return run();
  } finally {
    g.Office = before;
  }
}

describe('the language of function messages, the pane and the metadata agree', () => {
  test.each(Object.entries(EXPECTED))('%s → %s for function messages and for the pane', (tag, lang) => {
    expect(withDisplayLanguage(tag, hostLanguage)).toBe(lang);
    expect(pickLanguage(tag, null)).toBe(lang);
    expect(languageOf(tag)).toBe(lang);
  });

  test('outside Excel messages are en-US', () => {
    expect(hostLanguage()).toBe('en-US');
    expect(languageOf(undefined)).toBe('en-US');
  });

  const xml = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['Override', 'bt:Override', 'bt:Url', 'bt:String'].includes(name),
  });
  const app = parser.parse(xml).OfficeApp;
  const localized: { id: string; overrides: { '@Locale': string; '@Value': string }[] }[] = [
    { id: 'DisplayName', overrides: app.DisplayName.Override },
    { id: 'Description', overrides: app.Description.Override },
    ...[
      ...app.VersionOverrides.Resources['bt:Urls']['bt:Url'],
      ...app.VersionOverrides.Resources['bt:ShortStrings']['bt:String'],
      ...app.VersionOverrides.Resources['bt:LongStrings']['bt:String'],
    ]
      .filter((e: Record<string, unknown>) => e['bt:Override'])
      .map((e: Record<string, unknown>) => ({ id: e['@id'] as string, overrides: e['bt:Override'] as { '@Locale': string; '@Value': string }[] })),
  ];

  test('the manifest gives every Chinese locale the zh-CN value of every localized entry', () => {
    expect(localized.map((l) => l.id)).toEqual(expect.arrayContaining(['DisplayName', 'Description', 'Functions.Metadata.Url']));
    for (const { id, overrides } of localized) {
      const zhCN = overrides.find((o) => o['@Locale'] === 'zh-CN')!['@Value'];
      for (const locale of CHINESE_LOCALES) expect([id, locale, overrides.find((o) => o['@Locale'] === locale)?.['@Value']]).toEqual([id, locale, zhCN]);
      // No override for a language the messages would not speak.
      for (const o of overrides) expect([id, o['@Locale'], languageOf(o['@Locale'])]).toEqual([id, o['@Locale'], 'zh-CN']);
    }
    const meta = localized.find((l) => l.id === 'Functions.Metadata.Url')!;
    expect(new Set(meta.overrides.map((o) => o['@Value']))).toEqual(new Set(['https://localhost:3000/functions.zh-CN.json']));
  });

  test('every Chinese locale of the manifest is one the messages treat as Chinese', () => {
    for (const locale of CHINESE_LOCALES) expect(languageOf(locale)).toBe('zh-CN');
  });
});
