import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useState } from 'react';

/**
 * A text field that stores every keystroke at once but types against its own local value, so the
 * round trip through IndexedDB can never make the cursor jump or swallow a character.
 */
function useBuffered(value: string, onCommit: (value: string) => void) {
  const [local, setLocal] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // When the stored value catches up with what was typed (or changes elsewhere), show the stored one.
  if (value !== seen) {
    setSeen(value);
    if (local !== null && local === value) setLocal(null);
  }
  return {
    value: local ?? value,
    onChange: (next: string) => {
      setLocal(next);
      onCommit(next);
    },
    onBlur: () => {
      if (local !== null && local === value) setLocal(null);
    },
  };
}

type Common = { value: string; onCommit(value: string): void };

export function BufferedTextInput({
  value,
  onCommit,
  ...props
}: Common & Omit<TextInputProps, 'value' | 'onChange'>) {
  const buffered = useBuffered(value, onCommit);
  return (
    <TextInput
      {...props}
      value={buffered.value}
      onChange={(event) => buffered.onChange(event.currentTarget.value)}
      onBlur={(event) => {
        buffered.onBlur();
        props.onBlur?.(event);
      }}
    />
  );
}

export function BufferedTextarea({
  value,
  onCommit,
  ...props
}: Common & Omit<TextareaProps, 'value' | 'onChange'>) {
  const buffered = useBuffered(value, onCommit);
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={12}
      {...props}
      value={buffered.value}
      onChange={(event) => buffered.onChange(event.currentTarget.value)}
      onBlur={(event) => {
        buffered.onBlur();
        props.onBlur?.(event);
      }}
    />
  );
}
