import type { Text } from '../../errors';
import type { TrackerKpi, Unit } from '../../kpi/model';

/** Number formats of a KPI's cells: what it is measured in, and what is judged. */
const UNIT_FORMATS: Record<Unit, string> = {
  percent: '0.0%',
  count: '#,##0',
  score: '0',
  currency: '#,##0',
  minutes: '0.0',
  hours: '0.0',
  days: '0.0',
};

export const valueFormat = (k: TrackerKpi): string => UNIT_FORMATS[k.unit];

/** What is judged: the actual, or the growth on last year as a percentage. */
export const measureFormat = (k: TrackerKpi): string => (k.direction === 'growth' ? '0.0%' : valueFormat(k));

/** A change shows its sign: +1.5% / −2.0% in percentage points, +0.3 in hours. */
export function changeFormat(k: TrackerKpi): string {
  const f = measureFormat(k);
  return `+${f};-${f};${f}`;
}

/** Targets and warning edges are read like what is judged. */
export const targetFormat = measureFormat;

/** A share is shown from zero: a rate drawn from 80 % to 95 % looks like a collapse. */
export const startsAtZero = (k: TrackerKpi): boolean => k.unit === 'percent' && k.direction !== 'growth';

/** Parts of a tracker a generated cell is made from, for messages that say what to shorten. */
export const trackerFields = {
  title: (): Text => ({ en: 'the title', zh: '标题' }),
  notes: (): Text => ({ en: 'the notes', zh: '说明' }),
  kpiName: (i: number): Text => ({ en: `the name of KPI ${i}`, zh: `KPI ${i} 的名称` }),
  owner: (i: number): Text => ({ en: `the owner of KPI ${i}`, zh: `KPI ${i} 的负责人` }),
  action: (i: number): Text => ({ en: `the action of KPI ${i}`, zh: `KPI ${i} 的措施` }),
  teamName: (j: number): Text => ({ en: `the name of team ${j}`, zh: `团队 ${j} 的名称` }),
};
