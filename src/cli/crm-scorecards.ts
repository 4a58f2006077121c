import * as fs from 'fs';
import * as path from 'path';
import { CrmError, type Lang, type Text } from '../core/errors';
import { inLanguage } from '../core/vocabulary';
import type { ValidScorecard } from '../core/scorecard/validate';
import type { ValidTracker } from '../core/kpi/validate';
import type { PeriodKind } from '../core/kpi/model';
import { cliMessages as m, fsReason } from './messages';
import { Failure, type Io, parseCommandLine, runMain, writeWhole } from './command-line';

/**
 * crm-scorecards: the built-in templates and scorecard files as ready .xlsx workbooks, for
 * people who want the sheet without opening the add-in. `crm-scorecards --help` lists the
 * commands. bin/crm-scorecards.js runs the bundle of this file that `npm run build` makes.
 *
 * Exit status: 0 done; 1 the scorecard, a file or the workbook could not be used; 2 the
 * command line is wrong. Every message follows --lang; nothing prints a stack trace.
 */
export type { Io };

const OPTIONS = ['lang', 'out', 'from', 'year', 'periods'] as const;
type Parsed = ReturnType<typeof parse>;
const parse = (args: readonly string[]) => parseCommandLine(args, OPTIONS);

/** Line and column of a JSON.parse failure, from the offset V8 puts in most of its messages. */
function jsonPosition(text: string, message: string): { line: number; column: number } | null {
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /Unexpected end of JSON input/.test(message) ? text.length : null;
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

const usageError = (t: Text) => new Failure([t, m.usage()], 2);
const failure = (...lines: Text[]) => new Failure(lines, 1);

type Definition = { kind: 'scorecard'; card: ValidScorecard } | { kind: 'tracker'; tracker: ValidTracker };

/** What `export` writes: a built-in scorecard or tracker, or a validated file of either. */
async function definitionFor(positional: readonly string[], options: Parsed['options'], cwd: string): Promise<Definition> {
  // Loaded here, not at the top: --help and a wrong command line should not pay for zod and the templates.
  const { BUILT_IN_TEMPLATES, requireValid, templateById, validateScorecard } = await import('../core/scorecard');
  const { BUILT_IN_TRACKERS, trackerById, validateTracker } = await import('../core/kpi');
  const from = options.from;
  if (from === undefined) {
    if (positional.length !== 1) throw usageError(m.exportNeedsOne());
    const t = templateById(positional[0]);
    const tracker = trackerById(positional[0]);
    if (tracker) {
      const checked = validateTracker(tracker);
      if (!checked.ok) throw failure(checked.errors[0].text);
      return { kind: 'tracker', tracker: checked.tracker };
    }
    if (!t)
      throw failure(
        m.unknownTemplate(
          positional[0],
          [...BUILT_IN_TEMPLATES, ...BUILT_IN_TRACKERS].map((x) => x.id),
        ),
      );
    return { kind: 'scorecard', card: requireValid(validateScorecard(t)) };
  }
  if (positional.length > 0) throw usageError(m.idOrFrom());
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, from));
  } catch (e) {
    throw failure(m.cannotRead(from, fsReason(e)));
  }
  let text: string;
  try {
    // Strict UTF-8; the decoder also drops a leading byte order mark, which Windows editors
    // write and JSON.parse rejects.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw failure(m.notUtf8(from));
  }
  if (text.trim() === '') throw failure(m.emptyFile(from));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message.replace(/\s*\(line \d+ column \d+\)/, '');
    const at = jsonPosition(text, detail);
    throw failure(m.notJson(from, at?.line ?? null, at?.column ?? null, detail));
  }
  // A tracker file says so; everything else is read as a scorecard, as before trackers existed.
  const isTracker = typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'tracker';
  const checked = isTracker ? validateTracker(data) : validateScorecard(data);
  if (!checked.ok) {
    const problems = checked.errors.map((e) => ({ en: `  - ${e.text.en}`, zh: `  - ${e.text.zh}` }));
    throw failure(isTracker ? m.notValidTracker(from, checked.errors.length) : m.notValid(from, checked.errors.length), ...problems);
  }
  return 'tracker' in checked ? { kind: 'tracker', tracker: checked.tracker } : { kind: 'scorecard', card: checked.card };
}

const PERIOD_KINDS: Record<string, PeriodKind> = {
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  half: 'half',
  halves: 'half',
  'half-year': 'half',
};

/** A tracker for the year and columns asked (trackerFor: another year starts empty). */
async function trackerAsked(t: ValidTracker, options: Parsed['options'], lang: Lang, io: Io): Promise<ValidTracker> {
  let year: number | undefined;
  if (options.year !== undefined) {
    year = Number(options.year);
    if (!/^\d{4}$/.test(options.year) || year < 1901 || year > 9998) throw usageError(m.badYear(options.year));
  }
  let periods: PeriodKind | undefined;
  if (options.periods !== undefined) {
    periods = PERIOD_KINDS[options.periods.toLowerCase()];
    if (!periods) throw usageError(m.badPeriods(options.periods));
  }
  const { trackerFor, validateTracker } = await import('../core/kpi');
  const made = trackerFor(t, { year, periods });
  if (made.emptied) io.out(pick(m.emptiedForYear(made.tracker.year, t.year), lang));
  const checked = validateTracker(made.tracker);
  if (!checked.ok) throw failure(checked.errors[0].text);
  return checked.tracker;
}

async function exportCommand(positional: readonly string[], options: Parsed['options'], lang: Lang, io: Io): Promise<void> {
  const def = await definitionFor(positional, options, io.cwd);
  if (def.kind === 'scorecard') for (const opt of ['year', 'periods'] as const) if (options[opt] !== undefined) throw usageError(m.onlyForTrackers(`--${opt}`));
  const id = def.kind === 'scorecard' ? def.card.id : def.tracker.id;
  const shown = options.out ?? `${id}${lang === 'zh-CN' ? '.zh-CN' : ''}.xlsx`;
  let bytes: Uint8Array;
  try {
    if (def.kind === 'scorecard') {
      const { scorecardXlsxBytes } = await import('../xlsx/scorecard-workbook');
      bytes = await scorecardXlsxBytes(def.card, lang);
    } else {
      const { trackerXlsxBytes } = await import('../xlsx/tracker-workbook');
      bytes = await trackerXlsxBytes(await trackerAsked(def.tracker, options, lang, io), lang);
    }
  } catch (e) {
    // A definition the sheet cannot hold (no candidates, beyond Excel's limits) is the user's to fix.
    if (e instanceof CrmError) throw failure(m.cannotBuild(e.text));
    throw e;
  }
  try {
    writeWhole(path.resolve(io.cwd, shown), bytes);
  } catch (e) {
    throw failure(m.cannotWrite(shown, fsReason(e)));
  }
  io.out(pick(m.wrote(shown), lang));
}

const pick = inLanguage;

/**
 * merge: each file is one appraiser's copy (or, for a workbook of several scorecard sheets of
 * the card, one per sheet). Every file is read before anything is written; one that cannot be
 * used stops the merge, and all such problems are listed together. Cells not taken from a
 * sheet are read as unrated and listed, as the pane lists them.
 */
async function mergeCommand(positional: readonly string[], options: Parsed['options'], lang: Lang, io: Io): Promise<void> {
  if (positional.length < 2) throw usageError(m.mergeNeedsTwo());
  const { mergeReturnedFiles } = await import('../xlsx/merge-files');
  type ReturnedFile = import('../xlsx/merge-files').ReturnedFile;
  const files: ReturnedFile[] = positional.map((file) => {
    try {
      return { name: file, bytes: fs.readFileSync(path.resolve(io.cwd, file)) };
    } catch (e) {
      return { name: file, unreadable: m.cannotRead(file, fsReason(e)) };
    }
  });
  const merge = await mergeReturnedFiles(files, lang);
  const result = merge.result;
  const all = merge.problems;
  if (!result?.ok || all.length > 0) throw failure(m.nothingMerged(all.length), ...all.map((t) => ({ en: `  - ${t.en}`, zh: `  - ${t.zh}` })));
  const skipped = merge.skipped.map((t) => ({ en: `  - ${t.en}`, zh: `  - ${t.zh}` }));

  const shown = options.out ?? `${result.card.id}-merged${lang === 'zh-CN' ? '.zh-CN' : ''}.xlsx`;
  const { consolidatedXlsxBytes } = await import('../xlsx/consolidated-workbook');
  let bytes: Uint8Array;
  try {
    bytes = await consolidatedXlsxBytes(result.card, lang);
  } catch (e) {
    if (e instanceof CrmError) throw failure(m.cannotBuild(e.text));
    throw e;
  }
  try {
    writeWhole(path.resolve(io.cwd, shown), bytes);
  } catch (e) {
    throw failure(m.cannotWrite(shown, fsReason(e)));
  }
  const lines: Text[] = [m.merged(result.appraisers.length, shown)];
  result.appraisers.forEach((a) => {
    const count = result.card.appraisals!.filter((x) => x.appraiserId === a.appraiser.id).reduce((t, x) => t + Object.keys(x.ratings).length, 0);
    lines.push(m.mergedCopy(a.label, a.appraiser.name, count));
  });
  lines.push(...result.notes);
  if (skipped.length) lines.push(m.notTaken(skipped.length), ...skipped);
  io.out(lines.map((t) => pick(t, lang)).join('\n'));
}

/** Runs one command; resolves to the process exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // Options may come before the command (`--lang zh-CN templates`), so the first positional
  // argument is the command.
  const parsed = parse(argv);
  return runMain(parsed, io, {
    usage: m.usage,
    failed: m.failed,
    run: async (command, positional, lang) => {
      if (command === 'templates') {
        if (positional.length > 0) throw usageError(m.templatesTakesNothing(positional.join(' ')));
        for (const opt of ['out', 'from', 'year', 'periods'] as const)
          if (parsed.options[opt] !== undefined) throw usageError(m.notForCommand(`--${opt}`, command));
        const { BUILT_IN_TEMPLATES } = await import('../core/scorecard');
        const { BUILT_IN_TRACKERS } = await import('../core/kpi');
        for (const t of BUILT_IN_TEMPLATES) io.out(`${t.id}\t${pick(t.title, lang)}`);
        for (const t of BUILT_IN_TRACKERS) io.out(`${t.id}\t${pick(t.title, lang)} ${pick(m.trackerTag(), lang)}`);
        return;
      }
      if (command === 'merge') {
        if (parsed.options.from !== undefined) throw usageError(m.notForCommand('--from', command));
        await mergeCommand(positional, parsed.options, lang, io);
        return;
      }
      if (command === 'export') {
        await exportCommand(positional, parsed.options, lang, io);
        return;
      }
      throw usageError(m.unknownCommand(command));
    },
  });
}
