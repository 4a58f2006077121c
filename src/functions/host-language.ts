import type { Lang } from '../core/errors';

/**
 * Which of the two shipped languages a display language gets.
 *
 * The choice for Chinese, made deliberately: every Chinese display language gets the Simplified
 * Chinese (zh-CN) text, the Traditional-script ones (zh-TW, zh-HK, zh-MO, zh-Hant-*) included.
 * There is no Traditional Chinese translation; a reader of Traditional characters reads the
 * Simplified text far more easily than English CRM terms, and the pane keeps its language menu
 * for anyone who prefers English there. What matters most is that the three places a user sees
 * words agree:
 * - messages of the CRM.* functions (this function, through Office.context.displayLanguage);
 * - the task pane (pickLanguage in src/taskpane/i18n.ts makes the same choice; a test pins it);
 * - function names and descriptions in Excel's formula autocomplete, which Excel takes from the
 *   metadata file the manifest names for the display language. An <Override Locale> applies
 *   only to the locale it names (Override element, "If the Office locale setting is fr-fr,
 *   then …", learn.microsoft.com/javascript/api/manifest/override), so manifest.xml overrides
 *   Functions.Metadata.Url and the other localized strings for each of CHINESE_LOCALES.
 * Everything else, en-GB and fr-FR among them, gets en-US.
 */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'zh' ? 'zh-CN' : 'en-US';
}

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
