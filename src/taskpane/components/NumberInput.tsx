import { Input, InputProps } from '@fluentui/react-components';
import * as React from 'react';

/**
 * A number field that lets the user pass through states that are not numbers yet ("", "0.",
 * "-"): the text is kept locally and only a complete number is reported. When the value
 * changes from outside (normalise, undo), the text follows.
 */
export function NumberInput({
  value,
  onValue,
  ...rest
}: { value: number | null; onValue: (v: number | null) => void } & Omit<InputProps, 'value' | 'onChange' | 'type'>) {
  const shown = value === null ? '' : String(value);
  const [text, setText] = React.useState(shown);
  // A value changed from outside replaces the text during render (React's "adjusting state
  // when a prop changes"), unless the text already means that value ("0." for 0).
  const [seen, setSeen] = React.useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parse(text) !== value) setText(shown);
  }
  return (
    <Input
      {...rest}
      type="text"
      inputMode="decimal"
      value={text}
      onChange={(_, d) => {
        setText(d.value);
        const v = parse(d.value);
        if (v !== undefined) onValue(v);
      }}
      onBlur={() => setText(shown)}
    />
  );
}

/** null for an empty field, undefined for text that is not a number (yet). */
function parse(text: string): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}
