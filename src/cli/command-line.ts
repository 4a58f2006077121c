import * as fs from 'fs';
import * as path from 'path';
import type { Lang, Text } from '../core/errors';
import { cliMessages as m } from './messages';

/**
 * What the commands (crm-scorecards, crm-customers) share about a command line: reading it,
 * choosing the language, the failures they print and writing a file whole.
 */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

export interface Parsed<O extends string, F extends string = never> {
  positional: string[];
  options: Partial<Record<O, string>>;
  flags: Partial<Record<F, true>>;
  help: boolean;
  /** The first thing wrong with the command line; --help still wins over it. */
  problem?: Text;
}

/** `--name value`, `--name=value`, `--flag`, positional arguments; options may come anywhere. */
export function parseCommandLine<O extends string, F extends string = never>(
  args: readonly string[],
  options: readonly O[],
  flags: readonly F[] = [],
): Parsed<O, F> {
  const parsed: Parsed<O, F> = { positional: [], options: {}, flags: {}, help: false };
  const fail = (t: Text) => (parsed.problem ??= t);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') parsed.help = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = a.slice(2, eq < 0 ? undefined : eq);
      if ((flags as readonly string[]).includes(key) && eq < 0) {
        parsed.flags[key as F] = true;
        continue;
      }
      if (!(options as readonly string[]).includes(key)) {
        fail(m.unknownOption(`--${key}`));
        continue;
      }
      // `--out --lang zh-CN` is a forgotten value, not a file named "--lang".
      const value = eq < 0 ? (args[i + 1]?.startsWith('--') ? undefined : args[++i]) : a.slice(eq + 1);
      if (value === undefined || value === '') fail(m.needsValue(`--${key}`));
      else if (parsed.options[key as O] !== undefined) fail(m.repeatedOption(`--${key}`));
      else parsed.options[key as O] = value;
    } else if (a.startsWith('-') && a.length > 1) fail(m.unknownOption(a));
    else parsed.positional.push(a);
  }
  return parsed;
}

export function langOf(v: string | undefined): Lang | null {
  if (v === undefined || v === 'en-US' || v === 'en') return 'en-US';
  if (v === 'zh-CN' || v === 'zh') return 'zh-CN';
  return null;
}

/** Writes beside the target and renames, so a failed write never leaves half a file. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** A failure the command reports in the user's language: 1 the input could not be used, 2 the command line is wrong. */
export class Failure {
  constructor(
    readonly lines: Text[],
    readonly code: 1 | 2,
  ) {}
}
