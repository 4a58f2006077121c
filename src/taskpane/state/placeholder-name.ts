import type { Lang, Text } from '../../core/errors';
import { StringKey, t } from '../i18n';

/**
 * The name a new item starts with, in the pane's language only: the user types over it, and
 * a name written in one language must then hold for both (see editText).
 */
export function placeholderName(lang: Lang, key: StringKey, n: number, vars: Record<string, string> = {}): Text {
  const text = t(lang, key, { ...vars, n });
  return { en: text, zh: text };
}
