import { Checkbox, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import type { DocumentLanguages } from '../../../shared/model';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection } from './formParts';

/**
 * Which of da / sv / en the documents are produced in, and the primary one. Only the list of languages
 * changes: texts already written in a language that is dropped stay stored and come back with it.
 */
export function DocumentLanguagesSection({ documentLanguages }: { documentLanguages: DocumentLanguages }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const { languages, primary } = documentLanguages;

  const setLanguages = (chosen: Language[]) =>
    update((core) => {
      const current = core.documentLanguages;
      // The primary language can never be dropped here, so at least one language always remains.
      const next = LANGUAGES.filter((l) => chosen.includes(l) || l === current.primary);
      return { ...core, documentLanguages: { ...current, languages: next } };
    });

  const setPrimary = (next: Language) =>
    update((core) => ({ ...core, documentLanguages: { ...core.documentLanguages, primary: next } }));

  return (
    <FormSection
      sectionKey="documentLanguages"
      title={t('organisation.languages.heading')}
      intro={t('organisation.languages.intro')}
    >
      <Checkbox.Group<Language>
        label={t('organisation.languages.languages')}
        description={t('organisation.languages.primaryLocked')}
        value={languages}
        onChange={setLanguages}
      >
        <Group gap="lg" mt="xs">
          {LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              value={language}
              label={LANGUAGE_NATIVE_NAMES[language]}
              lang={language}
              disabled={language === primary}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Select
        label={t('organisation.languages.primary')}
        description={t('organisation.languages.primaryHint')}
        data={languages.map((language) => ({ value: language, label: LANGUAGE_NATIVE_NAMES[language] }))}
        value={primary}
        onChange={(value) => value && setPrimary(value as Language)}
        allowDeselect={false}
        maw={420}
      />
      <Text size="xs" c="dimmed">
        {t('organisation.languages.keptNote')}
      </Text>
    </FormSection>
  );
}
