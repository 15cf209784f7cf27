import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { PROJECT_NAME_MAX } from '../../db/workspace';

export interface ProjectNameValues {
  name: string;
  language: Language;
}

/** Asks for a project's name (and, for a new project, its primary document language). */
export function ProjectNameModal({
  opened,
  title,
  submitLabel,
  initial,
  askLanguage,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  submitLabel: string;
  initial: ProjectNameValues;
  askLanguage: boolean;
  onSubmit(values: ProjectNameValues): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const form = useForm<ProjectNameValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      name: (value) => {
        const trimmed = value.trim();
        if (!trimmed) return t('workspace.nameRequired');
        if (trimmed.length > PROJECT_NAME_MAX) return t('workspace.nameTooLong', { max: PROJECT_NAME_MAX });
        return null;
      },
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={form.onSubmit(async (values) => {
          await onSubmit(values);
          form.reset();
        })}
      >
        <Stack>
          <TextInput
            label={t('workspace.projectName')}
            placeholder={t('workspace.projectNamePlaceholder')}
            data-autofocus
            withAsterisk
            {...form.getInputProps('name')}
          />
          {askLanguage && (
            <Select
              label={t('workspace.primaryLanguage')}
              data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NATIVE_NAMES[value] }))}
              allowDeselect={false}
              {...form.getInputProps('language')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('workspace.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
