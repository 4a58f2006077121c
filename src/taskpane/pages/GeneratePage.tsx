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
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { Scorecard, validateScorecard } from '../../core/scorecard';
import type { SkippedCell } from '../../core/sheet/read-back';
import type { GenerateOutcome } from '../host/pane-host';
import { ShareWithAppraisers } from '../components/ShareWithAppraisers';
import { t, withReason, reasonOf } from '../i18n';
import type { Origin } from '../state/model';
import { SheetRead, sheetReadOf } from '../state/sheet-read';
import { pick } from '../state/text';
import type { PageProps } from './page-props';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  advice: { display: 'block', marginTop: tokens.spacingVerticalS },
  // A sheet can have dozens of unread cells; the list scrolls instead of pushing the buttons away.
  skipped: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '16rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** A failure in the user's language: core errors carry both, anything else only its message. */

/** The cells a read could not take, each in the pane's language. */
function SkippedList({ cells, lang, className, label }: { cells: readonly SkippedCell[]; lang: Lang; className: string; label: string }) {
  return (
    <ul className={className} aria-label={label}>
      {cells.map((c) => (
        <li key={`${c.kind}/${c.cell}`}>{pick(c.text, lang)}</li>
      ))}
    </ul>
  );
}

type Notice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

/**
 * Writes the scorecard: a new sheet in Excel or a download in a browser; reads a generated sheet
 * back. `asked`: the search box asks for Generate (Excel) or Download (browser); `onAsked` is
 * told as the page takes the request.
 */
export function GeneratePage({
  lang,
  host,
  dispatch,
  go,
  card,
  origin,
  asked = false,
  onAsked,
}: PageProps & { card: Scorecard | null; origin: Origin; asked?: boolean; onAsked?: () => void }) {
  const styles = useStyles();
  const [progress, setProgress] = React.useState<number | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [confirming, setConfirming] = React.useState(false);
  // A read that skipped cells waits here until the user says whether to load it.
  const [pending, setPending] = React.useState<SheetRead | null>(null);
  // Validated once per edit; Generate and Update hand on the card this proved valid.
  const valid = React.useMemo(() => {
    const checked = card ? validateScorecard(card) : null;
    return checked?.ok ? checked.card : null;
  }, [card]);
  const busy = progress !== null;
  const inExcel = host.kind === 'excel';

  const run = async (work: () => Promise<GenerateOutcome>, done?: () => void) => {
    setNotice(null);
    setProgress(0);
    try {
      const outcome = await work();
      setNotice({
        intent: 'success',
        text:
          outcome.kind === 'sheet'
            ? t(lang, origin.kind === 'sheet' && outcome.sheetName === origin.sheetName ? 'regenerated' : 'generatedSheet', { sheet: outcome.sheetName })
            : t(lang, 'downloaded', { file: outcome.fileName }),
      });
      done?.();
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'generateFailed', reasonOf(e, lang)) });
    } finally {
      setProgress(null);
    }
  };

  const load = (found: SheetRead) => {
    const skipped = found.skipped.length > 0;
    dispatch({ type: 'load', card: found.card, origin: { kind: 'sheet', sheetName: found.sheetName, ...(skipped ? { skipped: found.skipped } : {}) } });
    setNotice({
      intent: skipped ? 'warning' : 'success',
      text: t(lang, skipped ? 'readDoneSkipped' : 'readDone', { title: pick(found.card.title, lang), sheet: found.sheetName }),
    });
  };

  const read = async () => {
    setNotice(null);
    try {
      const found = await host.readActiveScorecard();
      if (!found) return setNotice({ intent: 'warning', text: t(lang, 'readNone') });
      const sheetRead = sheetReadOf(found);
      // Cells the read could not take are shown before the card replaces the one being edited.
      if (sheetRead.skipped.length > 0) setPending(sheetRead);
      else load(sheetRead);
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'readFailed', reasonOf(e, lang)) });
    }
  };

  // The search box asks once: the app forgets the request as it is taken, so coming back to
  // this page later does not generate again. An invalid card generates nothing, and the page
  // says why (the warning below).
  React.useEffect(() => {
    if (!asked) return;
    // Run from a timer, as the watch reads do, not inside the effect itself.
    const timer = setTimeout(() => {
      onAsked?.();
      if (valid) void run(() => host.generateScorecard(valid, lang, setProgress));
    }, 0);
    return () => clearTimeout(timer);
    // Only a request runs: the card, host or language changing must not generate again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked]);

  const sheetName = origin.kind === 'sheet' ? origin.sheetName : null;
  const unread = origin.kind === 'sheet' ? (origin.skipped ?? []) : [];

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
        <MessageBar intent="warning" layout="multiline">
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
        <Button appearance="primary" disabled={!valid || busy} onClick={() => valid && run(() => host.generateScorecard(valid, lang, setProgress))}>
          {t(lang, inExcel ? 'generateExcel' : 'downloadXlsx')}
        </Button>
        {inExcel && sheetName && (
          <Button disabled={!valid || busy} onClick={() => setConfirming(true)}>
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
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {sheetName && unread.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'skippedHeading', { sheet: sheetName })}</MessageBarTitle>
            <SkippedList cells={unread} lang={lang} className={styles.skipped} label={t(lang, 'skippedHeading', { sheet: sheetName })} />
            <Body1 className={styles.advice}>{t(lang, 'skippedAdvice')}</Body1>
          </MessageBarBody>
        </MessageBar>
      )}
      {host.sharing && <ShareWithAppraisers lang={lang} sharing={host.sharing} card={valid} inExcel={inExcel} />}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, 'confirmTitle')}</DialogTitle>
            <DialogContent>
              <p>{t(lang, 'confirmRegenerate', { sheet: sheetName ?? '' })}</p>
              {unread.length > 0 && (
                <>
                  <p>{t(lang, 'confirmSkipped')}</p>
                  <SkippedList cells={unread} lang={lang} className={styles.skipped} label={t(lang, 'confirmSkipped')} />
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  // Once the sheet is rewritten its unread cells are gone, and so is the warning.
                  if (valid && sheetName)
                    void run(
                      () => host.regenerateScorecard(sheetName, valid, lang, setProgress),
                      () => dispatch({ type: 'set-origin', origin: { kind: 'sheet', sheetName } }),
                    );
                }}
              >
                {t(lang, 'confirmUpdate')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t(lang, 'cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog
        open={pending !== null}
        onOpenChange={(_, d) => {
          if (!d.open) {
            setPending(null);
            setNotice({ intent: 'warning', text: t(lang, 'readCancelled') });
          }
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, 'readSkippedTitle')}</DialogTitle>
            <DialogContent>
              <p>{t(lang, 'readSkippedIntro', { sheet: pending?.sheetName ?? '' })}</p>
              {pending && <SkippedList cells={pending.skipped} lang={lang} className={styles.skipped} label={t(lang, 'readSkippedTitle')} />}
              <p>{t(lang, 'readSkippedOutcome')}</p>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (pending) load(pending);
                  setPending(null);
                }}
              >
                {t(lang, 'loadAnyway')}
              </Button>
              <Button
                onClick={() => {
                  setPending(null);
                  setNotice({ intent: 'warning', text: t(lang, 'readCancelled') });
                }}
              >
                {t(lang, 'cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
