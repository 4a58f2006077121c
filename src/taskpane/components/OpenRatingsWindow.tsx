import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { WindowNewRegular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import type { Scorecard } from '../../core/scorecard';
import { t, withReason } from '../i18n';
import type { Action } from '../state/actions';
import { RatingsWindowContext } from './ratings-window-context';

/**
 * "Open in a larger window" for the ratings grid, where the pane can open one (inside Office);
 * nothing elsewhere. The ratings typed in the window arrive in the pane as they are typed and
 * once more when it ends.
 */
export function OpenRatingsWindow({ lang, card, dispatch }: { lang: Lang; card: Scorecard; dispatch: React.Dispatch<Action> }) {
  const larger = React.useContext(RatingsWindowContext);
  const [state, setState] = React.useState<{ open: boolean; error?: string }>({ open: false });
  if (!larger) return null;
  const open = async () => {
    setState({ open: true });
    try {
      const last = await larger.open({ version: 1, lang, card }, (ratings) => dispatch({ type: 'replace-ratings', ratings }));
      if (last) dispatch({ type: 'replace-ratings', ratings: last });
      setState({ open: false });
    } catch (e) {
      setState({ open: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <div>
        <Button size="small" icon={<WindowNewRegular />} disabled={state.open} onClick={() => void open()}>
          {t(lang, 'openLarger')}
        </Button>
      </div>
      {state.open && (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, 'ratingsWindowOpen')}</MessageBarBody>
        </MessageBar>
      )}
      {state.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{withReason(lang, 'ahpWindowFailed', state.error)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
