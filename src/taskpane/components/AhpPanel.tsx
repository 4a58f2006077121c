import { Badge, Button, Caption1, Field, MessageBar, MessageBarBody, Slider, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { AhpWindowContext } from './ahp-window-context';
import { t, withReason } from '../i18n';
import { ahpOutcome, equalJudgements, intensityOf, Judgements, MAX_STEP, pairsOf } from '../state/ahp-matrix';
import { asPercent } from '../state/weights';

const useStyles = makeStyles({
  applyRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  applied: { color: tokens.colorPaletteGreenForeground1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  ends: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  result: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface AhpPanelProps {
  lang: Lang;
  names: string[];
  onApply: (weights: number[]) => void;
  /** What is weighted (the sections, or a section's criteria): names the larger window. */
  group?: string;
  /** Judgements to start from (the larger window's page starts from the pane's). */
  initial?: Judgements;
  /** Hears every change of the judgements (the larger window's page shares them with the pane). */
  onChange?: (judgements: Judgements) => void;
  /** The weights in force are those this panel applied last: "applied" shows beside the button. */
  applied?: boolean;
}

/**
 * Pairwise comparison on Saaty's scale. The slider runs from "the left item 9× as important"
 * through "equal" to "the right item 9× as important", so moving it toward an item favours it.
 * Inside Office the pairs can also be judged in a larger window, whose changes come back here.
 */
export function AhpPanel({ lang, names, onApply, group = '', initial, onChange, applied }: AhpPanelProps) {
  const styles = useStyles();
  const n = names.length;
  const larger = React.useContext(AhpWindowContext);
  const [judgements, setJudgements] = React.useState<Judgements>(() => (initial && initial.length === pairsOf(n).length ? initial : equalJudgements(n)));
  const [windowState, setWindowState] = React.useState<{ open: boolean; error?: string }>({ open: false });
  const change = (next: Judgements) => {
    setJudgements(next);
    onChange?.(next);
  };
  // A new number of items starts from equal judgements, set during render rather than in an effect.
  const [seenN, setSeenN] = React.useState(n);
  if (seenN !== n) {
    setSeenN(n);
    setJudgements(equalJudgements(n));
  }
  const pairs = pairsOf(n);
  if (judgements.length !== pairs.length) return null;
  const outcome = ahpOutcome(n, judgements);
  const openLarger = async () => {
    if (!larger) return;
    setWindowState({ open: true });
    try {
      const end = await larger.open({ version: 1, lang, group, names, judgements }, (j) => setJudgements(j));
      if (end.judgements) setJudgements(end.judgements);
      if (end.apply && end.judgements) onApply(ahpOutcome(n, end.judgements).weights);
      setWindowState({ open: false });
    } catch (e) {
      setWindowState({ open: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
  // A ratio as "Price 5× as important as Service", the larger side first; 1 reads "equal".
  const ratioInWords = (r: number, a: string, b: string) => {
    const k = Math.round((r >= 1 ? r : 1 / r) * 10) / 10;
    return k === 1 ? t(lang, 'ahpEqual') : t(lang, 'ahpMore', { name: r >= 1 ? a : b, k });
  };
  const describe = (step: number, a: string, b: string) =>
    step === 0 ? t(lang, 'ahpEqual') : t(lang, 'ahpMore', { name: step > 0 ? a : b, k: intensityOf(step) });

  return (
    <div className={styles.panel}>
      <Caption1>{t(lang, 'ahpHint')}</Caption1>
      {larger && (
        <div>
          <Button size="small" disabled={windowState.open} onClick={() => void openLarger()}>
            {t(lang, 'openLarger')}
          </Button>
        </div>
      )}
      {windowState.open && (
        <MessageBar intent="info">
          <MessageBarBody>{t(lang, 'ahpWindowOpen')}</MessageBarBody>
        </MessageBar>
      )}
      {windowState.error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{withReason(lang, 'ahpWindowFailed', windowState.error)}</MessageBarBody>
        </MessageBar>
      )}
      {pairs.map(([i, j], k) => {
        const label = t(lang, 'ahpPair', { a: names[i], b: names[j] });
        const text = describe(judgements[k], names[i], names[j]);
        return (
          <div key={`${i}-${j}`}>
            <Field label={label} hint={text}>
              <Slider
                min={-MAX_STEP}
                max={MAX_STEP}
                step={1}
                // Left favours the first item, so the slider shows the negated step.
                value={-judgements[k]}
                aria-valuetext={text}
                onChange={(_, d) => change(judgements.map((v, x) => (x === k ? -d.value : v)))}
              />
            </Field>
            <div className={styles.ends} aria-hidden="true">
              <Caption1>← {names[i]}</Caption1>
              <Caption1>{names[j]} →</Caption1>
            </div>
          </div>
        );
      })}
      <div className={styles.result} aria-live="polite">
        {names.map((name, i) => (
          <Badge key={i} appearance="outline">
            {t(lang, 'proposedWeight', { name, w: asPercent(outcome.weights[i]) })}
          </Badge>
        ))}
        <Badge color={outcome.consistent ? 'success' : 'danger'}>{t(lang, 'ahpCr', { cr: outcome.cr.toFixed(3) })}</Badge>
      </div>
      <MessageBar intent={outcome.consistent ? 'success' : 'warning'}>
        <MessageBarBody>
          {t(lang, outcome.consistent ? 'ahpConsistent' : 'ahpInconsistent')}
          {outcome.worst && (
            <>
              {' '}
              {t(lang, 'ahpWorst', {
                a: names[outcome.worst.i],
                b: names[outcome.worst.j],
                judged: ratioInWords(outcome.worst.judged, names[outcome.worst.i], names[outcome.worst.j]),
                implied: ratioInWords(outcome.worst.implied, names[outcome.worst.i], names[outcome.worst.j]),
              })}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.applyRow}>
        <Button appearance="primary" onClick={() => onApply(outcome.weights)}>
          {t(lang, 'applyAhp')}
        </Button>
        {applied && (
          <Caption1 role="status" className={styles.applied}>
            {t(lang, 'weightsApplied')}
          </Caption1>
        )}
      </div>
    </div>
  );
}
