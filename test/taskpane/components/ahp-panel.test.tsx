import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import * as React from 'react';
import { AhpPanel } from '../../../src/taskpane/components/AhpPanel';
import { pairsOf } from '../../../src/taskpane/state/ahp-matrix';

/*
 * With CR above 0.1 the panel names the judgement to revisit first (issue 14). Judgements of
 * weights 8 : 4 : 2 : 1 (A twice B, B twice C, C twice D) with one reversed: "D 8× as important
 * as A" where the others imply A about 8× D. Signed steps: +k means the first of the pair is
 * k + 1 times as important (src/taskpane/state/ahp-matrix.ts).
 */
const names = ['Price', 'Quality', 'Service', 'Delivery'];
const steps: Record<string, number> = { '0-1': 1, '0-2': 3, '0-3': -7, '1-2': 1, '1-3': 3, '2-3': 1 };

test.each([
  ['en-US', /Start with Price against Delivery: you judged Delivery is 8× as important; the resulting weights say Delivery is 1\.5× as important\./],
  ['zh-CN', /请先检查“Price”与“Delivery”：您的判断为Delivery 重要 8 倍；/],
] as const)('in %s it names the least consistent judgement', (lang, words) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <AhpPanel lang={lang} names={names} onApply={() => undefined} initial={pairsOf(4).map(([i, j]) => steps[`${i}-${j}`])} />
    </FluentProvider>,
  );
  expect(screen.getByText(words)).toBeTruthy();
});
