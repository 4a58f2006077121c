import { Field, Input, InputProps, makeStyles, mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Text } from '../../core/errors';
import { readNumber } from '../../core/number-text';
import { inLanguage } from '../../core/vocabulary';
import { readField } from '../state/number-field';

// A number field fills the column it is given: an <input> otherwise keeps its browser width
// (about twenty characters) and runs past a narrow column at 320 px.
const useStyles = makeStyles({ root: { minWidth: 0, width: '100%' }, input: { minWidth: 0, width: '100%' } });

export interface NumberInputProps extends Omit<InputProps, 'value' | 'onChange' | 'type'> {
  lang: Lang;
  value: number | null;
  onValue: (v: number | null) => void;
  /** The field counts in percent (a weight shown as 25 %): a typed percent sign changes nothing. */
  percentField?: boolean;
  /** Why a complete number cannot be taken here (beyond a rating's scale), or null. */
  check?: (v: number) => Text | null;
  /**
   * Where the field's problem goes when the caller shows it (a Field around a rating); without
   * it the input shows the problem under itself.
   */
  onProblem?: (message: string | null) => void;
}

/**
 * A number field that reads what people type through the pane's one parser
 * (src/core/number-text.ts): "395,000", "39.5万", full-width digits, "85%". It reports a value
 * only when the whole text is one; text that is not a number yet ("", "-", "0.") waits, and is
 * refused with a message when the field loses focus while it still is not. A number the field
 * cannot take (check) is refused at once. A refused entry is never partly kept: the value
 * stays what it was, and the message says so.
 */
export function NumberInput({ lang, value, onValue, percentField, check, onProblem, className, ...rest }: NumberInputProps) {
  const shown = value === null ? '' : String(value);
  const [text, setText] = React.useState(shown);
  const [problem, setProblem] = React.useState<Text | null>(null);
  // A value changed from outside replaces the text during render (React's "adjusting state
  // when a prop changes"), unless the text already means that value ("0." for 0).
  const [seen, setSeen] = React.useState(value);
  const read = (t: string) => readNumber(t, { percentField });
  if (seen !== value) {
    setSeen(value);
    const r = read(text);
    if (!r.ok || r.value !== value) {
      setText(shown);
      setProblem(null);
    }
  }
  const message = problem ? inLanguage(problem, lang) : null;
  const reported = React.useRef<string | null>(null);
  React.useEffect(() => {
    if (onProblem && reported.current !== message) {
      reported.current = message;
      onProblem(message);
    }
  }, [message, onProblem]);

  const take = (t: string, leaving: boolean) => {
    const r = readField(t, { percentField, check, current: value });
    if (!r.ok) {
      // Unfinished text waits for the field to be left; a complete number refused says so at once.
      if (leaving || read(t).ok) setProblem(r.problem);
      return;
    }
    setProblem(null);
    if (r.value !== value) onValue(r.value);
    else if (leaving) setText(shown);
  };

  const styles = useStyles();
  const input = (
    <Input
      {...rest}
      className={mergeClasses(styles.root, onProblem ? className : undefined)}
      input={{ className: styles.input }}
      type="text"
      inputMode="decimal"
      value={text}
      aria-invalid={message ? true : undefined}
      onChange={(_, d) => {
        setText(d.value);
        take(d.value, false);
      }}
      onBlur={() => take(text, true)}
    />
  );
  if (onProblem) return input;
  return (
    <Field className={className} validationState={message ? 'error' : 'none'} validationMessage={message ?? undefined}>
      {input}
    </Field>
  );
}
