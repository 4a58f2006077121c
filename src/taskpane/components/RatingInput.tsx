import { Caption1, Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../core/errors';
import { Criterion, Rating, ruleOf } from '../../core/scorecard';
import { t } from '../i18n';
import { ratingCheck } from '../state/number-field';
import { pick } from '../state/text';
import { NumberInput } from './NumberInput';

const useStyles = makeStyles({ option: { display: 'flex', flexDirection: 'column' } });

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
  const [problem, setProblem] = React.useState<string | null>(null);
  const label = pick(criterion.name, lang);
  const accepts = ruleOf(criterion.scoring).accepts(criterion.scoring);
  if (accepts.kind === 'number') {
    // The same words an import uses for a rating beyond its scale, named by the criterion.
    const check = ratingCheck(criterion);
    return (
      <Field
        label={label}
        hint={problem ? undefined : pick(accepts.hint, lang)}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ?? undefined}
      >
        <NumberInput lang={lang} value={typeof value === 'number' ? value : null} onValue={onRate} check={check} onProblem={setProblem} />
      </Field>
    );
  }
  const choices = accepts.choices.map((c) => ({ value: c.id, label: pick(c.label, lang), description: c.description && pick(c.description, lang) }));
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
