import { Body1, Button, Caption1, Card, Field, Input, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import * as React from 'react';
import { ratingOf } from '../../core/scorecard/ratings';
import { t } from '../i18n';
import { candidateNoun } from '../state/candidate-noun';
import { placeholderName } from '../state/placeholder-name';
import { pick } from '../state/text';
import type { CardPageProps } from './page-props';
import { criteriaCountOf } from '../state/card-summary';
import { RatingInput } from '../components/RatingInput';
import { RatingsGrid } from '../components/RatingsGrid';
import { OpenRatingsWindow } from '../components/OpenRatingsWindow';
import type { RatingsView } from '../state/model';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto auto', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ratings: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function CandidatesPage({ lang, dispatch, card, origin, view }: CardPageProps) {
  const who = candidateNoun(card, lang);
  const styles = useStyles();
  const current = card.candidates.find((k) => k.id === view?.candidateId) ?? card.candidates[0];
  const mode: RatingsView = view?.ratings ?? 'grid';
  const total = criteriaCountOf(card);
  // Ratings the sheet held but the read could not take, shown where the user would fix them.
  const unread = origin.kind === 'sheet' ? (origin.skipped ?? []) : [];
  const unreadOf = (candidateId: string | undefined, criterionId: string) =>
    unread.find((u) => u.kind === 'rating' && u.candidateId === candidateId && u.criterionId === criterionId);
  const unreadAt = (criterionId: string) => unreadOf(current?.id, criterionId);
  const noteOf = (candidateId: string, criterionId: string) => {
    const skipped = unreadOf(candidateId, criterionId);
    return skipped && t(lang, 'skippedHere', { value: String(skipped.value ?? '') });
  };
  // The name field of a candidate just added takes the focus, so typing names it.
  const nameFields = React.useRef(new Map<string, HTMLInputElement>());
  const focusAdded = React.useRef(false);
  React.useEffect(() => {
    if (!focusAdded.current || !current) return;
    focusAdded.current = false;
    nameFields.current.get(current.id)?.select();
    nameFields.current.get(current.id)?.focus();
  });

  const add = () => {
    const n = card.candidates.length + 1;
    focusAdded.current = true;
    // The reducer selects the newcomer for rating.
    dispatch({ type: 'add-candidate', name: placeholderName(lang, 'newCandidate', n, { who }) });
  };

  return (
    <div className={styles.page}>
      <section aria-label={t(lang, 'candidatesTab', { who })}>
        <Subtitle2 as="h2">{t(lang, 'candidatesTab', { who })}</Subtitle2>
        {card.candidates.length === 0 && <Body1 as="p">{t(lang, 'noCandidates', { who })}</Body1>}
        <ul className={styles.list}>
          {card.candidates.map((k, i) => {
            const name = pick(k.name, lang) || t(lang, 'candidateName', { n: i + 1, who });
            return (
              <li key={k.id} className={styles.row}>
                <Input
                  value={pick(k.name, lang)}
                  input={{
                    ref: (el: HTMLInputElement | null) => {
                      if (el) nameFields.current.set(k.id, el);
                      else nameFields.current.delete(k.id);
                    },
                  }}
                  aria-label={t(lang, 'candidateName', { n: i + 1, who })}
                  onChange={(_, d) => dispatch({ type: 'rename-candidate', candidateId: k.id, lang, value: d.value })}
                />
                <Caption1>{t(lang, 'ratedCount', { rated: Object.keys(k.ratings).length, n: total })}</Caption1>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t(lang, 'remove', { name })}
                  title={t(lang, 'remove', { name })}
                  onClick={() => dispatch({ type: 'remove-candidate', candidateId: k.id })}
                />
              </li>
            );
          })}
        </ul>
        <Button icon={<AddRegular />} onClick={add}>
          {t(lang, 'addCandidate', { who })}
        </Button>
      </section>
      {current && (
        <RadioGroup
          layout="horizontal"
          aria-label={t(lang, 'ratingsView')}
          value={mode}
          onChange={(_, d) => dispatch({ type: 'ratings-view', view: d.value as RatingsView })}
        >
          <Radio value="grid" label={t(lang, 'viewGrid')} />
          <Radio value="form" label={t(lang, 'viewForm', { who })} />
        </RadioGroup>
      )}
      {current && mode === 'grid' && <OpenRatingsWindow lang={lang} card={card} dispatch={dispatch} />}
      {current && mode === 'grid' && (
        <RatingsGrid
          lang={lang}
          card={card}
          noteOf={noteOf}
          onRate={(candidateId, criterionId, rating) => dispatch({ type: 'rate', candidateId, criterionId, rating })}
        />
      )}
      {current && mode === 'form' && (
        <Card>
          <Field label={t(lang, 'ratingsOf')}>
            <Select value={current.id} onChange={(_, d) => dispatch({ type: 'select-candidate', candidateId: d.value })}>
              {card.candidates.map((k, i) => (
                <option key={k.id} value={k.id}>
                  {pick(k.name, lang) || t(lang, 'candidateName', { n: i + 1, who })}
                </option>
              ))}
            </Select>
          </Field>
          {card.sections.map((s) => (
            <section key={s.id} aria-label={pick(s.name, lang)} className={styles.ratings}>
              <Subtitle2 as="h3">{pick(s.name, lang)}</Subtitle2>
              {s.criteria.map((c) => {
                const skipped = unreadAt(c.id);
                return (
                  <React.Fragment key={`${current.id}/${c.id}`}>
                    <RatingInput
                      lang={lang}
                      criterion={c}
                      value={ratingOf(current, c.id)}
                      onRate={(rating) => dispatch({ type: 'rate', candidateId: current.id, criterionId: c.id, rating })}
                    />
                    {skipped && <Caption1>{t(lang, 'skippedHere', { value: String(skipped.value ?? '') })}</Caption1>}
                  </React.Fragment>
                );
              })}
            </section>
          ))}
        </Card>
      )}
    </div>
  );
}
