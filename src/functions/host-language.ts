import type { Lang } from '../core/errors';

/**
 * Excel's display language decides the language of messages and labels. Outside Excel
 * (tests, the standalone pane) there is no Office context and en-US applies.
 */
export function hostLanguage(): Lang {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const lang = office?.context?.displayLanguage ?? '';
    return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
  } catch {
    return 'en-US';
  }
}
