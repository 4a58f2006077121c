import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import * as React from 'react';
import type { Lang } from '../../../src/core/errors';
import { t1SupervisorAppraisal, t2VendorSelection } from '../../../src/core/scorecard';
import { PreviewPage } from '../../../src/taskpane/pages/PreviewPage';
import { fakeHost } from '../fake-host';

/*
 * The appraisal sheet shows each person's overall grade (issue 14: the pane did not). T1's
 * totals are 90, 80 and 58 of 100 with levels A–D at 100/80/60/40 %, so by the halfway cuts
 * (90, 70, 50 %) the grades are A, B and C: Zhang Wei 优秀 / A — excellent, and so on.
 */
function preview(card: typeof t1SupervisorAppraisal, lang: Lang) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage lang={lang} card={card} origin={{ kind: 'new' }} host={fakeHost('browser')} dispatch={() => undefined} go={() => undefined} />
    </FluentProvider>,
  );
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
}

test.each(['en-US', 'zh-CN'] as const)('in %s the preview of an appraisal lists each grade beside the total', (lang) => {
  const levels = t1SupervisorAppraisal.sections[0].criteria[0].scoring;
  if (levels.type !== 'levels') throw new Error('T1 is graded');
  const word = (i: number) => (lang === 'zh-CN' ? levels.levels[i].label.zh : levels.levels[i].label.en);
  const rows = preview(t1SupervisorAppraisal, lang);
  expect(rows[0]).toEqual(lang === 'zh-CN' ? ['排名', '被考评人', '总分', '等级'] : ['Rank', 'Candidate', 'Total', 'Grade']);
  expect(rows.slice(1).map((r) => [r[2], r[3]])).toEqual([
    ['90.0', word(0)],
    ['80.0', word(1)],
    ['58.0', word(2)],
  ]);
});

test('a selection has no grade column', () => {
  const rows = preview(t2VendorSelection, 'en-US');
  expect(rows[0]).toEqual(['Rank', 'Candidate', 'Total']);
});
