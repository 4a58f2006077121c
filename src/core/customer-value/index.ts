/** The customer-value workspace: read a transaction table → summarise → fit → score → results plan. */
export * from './columns';
export * from './cells';
export * from './read-table';
export * from './summarise';
export * from './summary-sql';
export * from './settings';
export * from './models';
export * from './fit-step';
export * from './score';
export * from './verdict';
export * from './analyse';
export { cvMessages } from './messages';
export * from './results-plan';
export * from './stored';
export * from './source';
export * from './sheets-exist';
export * from './check';
