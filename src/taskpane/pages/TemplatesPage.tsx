import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardFooter,
  CardHeader,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { BUILT_IN_TRACKERS, type Tracker } from '../../core/kpi';
import { TRACKER_WORDS } from '../../core/vocabulary';
import { BUILT_IN_TEMPLATES, exportScorecard, importScorecard, Scorecard, ValidationIssue } from '../../core/scorecard';
import { fileNameFor } from '../host/host';
import { t, withReason } from '../i18n';
import { candidateNoun } from '../state/candidate-noun';
import { readText } from '../host/read-text';
import type { Origin } from '../state/model';
import { pick } from '../state/text';
import { criteriaCountOf, firstSentence } from '../state/card-summary';
import type { PageProps } from './page-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  gallery: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingVerticalM,
    padding: 0,
    margin: 0,
    listStyleType: 'none',
  },
  card: { height: '100%' },
  meta: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  hidden: { display: 'none' },
  issues: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** A tracker's KPIs by name, as the card's line under its title. */
const trackerSummary = (x: Tracker, lang: Lang) => x.kpis.map((k) => pick(k.name, lang)).join(lang === 'zh-CN' ? '、' : ', ');

type Notice = { intent: 'success' | 'error'; text: string; issues?: ValidationIssue[] } | null;

/** `onTracker`: opens the new-tracker form on a built-in tracker (absent where the host has no trackers). */
export function TemplatesPage({ lang, host, dispatch, go, card, onTracker }: PageProps & { card: Scorecard | null; onTracker?: (id: string) => void }) {
  const styles = useStyles();
  const [stored, setStored] = React.useState<Scorecard[]>([]);
  const [storedError, setStoredError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    let live = true;
    host
      .storedScorecards()
      .then((cards) => live && setStored(cards))
      .catch((e: Error) => live && setStoredError(e.message));
    return () => {
      live = false;
    };
  }, [host]);

  const open = (c: Scorecard, origin: Origin) => {
    dispatch({ type: 'load', card: c, origin });
    setNotice({ intent: 'success', text: t(lang, 'loaded', { title: pick(c.title, lang) }) });
  };

  const importFile = async (file: File) => {
    const result = importScorecard(await readText(file));
    if (result.ok) open(result.card, { kind: 'file' });
    else setNotice({ intent: 'error', text: t(lang, 'importFailed'), issues: result.errors });
  };

  const exportCard = async (c: Scorecard) => {
    const name = fileNameFor(pick(c.title, lang), 'json');
    await host.saveFile(name, new Blob([exportScorecard(c)], { type: 'application/json' }));
    setNotice({ intent: 'success', text: t(lang, 'exported', { file: name }) });
  };

  const gallery = (cards: readonly Scorecard[], origin: Origin, heading: string) => (
    <section aria-label={heading}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      <ul className={styles.gallery}>
        {cards.map((c) => (
          <li key={c.id}>
            <Card className={styles.card}>
              <CardHeader header={<Text weight="semibold">{pick(c.title, lang)}</Text>} description={<Caption1>{firstSentence(c, lang)}</Caption1>} />
              <div className={styles.meta}>
                <Badge appearance="tint">{t(lang, `kind_${c.kind}`)}</Badge>
                <Caption1>{t(lang, 'criteriaCount', { n: criteriaCountOf(c) })}</Caption1>
                <Caption1>{t(lang, 'candidatesCount', { n: c.candidates.length, who: candidateNoun(c, lang) })}</Caption1>
              </div>
              <CardFooter>
                <Button
                  appearance={card?.id === c.id ? 'primary' : 'secondary'}
                  aria-label={t(lang, 'openCard', { title: pick(c.title, lang) })}
                  onClick={() => open(c, origin)}
                >
                  {t(lang, 'open')}
                </Button>
              </CardFooter>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <div className={styles.page}>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'} layout="multiline">
          <MessageBarBody>
            {notice.issues ? <MessageBarTitle>{notice.text}</MessageBarTitle> : notice.text}
            {notice.issues && (
              <ul className={styles.issues} aria-label={notice.text}>
                {notice.issues.map((i, k) => (
                  <li key={k}>{pick(i.text, lang)}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {card && (
        <div className={styles.row}>
          <Body1>{t(lang, 'editing', { title: pick(card.title, lang) })}</Body1>
          <Button size="small" onClick={() => go('editor')}>
            {t(lang, 'editorTab')}
          </Button>
        </div>
      )}
      {gallery(BUILT_IN_TEMPLATES, { kind: 'template' }, t(lang, 'builtInHeading'))}
      {onTracker && (
        <section aria-label={t(lang, 'trackersHeading')}>
          <Subtitle2 as="h2">{t(lang, 'trackersHeading')}</Subtitle2>
          <ul className={styles.gallery}>
            {BUILT_IN_TRACKERS.map((x) => (
              <li key={x.id}>
                <Card className={styles.card}>
                  <CardHeader header={<Text weight="semibold">{pick(x.title, lang)}</Text>} description={<Caption1>{trackerSummary(x, lang)}</Caption1>} />
                  <div className={styles.meta}>
                    <Badge appearance="tint">{t(lang, 'kind_tracker')}</Badge>
                    <Caption1>{t(lang, 'trackerCard', { n: x.kpis.length, periods: pick(TRACKER_WORDS[x.periods], lang) })}</Caption1>
                  </div>
                  <CardFooter>
                    <Button aria-label={t(lang, 'openTracker', { title: pick(x.title, lang) })} onClick={() => onTracker(x.id)}>
                      {t(lang, 'useTracker')}
                    </Button>
                  </CardFooter>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stored.length > 0 && gallery(stored, { kind: 'workbook' }, t(lang, 'storedHeading'))}
      {storedError && (
        <MessageBar intent="warning">
          <MessageBarBody>{withReason(lang, 'storedFailed', storedError)}</MessageBarBody>
        </MessageBar>
      )}
      <section aria-label={t(lang, 'fileHeading')}>
        <Subtitle2 as="h2">{t(lang, 'fileHeading')}</Subtitle2>
        <div className={styles.row}>
          <Button onClick={() => fileInput.current?.click()}>{t(lang, 'importLabel')}</Button>
          <input
            ref={fileInput}
            className={styles.hidden}
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
          {card && <Button onClick={() => void exportCard(card)}>{t(lang, 'exportJson')}</Button>}
        </div>
      </section>
    </div>
  );
}
