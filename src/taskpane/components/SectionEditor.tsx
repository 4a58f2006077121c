import { Button, Card, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import * as React from 'react';
import type { Section } from '../../core/scorecard';
import { t } from '../i18n';
import { placeholderName } from '../state/placeholder-name';
import { pick } from '../state/text';
import { CriterionHeads, CriterionRow } from './CriterionRow';
import type { PageProps } from '../pages/page-props';
import { RowActions } from './RowActions';
import { WeightTools } from './WeightTools';

const useStyles = makeStyles({
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { flexGrow: 1, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

/** A section: its name, its criteria as an editable grid, and the tools for their weights. */
export function SectionEditor({
  lang,
  dispatch,
  section,
  index,
  count,
}: Pick<PageProps, 'lang' | 'dispatch'> & { section: Section; index: number; count: number }) {
  const styles = useStyles();
  const name = pick(section.name, lang) || t(lang, 'sectionName', { n: index + 1 });
  const names = section.criteria.map((c, i) => pick(c.name, lang) || t(lang, 'criterionName', { n: i + 1 }));
  const list = React.useRef<HTMLUListElement>(null);
  const focusAdded = React.useRef(false);
  // The name of a criterion just added takes the focus, its placeholder selected for typing over.
  React.useEffect(() => {
    if (!focusAdded.current) return;
    focusAdded.current = false;
    const name = list.current?.querySelector<HTMLTextAreaElement>('li:last-child textarea');
    name?.focus();
    name?.select();
  });
  const addCriterion = () => {
    const n = section.criteria.length + 1;
    focusAdded.current = true;
    dispatch({ type: 'add-criterion', sectionId: section.id, name: placeholderName(lang, 'newCriterion', n) });
  };
  return (
    <Card role="group" aria-label={name}>
      <div className={styles.head}>
        <Input
          className={styles.name}
          appearance="underline"
          value={pick(section.name, lang)}
          aria-label={t(lang, 'sectionName', { n: index + 1 })}
          onChange={(_, d) => dispatch({ type: 'rename-section', sectionId: section.id, lang, value: d.value })}
        />
        <RowActions
          lang={lang}
          name={name}
          first={index === 0}
          last={index === count - 1}
          canRemove={count > 1}
          onMove={(by) => dispatch({ type: 'move-section', sectionId: section.id, by })}
          onRemove={() => dispatch({ type: 'remove-section', sectionId: section.id })}
        />
      </div>
      <CriterionHeads lang={lang} />
      <ul ref={list} className={styles.list} aria-label={t(lang, 'criteriaOf', { name })}>
        {section.criteria.map((c, i) => (
          <CriterionRow key={c.id} lang={lang} dispatch={dispatch} criterion={c} index={i} count={section.criteria.length} />
        ))}
      </ul>
      <div>
        <Button size="small" icon={<AddRegular />} aria-label={t(lang, 'addCriterionTo', { name })} onClick={addCriterion}>
          {t(lang, 'addCriterion')}
        </Button>
      </div>
      <WeightTools
        lang={lang}
        groupName={t(lang, 'criteriaOf', { name })}
        names={names}
        weights={section.criteria.map((c) => c.weight)}
        onWeights={(weights) => dispatch({ type: 'set-weights', group: section.id, weights })}
      />
    </Card>
  );
}
