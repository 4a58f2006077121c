import type { Lang } from '../core/errors';

/** Every string the pane shows, in both shipped languages. */
const STRINGS = {
  appTitle: { en: 'CRM Analytics', zh: 'CRM 分析' },
  functionsTab: { en: 'Functions', zh: '函数' },
  searchLabel: { en: 'Search functions', zh: '搜索函数' },
  searchPlaceholder: { en: 'Name or purpose, e.g. churn', zh: '名称或用途,如 流失' },
  languageLabel: { en: 'Language', zh: '语言' },
  arguments: { en: 'Arguments', zh: '参数' },
  optional: { en: 'optional', zh: '可选' },
  example: { en: 'Example', zh: '示例' },
  result: { en: 'Result', zh: '结果' },
  insert: { en: 'Insert', zh: '插入' },
  copy: { en: 'Copy', zh: '复制' },
  inserted: { en: 'Inserted into the selected cell.', zh: '已插入所选单元格。' },
  copied: { en: 'Formula copied to the clipboard.', zh: '公式已复制到剪贴板。' },
  copyFailed: { en: 'Could not copy; select the formula and copy it by hand.', zh: '无法复制,请手动选择公式并复制。' },
  occupied: { en: 'The selected cell is not empty. Replace its content?', zh: '所选单元格不为空。要替换其内容吗?' },
  replace: { en: 'Replace', zh: '替换' },
  cancel: { en: 'Cancel', zh: '取消' },
  insertFailed: { en: 'Could not insert the formula:', zh: '无法插入公式:' },
  loading: { en: 'Loading the function list…', zh: '正在加载函数列表…' },
  loadFailed: { en: 'The function list could not be loaded:', zh: '无法加载函数列表:' },
  noMatch: { en: 'No function matches your search.', zh: '没有符合搜索条件的函数。' },
  count: { en: '{n} functions', zh: '共 {n} 个函数' },
  standalone: {
    en: 'Running in a browser without Excel: formulas are copied to the clipboard.',
    zh: '正在没有 Excel 的浏览器中运行:公式将复制到剪贴板。',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  const s: string = lang === 'zh-CN' ? STRINGS[key].zh : STRINGS[key].en;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

export const STRING_KEYS = Object.keys(STRINGS) as StringKey[];
export const rawStrings = STRINGS;

/** Excel's display language when in Excel, the browser's otherwise; anything Chinese → zh-CN. */
export function pickLanguage(hostLanguage: string | undefined, stored: string | null): Lang {
  if (stored === 'en-US' || stored === 'zh-CN') return stored;
  return (hostLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
