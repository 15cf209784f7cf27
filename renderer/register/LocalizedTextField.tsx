import { Box, Input, Tabs, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages';
import { isTextMissing, LIMITS, type LocalizedText } from '../../shared/model';
import { BufferedTextarea, BufferedTextInput } from './BufferedTextInput';
import { useDocumentLanguages } from './useRegister';

interface LocalizedTextFieldProps {
  label: string;
  description?: string;
  value: LocalizedText;
  /** Stores the text of one language; the caller applies it to the stored item. */
  onCommit(language: Language, text: string): void;
  multiline?: boolean;
  /** The primary language must be filled (names, purposes …). */
  required?: boolean;
  placeholder?: string;
  /** Puts the cursor in the primary language's field on mount (e.g. the name of a new activity). */
  autoFocus?: boolean;
  /** Per language, as the model caps the field (LIMITS.name for names); the count shows near it. */
  maxLength?: number;
}

/**
 * User-written text in each document language. The primary language comes first and is always shown;
 * the other chosen languages are tabs, marked where the translation is still missing.
 */
export function LocalizedTextField({
  label,
  description,
  value,
  onCommit,
  multiline,
  required,
  placeholder,
  autoFocus,
  maxLength = LIMITS.longText,
}: LocalizedTextFieldProps) {
  const { t } = useTranslation();
  const { languages, primary } = useDocumentLanguages();
  const ordered = [primary, ...languages.filter((l) => l !== primary)];
  const [active, setActive] = useState<Language>(primary);
  const id = useId();
  const current = ordered.includes(active) ? active : primary;
  const Field = multiline ? BufferedTextarea : BufferedTextInput;
  const primaryMissing = required && isTextMissing(value, primary);

  const field = (language: Language, withLabel: boolean) => (
    <Field
      key={language}
      id={`${id}-${language}`}
      label={withLabel ? label : undefined}
      aria-label={withLabel ? undefined : `${label} (${language.toUpperCase()})`}
      description={withLabel ? description : undefined}
      withAsterisk={required && language === primary}
      lang={language}
      placeholder={placeholder}
      autoFocus={autoFocus && language === primary}
      maxLength={maxLength}
      value={value[language] ?? ''}
      onCommit={(text) => onCommit(language, text)}
      error={language === primary && primaryMissing ? t('register.errors.required') : undefined}
    />
  );

  if (ordered.length === 1) return field(primary, true);

  return (
    <Box>
      <Input.Label htmlFor={`${id}-${current}`} required={required} mb={4}>
        {label}
      </Input.Label>
      {description && (
        <Text size="xs" c="dimmed" mb={4}>
          {description}
        </Text>
      )}
      <Tabs
        value={current}
        onChange={(v) => v && setActive(v as Language)}
        variant="outline"
        keepMounted={false}
      >
        <Tabs.List>
          {ordered.map((language) => {
            const missing = isTextMissing(value, language);
            return (
              <Tabs.Tab
                key={language}
                value={language}
                data-missing={missing || undefined}
                rightSection={
                  missing && language !== primary ? (
                    <Tooltip label={t('register.translationMissing')}>
                      <IconAlertCircle size={14} color="var(--mantine-color-orange-7)" aria-hidden />
                    </Tooltip>
                  ) : null
                }
              >
                {language.toUpperCase()}
                {language === primary && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('register.primaryLanguage')})
                  </Text>
                )}
                {missing && language !== primary && (
                  <span className="visually-hidden">, {t('register.translationMissing')}</span>
                )}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {ordered.map((language) => (
          <Tabs.Panel key={language} value={language} pt={6}>
            {field(language, false)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Box>
  );
}

/** A localized text with one language's text replaced: what onCommit callers store. */
export function withText(value: LocalizedText, language: Language, text: string): LocalizedText {
  return { ...value, [language]: text };
}
