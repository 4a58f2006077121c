import type { RatingsWindow } from './pane-host';
import { asRatingsDraft, RATINGS_DRAFT_KEY, RatingsByCandidate, RatingsDraft, ratingsOf, sameCandidates } from '../state/ratings-draft';
import { openDialog, sharedValue, WindowSize } from './office-js-helpers';

/** The dialog page, built beside taskpane.html (webpack.config.js). */
export const RATINGS_WINDOW_PAGE = 'ratings-dialog.html';
/** Room for a criterion column and several candidates side by side; the package shrinks it to fit a small screen. */
export const RATINGS_WINDOW_SIZE: WindowSize = { width: 1000, height: 700 };

/**
 * Opens the ratings grid in an Office dialog, as the AHP editor opens (open-ahp-window.ts): the
 * card goes to the shared storage first, the window's ratings come back through it while it is
 * open, and the last ones also come with the message that ends it.
 */
export function ratingsWindow(pageUrl: () => string = () => new URL(RATINGS_WINDOW_PAGE, location.href).href): RatingsWindow {
  return {
    async open(draft, onChange) {
      const shared = await sharedValue<RatingsDraft>(RATINGS_DRAFT_KEY);
      const current = (): RatingsByCandidate | null => {
        const d = asRatingsDraft(shared.read());
        return d && sameCandidates(d, draft.card) ? ratingsOf(d.card) : null;
      };
      shared.write(draft);
      const stop = shared.watch(() => {
        const r = current();
        if (r) onChange(r);
      });
      try {
        await openDialog<unknown>(pageUrl(), RATINGS_WINDOW_SIZE);
        // Whether ended by Done or closed by the user, the ratings are those the storage holds last.
        return current();
      } finally {
        stop();
      }
    },
  };
}
