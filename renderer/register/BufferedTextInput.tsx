import { Text, Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

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

/** From this share of a field's maxLength on, the field counts its characters. */
const COUNT_FROM = 0.8;

/**
 * Near a field's maxLength, the count of its characters ("183 / 200") at its right end, so the limit is no
 * surprise; over it (a text stored before the limit existed), an error that says by how much to shorten it.
 */
function useLengthCounter(text: string, maxLength: number | undefined) {
  const { t } = useTranslation();
  if (maxLength === undefined || text.length < maxLength * COUNT_FROM) return {};
  const over = text.length > maxLength;
  const count = `${text.length} / ${maxLength}`;
  return {
    rightSection: (
      <Text size="xs" c={over ? 'red.8' : 'dimmed'} data-character-count>
        {count}
      </Text>
    ),
    rightSectionWidth: count.length * 7 + 16,
    error: over
      ? t('register.errors.tooLong', { max: maxLength, count: text.length - maxLength })
      : undefined,
  };
}

export function BufferedTextInput({
  value,
  onCommit,
  ...props
}: Common & Omit<TextInputProps, 'value' | 'onChange'>) {
  const buffered = useBuffered(value, onCommit);
  const counter = useLengthCounter(buffered.value, props.maxLength);
  return (
    <TextInput
      {...counter}
      {...props}
      error={props.error ?? counter.error}
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
