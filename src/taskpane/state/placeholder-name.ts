import type { Lang, Text } from '../../core/errors';
import { StringKey, t } from '../i18n';

/**
 * The name a new item starts with, in the pane's language only: the user types over it, and
 * a name written in one language must then hold for both (see editText).
 */
export function placeholderName(lang: Lang, key: StringKey, n: number): Text {
  const text = t(lang, key, { n });
  return { en: text, zh: text };
}
