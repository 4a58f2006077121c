import type { Lang, Text } from '../../core/errors';
import { inLanguage, withLanguage } from '../../core/vocabulary';

/** The text of a bilingual card field in the pane's language. */
export function pick(text: Text | undefined, lang: Lang): string {
  return text ? inLanguage(text, lang) : '';
}

/**
 * Edits one language of a bilingual field. A field whose two languages read the same was
 * never translated, so both follow the edit; a translated one keeps its other language.
 */
export function editText(old: Text | undefined, lang: Lang, value: string): Text {
  if (!old || old.en === old.zh) return { en: value, zh: value };
  return withLanguage(old, lang, value);
}
