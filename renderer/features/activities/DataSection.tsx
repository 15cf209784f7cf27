import { Stack, Table, Text } from '@mantine/core';
import { StoredCheckbox } from '../../register/OptimisticInputs';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/model';
import { LinkedItemsField } from '../../register/LinkedItemsField';
import { useCatalogOptions, useCreateInCatalog } from './catalogLinks';
import { requiredIn } from '../../register/required';

type Update = (change: (activity: Activity) => Activity) => void;

/** Data subjects, data categories and which data is processed about whom. */
export function DataSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t } = useTranslation();
  const subjects = useCatalogOptions('dataSubjects');
  const categories = useCatalogOptions('dataCategories');
  const createSubject = useCreateInCatalog('dataSubjects');
  const createCategory = useCreateInCatalog('dataCategories');
  const label = (options: typeof subjects, id: string) => options.find((o) => o.id === id)?.label ?? '';
  const linked = (subjectId: string, categoryId: string) =>
    activity.subjectData.some((l) => l.dataSubjectId === subjectId && l.dataCategoryId === categoryId);

  return (
    <Stack>
      <LinkedItemsField
        label={t('activities.fields.dataSubjects')}
        required={requiredIn('activity', activity)('dataSubjectIds')}
        options={subjects}
        selectedIds={activity.dataSubjectIds}
        hrefFor={(id) => `/dataSubjects/${id}`}
        onCreate={createSubject}
        onAdd={(id) => update((a) => ({ ...a, dataSubjectIds: [...a.dataSubjectIds, id] }))}
        onRemove={(id) =>
          update((a) => ({
            ...a,
            dataSubjectIds: a.dataSubjectIds.filter((x) => x !== id),
            subjectData: a.subjectData.filter((l) => l.dataSubjectId !== id),
          }))
        }
      />
      <LinkedItemsField
        label={t('activities.fields.dataCategories')}
        required={requiredIn('activity', activity)('dataCategoryIds')}
        options={categories}
        selectedIds={activity.dataCategoryIds}
        hrefFor={(id) => `/dataCategories/${id}`}
        onCreate={createCategory}
        onAdd={(id) => update((a) => ({ ...a, dataCategoryIds: [...a.dataCategoryIds, id] }))}
        onRemove={(id) =>
          update((a) => ({
            ...a,
            dataCategoryIds: a.dataCategoryIds.filter((x) => x !== id),
            subjectData: a.subjectData.filter((l) => l.dataCategoryId !== id),
            recipients: a.recipients.map((r) => ({
              ...r,
              dataCategoryIds: r.dataCategoryIds.filter((x) => x !== id),
            })),
          }))
        }
      />
      {activity.dataSubjectIds.length > 0 && activity.dataCategoryIds.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('activities.fields.matrix')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('activities.fields.matrixDescription')}
          </Text>
          <Table.ScrollContainer minWidth={300}>
            <Table withTableBorder withColumnBorders data-testid="subject-data-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {activity.dataSubjectIds.map((s) => (
                    <Table.Th key={s} scope="col">
                      {label(subjects, s)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.dataCategoryIds.map((c) => (
                  <Table.Tr key={c}>
                    <Table.Th scope="row">{label(categories, c)}</Table.Th>
                    {activity.dataSubjectIds.map((s) => (
                      <Table.Td key={s}>
                        <StoredCheckbox
                          aria-label={t('activities.fields.matrixCell', {
                            data: label(categories, c),
                            subject: label(subjects, s),
                          })}
                          checked={linked(s, c)}
                          onCheckedChange={(on) => {
                            update((a) => ({
                              ...a,
                              subjectData: on
                                ? [...a.subjectData, { dataSubjectId: s, dataCategoryId: c }]
                                : a.subjectData.filter(
                                    (l) => !(l.dataSubjectId === s && l.dataCategoryId === c),
                                  ),
                            }));
                          }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </Stack>
  );
}

export function SourcesSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t } = useTranslation();
  const sources = useCatalogOptions('sources');
  const createSource = useCreateInCatalog('sources');
  return (
    <LinkedItemsField
      label={t('activities.fields.sources')}
      required={requiredIn('activity', activity)('sourceIds')}
      options={sources}
      selectedIds={activity.sourceIds}
      hrefFor={(id) => `/sources/${id}`}
      onCreate={createSource}
      onAdd={(id) => update((a) => ({ ...a, sourceIds: [...a.sourceIds, id] }))}
      onRemove={(id) => update((a) => ({ ...a, sourceIds: a.sourceIds.filter((x) => x !== id) }))}
    />
  );
}
