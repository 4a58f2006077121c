import { JobPage, requestPage } from './pane-route';

/*
 * Ribbon commands. "CRM Analytics" opens the pane through the manifest's ShowTaskpane action;
 * the buttons per job (Scorecards, KPI watch, Customer value) run these handlers in the shared
 * runtime: each tells the pane its page, then shows the pane.
 */

/** Command name (the manifest's FunctionName) → the page its button opens. */
export const JOB_COMMANDS: Record<string, JobPage> = {
  openScorecards: 'templates',
  openKpiWatch: 'watch',
  openCustomerValue: 'customers',
};

/**
 * Office.addin.showAsTaskpane needs SharedRuntime 1.1, which the manifest requires
 * (https://learn.microsoft.com/javascript/api/office/office.addin#office-office-addin-showastaskpane-member(1)).
 * The command must call event.completed() whatever happens, or Office keeps it spinning
 * (https://learn.microsoft.com/javascript/api/office/office.addincommands.event#office-office-addincommands-event-completed-member(1)).
 */
function showPane(event: Office.AddinCommands.Event): void {
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    .finally(() => event.completed());
}

export function openPage(page: JobPage) {
  return (event: Office.AddinCommands.Event): void => {
    requestPage(page);
    showPane(event);
  };
}

/** Registers every command with Office.actions.associate (the manifest names them by FunctionName). */
export function registerCommands(actions: Pick<typeof Office.actions, 'associate'>): void {
  actions.associate('showPane', showPane);
  for (const [name, page] of Object.entries(JOB_COMMANDS)) actions.associate(name, openPage(page));
}

if (typeof Office !== 'undefined' && Office.onReady) {
  void Office.onReady(() => {
    if (Office.actions) registerCommands(Office.actions);
  });
}

export { showPane };
