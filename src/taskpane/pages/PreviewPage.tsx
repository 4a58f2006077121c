import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import * as React from 'react';
import { scorecardSensitivity, scoreScorecard, validateScorecard } from '../../core/scorecard';
import { t } from '../i18n';
import { candidateNoun } from '../state/candidate-noun';
import { pick } from '../state/text';
import { BarChart } from '../components/BarChart';
import type { CardPageProps } from './page-props';
import { RadarChart } from '../components/RadarChart';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  number: { textAlign: 'end', justifyContent: 'end' },
});

/** Rounds a total for display only; the engine and the sheet keep full precision. */
const SHOWN_SENSITIVITIES = 5;
const shown = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

export function PreviewPage({ lang, card }: CardPageProps) {
  const styles = useStyles();
  const analysis = React.useMemo(() => {
    const v = validateScorecard(card);
    if (!v.ok) return { errors: v.errors } as const;
    return { result: scoreScorecard(v.card), sensitivity: scorecardSensitivity(v.card) } as const;
  }, [card]);

  if ('errors' in analysis)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(lang, 'cannotScore')}</MessageBarTitle>
          <ul className={styles.list}>
            {analysis.errors!.map((e, i) => (
              <li key={i}>{pick(e.text, lang)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );

  const { result, sensitivity } = analysis;
  const nameOf = new Map(card.candidates.map((k) => [k.id, pick(k.name, lang)]));
  const ranked = result.candidates
    .slice()
    .sort((a, b) => a.rank - b.rank || card.candidates.findIndex((k) => k.id === a.candidateId) - card.candidates.findIndex((k) => k.id === b.candidateId));
  const criteria = card.sections.flatMap((s) => s.criteria);
  // The sheet of an appraisal shows each candidate's overall grade; so does its preview.
  const graded = result.candidates.some((c) => c.overallGrade !== undefined);
  // The closest calls matter; a list of twenty sentences would bury them.
  const moving = sensitivity
    .filter((s) => s.change !== null)
    .sort((a, b) => Math.abs(a.change!) - Math.abs(b.change!))
    .slice(0, SHOWN_SENSITIVITIES);
  const steady = sensitivity.filter((s) => s.change === null).length;

  return (
    <div className={styles.page}>
      <section aria-label={t(lang, 'totalsHeading')}>
        <Subtitle2 as="h2">{t(lang, 'totalsHeading')}</Subtitle2>
        <Table size="small" aria-label={t(lang, 'totalsHeading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(lang, 'colRank')}</TableHeaderCell>
              <TableHeaderCell>{t(lang, 'colCandidate', { who: candidateNoun(card, lang) })}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t(lang, 'colTotal')}</TableHeaderCell>
              {graded && <TableHeaderCell>{t(lang, 'colGrade')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranked.map((c) => (
              <TableRow key={c.candidateId}>
                <TableCell>{c.rank}</TableCell>
                <TableCell>{nameOf.get(c.candidateId)}</TableCell>
                <TableCell className={styles.number}>{shown(c.total)}</TableCell>
                {graded && <TableCell>{c.overallGrade ? pick(c.overallGrade, lang) : ''}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {ranked
          .filter((c) => c.unrated.length > 0)
          .map((c) => (
            <Caption1 as="p" key={c.candidateId}>
              {t(lang, 'unratedNote', { name: nameOf.get(c.candidateId) ?? '', n: c.unrated.length })}
            </Caption1>
          ))}
        {card.kind === 'appraisal' && criteria.length >= 3 ? (
          <RadarChart
            label={t(lang, 'radarLabel')}
            axes={criteria.map((c) => pick(c.name, lang))}
            series={result.candidates.map((c) => ({ name: nameOf.get(c.candidateId) ?? '', shares: c.criteria.map((x) => x.share ?? 0) }))}
          />
        ) : (
          <BarChart
            label={t(lang, 'barChartLabel')}
            max={result.totalPoints}
            bars={ranked.map((c) => ({ name: nameOf.get(c.candidateId) ?? '', value: c.total }))}
          />
        )}
      </section>
      <section aria-label={t(lang, 'sensitivityHeading')}>
        <Subtitle2 as="h2">{t(lang, 'sensitivityHeading')}</Subtitle2>
        {card.candidates.length < 2 ? (
          <Body1 as="p">{t(lang, 'needTwo', { who: candidateNoun(card, lang) })}</Body1>
        ) : (
          <>
            <ul className={styles.list}>
              {moving.map((s) => (
                <li key={s.criterionId}>
                  <Body1>{pick(s.text, lang)}</Body1>
                </li>
              ))}
            </ul>
            {steady > 0 && <Caption1 as="p">{t(lang, 'sensitivityNever', { n: steady })}</Caption1>}
          </>
        )}
      </section>
    </div>
  );
}
