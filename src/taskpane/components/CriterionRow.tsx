import { Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { SCORING_TYPES } from '../../core/scorecard';
import type { Criterion, ScoringType } from '../../core/scorecard';
import { inLanguage, SCORING_NAMES } from '../../core/vocabulary';
import { t } from '../i18n';
import { pick } from '../state/text';
import { asPercent, weightCheck } from '../state/weights';
import { NumberInput } from './NumberInput';
import type { PageProps } from '../pages/page-props';
import { RowActions } from './RowActions';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto',
    gridTemplateAreas: '"name weight actions" "scoring scoring scoring" "description description description"',
    gap: tokens.spacingVerticalXS + ' ' + tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { gridArea: 'name' },
  weight: { gridArea: 'weight' },
  actions: { gridArea: 'actions' },
  scoring: { gridArea: 'scoring' },
  description: { gridArea: 'description' },
});

/** One criterion as a row of the editing grid. */
export function CriterionRow({
  lang,
  dispatch,
  criterion,
  index,
  count,
}: Pick<PageProps, 'lang' | 'dispatch'> & { criterion: Criterion; index: number; count: number }) {
  const styles = useStyles();
  const name = pick(criterion.name, lang);
  const shownName = name || t(lang, 'criterionName', { n: index + 1 });
  const id = criterion.id;
  return (
    <li className={styles.row}>
      <Input
        className={styles.name}
        value={name}
        aria-label={t(lang, 'criterionName', { n: index + 1 })}
        onChange={(_, d) => dispatch({ type: 'rename-criterion', criterionId: id, lang, value: d.value })}
      />
      <NumberInput
        lang={lang}
        percentField
        check={weightCheck}
        className={styles.weight}
        value={asPercent(criterion.weight)}
        aria-label={t(lang, 'criterionWeight', { name: shownName })}
        contentAfter="%"
        onValue={(v) => dispatch({ type: 'set-weight', of: 'criterion', id, weight: (v ?? 0) / 100 })}
      />
      <div className={styles.actions}>
        <RowActions
          lang={lang}
          name={shownName}
          first={index === 0}
          last={index === count - 1}
          canRemove={count > 1}
          onMove={(by) => dispatch({ type: 'move-criterion', criterionId: id, by })}
          onRemove={() => dispatch({ type: 'remove-criterion', criterionId: id })}
        />
      </div>
      <Select
        className={styles.scoring}
        value={criterion.scoring.type}
        aria-label={t(lang, 'criterionScoring', { name: shownName })}
        onChange={(_, d) => dispatch({ type: 'set-scoring', criterionId: id, scoringType: d.value as ScoringType })}
      >
        {SCORING_TYPES.map((type) => (
          <option key={type} value={type}>
            {inLanguage(SCORING_NAMES[type], lang)}
          </option>
        ))}
      </Select>
      <Input
        className={styles.description}
        value={pick(criterion.description, lang)}
        placeholder={t(lang, 'colDescription')}
        aria-label={t(lang, 'criterionDescription', { name: shownName })}
        onChange={(_, d) => dispatch({ type: 'describe-criterion', criterionId: id, lang, value: d.value })}
      />
    </li>
  );
}
