import type * as React from 'react';
import type { Lang } from '../../core/errors';
import type { Scorecard } from '../../core/scorecard';
import type { PaneHost } from '../host/pane-host';
import type { Action } from '../state/actions';
import type { Origin, Page, PaneView } from '../state/model';

/** What every scorecard page receives from the app. */
export interface PageProps {
  lang: Lang;
  host: PaneHost;
  dispatch: React.Dispatch<Action>;
  go: (page: Page) => void;
}

export interface CardPageProps extends PageProps {
  card: Scorecard;
  origin: Origin;
  /** Where the user is on the Candidates page (pane state, so it outlives the page). */
  view?: PaneView;
}
