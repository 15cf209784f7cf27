import { Box, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newId, type PolicySettings } from '../../../shared/model';
import { ExtraSectionCard } from './ExtraSectionCard';
import {
  MAX_EXTRA_SECTIONS,
  withNewSection,
  withoutSection,
  withSectionBack,
  withSectionMoved,
  withSectionText,
  type ExtraSection,
} from './extraSections';
import { useUndoNotice } from './formParts';
import { useFocusAfterChange } from './useFocusAfterChange';

type Sections = PolicySettings['extraSections'];

/** Free sections after the generated ones: add, remove (with Undo) and move up or down. */
export function ExtraSections({
  sections,
  changeSections,
}: {
  sections: Sections;
  changeSections(next: (current: Sections) => Sections): void;
}) {
  const { t } = useTranslation();
  const showUndo = useUndoNotice();
  const listRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterChange(listRef, sections.map((section) => section.id).join(','));

  const add = () => {
    const id = newId();
    changeSections((current) => withNewSection(current, id));
    focusLater(id, 'heading');
  };

  const remove = (section: ExtraSection, index: number) => {
    changeSections((current) => withoutSection(current, section.id));
    showUndo(t('organisation.policy.sectionRemoved', { number: index + 1 }), () =>
      changeSections((current) => withSectionBack(current, section, index)),
    );
  };

  return (
    <Box ref={listRef}>
      <Text size="sm" fw="var(--mantine-font-weight-medium)" id="organisation-extra-sections">
        {t('organisation.policy.extraSections')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('organisation.policy.extraSectionsHint')}
      </Text>
      {sections.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('organisation.policy.noSections')}
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          mb="sm"
          style={{ listStyle: 'none' }}
          aria-labelledby="organisation-extra-sections"
        >
          {sections.map((section, index) => (
            <ExtraSectionCard
              key={section.id}
              section={section}
              number={index + 1}
              first={index === 0}
              last={index === sections.length - 1}
              move={(direction) => {
                changeSections((current) =>
                  withSectionMoved(current, section.id, direction === 'up' ? -1 : 1),
                );
                focusLater(section.id, direction);
              }}
              remove={() => remove(section, index)}
              setText={(key, language, text) =>
                changeSections((current) => withSectionText(current, section.id, key, language, text))
              }
            />
          ))}
        </Stack>
      )}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={sections.length >= MAX_EXTRA_SECTIONS}
      >
        {t('organisation.policy.addSection')}
      </Button>
    </Box>
  );
}
