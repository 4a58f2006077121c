/**
 * The one error type of the core. Every failure a user can cause ends up as a CrmError,
 * which the Excel adapters turn into the matching error value (#VALUE!, #NUM!, #DIV/0!, #N/A,
 * and #NULL! when an input held one)
 * with the message in the user's language.
 */
import { inLanguage, type Lang, type Text } from './language';

export { LANGS } from './language';
export type { Lang, Text } from './language';

export type ErrorKind = 'VALUE' | 'NUM' | 'DIV0' | 'NA' | 'NULL';

export class CrmError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = 'CrmError';
  }

  localized(lang: Lang): string {
    return inLanguage(this.text, lang);
  }
}

export const valueError = (text: Text) => new CrmError('VALUE', text);
export const numError = (text: Text) => new CrmError('NUM', text);
export const div0Error = (text: Text) => new CrmError('DIV0', text);
export const naError = (text: Text) => new CrmError('NA', text);
