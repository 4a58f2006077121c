import type { Text } from '../errors';
import { uniqueIds } from '../scorecard/rules/checks';
import { fromZod, ValidationIssue } from '../scorecard/validate';
import { trackerMessages as m } from './messages';
import { MONTHS_OF, Tracker, TrackerKpi, trackerShape } from './model';

/**
 * Validation of a tracker: the zod shape, then the rules across fields, every problem with
 * its path in both languages, all at once. Only this makes a ValidTracker, so the engine and
 * the sheet layout never check again.
 */
declare const checked: unique symbol;
export type ValidTracker = Tracker & { readonly [checked]: true };

export type TrackerValidation = { ok: true; tracker: ValidTracker } | { ok: false; errors: ValidationIssue[] };

/** More KPIs than this on one team would not fit a readable sheet. */
export const MAX_TEAM_KPIS = 12;

function checkKpi(k: TrackerKpi, path: string, report: (path: string, text: Text) => void): void {
  const wrongSide = k.direction === 'at-most' ? k.warning < k.target : k.warning > k.target;
  if (wrongSide) report(`${path}.warning`, m.warningSide(`${path}.warning`, k.direction, k.warning, k.target));
  // A growth target is a fraction of last year, not a share: +150 % is a legal target.
  if (k.unit === 'percent' && k.direction !== 'growth')
    for (const f of ['target', 'warning'] as const) if (k[f] < 0 || k[f] > 1) report(`${path}.${f}`, m.shareOutside(`${path}.${f}`, k[f]));
}

function checkValue(k: TrackerKpi, v: number, path: string, report: (path: string, text: Text) => void): void {
  if (k.unit === 'percent' && (v < 0 || v > 1)) report(path, m.shareOutside(path, v));
  // Money can be lost; counts, scores and durations cannot fall below zero.
  else if (k.unit !== 'currency' && v < 0) report(path, m.negative(path, v));
}

export function validateTracker(input: unknown): TrackerValidation {
  const parsed = trackerShape.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => fromZod(i, input)) };
  const t = input as Tracker;
  const errors: ValidationIssue[] = [];
  const report = (path: string, text: Text) => errors.push({ path, text });

  uniqueIds(
    t.kpis.map((k, i) => ({ id: k.id, path: `kpis[${i}].id` })),
    report,
  );
  uniqueIds(
    t.teams.map((x, i) => ({ id: x.id, path: `teams[${i}].id` })),
    report,
  );
  t.kpis.forEach((k, i) => checkKpi(k, `kpis[${i}]`, report));
  const byId = new Map(t.kpis.map((k) => [k.id, k]));

  t.teams.forEach((team, i) => {
    const at = `teams[${i}]`;
    if (team.kpis.length > MAX_TEAM_KPIS) report(`${at}.kpis`, m.tooManyKpis(`${at}.kpis`, team.kpis.length));
    uniqueIds(
      team.kpis.map((id, j) => ({ id, path: `${at}.kpis[${j}]` })),
      report,
    );
    team.kpis.forEach((id, j) => {
      if (!byId.has(id)) report(`${at}.kpis[${j}]`, m.unknownKpi(`${at}.kpis[${j}]`, id));
    });
    const values = (what: 'actuals' | 'lastYear', record: Record<string, (number | null)[]>) => {
      for (const [id, months] of Object.entries(record)) {
        const path = `${at}.${what}.${id}`;
        const k = byId.get(id);
        if (!k) report(path, m.unknownKpi(path, id));
        else if (!team.kpis.includes(id)) report(path, m.notTracked(path, team.name, id));
        else if (what === 'lastYear' && k.direction !== 'growth') report(path, m.lastYearNotGrowth(path, id));
        if (!k) continue;
        months.forEach((v, mi) => {
          if (v === null) return;
          const p = `${path}[${mi}]`;
          if ((mi + 1) % MONTHS_OF[k.review] !== 0) report(p, m.notDue(p, k.name, mi + 1));
          else if (what === 'lastYear' && v <= 0) report(p, m.lastYearNotPositive(p, v));
          else checkValue(k, v, p, report);
        });
      }
    };
    values('actuals', team.actuals);
    if (team.lastYear) values('lastYear', team.lastYear);
  });

  if (errors.length) return { ok: false, errors };
  return { ok: true, tracker: t as ValidTracker };
}
