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
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { inLanguage, LIST_SEPARATOR } from '../../core/vocabulary';
import type { ValidScorecard } from '../../core/scorecard';
import { appraiserCopies, appraiserNames } from '../../core/scorecard/appraiser-copies';
import type { FilesMerge } from '../../core/scorecard/merge';
import type { ShareHost } from '../host/pane-host';
import { t, withReason, reasonOf } from '../i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // A merge can list many cells read as unrated; the list scrolls rather than pushing the buttons away.
  long: { maxHeight: '12rem', overflowY: 'auto' },
  refused: { color: tokens.colorPaletteRedForeground1 },
});

type Notice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

const joined = (names: readonly string[], lang: Lang) => names.join(inLanguage(LIST_SEPARATOR, lang));

/**
 * A team's appraisal from the pane: blank copies out, one per appraiser named here, and the
 * returned copies merged back into a consolidated sheet. `card` is the card being edited,
 * null while it cannot be generated; merging needs no card, since each copy carries its own.
 */
export function ShareWithAppraisers({ lang, sharing, card, inExcel }: { lang: Lang; sharing: ShareHost; card: ValidScorecard | null; inExcel: boolean }) {
  const styles = useStyles();
  const [typed, setTyped] = React.useState('');
  const [progress, setProgress] = React.useState<{ label: string; done: number } | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [problems, setProblems] = React.useState<string[]>([]);
  const [merge, setMerge] = React.useState<FilesMerge | null>(null);
  const [confirming, setConfirming] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const busy = progress !== null;

  const send = async () => {
    if (!card) return;
    setNotice(null);
    const made = appraiserCopies(card, appraiserNames(typed));
    if (!made.ok) return setProblems(made.problems.map((p) => inLanguage(p, lang)));
    setProblems([]);
    setProgress({ label: t(lang, 'sending'), done: 0 });
    try {
      const sent = await sharing.sendCopies(made.copies, lang, (done) => setProgress({ label: t(lang, 'sending'), done }));
      const vars = { n: sent.files.length, names: joined(sent.files, lang) };
      setNotice({
        intent: sent.kind === 'download' && sent.noNewWorkbooks ? 'warning' : 'success',
        text: t(lang, sent.kind === 'workbooks' ? 'sentWorkbooks' : sent.noNewWorkbooks ? 'sentNoNewWorkbooks' : 'sentDownloads', vars),
      });
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'sendFailed', reasonOf(e, lang)) });
    } finally {
      setProgress(null);
    }
  };

  const read = async (files: File[]) => {
    setNotice(null);
    setMerge(null);
    setProgress({ label: t(lang, 'mergeReading'), done: 0.3 });
    try {
      setMerge(
        await sharing.mergeReturned(
          files.map((f) => ({ name: f.name, content: f })),
          lang,
        ),
      );
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'mergeFailed', reasonOf(e, lang)) });
    } finally {
      setProgress(null);
    }
  };

  const merged = merge?.result?.ok && merge.problems.length === 0 ? merge.result : null;
  const write = async () => {
    if (!merged) return;
    setNotice(null);
    setProgress({ label: t(lang, 'generating'), done: 0 });
    try {
      const out = await sharing.writeConsolidated(merged.card, lang, (done) => setProgress({ label: t(lang, 'generating'), done }));
      setNotice({
        intent: 'success',
        text: out.kind === 'sheet' ? t(lang, 'consolidatedWritten', { sheet: out.sheetName }) : t(lang, 'downloaded', { file: out.fileName }),
      });
    } catch (e) {
      setNotice({ intent: 'error', text: withReason(lang, 'consolidatedFailed', reasonOf(e, lang)) });
    } finally {
      setProgress(null);
    }
  };
  // Problems that belong to no one copy (too few copies, a merged card that is not valid).
  const general = merge ? merge.problems.filter((p) => !merge.copies.some((c) => c.refused === p)) : [];

  return (
    <section className={styles.section} aria-labelledby="share-heading">
      <Subtitle2 as="h2" id="share-heading">
        {t(lang, 'shareHeading')}
      </Subtitle2>
      <Caption1>{t(lang, 'shareHint')}</Caption1>
      <Field
        label={t(lang, 'appraisersLabel')}
        validationState={problems.length ? 'error' : 'none'}
        validationMessage={problems.length ? problems.join(' ') : undefined}
      >
        <Textarea value={typed} resize="vertical" rows={3} onChange={(_, d) => setTyped(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button disabled={!card || busy || appraiserNames(typed).length === 0} onClick={() => void send()}>
          {t(lang, 'sendCopies')}
        </Button>
        {/* The browser's own file control speaks the browser's language; a button in the pane's opens it. */}
        <input
          ref={fileInput}
          hidden
          multiple
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t(lang, 'mergeReturned')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void read(files);
          }}
        />
        <Button disabled={busy} onClick={() => fileInput.current?.click()}>
          {t(lang, 'mergeReturned')}
        </Button>
      </div>
      <Caption1>{t(lang, 'mergeHint')}</Caption1>
      {progress && (
        <Field label={progress.label} validationState="none">
          <ProgressBar value={progress.done} max={1} />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {merge && (
        <MessageBar intent={merged ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'mergeReportHeading')}</MessageBarTitle>
            <ul className={styles.list} aria-label={t(lang, 'mergeReportHeading')}>
              {merge.copies.map((c, i) => (
                <li key={i} className={c.refused ? styles.refused : undefined}>
                  {c.refused
                    ? t(lang, 'copyRefused', { label: c.label, why: inLanguage(c.refused, lang) })
                    : t(lang, 'copyMerged', { label: c.label, who: inLanguage(c.appraiser!, lang), n: c.ratings ?? 0 })}
                </li>
              ))}
              {general.map((p, i) => (
                <li key={`g${i}`} className={styles.refused}>
                  {inLanguage(p, lang)}
                </li>
              ))}
            </ul>
            <Body1>{merged ? t(lang, 'mergeReady', { n: merge.copies.length }) : t(lang, 'mergeRefused')}</Body1>
          </MessageBarBody>
        </MessageBar>
      )}
      {merged && merged.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'mergeNotes')}</MessageBarTitle>
            <ul className={styles.list}>
              {merged.notes.map((n, i) => (
                <li key={i}>{inLanguage(n, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {merged && merge!.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, 'mergeSkipped', { n: merge!.skipped.length })}</MessageBarTitle>
            <ul className={`${styles.list} ${styles.long}`} aria-label={t(lang, 'mergeSkipped', { n: merge!.skipped.length })}>
              {merge!.skipped.map((s, i) => (
                <li key={i}>{inLanguage(s, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {merged && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => (inExcel ? setConfirming(true) : void write())}>
            {t(lang, inExcel ? 'writeConsolidatedExcel' : 'downloadConsolidated')}
          </Button>
        </div>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t(lang, 'confirmConsolidatedTitle')}</DialogTitle>
            <DialogContent>{t(lang, 'confirmConsolidated', { n: merged?.appraisers.length ?? 0 })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void write();
                }}
              >
                {t(lang, 'confirmAdd')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t(lang, 'cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
