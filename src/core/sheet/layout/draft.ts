import type { Text } from '../../errors';
import type { CellStyle, CellValue, ConditionalFormat, PlanCell, Validation } from '../plan';
import type { ScorecardLayout } from './layout-types';

/** A sheet being laid out: what each step adds to, and the cells it records for readers. */
export interface Draft {
  cells: PlanCell[];
  merges: string[];
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  inputs: ScorecardLayout['inputs'];
  outputs: ScorecardLayout['outputs'];
  put(row: number, col: number, content: { value?: CellValue; formula?: string; source?: Text; comment?: string }, style?: CellStyle): void;
}

export function newDraft(): Draft {
  const cells: PlanCell[] = [];
  return {
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    inputs: { ratings: [], criterionWeights: [], sectionWeights: [], candidateNames: [] },
    outputs: { points: [], sectionPoints: [], totals: [], ranks: [], statuses: [], grades: [], weightsCheck: 'B3' },
    put: (row, col, content, style) => cells.push({ row, col, ...content, ...(style ? { style } : {}) }),
  };
}

export const COLOURS = {
  title: '1F3864',
  header: '1F4E78',
  headerText: 'FFFFFF',
  section: 'D9E1F2',
  input: 'FFF2CC',
  total: 'E2EFDA',
  good: 'C6EFCE',
  goodText: '006100',
  warn: 'FFEB9C',
  warnText: '9C5700',
  bad: 'FFC7CE',
  badText: '9C0006',
};

export const HEADER: CellStyle = { bold: true, fill: COLOURS.header, color: COLOURS.headerText, hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
export const INPUT: CellStyle = { fill: COLOURS.input, border: true };
export const STRONG: CellStyle = { bold: true, fill: COLOURS.total, border: true };
