/*
 * Which page the pane should show, as asked by a ribbon button. The manifest runs the ribbon
 * commands and the pane in one shared runtime (Runtime lifetime="long", FunctionFile and the
 * pane both Taskpane.Url), so both see the same window; but webpack builds the commands and the
 * pane as separate bundles, each with its own copy of this module, so the request lives on the
 * global object, where both copies find it. A request made before the pane has rendered waits
 * there until the pane takes it; a pane already open hears it at once.
 */
export const JOB_PAGES = ['templates', 'watch', 'customers'] as const;
export type JobPage = (typeof JOB_PAGES)[number];

interface Route {
  pending: JobPage | null;
  listeners: Set<(page: JobPage) => void>;
}

const KEY = '__crmPaneRoute';

function route(): Route {
  const g = globalThis as { [KEY]?: Route };
  return (g[KEY] ??= { pending: null, listeners: new Set() });
}

/** Asks the pane for a page: delivered to a listening pane, otherwise kept for the next to start. */
export function requestPage(page: JobPage): void {
  const r = route();
  if (r.listeners.size === 0) r.pending = page;
  else for (const listener of r.listeners) listener(page);
}

/** The page asked for before the pane listened, once (null when none was). */
export function takeRequestedPage(): JobPage | null {
  const r = route();
  const page = r.pending;
  r.pending = null;
  return page;
}

/** Hears every later request; returns the function that stops listening. */
export function onPageRequest(listener: (page: JobPage) => void): () => void {
  const r = route();
  r.listeners.add(listener);
  return () => void r.listeners.delete(listener);
}
