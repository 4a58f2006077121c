import { render, screen, within } from '@testing-library/react';
import * as React from 'react';
import { HoldoutCheckView } from '../../../src/taskpane/components/HoldoutCheckView';
import { BASE, check } from '../../core/customer-value/tiny-holdout';

/*
 * The check as the page shows it, on the tiny log worked by hand (tiny-holdout.ts):
 * MAE (1.8 + 1/9 + 0.625) / 3 = 0.845, bias (−1.8 + 1/9 − 0.625) / 3 = −0.771 over 10 periods;
 * classes 0, 1, 2 hold B (0 actual, 0.11 predicted), A (2, 0.20), C (1, 0.38).
 */
test.each([
  [
    'en-US',
    'Over the 10 periods of the holdout: mean absolute error 0.845 purchases per customer, bias -0.771.',
    'Holdout purchases per customer by repeat purchases in calibration',
    'Cumulative repeat purchases per period',
  ],
  ['zh-CN', '验证期共 10 期：每位客户购买次数的平均绝对误差为 0.845，偏差为 -0.771。', '按校准期重复购买次数分组的验证期人均购买次数', '各期累计重复购买次数'],
] as const)('(%s) errors, the table and the two charts', (lang, errors, byFrequency, tracking) => {
  render(<HoldoutCheckView lang={lang} check={check} calibrationEnd={BASE + 10} />);
  expect(screen.getByTestId('cv-check-errors').textContent).toBe(errors);
  const rows = within(screen.getByTestId('cv-check-classes')).getAllByRole('row');
  expect(rows.slice(1, 4).map((r) => Array.from(r.children, (c) => c.textContent))).toEqual([
    ['0', '1', '0.00', '0.11'],
    ['1', '1', '2.00', '0.20'],
    ['2', '1', '1.00', '0.38'],
  ]);
  expect(rows[8].textContent).toBe('7+0——');
  const charts = screen.getAllByRole('img');
  expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([byFrequency, tracking]);
  // Actual and predicted in each; the frequency chart's actual line breaks where classes are empty.
  const [freq, track] = charts;
  expect(freq.querySelectorAll('polyline')).toHaveLength(2);
  expect(track.querySelectorAll('polyline')).toHaveLength(2);
  const points = (el: Element) => el.getAttribute('points')!.split(' ').length;
  expect(Array.from(track.querySelectorAll('polyline'), points)).toEqual([20, 20]);
  // Day 20 (serial 45020, 2023-04-04) cumulative: 6 actual, 0.1 · (20 + 19 + 18) = 5.7 predicted.
  const last = within(screen.getByTestId('cv-check-tracking')).getAllByRole('row')[20];
  expect(Array.from(last.children, (c) => c.textContent)).toEqual(['20', '2023-04-04', '6', '5.7']);
});
