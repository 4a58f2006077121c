import { render } from '@testing-library/react';
import * as React from 'react';
import type { Lang } from '../../src/core/errors';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/host/pane-host';
import type { Page } from '../../src/taskpane/state/model';
import { fakeHost } from './fake-host';

/** Storage in memory, shaped like localStorage, so each test starts clean. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => void (data[k] = v),
    removeItem: (k: string) => void delete data[k],
  };
}

export function renderApp(options: { host?: PaneHost; lang?: Lang; page?: Page; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const host = options.host ?? fakeHost('browser');
  const storage = options.storage ?? memoryStorage();
  const view = render(
    <App host={host} initialLang={options.lang ?? 'en-US'} initialPage={options.page} storage={storage} fetchJson={async () => ({ functions: [] })} />,
  );
  return { ...view, host, storage };
}
