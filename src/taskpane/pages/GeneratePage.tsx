import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { Scorecard, validateScorecard } from '../../core/scorecard';
import type { GenerateOutcome } from '../host';
import { t } from '../i18n';
import type { Origin } from '../state/model';
import { pick } from '../state/text';
import type { PageProps } from './page-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

type Notice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

/** Writes the scorecard: a new sheet in Excel or a download in a browser; reads a generated sheet back. */
export function GeneratePage({ lang, host, dispatch, go, card, origin }: PageProps & { card: Scorecard | null; origin: Origin }) {
  const styles = useStyles();
  const [progress, setProgress] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [confirming, setConfirming] = React.useState(false);
  const valid = card ? validateScorecard(card).ok : false;
  const busy = progress !== null;
  const inExcel = host.kind === 'excel';

  const run = async (work: () => Promise<GenerateOutcome>) => {
    setNotice(null);
    setProgress(0);
    try {
      const outcome = await work();
      setNotice({
        intent: 'success',
        text: outcome.kind === 'sheet' ? t(lang, origin.kind === 'sheet' && outcome.sheetName === origin.sheetName ? 'regenerated' : 'generatedSheet', { sheet: outcome.sheetName }) : t(lang, 'downloaded', { file: outcome.fileName }),
      });
    } catch (e) {
      setNotice({ intent: 'error', text: `${t(lang, 'generateFailed')} ${(e as Error).message}` });
    } finally {
      setProgress(null);
    }
  };

  const read = async () => {
    setNotice(null);
    try {
      const found = await host.readActiveScorecard();
      if (!found) return setNotice({ intent: 'warning', text: t(lang, 'readNone') });
      dispatch({ type: 'load', card: found.card, origin: { kind: 'sheet', sheetName: found.sheetName } });
      setNotice({ intent: 'success', text: t(lang, 'readDone', { title: pick(found.card.title, lang), sheet: found.sheetName }) });
    } catch (e) {
      setNotice({ intent: 'error', text: `${t(lang, 'readFailed')} ${(e as Error).message}` });
    }
  };

  const sheetName = origin.kind === 'sheet' ? origin.sheetName : null;

  return (
    <div className={styles.page}>
      <Subtitle2 as="h2">{t(lang, 'generateHeading')}</Subtitle2>
      {card && <Body1>{t(lang, 'editing', { title: pick(card.title, lang) })}</Body1>}
      {!card && (
        <div className={styles.row}>
          <Body1>{t(lang, 'noCard')}</Body1>
          <Button onClick={() => go('templates')}>{t(lang, 'goTemplates')}</Button>
        </div>
      )}
      {card && !valid && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t(lang, 'fixFirst')}{' '}
            <Button size="small" appearance="transparent" onClick={() => go('preview')}>
              {t(lang, 'previewTab')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1>{t(lang, inExcel ? 'generateHintExcel' : 'generateHintBrowser')}</Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!card || !valid || busy} onClick={() => card && run(() => host.generateScorecard(card, lang, setProgress))}>
          {t(lang, inExcel ? 'generateExcel' : 'downloadXlsx')}
        </Button>
        {inExcel && sheetName && (
          <Button disabled={!card || !valid || busy} onClick={() => setConfirming(true)}>
            {t(lang, 'regenerate', { sheet: sheetName })}
          </Button>
        )}
        {inExcel && (
          <Button disabled={busy} onClick={() => void read()}>
            {t(lang, 'readSheet')}
          </Button>
        )}
      </div>
      {inExcel && <Caption1>{t(lang, 'readHint')}</Caption1>}
      {busy && (
        <Field label={t(lang, 'generating')} validationState="none">
          <ProgressBar value={progress ?? 0} max={1} />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, 'confirmTitle')}</DialogTitle>
            <DialogContent>{t(lang, 'confirmRegenerate', { sheet: sheetName ?? '' })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  if (card && sheetName) void run(() => host.regenerateScorecard(sheetName, card, lang, setProgress));
                }}
              >
                {t(lang, 'confirmUpdate')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t(lang, 'cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
