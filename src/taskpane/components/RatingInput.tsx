import { Caption1, Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { Criterion, MET_RATINGS, PROVIDED_RATINGS, Rating } from '../../core/scorecard';
import { StringKey, t } from '../i18n';
import { pick } from '../state/text';
import { NumberInput } from './NumberInput';

const useStyles = makeStyles({ option: { display: 'flex', flexDirection: 'column' } });

interface Choice {
  value: string;
  label: string;
  description?: string;
}

/** The answers a criterion accepts as choices, or null when it takes a number. */
function choicesOf(c: Criterion, lang: Lang): Choice[] | null {
  const s = c.scoring;
  if (s.type === 'levels') return s.levels.map((l) => ({ value: l.id, label: pick(l.label, lang), description: pick(l.description, lang) }));
  const fixed = s.type === 'met' ? MET_RATINGS : s.type === 'provided' ? PROVIDED_RATINGS : null;
  return fixed && fixed.map((v) => ({ value: v, label: t(lang, `rating_${v}` as StringKey) }));
}

function numericHint(c: Criterion, lang: Lang): string {
  const s = c.scoring;
  const percentNote = 'unit' in s && s.unit === 'percent' ? ` ${t(lang, 'hintPercent')}` : '';
  if (s.type === 'rank') return t(lang, s.order === 'asc' ? 'hintLower' : 'hintHigher') + percentNote;
  if (s.type === 'target') return t(lang, s.direction === 'at-least' ? 'hintAtLeast' : 'hintAtMost', { target: s.target }) + percentNote;
  if (s.type === 'scale') return t(lang, 'hintScale', { min: s.min, max: s.max });
  return '';
}

/** One rating in the criterion's own terms: its levels with their standards, its answers, or a number. */
export function RatingInput({
  lang,
  criterion,
  value,
  onRate,
}: {
  lang: Lang;
  criterion: Criterion;
  value: Rating | undefined;
  onRate: (v: Rating | null) => void;
}) {
  const styles = useStyles();
  const label = pick(criterion.name, lang);
  const choices = choicesOf(criterion, lang);
  if (!choices) {
    return (
      <Field label={label} hint={numericHint(criterion, lang)}>
        <NumberInput value={typeof value === 'number' ? value : null} onValue={onRate} />
      </Field>
    );
  }
  const chosen = choices.find((c) => c.value === value);
  const none = t(lang, 'notRated');
  return (
    <Field label={label} hint={chosen?.description}>
      <Dropdown
        value={chosen ? chosen.label : none}
        selectedOptions={[chosen ? chosen.value : '']}
        onOptionSelect={(_, d) => onRate(d.optionValue ? d.optionValue : null)}
      >
        <Option value="">{none}</Option>
        {choices.map((c) => (
          <Option key={c.value} value={c.value} text={c.label}>
            {c.description ? (
              <span className={styles.option}>
                <span>{c.label}</span>
                <Caption1>{c.description}</Caption1>
              </span>
            ) : (
              c.label
            )}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
