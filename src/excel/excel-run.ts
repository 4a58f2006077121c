/**
 * How this folder reaches a workbook: Excel.run, or a stand-in with its signature in tests
 * (test/helpers/fake-excel.ts). Every reader and writer here takes one, defaulting to Excel's.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up when called: the `Excel` global exists only once office.js has loaded. */
export const excelRun: ExcelRun = (batch) => Excel.run(batch);
