import {
  Alert,
  Button,
  Group,
  Text,
  Textarea,
  TextInput,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import type { FocusEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBufferedText } from './useBufferedText';

type Common = {
  value: string;
  onCommit(value: string): void;
  /** Stores the text without surrounding spaces (addresses, colours), while the field keeps what is typed. */
  trim?: boolean;
  onBlur?(event: FocusEvent<HTMLElement>): void;
};

const trimmed = (text: string) => text.trim();

/** Said at the field when its stored value changed elsewhere while the user was typing in it. */
function ConflictNotice({
  other,
  onKeep,
  onUseOther,
}: {
  other: string;
  onKeep(): void;
  onUseOther(): void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" mt={6} p="xs" data-testid="field-conflict">
      <Text size="sm">{t('register.conflict.message')}</Text>
      <Text size="sm" fs="italic" lineClamp={3} mt={4}>
        {other ? t('register.conflict.other', { text: other }) : t('register.conflict.otherEmpty')}
      </Text>
      <Group gap="xs" mt={8}>
        <Button size="compact-sm" onClick={onKeep}>
          {t('register.conflict.keepMine')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onUseOther}>
          {t('register.conflict.useOther')}
        </Button>
      </Group>
    </Alert>
  );
}

/** The field's props for a buffered text (useBufferedText), and the conflict notice under the input. */
function useBufferedField({ value, onCommit, trim, onBlur }: Common) {
  const buffered = useBufferedText(value, onCommit, trim ? trimmed : undefined);
  const { other } = buffered;
  return {
    value: buffered.value,
    onChange: (event: { currentTarget: { value: string } }) => buffered.onChange(event.currentTarget.value),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      buffered.onBlur();
      onBlur?.(event);
    },
    inputContainer: (children: ReactNode) => (
      <>
        {children}
        {other !== null && (
          <ConflictNotice other={other} onKeep={buffered.keepMine} onUseOther={buffered.useOther} />
        )}
      </>
    ),
  };
}

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

/**
 * A text field that stores every keystroke at once, typed against its own copy (useBufferedText): the
 * cursor never jumps, and a change made elsewhere while the user types is shown at the field to choose from.
 */
export type BufferedTextInputProps = Common & Omit<TextInputProps, 'value' | 'onChange' | 'onBlur'>;

export function BufferedTextInput({ value, onCommit, trim, onBlur, ...props }: BufferedTextInputProps) {
  const field = useBufferedField({ value, onCommit, trim, onBlur });
  const counter = useLengthCounter(field.value, props.maxLength);
  return <TextInput {...counter} {...props} error={props.error ?? counter.error} {...field} />;
}

export function BufferedTextarea({
  value,
  onCommit,
  trim,
  onBlur,
  ...props
}: Common & Omit<TextareaProps, 'value' | 'onChange' | 'onBlur'>) {
  return (
    <Textarea
      autosize
      minRows={2}
      maxRows={12}
      {...props}
      {...useBufferedField({ value, onCommit, trim, onBlur })}
    />
  );
}
