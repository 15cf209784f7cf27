import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/i18n/format';
import { LIMITS, typedDateRange } from '../../shared/model/primitives';
import { useUiLanguage } from '../i18n/uiLanguage';
import { localToday } from './useRegister';
import { checkDate, type FieldError } from '../../shared/validation/fieldFormats';
import { BufferedTextInput, type BufferedTextInputProps } from './BufferedTextInput';

/**
 * What is wrong with a field's value, as a code of register.errors: empty when required, else what the
 * field's format check says. An empty optional field is never wrong.
 */
export function fieldProblem(
  value: string,
  { required = false, check }: { required?: boolean; check?: (value: string) => FieldError | null },
): FieldError | null {
  if (required && value.trim() === '') return 'required';
  return check ? check(value) : null;
}

export type TextFieldProps = Omit<BufferedTextInputProps, 'error'> & {
  /**
   * Marks the label with an asterisk and says so when the field is left empty. (`withAsterisk` alone only
   * marks it: the findings, not the field, then say what is missing.)
   */
  required?: boolean;
  /** The field's format check (shared/validation/fieldFormats); its error shows under the field. */
  check?: (value: string) => FieldError | null;
  /** For a date: the first and last date it may hold, as the message writes them. */
  dateRange?: { readonly earliest: string; readonly latest: string };
};

/**
 * The register's text field: label, description, the required marker and the inline error in the user's
 * language, typed against a buffer so saving never moves the cursor. Short texts are capped like the
 * model caps them, so what is typed is always what can be saved.
 */
export function TextField({
  required = false,
  check,
  dateRange,
  maxLength = LIMITS.shortText,
  ...props
}: TextFieldProps) {
  const { t } = useTranslation();
  const problem = fieldProblem(props.value, { required, check });
  return (
    <BufferedTextInput
      {...props}
      required={required}
      maxLength={maxLength}
      error={
        problem === 'dateRange' && dateRange
          ? t('register.errors.dateRange', dateRange)
          : problem
            ? t(`register.errors.${problem}`)
            : undefined
      }
    />
  );
}

/**
 * A date in the browser's date field (YYYY-MM-DD), within the dates the editor takes today (from 1990 to ten
 * years ahead, typedDateRange). A date outside them is refused: it stays in the field with the range said
 * under it, and the stored date is kept, since a file cannot hold 9999-12-31 and a date years ahead is a
 * typing mistake. A stored date outside the range (from a file or an earlier year) shows the same message.
 */
export function DateField({ onCommit, ...props }: Omit<TextFieldProps, 'type' | 'check'>) {
  const [language] = useUiLanguage();
  // The date typed last, shown (refused) or until the store has it (accepted): the field must not see the
  // stored date come back in between, which it would take for a change made elsewhere.
  const [typed, setTyped] = useState<string | null>(null);
  if (typed !== null && typed === props.value) setTyped(null);
  const range = typedDateRange(localToday());
  const check = (value: string) => checkDate(value, range);
  return (
    <TextField
      {...props}
      value={typed ?? props.value}
      type="date"
      min={range.earliest}
      max={range.latest}
      check={check}
      dateRange={{
        earliest: formatDate(range.earliest, language),
        latest: formatDate(range.latest, language),
      }}
      onCommit={(value) => {
        setTyped(value);
        if (check(value) !== 'dateRange') onCommit(value);
      }}
    />
  );
}
