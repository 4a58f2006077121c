import * as fs from 'fs';
import * as path from 'path';
import { CrmError, type Lang, type Text } from '../core/errors';
import { inLanguage } from '../core/language';
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

/** What a command tells the shared runner: its usage, its "failed unexpectedly" sentence, and how to run a command. */
export interface CommandSpec {
  usage: () => Text;
  failed: (detail: string) => Text;
  /** Runs `command`; its usage mistakes are thrown as Failure with code 2, bad input as Failure with code 1. */
  run: (command: string, positional: string[], lang: Lang) => Promise<void>;
}

/**
 * The steps every command takes around its own work: choose the language (a bad --lang is said in
 * both, since neither was chosen), answer help, refuse a wrong command line with the usage, and
 * print any failure in the user's language with its exit status.
 */
export async function runMain(parsed: Parsed<string, string>, io: Io, spec: CommandSpec): Promise<number> {
  const asked = parsed.options.lang;
  const lang = langOf(asked);
  if (lang === null) {
    const t = m.badLang(asked!);
    io.err(`${t.en}\n${t.zh}\n${spec.usage().en}`);
    return 2;
  }
  try {
    const [command, ...positional] = parsed.positional;
    if (command === 'help' || parsed.help) {
      io.out(inLanguage(spec.usage(), lang));
      return 0;
    }
    if (parsed.problem) throw new Failure([parsed.problem, spec.usage()], 2);
    if (command === undefined) throw new Failure([m.noCommand(), spec.usage()], 2);
    await spec.run(command, positional, lang);
    return 0;
  } catch (e) {
    if (e instanceof Failure) {
      io.err(e.lines.map((t) => inLanguage(t, lang)).join('\n'));
      return e.code;
    }
    // Any other CrmError (a fit that cannot be made, a setting out of range) is a sentence meant for the user.
    if (e instanceof CrmError) {
      io.err(e.localized(lang));
      return 1;
    }
    io.err(inLanguage(spec.failed(e instanceof Error ? e.message : String(e)), lang));
    return 1;
  }
}
