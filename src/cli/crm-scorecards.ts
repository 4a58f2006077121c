import * as fs from 'fs';
import * as path from 'path';
import type { Lang } from '../core/errors';
import { BUILT_IN_TEMPLATES, importScorecard, templateById } from '../core/scorecard';
import type { Scorecard } from '../core/scorecard/model';
import { scorecardXlsxBytes } from '../xlsx/scorecard-workbook';

/**
 * crm-scorecards: the built-in templates and scorecard files as ready .xlsx workbooks, for
 * people who want the sheet without opening the add-in.
 *
 *   crm-scorecards templates [--lang zh-CN|en-US]
 *   crm-scorecards export <template-id> [--lang zh-CN|en-US] [--out file.xlsx]
 *   crm-scorecards export --from scorecard.json [--lang zh-CN|en-US] [--out file.xlsx]
 */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const USAGE = [
  'Usage:',
  '  crm-scorecards templates [--lang zh-CN|en-US]',
  '  crm-scorecards export <template-id> [--lang zh-CN|en-US] [--out file.xlsx]',
  '  crm-scorecards export --from scorecard.json [--lang zh-CN|en-US] [--out file.xlsx]',
].join('\n');

class UsageError extends Error {}

function parseOptions(args: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      if (!['lang', 'out', 'from'].includes(key)) throw new UsageError(`Unknown option --${key}.`);
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${key} needs a value.`);
      options[key] = value;
    } else positional.push(a);
  }
  return { positional, options };
}

function langOf(v: string | undefined): Lang {
  if (v === undefined || v === 'en-US' || v === 'en') return 'en-US';
  if (v === 'zh-CN' || v === 'zh') return 'zh-CN';
  throw new UsageError(`--lang must be zh-CN or en-US, not "${v}".`);
}

/** Runs one command; resolves to the process exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const { positional, options } = parseOptions(rest);
    const lang = langOf(options.lang);
    if (command === 'templates') {
      if (positional.length > 0) throw new UsageError(`templates takes no arguments; got ${positional.join(' ')}.`);
      for (const t of BUILT_IN_TEMPLATES) io.out(`${t.id}\t${lang === 'zh-CN' ? t.title.zh : t.title.en}`);
      return 0;
    }
    if (command === 'export') {
      let card: Scorecard;
      if (options.from !== undefined) {
        if (positional.length > 0) throw new UsageError('Give either a template id or --from, not both.');
        const file = path.resolve(io.cwd, options.from);
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch (e) {
          io.err(`Cannot read ${options.from}: ${(e as Error).message}`);
          return 1;
        }
        const checked = importScorecard(text);
        if (!checked.ok) {
          io.err(`${options.from} is not a valid scorecard (${checked.errors.length} problem${checked.errors.length === 1 ? '' : 's'}):`);
          for (const e of checked.errors) io.err(`  - ${lang === 'zh-CN' ? e.text.zh : e.text.en}`);
          return 1;
        }
        card = checked.card;
      } else {
        if (positional.length !== 1) throw new UsageError('export needs one template id (see "crm-scorecards templates") or --from file.json.');
        const t = templateById(positional[0]);
        if (!t) {
          io.err(`Unknown template "${positional[0]}". Built-in templates: ${BUILT_IN_TEMPLATES.map((x) => x.id).join(', ')}.`);
          return 1;
        }
        card = t;
      }
      const out = path.resolve(io.cwd, options.out ?? `${card.id}${lang === 'zh-CN' ? '.zh-CN' : ''}.xlsx`);
      const bytes = await scorecardXlsxBytes(card, lang);
      fs.writeFileSync(out, bytes);
      io.out(`Wrote ${options.out ?? path.relative(io.cwd, out)}`);
      return 0;
    }
    throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${USAGE}`);
      return 2;
    }
    io.err(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
