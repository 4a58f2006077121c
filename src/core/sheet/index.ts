/** Generated worksheets as data: the scorecard layout, stored definitions and read-back. */
export * from './plan';
export * from './a1';
export { legalSheetName, uniqueSheetName, MAX_SHEET_NAME } from './sheet-name';
export { looksLikeFormula, formulaString } from './formula-text';
export { buildScorecardLayout, linkName } from './scorecard-plan';
export { assertPlanFits, planProblems, SheetLimitError, EXCEL_LIMITS } from './limits';
export type { ScorecardLayout, RatingInput } from './scorecard-plan';
export { readBack, SheetLayoutError, layoutMismatches } from './read-back';
export type { ReadBack, SkippedCell } from './read-back';
export { STORE_SHEET, STORE_VERSION, STORE_HEADER, storedRow, parseStoredRow, newLinkId, missingDefinition, StoredDefinitionError } from './stored';
export type { StoredEntry } from './stored';
export { label as sheetLabel } from './sheet-labels';
