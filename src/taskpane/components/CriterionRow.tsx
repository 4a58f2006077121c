import { Caption1, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/errors';
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
    // The name has the first line to itself but for the weight, so it stays readable at 320 px;
    // the actions sit beside the scoring below. The section's column heads follow this grid.
    gridTemplateColumns: 'minmax(0, 1fr) auto 5.5em',
    gridTemplateAreas: '"name name weight" "scoring actions actions" "description description description"',
    gap: tokens.spacingVerticalXS + ' ' + tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heads: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto 5.5em',
    gridTemplateAreas: '"name name weight"',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  name: { gridArea: 'name' },
  // The whole name shows, wrapped, where the browser can size a field to its content
  // (field-sizing, Chromium and Edge's WebView2); elsewhere two lines and a resize handle.
  nameText: { fieldSizing: 'content', minHeight: '2lh', maxHeight: '8lh' } as Record<string, string>,
  weight: { gridArea: 'weight' },
  actions: { gridArea: 'actions' },
  scoring: { gridArea: 'scoring' },
  description: { gridArea: 'description' },
});

/** Column heads over a section's criteria, on the grid of their rows. */
export function CriterionHeads({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <div className={styles.heads} aria-hidden="true">
      <Caption1 className={styles.name}>{t(lang, 'colName')}</Caption1>
      <Caption1 className={styles.weight}>{t(lang, 'colWeight')}</Caption1>
    </div>
  );
}

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
      <Textarea
        className={styles.name}
        value={name}
        aria-label={t(lang, 'criterionName', { n: index + 1 })}
        resize="vertical"
        textarea={{ className: styles.nameText }}
        onKeyDown={(e) => {
          // A name is one line: Enter does not break it.
          if (e.key === 'Enter') e.preventDefault();
        }}
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
