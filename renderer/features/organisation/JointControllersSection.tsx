import { ActionIcon, Button, Grid, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findUsages, LIMITS, newId, type Activity, type JointController } from '../../../shared/model';
import { BufferedTextInput } from '../../register/BufferedTextInput';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useItems, useUpdateProject } from '../../register/useRegister';
import { FormSection, useDeleteReferenced } from './formParts';

const MAX_JOINT_CONTROLLERS = 100;

/** Art. 26 joint controllers: name, contact and the arrangement; activities may refer to them. */
export function JointControllersSection({ jointControllers }: { jointControllers: JointController[] }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const activities = useItems('activities');
  const [newName, setNewName] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const full = jointControllers.length >= MAX_JOINT_CONTROLLERS;

  const add = () => {
    const name = newName.trim();
    if (!name || full) return;
    const id = newId();
    update((core) => ({
      ...core,
      jointControllers: [...core.jointControllers, { id, name, contact: '', arrangement: {} }],
    }));
    setNewName('');
    setFocusId(id);
  };

  return (
    <FormSection
      sectionKey="jointControllers"
      title={t('organisation.joint.heading')}
      intro={t('organisation.joint.intro')}
    >
      {jointControllers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('organisation.joint.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {jointControllers.map((jc) => (
            <JointControllerRow
              key={jc.id}
              jointController={jc}
              activities={activities}
              autoFocus={jc.id === focusId}
            />
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
          label={t('organisation.joint.newName')}
          placeholder={t('organisation.joint.newNamePlaceholder')}
          value={newName}
          onChange={(event) => setNewName(event.currentTarget.value)}
          maxLength={LIMITS.name}
          disabled={full}
          error={full ? t('organisation.joint.limit', { max: MAX_JOINT_CONTROLLERS }) : undefined}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={!newName.trim() || full}
        >
          {t('organisation.joint.add')}
        </Button>
      </Group>
    </FormSection>
  );
}

function JointControllerRow({
  jointController: jc,
  activities,
  autoFocus,
}: {
  jointController: JointController;
  activities: Activity[] | undefined;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const deleteReferenced = useDeleteReferenced();
  const usageCount = activities ? findUsages(activities, 'jointControllers', jc.id).length : 0;
  const name = jc.name.trim() || t('register.unnamed');

  const change = (next: (current: JointController) => JointController) =>
    update((core) => ({
      ...core,
      jointControllers: core.jointControllers.map((item) => (item.id === jc.id ? next(item) : item)),
    }));

  return (
    <Paper component="li" withBorder radius="sm" p="md" data-testid="joint-controller">
      <Group justify="space-between" wrap="nowrap" mb="xs" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {name}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {usageCount > 0 ? t('organisation.usedBy', { count: usageCount }) : t('register.notUsed')}
          </Text>
        </Group>
        <Tooltip label={t('organisation.joint.remove', { name })}>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('organisation.joint.remove', { name })}
            onClick={() => void deleteReferenced('jointControllers', jc.id, jc.name)}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Stack gap="sm">
        <Grid gap="md" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <BufferedTextInput
              label={t('organisation.joint.name')}
              description={t('organisation.joint.nameHint')}
              withAsterisk
              maxLength={LIMITS.name}
              value={jc.name}
              onCommit={(value) => change((item) => ({ ...item, name: value }))}
              error={jc.name.trim() === '' ? t('register.errors.required') : undefined}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <BufferedTextInput
              label={t('organisation.joint.contact')}
              description={t('organisation.joint.contactHint')}
              maxLength={LIMITS.shortText}
              value={jc.contact}
              onCommit={(value) => change((item) => ({ ...item, contact: value }))}
              autoFocus={autoFocus}
            />
          </Grid.Col>
        </Grid>
        <LocalizedTextField
          label={t('organisation.joint.arrangement')}
          description={t('organisation.joint.arrangementHint')}
          multiline
          value={jc.arrangement}
          onCommit={(language, text) =>
            change((item) => ({ ...item, arrangement: withText(item.arrangement, language, text) }))
          }
        />
      </Stack>
    </Paper>
  );
}
