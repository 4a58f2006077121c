import type { Lang } from '../errors';
import type { Scoring, Unit } from '../scorecard/model';
import { label, pick } from './sheet-labels';

/** How a scoring rule reads in the sheet's "standards / rule / target" column. */

const trim = (x: number) => String(Math.round(x * 1e6) / 1e6);

export function showValue(x: number, unit: Unit | undefined): string {
  return unit === 'percent' ? `${trim(x * 100)}%` : trim(x);
}

/** Cell number format of a rating in this unit. */
export function unitFormat(unit: Unit | undefined): string {
  switch (unit) {
    case 'percent':
      return '0.0%';
    case 'count':
      return '#,##0';
    case 'currency':
      return '#,##0.00';
    default:
      return 'General';
  }
}

export function scoringText(s: Scoring, lang: Lang): string {
  const sep = lang === 'zh-CN' ? ';' : '; ';
  switch (s.type) {
    case 'levels':
      return s.levels.map((l) => `${pick(l.label, lang)} (${trim(l.points)}): ${pick(l.description, lang)}`).join('\n');
    case 'met':
      return [`${label('met', lang)} ${trim(s.maxPoints)}`, `${label('partial', lang)} ${trim(s.partialPoints)}`, `${label('notMet', lang)} 0`].join(sep);
    case 'provided':
      return [`${label('provided', lang)} ${trim(s.maxPoints)}`, `${label('notProvided', lang)} 0`].join(sep);
    case 'rank': {
      const p = s.points;
      const head = `${label(s.order === 'asc' ? 'lowerBetter' : 'higherBetter', lang)} ${trim(p[0])}`;
      const middle = p.slice(1, -1).map((x) => `${label('then', lang)} ${trim(x)}`);
      const last = p.length > 1 ? [`${label('last', lang)} ${trim(p[p.length - 1])}`] : [];
      return [head, ...middle, ...last].join(sep);
    }
    case 'target': {
      const cmp = s.direction === 'at-least' ? '≥' : '≤';
      const head = `${label('target', lang)} ${cmp} ${showValue(s.target, s.unit)}`;
      const bands = s.bands.map((b) => `${pick(b.label, lang)} ${cmp} ${showValue(b.threshold, s.unit)} → ${trim(b.points)}`);
      return [head, ...bands].join(sep);
    }
    case 'scale': {
      const head = `${label('scale', lang)} ${trim(s.min)}–${trim(s.max)}`;
      const bands = (s.bands ?? []).map((b) => `${pick(b.label, lang)} ≥ ${trim(b.threshold)}`);
      return [head, ...bands].join(sep);
    }
  }
}
