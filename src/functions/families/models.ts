/* Custom functions of the models family; see metrics.ts for the conventions. */
export {};
