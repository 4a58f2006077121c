/*
 * Ribbon commands. The "Open CRM Analytics" button uses the manifest's ShowTaskpane action;
 * this file registers the shared runtime's command handlers.
 */
function showPane(event: Office.AddinCommands.Event): void {
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    .finally(() => event.completed());
}

if (typeof Office !== 'undefined' && Office.onReady) {
  void Office.onReady(() => {
    Office.actions?.associate('showPane', showPane);
  });
}

export { showPane };
