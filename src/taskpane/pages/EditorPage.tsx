import { Button, Card, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import * as React from 'react';
import { t } from '../i18n';
import { placeholderName } from '../state/placeholder-name';
import { pick } from '../state/text';
import { asPercent, weightCheck } from '../state/weights';
import { NumberInput } from '../components/NumberInput';
import type { CardPageProps } from './page-props';
import { SectionEditor } from '../components/SectionEditor';
import { WeightTools } from '../components/WeightTools';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  weights: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 6em',
    gap: tokens.spacingVerticalXS + ' ' + tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  sections: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function EditorPage({ lang, dispatch, card }: CardPageProps) {
  const styles = useStyles();
  const sectionNames = card.sections.map((s, i) => pick(s.name, lang) || t(lang, 'sectionName', { n: i + 1 }));
  const sections = React.useRef<HTMLDivElement>(null);
  const focusAdded = React.useRef(false);
  // The name of a section just added takes the focus, ready to be typed over.
  React.useEffect(() => {
    if (!focusAdded.current) return;
    focusAdded.current = false;
    const cards = sections.current?.querySelectorAll<HTMLElement>('[role="group"]');
    const name = cards?.[cards.length - 1]?.querySelector<HTMLInputElement>('input');
    name?.focus();
    name?.select();
  });
  const addSection = () => {
    const n = card.sections.length + 1;
    focusAdded.current = true;
    dispatch({
      type: 'add-section',
      name: placeholderName(lang, 'newSection', n),
      criterionName: placeholderName(lang, 'newCriterion', 1),
    });
  };
  return (
    <div className={styles.page}>
      <Field label={t(lang, 'titleLabel')}>
        <Input value={pick(card.title, lang)} onChange={(_, d) => dispatch({ type: 'set-title', lang, value: d.value })} />
      </Field>
      <Card role="group" aria-label={t(lang, 'sectionWeights')}>
        <Subtitle2 as="h2">{t(lang, 'sectionWeights')}</Subtitle2>
        <div className={styles.weights}>
          {card.sections.map((s, i) => (
            <React.Fragment key={s.id}>
              <span>{sectionNames[i]}</span>
              <NumberInput
                lang={lang}
                percentField
                check={weightCheck}
                value={asPercent(s.weight)}
                contentAfter="%"
                aria-label={t(lang, 'sectionWeight', { name: sectionNames[i] })}
                onValue={(v) => dispatch({ type: 'set-weight', of: 'section', id: s.id, weight: (v ?? 0) / 100 })}
              />
            </React.Fragment>
          ))}
        </div>
        <WeightTools
          lang={lang}
          groupName={t(lang, 'sectionWeights')}
          names={sectionNames}
          weights={card.sections.map((s) => s.weight)}
          onWeights={(weights) => dispatch({ type: 'set-weights', group: null, weights })}
        />
      </Card>
      <Subtitle2 as="h2">{t(lang, 'sectionsHeading')}</Subtitle2>
      <div ref={sections} className={styles.sections}>
        {card.sections.map((s, i) => (
          <SectionEditor key={s.id} lang={lang} dispatch={dispatch} section={s} index={i} count={card.sections.length} />
        ))}
      </div>
      <div>
        <Button icon={<AddRegular />} onClick={addSection}>
          {t(lang, 'addSection')}
        </Button>
      </div>
    </div>
  );
}
