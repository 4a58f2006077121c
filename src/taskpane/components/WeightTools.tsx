import { Badge, Button, Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { weightsFromRanks } from '../../core/scorecard';
import { t } from '../i18n';
import { addsUp, asPercent, normalised, sumOf } from '../state/weights';
import { AhpPanel } from './AhpPanel';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  proposed: { listStyleType: 'none', margin: 0, padding: 0, flexBasis: '100%' },
  applied: { color: tokens.colorPaletteGreenForeground1 },
});

type Mode = 'direct' | 'ahp' | 'roc';

/**
 * The weights of one group (the sections, or the criteria of a section): the live total, a
 * normalise button, and two ways of proposing weights instead of typing them.
 */
export function WeightTools({
  lang,
  groupName,
  names,
  weights,
  onWeights,
}: {
  lang: Lang;
  groupName: string;
  names: string[];
  weights: number[];
  onWeights: (w: number[]) => void;
}) {
  const styles = useStyles();
  const [mode, setMode] = React.useState<Mode>('direct');
  const ok = addsUp(weights);
  const sum = asPercent(sumOf(weights));
  const roc = weightsFromRanks(
    names.map((_, i) => i + 1),
    'roc',
  );
  // "Applied" stands beside the button while the weights are still those it applied.
  const [applied, setApplied] = React.useState<number[] | null>(null);
  const appliedNow = applied !== null && applied.length === weights.length && applied.every((w, i) => w === weights[i]);
  const apply = (w: number[]) => {
    setApplied(w);
    onWeights(w);
  };
  return (
    <div className={styles.tools}>
      <div className={styles.row}>
        <Badge color={ok ? 'success' : 'warning'} role="status" aria-label={`${groupName}: ${t(lang, ok ? 'weightTotal' : 'weightTotalOff', { sum })}`}>
          {t(lang, ok ? 'weightTotal' : 'weightTotalOff', { sum })}
        </Badge>
        <Button size="small" disabled={ok} aria-label={t(lang, 'normaliseGroup', { group: groupName })} onClick={() => onWeights(normalised(weights))}>
          {t(lang, 'normalise')}
        </Button>
        {names.length > 1 && (
          <Field label={t(lang, 'weightMode')} size="small">
            <Select size="small" value={mode} aria-label={`${t(lang, 'weightMode')}: ${groupName}`} onChange={(_, d) => setMode(d.value as Mode)}>
              <option value="direct">{t(lang, 'mode_direct')}</option>
              <option value="ahp">{t(lang, 'mode_ahp')}</option>
              <option value="roc">{t(lang, 'mode_roc')}</option>
            </Select>
          </Field>
        )}
      </div>
      {mode === 'roc' && names.length > 1 && (
        <div className={styles.row}>
          <Caption1>{t(lang, 'rocHint')}</Caption1>
          {/* The weights ROC proposes for the order shown, before anything is applied. */}
          <ul className={styles.proposed} aria-label={t(lang, 'rocProposed')}>
            {roc.map((w, i) => (
              <li key={i}>
                <Caption1>{t(lang, 'proposedWeight', { name: names[i], w: asPercent(w) })}</Caption1>
              </li>
            ))}
          </ul>
          <Button size="small" appearance="primary" onClick={() => apply(roc)}>
            {t(lang, 'applyRoc')}
          </Button>
          {appliedNow && (
            <Caption1 role="status" className={styles.applied}>
              {t(lang, 'weightsApplied')}
            </Caption1>
          )}
        </div>
      )}
      {mode === 'ahp' && names.length > 1 && <AhpPanel lang={lang} names={names} group={groupName} onApply={apply} applied={appliedNow} />}
    </div>
  );
}
