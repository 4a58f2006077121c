import type { Lang, Text } from './errors';

/**
 * Words a user meets in more than one place (a function's result, a generated sheet, the pane)
 * live here once, so that a state has one name everywhere. KPI status takes the source
 * document's 预警 for the early-warning band (docs/seeds/001: an alert when a KPI crosses its
 * threshold), with 达标 / 未达标 for a target met or missed. Excel compares text without regard
 * to case, so =CRM.KPISTATUS(…)="on track" still holds for "On track".
 */
export const KPI_STATUS = {
  onTrack: { en: 'On track', zh: '达标' },
  atRisk: { en: 'At risk', zh: '预警' },
  offTrack: { en: 'Off track', zh: '未达标' },
} as const satisfies Record<string, Text>;

export type KpiStatusKey = keyof typeof KPI_STATUS;

/** The one helper that picks a shipped language's words. */
export const inLanguage = (t: Text, lang: Lang): string => (lang === 'zh-CN' ? t.zh : t.en);
