import type { AhpWindow, AhpWindowEnd } from './pane-host';
import { AHP_DRAFT_KEY, AhpDraft, asAhpDraft, sameItems } from '../state/ahp-draft';
import { openDialog, sharedValue, WindowSize } from './office-js-helpers';

/** The dialog page, built beside taskpane.html (webpack.config.js). */
export const AHP_WINDOW_PAGE = 'ahp-dialog.html';
/** Room for the pairs' labels side by side; the package shrinks it to fit a small screen. */
export const AHP_WINDOW_SIZE: WindowSize = { width: 800, height: 640 };

/** What the window's page sends when it ends (AhpWindowPage), checked against the draft it was given. */
function endOf(message: unknown, draft: AhpDraft): AhpWindowEnd | null {
  if (!message || typeof message !== 'object') return null;
  const { judgements, apply } = message as { judgements?: unknown; apply?: unknown };
  const checked = asAhpDraft({ ...draft, judgements });
  return checked ? { judgements: checked.judgements, apply: apply === true } : null;
}

/**
 * Opens the AHP editor in an Office dialog: the draft goes to the shared storage first, the
 * window's changes come back through it while it is open, and its last judgements also come
 * with the message that ends it, so they arrive even if a storage event was missed.
 */
export function ahpWindow(pageUrl: () => string = () => new URL(AHP_WINDOW_PAGE, location.href).href): AhpWindow {
  return {
    async open(draft, onChange) {
      const shared = await sharedValue<AhpDraft>(AHP_DRAFT_KEY);
      const current = (): AhpDraft | null => {
        const d = asAhpDraft(shared.read());
        return d && sameItems(d, draft.names) ? d : null;
      };
      shared.write(draft);
      const stop = shared.watch(() => {
        const d = current();
        if (d) onChange(d.judgements);
      });
      try {
        const end = await openDialog<unknown>(pageUrl(), AHP_WINDOW_SIZE);
        // Closed by the user: what the storage carried last stands, unapplied.
        return (end.kind === 'message' && endOf(end.value, draft)) || { judgements: current()?.judgements ?? null, apply: false };
      } finally {
        stop();
      }
    },
  };
}
