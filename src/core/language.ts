/** The two shipped languages, a text in both, and the one helper that picks between them. */
export type Lang = 'en-US' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en-US', 'zh-CN'];

/** A user-visible sentence in both shipped languages. */
export interface Text {
  en: string;
  zh: string;
}

/** The one helper that picks a shipped language's words. */
export const inLanguage = (t: Text, lang: Lang): string => (lang === 'zh-CN' ? t.zh : t.en);
