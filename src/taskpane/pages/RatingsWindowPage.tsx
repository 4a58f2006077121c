import { Button, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import type { Rating, Scorecard } from '../../core/scorecard';
import { withRating } from '../../core/scorecard/ratings';
import { t } from '../i18n';
import type { SharedValue } from '../host/office-js-helpers';
import { asRatingsDraft, RatingsDraft } from '../state/ratings-draft';
import { pick } from '../state/text';
import { RatingsGrid } from '../components/RatingsGrid';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
});

export interface RatingsWindowPageProps {
  /** The card the pane shares; every rating is written back to it. */
  shared: SharedValue<RatingsDraft>;
  /** Ends the window (Dialog.close); the pane takes the ratings from the storage. */
  close: () => void;
  inOffice: boolean;
  fallbackLang: Lang;
}

/** The page of the larger ratings window: the pane's grid, with room for every candidate. */
export function RatingsWindowPage({ shared, close, inOffice, fallbackLang }: RatingsWindowPageProps) {
  const styles = useStyles();
  const [draft] = React.useState(() => asRatingsDraft(shared.read()));
  const [card, setCard] = React.useState<Scorecard | null>(draft?.card ?? null);
  if (!draft || !card)
    return (
      <main className={styles.page}>
        <MessageBar intent="warning">
          <MessageBarBody>{t(fallbackLang, 'ratingsWindowNothing')}</MessageBarBody>
        </MessageBar>
      </main>
    );
  const { lang } = draft;
  const rate = (candidateId: string, criterionId: string, rating: Rating | null) => {
    const next = {
      ...card,
      candidates: card.candidates.map((k) => (k.id === candidateId ? { ...k, ratings: withRating(k.ratings, criterionId, rating) } : k)),
    };
    setCard(next);
    shared.write({ ...draft, card: next });
  };
  return (
    <main className={styles.page} lang={lang}>
      <Title3 as="h1">{pick(card.title, lang)}</Title3>
      <RatingsGrid lang={lang} card={card} onRate={rate} />
      {inOffice && (
        <div>
          <Button appearance="primary" onClick={close}>
            {t(lang, 'ahpWindowDone')}
          </Button>
        </div>
      )}
    </main>
  );
}
