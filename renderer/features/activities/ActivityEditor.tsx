import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { ItemSuggestionBanner } from '../../register/Confirmation';
import { IconAlertTriangle, IconArrowLeft, IconCopy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ACTIVITY_ROLE_LABELS, ACTIVITY_STATUS_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  LIMITS,
  newId,
  withinNameLimit,
  nowIso,
  type Activity,
  type ActivityRole,
} from '../../../shared/model';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { deleteActivity, saveItem } from '../../db/items';
import { TextField } from '../../register/TextField';
import { LinkedItemsField } from '../../register/LinkedItemsField';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useDisplayText, useItem, useProjectId, useUpdateItem } from '../../register/useRegister';
import { EmptyState } from '../../common/EmptyState';
import { SectionCard } from '../../common/SectionCard';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useUndoNotice } from '../../register/useDeleteWithUndo';
import { useCatalogOptions, useCreateInCatalog } from './catalogLinks';
import { DataSection, SourcesSection } from './DataSection';
import { MoreSection, PolicySection, SecuritySection } from './MoreSections';
import { PurposesSection } from './PurposesSection';
import { RecipientsSection, TransfersSection } from './RecipientsSection';
import { RetentionSection } from './RetentionSection';
import { requiredIn } from '../../register/required';
import { useDiscardBlankOnLeave } from './useNewActivity';

type Update = (change: (activity: Activity) => Activity) => void;

function GeneralSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { project } = useCurrentProject();
  const customers = useCatalogOptions('customers');
  const createCustomer = useCreateInCatalog('customers');
  const jointControllers = (project?.jointControllers ?? []).map((jc) => ({ id: jc.id, label: jc.name }));
  const required = requiredIn('activity', activity);
  return (
    <Stack>
      <LocalizedTextField
        label={t('activities.fields.name')}
        required={required('name')}
        // A new activity (no name yet) opens with the cursor in its name: Ctrl+N, then type.
        autoFocus={Object.values(activity.name).every((text) => !text)}
        maxLength={LIMITS.name}
        value={activity.name}
        onCommit={(lang, text) => update((a) => ({ ...a, name: withText(a.name, lang, text) }))}
      />
      <LocalizedTextField
        label={t('activities.fields.description')}
        required={required('description')}
        multiline
        value={activity.description}
        onCommit={(lang, text) => update((a) => ({ ...a, description: withText(a.description, lang, text) }))}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField
          label={t('activities.fields.owner')}
          withAsterisk={required('owner')}
          value={activity.owner}
          onCommit={(owner) => update((a) => ({ ...a, owner }))}
        />
        <Select
          label={t('activities.fields.status')}
          allowDeselect={false}
          data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: ACTIVITY_STATUS_LABELS[s][language] }))}
          value={activity.status}
          onChange={(status) => status && update((a) => ({ ...a, status: status as Activity['status'] }))}
        />
        <Select
          label={t('activities.fields.role')}
          allowDeselect={false}
          data={ACTIVITY_ROLES.map((r) => ({ value: r, label: ACTIVITY_ROLE_LABELS[r][language] }))}
          value={activity.role}
          onChange={(role) => role && update((a) => ({ ...a, role: role as ActivityRole }))}
        />
      </SimpleGrid>
      {activity.role === 'processor' && (
        <>
          <LinkedItemsField
            label={t('activities.fields.customers')}
            required={required('customerIds')}
            description={t('activities.fields.customersDescription')}
            options={customers}
            selectedIds={activity.customerIds}
            hrefFor={(id) => `/customers/${id}`}
            onCreate={createCustomer}
            onAdd={(id) => update((a) => ({ ...a, customerIds: [...a.customerIds, id] }))}
            onRemove={(id) => update((a) => ({ ...a, customerIds: a.customerIds.filter((x) => x !== id) }))}
          />
          {activity.customerIds.length === 0 && (
            <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
              {t('activities.warnings.processorWithoutCustomers')}
            </Alert>
          )}
        </>
      )}
      {activity.role === 'jointController' && (
        <LinkedItemsField
          label={t('activities.fields.jointControllers')}
          options={jointControllers}
          selectedIds={activity.jointControllerIds}
          hrefFor={() => '/organisation'}
          onAdd={(id) => update((a) => ({ ...a, jointControllerIds: [...a.jointControllerIds, id] }))}
          onRemove={(id) =>
            update((a) => ({ ...a, jointControllerIds: a.jointControllerIds.filter((x) => x !== id) }))
          }
        />
      )}
    </Stack>
  );
}

/** Every field of one processing activity, stored as it is typed. */
export function ActivityEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const db = useDatabase();
  const projectId = useProjectId();
  const activity = useItem('activities', id);
  const update = useUpdateItem('activities', id);
  useDiscardBlankOnLeave(id);
  const display = useDisplayText();
  const notifyError = useErrorNotifier();
  const undoNotice = useUndoNotice();
  if (activity === undefined) return null;
  if (activity === null) {
    return (
      <EmptyState
        title={t('activities.notFound')}
        action={
          <Button variant="light" onClick={() => navigate('/activities')}>
            {t('activities.backToList')}
          </Button>
        }
      />
    );
  }
  const name = display(activity.name) || t('register.unnamed');
  const remove = () =>
    void notifyError(async () => {
      const record = await deleteActivity(db, projectId, id);
      navigate('/activities');
      undoNotice(name, record);
    });
  const duplicate = () =>
    void notifyError(async () => {
      const copyId = newId();
      const now = nowIso();
      const copyName = Object.fromEntries(
        Object.entries(activity.name).map(([lang, text]) => [
          lang,
          text ? withinNameLimit(t('activities.copyName', { name: text })) : text,
        ]),
      );
      await saveItem(db, projectId, 'activities', {
        ...structuredClone(activity),
        id: copyId,
        name: copyName,
        createdAt: now,
        updatedAt: now,
      });
      navigate(`/activities/${copyId}`);
    });
  const props = { activity, update };
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/activities" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('activities.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{name}</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={duplicate}>
            {t('activities.duplicateActivity')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={remove}
          >
            {t('activities.deleteActivity')}
          </Button>
        </Group>
      </Group>
      <ItemSuggestionBanner table="activities" item={activity} />
      <SectionCard headingId="sec-general" title={t('activities.sections.general')}>
        <GeneralSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-purposes" title={t('activities.sections.purposes')}>
        <PurposesSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-data" title={t('activities.sections.data')}>
        <DataSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-sources" title={t('activities.sections.sources')}>
        <SourcesSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-recipients" title={t('activities.sections.recipients')}>
        <RecipientsSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-transfers" title={t('activities.sections.transfers')}>
        <TransfersSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-retention" title={t('activities.sections.retention')}>
        <RetentionSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-security" title={t('activities.sections.security')}>
        <SecuritySection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-more" title={t('activities.sections.more')}>
        <MoreSection {...props} />
      </SectionCard>
      <SectionCard headingId="sec-policy" title={t('activities.sections.policy')}>
        <PolicySection {...props} />
      </SectionCard>
    </Stack>
  );
}
