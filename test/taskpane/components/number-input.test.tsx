import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import type { Lang } from '../../../src/core/errors';
import type { Criterion, Rating } from '../../../src/core/scorecard';
import { NumberInput } from '../../../src/taskpane/components/NumberInput';
import { RatingInput } from '../../../src/taskpane/components/RatingInput';

/*
 * Issue 14's cases, as a manager typed them: a licence fee of 395,000 was kept as 395, 39.5万
 * as 39.5, and full-width ４２００００ was ignored with the old value left standing, all without
 * a word; a 7 on a 1–5 scale was taken silently.
 */
function Fee({ lang = 'en-US', onValue }: { lang?: Lang; onValue: (v: number | null) => void }) {
  const [value, setValue] = React.useState<number | null>(300000);
  return (
    <FluentProvider theme={webLightTheme}>
      <NumberInput
        lang={lang}
        aria-label="Licence fee"
        value={value}
        onValue={(v) => {
          setValue(v);
          onValue(v);
        }}
      />
    </FluentProvider>
  );
}

const typeInto = (field: HTMLElement, text: string) => {
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
};

test.each([
  ['395,000', 395000],
  ['39.5万', 395000],
  ['４２００００', 420000],
  ['395 000', 395000],
])('a fee typed as %s is taken whole: %d', (typed, expected) => {
  const seen: (number | null)[] = [];
  render(<Fee onValue={(v) => seen.push(v)} />);
  typeInto(screen.getByRole('textbox', { name: 'Licence fee' }), typed);
  expect(seen[seen.length - 1]).toBe(expected);
  // Never a part of the text on the way: 395 from "395,000" was the old defect.
  expect(seen.filter((v) => v !== expected && v !== null && v < 1000)).toEqual([]);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('typed key by key, 395,000 ends as 395000 and no message stays', () => {
  const seen: (number | null)[] = [];
  render(<Fee onValue={(v) => seen.push(v)} />);
  const field = screen.getByRole('textbox', { name: 'Licence fee' });
  const typed = '395,000';
  for (let i = 1; i <= typed.length; i++) fireEvent.change(field, { target: { value: typed.slice(0, i) } });
  fireEvent.blur(field);
  expect(seen[seen.length - 1]).toBe(395000);
  expect(field.getAttribute('aria-invalid')).toBeNull();
});

test('text that is not a number is refused on the field in words, and the old value stays', () => {
  const seen: (number | null)[] = [];
  render(<Fee onValue={(v) => seen.push(v)} />);
  const field = screen.getByRole('textbox', { name: 'Licence fee' });
  typeInto(field, '3,95,000');
  expect(seen).toEqual([]);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(screen.getByText(/“3,95,000” is not a number: thousands are separated in groups of three digits/)).toBeTruthy();
  expect(screen.getByText(/The field keeps 300000\./)).toBeTruthy();
  // Corrected, the message goes and the value is taken.
  typeInto(field, '395,000');
  expect(seen).toEqual([395000]);
  expect(field.getAttribute('aria-invalid')).toBeNull();
});

test('the refusal reads in Chinese with full-width punctuation and no English parser words', () => {
  render(<Fee lang="zh-CN" onValue={() => undefined} />);
  typeInto(screen.getByRole('textbox', { name: 'Licence fee' }), '39.5x');
  const message = screen.getByText(/不是数字/).textContent!;
  expect(message).toContain('“39.5x”不是数字：其中含有非数字的字符。');
  expect(message).toContain('该字段保持为 300000。');
  expect(message.replace('“39.5x”', '')).not.toMatch(/[A-Za-z]{2,}/);
});

const fit: Criterion = { id: 'fit', name: { en: 'Fit', zh: '匹配度' }, weight: 1, scoring: { type: 'scale', min: 1, max: 5 } };

function Rate({ lang, onRate }: { lang: Lang; onRate: (v: Rating | null) => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <RatingInput lang={lang} criterion={fit} value={4} onRate={onRate} />
    </FluentProvider>
  );
}

test.each([
  ['en-US', '7', 'Fit: 7 is above the top of the scale, 5. The field keeps 4.'],
  ['en-US', '0', 'Fit: 0 is below the bottom of the scale, 1. The field keeps 4.'],
  ['zh-CN', '7', '匹配度：7 高于评分上限 5。该字段保持为 4。'],
] as const)('in %s a rating of %s on a 1–5 scale is refused on the field, not taken', (lang, typed, message) => {
  const rated: (Rating | null)[] = [];
  render(<Rate lang={lang} onRate={(v) => rated.push(v)} />);
  typeInto(screen.getByRole('textbox', { name: lang === 'zh-CN' ? '匹配度' : 'Fit' }), typed);
  expect(rated).toEqual([]);
  expect(screen.getByText(message)).toBeTruthy();
});
