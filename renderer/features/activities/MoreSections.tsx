import { Select, SimpleGrid, Stack } from '@mantine/core';
import { StoredSwitch } from '../../register/OptimisticInputs';
import { useTranslation } from 'react-i18next';
import {
  AUTOMATED_DECISION_STATUS_LABELS,
  DPIA_STATUS_LABELS,
  REQUIREMENT_KIND_LABELS,
} from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import {
  AUTOMATED_DECISION_STATUSES,
  DPIA_STATUSES,
  REQUIREMENT_KINDS,
  type Activity,
  type AutomatedDecisionStatus,
} from '../../../shared/model';
import { LinkedItemsField } from '../../register/LinkedItemsField';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useCatalogOptions, useCreateInCatalog } from './catalogLinks';
import { requiredIn } from '../../register/required';
import { DateField } from '../../register/TextField';

type Update = (change: (activity: Activity) => Activity) => void;

export function SecuritySection({ activity, update }: { activity: Activity; update: Update }) {
  const { t } = useTranslation();
  const measures = useCatalogOptions('securityMeasures');
  const create = useCreateInCatalog('securityMeasures');
  return (
    <LinkedItemsField
      label={t('activities.fields.securityMeasures')}
      required={requiredIn('activity', activity)('securityMeasureIds')}
      options={measures}
      selectedIds={activity.securityMeasureIds}
      hrefFor={(id) => `/securityMeasures/${id}`}
      onCreate={create}
      onAdd={(id) => update((a) => ({ ...a, securityMeasureIds: [...a.securityMeasureIds, id] }))}
      onRemove={(id) =>
        update((a) => ({ ...a, securityMeasureIds: a.securityMeasureIds.filter((x) => x !== id) }))
      }
    />
  );
}

/** Statutory/contractual requirement [13(2)(e)], automated decisions [13(2)(f)] and the DPIA. */
export function MoreSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const required = requiredIn('activity', activity);
  return (
    <Stack>
      <Select
        label={t('activities.fields.requirement')}
        allowDeselect={false}
        data={REQUIREMENT_KINDS.map((kind) => ({
          value: kind,
          label: REQUIREMENT_KIND_LABELS[kind][language],
        }))}
        value={activity.requirement.kind}
        onChange={(kind) =>
          kind &&
          update((a) => ({
            ...a,
            requirement: { ...a.requirement, kind: kind as (typeof REQUIREMENT_KINDS)[number] },
          }))
        }
      />
      {activity.requirement.kind !== 'notAssessed' && activity.requirement.kind !== 'voluntary' && (
        <LocalizedTextField
          label={t('activities.fields.consequence')}
          multiline
          value={activity.requirement.consequence}
          onCommit={(lang, text) =>
            update((a) => ({
              ...a,
              requirement: { ...a.requirement, consequence: withText(a.requirement.consequence, lang, text) },
            }))
          }
        />
      )}
      <Select
        label={t('activities.fields.automatedUsed')}
        allowDeselect={false}
        data={AUTOMATED_DECISION_STATUSES.map((status) => ({
          value: status,
          label: AUTOMATED_DECISION_STATUS_LABELS[status][language],
        }))}
        value={activity.automatedDecisions.status}
        onChange={(status) =>
          status &&
          update((a) => ({
            ...a,
            automatedDecisions: { ...a.automatedDecisions, status: status as AutomatedDecisionStatus },
          }))
        }
      />
      {activity.automatedDecisions.status === 'used' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LocalizedTextField
            label={t('activities.fields.automatedLogic')}
            required={required('automatedDecisions.logic')}
            multiline
            value={activity.automatedDecisions.logic}
            onCommit={(lang, text) =>
              update((a) => ({
                ...a,
                automatedDecisions: {
                  ...a.automatedDecisions,
                  logic: withText(a.automatedDecisions.logic, lang, text),
                },
              }))
            }
          />
          <LocalizedTextField
            label={t('activities.fields.automatedSignificance')}
            required={required('automatedDecisions.significance')}
            multiline
            value={activity.automatedDecisions.significance}
            onCommit={(lang, text) =>
              update((a) => ({
                ...a,
                automatedDecisions: {
                  ...a.automatedDecisions,
                  significance: withText(a.automatedDecisions.significance, lang, text),
                },
              }))
            }
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('activities.fields.dpiaStatus')}
          allowDeselect={false}
          data={DPIA_STATUSES.map((status) => ({
            value: status,
            label: DPIA_STATUS_LABELS[status][language],
          }))}
          value={activity.dpia.status}
          onChange={(status) =>
            status &&
            update((a) => ({ ...a, dpia: { ...a.dpia, status: status as (typeof DPIA_STATUSES)[number] } }))
          }
        />
        {activity.dpia.status === 'done' && (
          <DateField
            label={t('activities.fields.dpiaDate')}
            value={activity.dpia.date}
            onCommit={(date) => update((a) => ({ ...a, dpia: { ...a.dpia, date } }))}
          />
        )}
      </SimpleGrid>
      {activity.dpia.status !== 'notAssessed' && (
        <LocalizedTextField
          label={t('activities.fields.dpiaReason')}
          multiline
          value={activity.dpia.reason}
          onCommit={(lang, text) =>
            update((a) => ({ ...a, dpia: { ...a.dpia, reason: withText(a.dpia.reason, lang, text) } }))
          }
        />
      )}
    </Stack>
  );
}

export function PolicySection({ activity, update }: { activity: Activity; update: Update }) {
  const { t } = useTranslation();
  const required = requiredIn('activity', activity);
  const audiences = useCatalogOptions('audiences');
  const create = useCreateInCatalog('audiences');
  return (
    <Stack>
      <StoredSwitch
        label={t('activities.fields.internalOnly')}
        checked={activity.internalOnly}
        onCheckedChange={(internalOnly) => {
          update((a) => ({ ...a, internalOnly }));
        }}
      />
      {!activity.internalOnly && (
        <LinkedItemsField
          label={t('activities.fields.audiences')}
          required={required('audienceIds')}
          options={audiences}
          selectedIds={activity.audienceIds}
          hrefFor={() => '/organisation'}
          onCreate={create}
          onAdd={(id) => update((a) => ({ ...a, audienceIds: [...a.audienceIds, id] }))}
          onRemove={(id) => update((a) => ({ ...a, audienceIds: a.audienceIds.filter((x) => x !== id) }))}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField
          label={t('activities.fields.lastReviewed')}
          withAsterisk={required('lastReviewed')}
          value={activity.lastReviewed}
          onCommit={(lastReviewed) => update((a) => ({ ...a, lastReviewed }))}
        />
        <DateField
          label={t('activities.fields.nextReview')}
          value={activity.nextReview}
          onCommit={(nextReview) => update((a) => ({ ...a, nextReview }))}
        />
      </SimpleGrid>
    </Stack>
  );
}
