import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  confirmedByUser,
  findUsages,
  LIMITS,
  newId,
  nowIso,
  type Activity,
  type Audience,
} from '../../../shared/model';
import { useDatabase } from '../../common/DatabaseContext';
import { saveItem } from '../../db/items';
import { ConfirmAllButton, ItemSuggestionBanner, SuggestedBadge } from '../../register/Confirmation';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import {
  useDisplayText,
  useDocumentLanguages,
  useItems,
  useProjectId,
  useUpdateItem,
} from '../../register/useRegister';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { FormSection, useDeleteReferenced } from './formParts';

/** The project's policy audiences: one privacy policy per audience; activities choose theirs. */
export function AudiencesSection() {
  const { t } = useTranslation();
  const db = useDatabase();
  const projectId = useProjectId();
  const notifyError = useErrorNotifier();
  const { primary } = useDocumentLanguages();
  const audiences = useItems('audiences');
  const activities = useItems('activities');
  const [newName, setNewName] = useState('');

  const add = () => {
    const name = newName.trim();
    if (!name) return;
    setNewName('');
    void notifyError(() =>
      saveItem(db, projectId, 'audiences', {
        id: newId(),
        name: { [primary]: name },
        confirmation: confirmedByUser(nowIso()),
      }),
    );
  };

  return (
    <FormSection
      sectionKey="audiences"
      title={t('organisation.audiences.heading')}
      intro={t('organisation.audiences.intro')}
    >
      {audiences && audiences.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('organisation.audiences.empty')}
        </Text>
      )}
      {audiences && audiences.length > 0 && (
        <Group justify="flex-end">
          <ConfirmAllButton table="audiences" />
        </Group>
      )}
      {audiences && audiences.length > 0 && (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('organisation.audiences.heading')}
        >
          {audiences.map((audience, index) => (
            <AudienceRow key={audience.id} audience={audience} number={index + 1} activities={activities} />
          ))}
        </Stack>
      )}
      <Group
        align="flex-end"
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <TextInput
          label={t('organisation.audiences.newName')}
          placeholder={t('organisation.audiences.newNamePlaceholder')}
          value={newName}
          onChange={(event) => setNewName(event.currentTarget.value)}
          maxLength={LIMITS.name}
          lang={primary}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={!newName.trim()}
        >
          {t('organisation.audiences.add')}
        </Button>
      </Group>
    </FormSection>
  );
}

function AudienceRow({
  audience,
  number,
  activities,
}: {
  audience: Audience;
  number: number;
  activities: Activity[] | undefined;
}) {
  const { t } = useTranslation();
  const updateAudience = useUpdateItem('audiences', audience.id);
  const display = useDisplayText();
  const deleteReferenced = useDeleteReferenced();
  const usageCount = activities ? findUsages(activities, 'audiences', audience.id).length : 0;
  const name = display(audience.name) || t('register.unnamed');

  return (
    <Paper component="li" withBorder radius="sm" p="sm" data-testid="audience">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ flex: 1, minWidth: 0 }}>
          <ItemSuggestionBanner table="audiences" item={audience} />
          <LocalizedTextField
            label={t('organisation.audiences.name', { number })}
            required
            maxLength={LIMITS.name}
            value={audience.name}
            onCommit={(language, text) =>
              updateAudience((item) => ({ ...item, name: withText(item.name, language, text) }))
            }
          />
          <Group gap="xs" mt={4}>
            <SuggestedBadge item={audience} />
            <Text size="xs" c="dimmed">
              {usageCount > 0 ? t('organisation.usedBy', { count: usageCount }) : t('register.notUsed')}
            </Text>
          </Group>
        </div>
        <Tooltip label={t('organisation.audiences.remove', { name })}>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={24}
            aria-label={t('organisation.audiences.remove', { name })}
            onClick={() => void deleteReferenced('audiences', audience.id, name)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
