/* Custom functions of the scorecard family; see metrics.ts for the conventions. */
export {};
