import * as React from 'react';
import type { TrackerWatch } from '../../core/sheet/tracker-watch';
import type { PaneHost } from '../host/pane-host';

/** Changes come in bursts while a user types or pastes; the watch reads once they settle. */
export const WATCH_SETTLE_MS = 400;

export interface WatchState {
  /** null until the first read (in a browser, until a file is opened). */
  watches: TrackerWatch[] | null;
  error: unknown;
  /** The file last opened in a browser, to read again. */
  file: Blob | null;
  alerts: number;
  refresh(): Promise<void>;
  openFile(file: Blob): Promise<void>;
}

/**
 * The KPI watch for the whole pane (its count shows on the tab whatever page is open). In
 * Excel it reads the workbook at once and again after every burst of changes; in a browser it
 * reads the file the user opens, and reads it again on request.
 */
export function useTrackerWatch(host: PaneHost): WatchState {
  const trackers = host.trackers;
  const [watches, setWatches] = React.useState<TrackerWatch[] | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [file, setFile] = React.useState<Blob | null>(null);
  // A slow read must not overwrite a newer one.
  const generation = React.useRef(0);

  const read = React.useCallback(async (how: () => Promise<TrackerWatch[]>) => {
    const mine = ++generation.current;
    try {
      const got = await how();
      if (mine === generation.current) {
        setWatches(got);
        setError(null);
      }
    } catch (e) {
      if (mine === generation.current) setError(e);
    }
  }, []);

  const refresh = React.useCallback(async () => {
    if (!trackers) return;
    if (trackers.watchFile && file) await read(() => trackers.watchFile!(file));
    else if (!trackers.watchFile) await read(() => trackers.watch());
  }, [trackers, file, read]);

  React.useEffect(() => {
    if (!trackers || trackers.watchFile) return;
    // The first read, like every later one, arrives from outside the effect (a timer), not during it.
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => void read(() => trackers.watch()), 0);
    if (!trackers.onChanged) return () => clearTimeout(timer);
    let stop: (() => Promise<void>) | undefined;
    let gone = false;
    trackers
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void read(() => trackers.watch()), WATCH_SETTLE_MS);
      })
      .then((s) => (gone ? void s().catch(() => undefined) : (stop = s)))
      .catch(() => undefined);
    return () => {
      gone = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [trackers, read]);

  const openFile = React.useCallback(
    async (f: Blob) => {
      setFile(f);
      if (trackers?.watchFile) await read(() => trackers.watchFile!(f));
    },
    [trackers, read],
  );

  const alerts = (watches ?? []).reduce((n, w) => n + w.alerts.length, 0);
  return { watches, error, file, alerts, refresh, openFile };
}
