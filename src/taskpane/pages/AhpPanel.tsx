import { Badge, Button, Caption1, Field, MessageBar, MessageBarBody, Slider, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { t } from '../i18n';
import { ahpOutcome, equalJudgements, intensityOf, Judgements, MAX_STEP, pairsOf } from '../state/ahp-matrix';
import { asPercent } from '../state/weights';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  ends: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  result: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Pairwise comparison on Saaty's scale. The slider runs from "the left item 9× as important"
 * through "equal" to "the right item 9× as important", so moving it toward an item favours it.
 */
export function AhpPanel({ lang, names, onApply }: { lang: Lang; names: string[]; onApply: (weights: number[]) => void }) {
  const styles = useStyles();
  const n = names.length;
  const [judgements, setJudgements] = React.useState<Judgements>(() => equalJudgements(n));
  // A new number of items starts from equal judgements, set during render rather than in an effect.
  const [seenN, setSeenN] = React.useState(n);
  if (seenN !== n) {
    setSeenN(n);
    setJudgements(equalJudgements(n));
  }
  const pairs = pairsOf(n);
  if (judgements.length !== pairs.length) return null;
  const outcome = ahpOutcome(n, judgements);
  const describe = (step: number, a: string, b: string) =>
    step === 0 ? t(lang, 'ahpEqual') : t(lang, 'ahpMore', { name: step > 0 ? a : b, k: intensityOf(step) });

  return (
    <div className={styles.panel}>
      <Caption1>{t(lang, 'ahpHint')}</Caption1>
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
                onChange={(_, d) => setJudgements((old) => old.map((v, x) => (x === k ? -d.value : v)))}
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
        <MessageBarBody>{t(lang, outcome.consistent ? 'ahpConsistent' : 'ahpInconsistent')}</MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={() => onApply(outcome.weights)}>
          {t(lang, 'applyAhp')}
        </Button>
      </div>
    </div>
  );
}
