import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { LocalizedTextField } from '../../register/LocalizedTextField';
import { useDisplayText } from '../../register/useRegister';
import type { ExtraSection } from './extraSections';

/** Where focus goes back to after a move: the button that moved the section, in its new place. */
export type MoveDirection = 'up' | 'down';

/** One free section of the policy: its number and heading, move and remove, and its two texts. */
export function ExtraSectionCard({
  section,
  number,
  first,
  last,
  move,
  remove,
  setText,
}: {
  section: ExtraSection;
  number: number;
  first: boolean;
  last: boolean;
  move(direction: MoveDirection): void;
  remove(): void;
  setText(key: 'heading' | 'body', language: Language, text: string): void;
}) {
  const { t } = useTranslation();
  const display = useDisplayText();
  const heading = display(section.heading);
  return (
    <Paper
      component="li"
      withBorder
      radius="sm"
      p="md"
      data-section-id={section.id}
      data-testid="extra-section"
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Text fw={600} truncate>
          {t('organisation.policy.sectionNumber', { number })}
          {heading && <Text span c="dimmed" fw={400}>{` · ${heading}`}</Text>}
        </Text>
        <Group gap={4} wrap="nowrap">
          <IconAction
            label={t('organisation.policy.moveUp', { number })}
            disabled={first}
            move="up"
            onClick={() => move('up')}
          >
            <IconArrowUp size={18} aria-hidden />
          </IconAction>
          <IconAction
            label={t('organisation.policy.moveDown', { number })}
            disabled={last}
            move="down"
            onClick={() => move('down')}
          >
            <IconArrowDown size={18} aria-hidden />
          </IconAction>
          <IconAction label={t('organisation.policy.removeSection', { number })} color="red" onClick={remove}>
            <IconTrash size={18} aria-hidden />
          </IconAction>
        </Group>
      </Group>
      <Stack gap="sm">
        <LocalizedTextField
          label={t('organisation.policy.sectionHeading')}
          value={section.heading}
          onCommit={(language, text) => setText('heading', language, text)}
        />
        <LocalizedTextField
          label={t('organisation.policy.sectionBody')}
          multiline
          value={section.body}
          onCommit={(language, text) => setText('body', language, text)}
        />
      </Stack>
    </Paper>
  );
}

/** An icon button named by its tooltip; `move` marks the move buttons so focus can find them again. */
function IconAction({
  label,
  disabled,
  color = 'gray',
  move,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  color?: string;
  move?: MoveDirection;
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} disabled={disabled}>
      <ActionIcon
        variant="subtle"
        color={color}
        aria-label={label}
        disabled={disabled}
        data-move={move}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
