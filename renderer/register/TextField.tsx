import type { TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../shared/model/primitives';
import { checkDate, type FieldError } from '../../shared/validation/fieldFormats';
import { BufferedTextInput } from './BufferedTextInput';

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

export type TextFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'error'> & {
  value: string;
  onCommit(value: string): void;
  /**
   * Marks the label with an asterisk and says so when the field is left empty. (`withAsterisk` alone only
   * marks it: the findings, not the field, then say what is missing.)
   */
  required?: boolean;
  /** The field's format check (shared/validation/fieldFormats); its error shows under the field. */
  check?: (value: string) => FieldError | null;
};

/**
 * The register's text field: label, description, the required marker and the inline error in the user's
 * language, typed against a buffer so saving never moves the cursor. Short texts are capped like the
 * model caps them, so what is typed is always what can be saved.
 */
export function TextField({
  required = false,
  check,
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
      error={problem ? t(`register.errors.${problem}`) : undefined}
    />
  );
}

/** A date in the browser's date field (YYYY-MM-DD); a date that cannot be is said under the field. */
export function DateField(props: Omit<TextFieldProps, 'type' | 'check'>) {
  return <TextField {...props} type="date" check={checkDate} />;
}
