import * as React from 'react';
import type { Action } from './actions';
import type { PaneState } from './model';
import { restoreDraft, Restored, saveDraft } from './persist';
import { reducer } from './reducer';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The reducer, started from the saved draft and saving every change back to it. */
export function usePaneState(storage: DraftStorage | undefined): { state: PaneState; dispatch: React.Dispatch<Action>; restored: Restored['outcome'] } {
  const [start] = React.useState(() => restoreDraft(storage));
  const [state, dispatch] = React.useReducer(reducer, start.state);
  React.useEffect(() => {
    saveDraft(storage, state);
  }, [storage, state]);
  return { state, dispatch, restored: start.outcome };
}
