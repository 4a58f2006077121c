import type { Lang, Text } from '../../core/errors';

/** The text of a bilingual card field in the pane's language. */
export function pick(text: Text | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'zh-CN' ? text.zh : text.en;
}

/**
 * Edits one language of a bilingual field. A field whose two languages read the same was
 * never translated, so both follow the edit; a translated one keeps its other language.
 */
export function editText(old: Text | undefined, lang: Lang, value: string): Text {
  if (!old || old.en === old.zh) return { en: value, zh: value };
  return lang === 'zh-CN' ? { ...old, zh: value } : { ...old, en: value };
}
