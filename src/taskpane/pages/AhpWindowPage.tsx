import { Button, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { t } from '../i18n';
import type { SharedValue } from '../host/office-js-helpers';
import { AhpDraft, asAhpDraft } from '../state/ahp-draft';
import type { Judgements } from '../state/ahp-matrix';
import { AhpPanel } from '../components/AhpPanel';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: '960px' },
});

export interface AhpWindowPageProps {
  /** The draft the pane shares; every change is written back to it. */
  shared: SharedValue<AhpDraft>;
  /** Ends the window, handing the pane its last judgements (Dialog.close). */
  close: (message: { judgements: Judgements; apply: boolean }) => void;
  /** Whether this page runs in an Office dialog; opened in a plain tab it only edits the draft. */
  inOffice: boolean;
  /** The language when there is no draft to take it from. */
  fallbackLang: Lang;
}

/**
 * The page of the larger AHP window: the pane's pairwise editor, with room for its labels,
 * on the draft the pane put into the shared storage.
 */
export function AhpWindowPage({ shared, close, inOffice, fallbackLang }: AhpWindowPageProps) {
  const styles = useStyles();
  const [draft] = React.useState(() => asAhpDraft(shared.read()));
  const latest = React.useRef<Judgements>(draft?.judgements ?? []);
  if (!draft)
    return (
      <main className={styles.page}>
        <MessageBar intent="warning">
          <MessageBarBody>{t(fallbackLang, 'ahpWindowNothing')}</MessageBarBody>
        </MessageBar>
      </main>
    );
  const { lang } = draft;
  const onChange = (judgements: Judgements) => {
    latest.current = judgements;
    shared.write({ ...draft, judgements });
  };
  return (
    <main className={styles.page} lang={lang}>
      <Title3 as="h1">{t(lang, 'ahpWindowTitle', { group: draft.group })}</Title3>
      <AhpPanel
        lang={lang}
        names={draft.names}
        group={draft.group}
        initial={draft.judgements}
        onChange={onChange}
        onApply={() => inOffice && close({ judgements: latest.current, apply: true })}
      />
      {inOffice && (
        <div>
          <Button onClick={() => close({ judgements: latest.current, apply: false })}>{t(lang, 'ahpWindowDone')}</Button>
        </div>
      )}
    </main>
  );
}
