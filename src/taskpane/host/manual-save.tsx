import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { downloadBlob } from './host';
import { t } from '../i18n';
import { readText } from './read-text';

/**
 * Saving a file where the webview ignores downloads. In Excel on Mac the pane runs in
 * WKWebView, where a blob: URL behind an anchor with `download` does nothing and reports
 * nothing (office-js #2700, #4681). The pane then shows the file's text in a dialog with a Copy
 * button instead, so the user can paste it into an editor and save it there.
 *
 * `save` has the shape of downloadBlob, so a host takes either without knowing which; the
 * dialog (rendered by App) follows the offer through a tiny subscription.
 */
export interface ManualSaveOffer {
  fileName: string;
  /** The file's text; null when the file is binary and cannot be shown; undefined while it is read. */
  text: string | null | undefined;
  content: Blob;
}

const TEXT_TYPE = /^(text\/|application\/(json|xml|csv)\b|application\/[\w.+-]+\+(json|xml)\b)/i;

export class ManualSave {
  private offer: ManualSaveOffer | null = null;
  private readonly listeners = new Set<() => void>();

  /**
   * Offers the file in the dialog; resolves once its text is shown. The dialog opens at once,
   * in the same task as the click that asked for the file, and the text follows when read.
   */
  readonly save = async (fileName: string, content: Blob): Promise<void> => {
    const isText = TEXT_TYPE.test(content.type);
    const offer: ManualSaveOffer = { fileName, text: isText ? undefined : null, content };
    this.set(offer);
    if (!isText) return;
    const text = await readText(content);
    // Only if the dialog still shows this file (it may have been closed or replaced meanwhile).
    if (this.offer === offer) this.set({ ...offer, text });
  };

  readonly current = (): ManualSaveOffer | null => this.offer;

  readonly close = (): void => this.set(null);

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  private set(offer: ManualSaveOffer | null): void {
    this.offer = offer;
    this.listeners.forEach((l) => l());
  }
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '12em' },
});

export interface ManualSaveDialogProps {
  source: ManualSave;
  lang: Lang;
  /** Omitted or refusing (WKWebView may deny it without a user gesture it trusts): the text is selected instead. */
  clipboard?: Pick<Clipboard, 'writeText'>;
  /** For builds where downloads do work after all; the platform check cannot know. */
  download?: (fileName: string, content: Blob) => void;
}

export function ManualSaveDialog({ source, lang, clipboard = globalThis.navigator?.clipboard, download = downloadBlob }: ManualSaveDialogProps) {
  const styles = useStyles();
  const offer = React.useSyncExternalStore(source.subscribe, source.current);
  // A copy outcome belongs to the file it was for: a new file to save shows none.
  const [copied, setCopied] = React.useState<{ offer: typeof offer; outcome: 'copied' | 'refused' } | null>(null);
  const copy = copied !== null && copied.offer === offer ? copied.outcome : 'idle';
  const setCopy = (outcome: 'copied' | 'refused') => setCopied({ offer, outcome });
  const area = React.useRef<HTMLTextAreaElement>(null);

  const selectText = () => {
    area.current?.focus();
    area.current?.select();
  };
  const copyText = async (text: string) => {
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setCopy('copied');
    } catch {
      selectText();
      setCopy('refused');
    }
  };

  const file = offer?.fileName ?? '';
  return (
    <Dialog open={offer !== null} onOpenChange={(_, d) => !d.open && source.close()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, 'manualSaveTitle', { file })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{t(lang, offer?.text === null ? 'manualSaveBinary' : 'manualSaveHint', { file })}</Body1>
            {offer && typeof offer.text === 'string' && (
              <Textarea
                className={styles.text}
                readOnly
                resize="vertical"
                value={offer.text}
                aria-label={t(lang, 'manualSaveContent', { file })}
                textarea={{ ref: area, onFocus: (e) => e.currentTarget.select() }}
              />
            )}
            {copy !== 'idle' && (
              <MessageBar intent={copy === 'copied' ? 'success' : 'warning'} role="status">
                <MessageBarBody>{t(lang, copy === 'copied' ? 'manualSaveCopied' : 'manualSaveRefused', { file })}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {offer && typeof offer.text === 'string' && (
              <Button appearance="primary" onClick={() => void copyText(offer.text as string)}>
                {t(lang, 'copy')}
              </Button>
            )}
            {offer && <Button onClick={() => download(offer.fileName, offer.content)}>{t(lang, 'manualSaveTryDownload')}</Button>}
            <Button onClick={source.close}>{t(lang, 'close')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
