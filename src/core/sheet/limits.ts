import { CrmError, Text } from '../errors';
import { address } from './a1';
import { fields, limitMessages as m } from './limit-messages';
import type { SheetPlan } from './plan';

/**
 * What Excel refuses to hold, checked on the plan before either writer touches a workbook.
 * Excel would reject such a formula or cell part-way through a batch (and Office.js keeps
 * what was queued before the failure), or open the .xlsx only after "repairing" it; refusing
 * up front leaves nothing half-written, and the message names the part of the scorecard to
 * shorten. Every number is from Microsoft's "Excel specifications and limits".
 */
export const EXCEL_LIMITS = {
  /** Characters of a text value inside a formula. */
  textInFormula: 255,
  /** Characters of a formula's contents. */
  formulaLength: 8192,
  /** Levels of functions nested inside each other. */
  nesting: 64,
  /** Arguments of one function. */
  arguments: 255,
  /** Characters a cell holds. */
  cellText: 32767,
  /** Characters of a data-validation list typed as its source. */
  listSource: 255,
} as const;

/**
 * Characters an .xlsx part cannot carry: XML 1.0 allows tab, line feed and carriage return
 * and nothing else below U+0020, nor U+FFFE, U+FFFF or half of a surrogate pair. One of them
 * in a KPI name makes the chart part unreadable.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The first character of `s` no Excel file can hold, as a code unit, or null. */
export function forbiddenCharacter(s: string): number | null {
  const hit = FORBIDDEN.exec(s);
  if (hit) return hit[0].charCodeAt(0);
  // Surrogates by hand: a lookbehind would not parse in the older Safari of Excel for Mac.
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return u;
  }
  return null;
}

export interface FormulaShape {
  /** Characters, counting the "=" Excel shows in front. */
  length: number;
  /** The longest text literal, with doubled quotes read as one. */
  longestText: string;
  /** Function calls nested inside each other at the deepest point; 0 without any call. */
  depth: number;
  /** The most arguments any one call is given. */
  mostArguments: number;
}

/**
 * Reads a formula as far as the limits need: text literals ("..." with "" inside), quoted sheet
 * names ('...'), array constants ({...}), and which parentheses belong to a function call
 * (a name right before them) rather than to grouping.
 */
export function formulaShape(formula: string): FormulaShape {
  let longestText = '';
  let depth = 0;
  let deepest = 0;
  let mostArguments = 0;
  let braces = 0;
  let name = '';
  const open: { call: boolean; commas: number; empty: boolean }[] = [];
  const touch = () => {
    const top = open[open.length - 1];
    if (top) top.empty = false;
  };
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let text = '';
      for (i++; i < formula.length; i++) {
        if (formula[i] !== ch) text += formula[i];
        else if (formula[i + 1] === ch) {
          text += ch;
          i++;
        } else break;
      }
      if (ch === '"' && text.length > longestText.length) longestText = text;
      touch();
      name = '';
      continue;
    }
    if (/[A-Za-z0-9_.\\$]/.test(ch)) {
      name += ch;
      touch();
      continue;
    }
    if (ch === '(') {
      touch();
      const call = /^[A-Za-z_\\]/.test(name);
      open.push({ call, commas: 0, empty: true });
      if (call) deepest = Math.max(deepest, ++depth);
    } else if (ch === ')') {
      const frame = open.pop();
      if (frame?.call) {
        depth--;
        mostArguments = Math.max(mostArguments, frame.empty ? 0 : frame.commas + 1);
      }
    } else if (ch === '{') {
      touch();
      braces++;
    } else if (ch === '}') braces--;
    else if (ch === ',' && braces === 0) {
      const top = open[open.length - 1];
      if (top) top.commas++;
    } else if (ch.trim() !== '') touch();
    name = '';
  }
  return { length: formula.length + 1, longestText, depth: deepest, mostArguments };
}

function formulaProblems(formula: string, where: string, field: Text, out: Text[]): void {
  const shape = formulaShape(formula);
  const bad = forbiddenCharacter(formula);
  if (bad !== null) out.push(m.controlCharacter(field, where, bad));
  if (shape.longestText.length > EXCEL_LIMITS.textInFormula)
    out.push(m.textInFormula(field, where, shape.longestText, shape.longestText.length, EXCEL_LIMITS.textInFormula));
  if (shape.length > EXCEL_LIMITS.formulaLength) out.push(m.formulaTooLong(field, where, shape.length, EXCEL_LIMITS.formulaLength));
  if (shape.depth > EXCEL_LIMITS.nesting) out.push(m.tooDeep(field, where, shape.depth, EXCEL_LIMITS.nesting));
  if (shape.mostArguments > EXCEL_LIMITS.arguments) out.push(m.tooManyArguments(field, where, shape.mostArguments, EXCEL_LIMITS.arguments));
}

function textProblems(text: string, where: string, field: Text, out: Text[]): void {
  const bad = forbiddenCharacter(text);
  if (bad !== null) out.push(m.controlCharacter(field, where, bad));
  if (text.length > EXCEL_LIMITS.cellText) out.push(m.cellTooLong(field, where, text.length, EXCEL_LIMITS.cellText));
}

/** Everything in the plan Excel would refuse, in plan order; empty when the plan fits. */
export function planProblems(plan: SheetPlan): Text[] {
  const out: Text[] = [];
  for (const c of plan.cells) {
    const where = address(c.row, c.col);
    const field = c.source ?? fields.cell(where);
    if (c.formula !== undefined) formulaProblems(c.formula, where, field, out);
    else if (typeof c.value === 'string') textProblems(c.value, where, field, out);
  }
  for (const v of plan.validations) {
    if (v.type !== 'list') continue;
    const field = fields.list(v.range);
    for (const x of v.values) {
      const bad = forbiddenCharacter(x);
      if (bad !== null) out.push(m.controlCharacter(field, v.range, bad));
    }
    const length = v.values.join(',').length;
    if (length > EXCEL_LIMITS.listSource) out.push(m.listTooLong(field, length, EXCEL_LIMITS.listSource));
  }
  for (const f of plan.conditionalFormats) formulaProblems(f.formula, f.range, fields.conditionalFormat(f.range), out);
  for (const chart of plan.charts) {
    const bad = forbiddenCharacter(chart.title);
    if (bad !== null) out.push(m.controlCharacter(fields.chart(chart.title), chart.categories, bad));
    for (const s of chart.series) {
      const b = forbiddenCharacter(s.name);
      if (b !== null) out.push(m.controlCharacter(s.source ?? fields.chart(chart.title), s.values, b));
    }
  }
  return out;
}

/** A plan Excel would not accept; `problems` holds every reason, `text` the first few. */
export class SheetLimitError extends CrmError {
  constructor(readonly problems: readonly Text[]) {
    super('VALUE', m.refused(problems));
    this.name = 'SheetLimitError';
  }
}

/** Throws SheetLimitError when Excel would refuse part of the plan; writers call it before writing anything. */
export function assertPlanFits(plan: SheetPlan): void {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new SheetLimitError(problems);
}
