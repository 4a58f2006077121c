import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { HoldoutCheck } from '../../core/customer-value/check';
import { isoOfSerial } from '../../core/customer-value/cells';
import type { Lang } from '../../core/errors';
import { t } from '../i18n';
import { LineChart } from './LineChart';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& td, & th': { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', whiteSpace: 'nowrap', textAlign: 'right' },
  },
});

const num = (v: number | null, digits = 2) => (v === null ? '—' : v.toFixed(digits));

/**
 * The forecast against the holdout: the error measures, the means by calibration frequency
 * (chart and table, as FHL 2005 figure 4) and the cumulative tracking with the calibration end
 * marked (figure 2), its numbers behind a disclosure.
 */
export function HoldoutCheckView({ lang, check, calibrationEnd }: { lang: Lang; check: HoldoutCheck; calibrationEnd: number }) {
  const styles = useStyles();
  const classLabel = (c: HoldoutCheck['classes'][number]) => (c.open ? `${c.frequency}+` : String(c.frequency));
  const actual = t(lang, 'cvActual');
  const predicted = t(lang, 'cvPredicted');
  const calAt = check.tracking.findIndex((r) => r.lastDay >= calibrationEnd);
  return (
    <div className={styles.box} data-testid="cv-check">
      <Subtitle2 as="h3">{t(lang, 'cvCheckHeading')}</Subtitle2>
      <Body1 as="p" data-testid="cv-check-errors">
        {t(lang, 'cvCheckErrors', { mae: check.errors.mae.toFixed(3), bias: check.errors.bias.toFixed(3), periods: +check.periods.toFixed(2) })}
      </Body1>
      <Caption1 as="p">{t(lang, 'cvCheckBiasHint')}</Caption1>
      <LineChart
        label={t(lang, 'cvByFrequency')}
        xTitle={t(lang, 'cvFrequency')}
        categories={check.classes.map(classLabel)}
        series={[
          { name: actual, values: check.classes.map((c) => c.actual) },
          { name: predicted, values: check.classes.map((c) => c.expected), dashed: true },
        ]}
      />
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="cv-check-classes">
          <caption>{t(lang, 'cvByFrequency')}</caption>
          <thead>
            <tr>
              <th>{t(lang, 'cvFrequency')}</th>
              <th>{t(lang, 'cvCustomersCol')}</th>
              <th>{actual}</th>
              <th>{predicted}</th>
            </tr>
          </thead>
          <tbody>
            {check.classes.map((c) => (
              <tr key={c.frequency}>
                <th>{classLabel(c)}</th>
                <td>{c.customers}</td>
                <td>{num(c.actual)}</td>
                <td>{num(c.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LineChart
        label={t(lang, 'cvTracking')}
        xTitle={t(lang, 'cvPeriod')}
        categories={check.tracking.map((r) => String(r.period))}
        tickEvery={Math.max(1, Math.ceil(check.tracking.length / 8))}
        series={[
          { name: actual, values: check.tracking.map((r) => r.actual) },
          { name: predicted, values: check.tracking.map((r) => r.expected), dashed: true },
        ]}
        marker={calAt >= 0 ? { at: calAt, label: t(lang, 'cvCalibrationLine') } : undefined}
      />
      <details>
        <summary>{t(lang, 'cvShowNumbers')}</summary>
        <div className={styles.scroll}>
          <table className={styles.table} data-testid="cv-check-tracking">
            <thead>
              <tr>
                <th>{t(lang, 'cvPeriod')}</th>
                <th>{t(lang, 'cvPeriodEnd')}</th>
                <th>{actual}</th>
                <th>{predicted}</th>
              </tr>
            </thead>
            <tbody>
              {check.tracking.map((r) => (
                <tr key={r.period}>
                  <th>{r.period}</th>
                  <td>{isoOfSerial(r.lastDay)}</td>
                  <td>{r.actual}</td>
                  <td>{r.expected.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
