import { Body1, Button, Field, MessageBar, MessageBarBody, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { StoredAnalysis } from '../../../core/customer-value/stored';
import type { Lang } from '../../../core/errors';
import type { CustomerValueHost } from '../../host/pane-host';
import { t } from '../../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export type Written = Awaited<ReturnType<CustomerValueHost['refresh']>>;

/**
 * Inside Excel: the analyses written into this workbook, each with Refresh, which asks first,
 * then rereads the source, refits with the stored settings and rewrites its two sheets.
 * `version` changes after every write of the page, so the list is asked for again.
 */
export function StoredAnalyses({
  lang,
  workbook,
  version,
  onStart,
  onDone,
  onError,
}: {
  lang: Lang;
  workbook: CustomerValueHost;
  version: unknown;
  onStart: () => void;
  onDone: (w: Written) => void;
  onError: (e: unknown) => void;
}) {
  const styles = useStyles();
  const [stored, setStored] = React.useState<StoredAnalysis[]>([]);
  const [ask, setAsk] = React.useState<StoredAnalysis | null>(null);
  const [refreshing, setRefreshing] = React.useState<number | null>(null);
  const cancelled = React.useRef(false);
  React.useEffect(() => {
    let live = true;
    workbook.stored().then(
      (list) => live && setStored(list),
      (e: unknown) => live && onError(e),
    );
    return () => void (live = false);
  }, [workbook, onError, version]);

  const refresh = async (s: StoredAnalysis) => {
    setAsk(null);
    onStart();
    cancelled.current = false;
    setRefreshing(0);
    try {
      onDone(await workbook.refresh(s, setRefreshing, () => cancelled.current));
    } catch (e) {
      onError(e);
    } finally {
      setRefreshing(null);
    }
  };

  if (stored.length === 0) return null;
  return (
    <div data-testid="cv-stored" className={styles.box}>
      <Subtitle2 as="h2">{t(lang, 'cvStoredHeading')}</Subtitle2>
      {stored.map((s) => (
        <div key={s.resultsSheet} className={styles.row}>
          <Body1>{t(lang, 'cvStoredLine', { summary: s.summarySheet, source: s.source })}</Body1>
          <Button disabled={refreshing !== null} onClick={() => setAsk(s)}>
            {t(lang, 'cvRefresh')}
          </Button>
        </div>
      ))}
      {ask && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(lang, 'cvAskRefresh', { source: ask.source, summary: ask.summarySheet, results: ask.resultsSheet })}</MessageBarBody>
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => void refresh(ask)}>
              {t(lang, 'cvGoOn')}
            </Button>
            <Button onClick={() => setAsk(null)}>{t(lang, 'cancel')}</Button>
          </div>
        </MessageBar>
      )}
      {refreshing !== null && (
        <>
          <Field validationMessage={t(lang, 'cvRefreshing', { percent: Math.round(refreshing * 100) })} validationState="none">
            <ProgressBar value={refreshing} />
          </Field>
          <Button onClick={() => (cancelled.current = true)}>{t(lang, 'cancel')}</Button>
        </>
      )}
    </div>
  );
}
