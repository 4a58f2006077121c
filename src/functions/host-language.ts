import type { Lang } from '../core/errors';
import { languageOf } from '../core/vocabulary';

/*
 * Which language a display language gets is decided once, by languageOf in src/core/vocabulary.ts.
 * What matters most is that the three places a user sees words agree:
 * - messages of the CRM.* functions (hostLanguage below, through Office.context.displayLanguage);
 * - the task pane (pickLanguage in src/taskpane/i18n.ts; a test pins it);
 * - function names and descriptions in Excel's formula autocomplete, which Excel takes from the
 *   metadata file the manifest names for the display language. An <Override Locale> applies
 *   only to the locale it names (Override element, "If the Office locale setting is fr-fr,
 *   then …", learn.microsoft.com/javascript/api/manifest/override), so manifest.xml overrides
 *   Functions.Metadata.Url and the other localized strings for each of CHINESE_LOCALES.
 */
export { languageOf };

/** The Chinese locales manifest.xml gives the zh-CN metadata and strings (see languageOf). */
export const CHINESE_LOCALES = ['zh-CN', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-SG'] as const;

/**
 * Excel's display language decides the language of messages and labels. Outside Excel
 * (tests, the standalone pane) there is no Office context and en-US applies.
 */
export function hostLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return 'en-US';
  }
}
