import { isRequired } from '../../../shared/checks/requirements';
import { ActionIcon, Alert, Button, Group, Paper, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { missingSpecialBases } from '../../../shared/catalog/basisRequirements';
import { citeLegalBasis, legalBasis, legalBasesForJurisdiction } from '../../../shared/catalog/legalBases';
import type { Language } from '../../../shared/i18n/languages';
import { newId, type Activity, type LegalBasisCode, type Purpose } from '../../../shared/model';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useDisplayText, useItems } from '../../register/useRegister';

type Update = (change: (activity: Activity) => Activity) => void;

const GROUP_LABELS = {
  art6: 'GDPR art. 6',
  art9: 'GDPR art. 9',
  art10: 'GDPR art. 10',
  national: '',
} as const;

function useBasisOptions(language: Language) {
  const { project } = useCurrentProject();
  const { t } = useTranslation();
  const jurisdiction = project?.organisation.jurisdiction ?? 'other';
  const entries = legalBasesForJurisdiction(jurisdiction);
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const entry of entries) {
    const group = entry.group === 'national' ? `${entry.instrument[language]}` : GROUP_LABELS[entry.group];
    const flag = entry.checkBeforeUse ? ` (${t('activities.fields.checkBeforeUse')})` : '';
    const items = groups.get(group) ?? [];
    items.push({
      value: entry.code,
      label: `${entry.name[language]} — ${citeLegalBasis(entry.code, language, 'short')}${flag}`,
    });
    groups.set(group, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** Purposes, each with its own legal bases; the interest in words for Art. 6(1)(f). */
export function PurposesSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const basisOptions = useBasisOptions(language);
  const dataCategories = useItems('dataCategories') ?? [];
  const display = useDisplayText();
  const { project } = useCurrentProject();
  const missing = missingSpecialBases(
    activity,
    dataCategories,
    project?.organisation.jurisdiction ?? 'other',
  );

  const setPurpose = (purposeId: string, change: (purpose: Purpose) => Purpose) =>
    update((current) => ({
      ...current,
      purposes: current.purposes.map((p) => (p.id === purposeId ? change(p) : p)),
    }));

  const warningKey = {
    special: 'specialNeedsArt9',
    criminal: 'criminalNeedsBasis',
    nationalId: 'nationalIdNeedsBasis',
  } as const;

  return (
    <Stack>
      {activity.purposes.length === 0 && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('activities.warnings.noPurposes')}
        </Alert>
      )}
      {missing.map((m) => (
        <Alert
          key={m.scope}
          color="red"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          data-testid={`missing-${m.scope}`}
        >
          {t(`activities.warnings.${warningKey[m.scope]}`, {
            categories: m.categories.map((c) => display(c.name)).join(', '),
          })}
        </Alert>
      ))}
      {activity.purposes.map((purpose, index) => (
        <Paper key={purpose.id} withBorder p="sm" data-testid="purpose">
          <Stack gap="sm">
            <Group justify="space-between">
              <Text fw={600}>{t('activities.fields.purpose', { number: index + 1 })}</Text>
              <Tooltip label={t('activities.fields.removePurpose', { number: index + 1 })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('activities.fields.removePurpose', { number: index + 1 })}
                  onClick={() =>
                    update((current) => ({
                      ...current,
                      purposes: current.purposes.filter((p) => p.id !== purpose.id),
                    }))
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            <LocalizedTextField
              label={t('activities.fields.purposeDescription')}
              required={isRequired('activity', `purposes.${index}.description`, activity)}
              multiline
              value={purpose.description}
              onCommit={(lang, text) =>
                setPurpose(purpose.id, (p) => ({ ...p, description: withText(p.description, lang, text) }))
              }
            />
            <Text size="sm" fw={500}>
              {t('activities.fields.legalBases')}
            </Text>
            {purpose.legalBases.length === 0 && (
              <Text size="sm" c="red.8">
                {t('activities.warnings.noBasis', { number: index + 1 })}
              </Text>
            )}
            {purpose.legalBases.map((basis, basisIndex) => {
              const entry = legalBasis(basis.code);
              const setBasis = (change: (b: typeof basis) => typeof basis) =>
                setPurpose(purpose.id, (p) => ({
                  ...p,
                  legalBases: p.legalBases.map((b, i) => (i === basisIndex ? change(b) : b)),
                }));
              return (
                <Paper
                  key={basisIndex}
                  bg="var(--mantine-color-default-hover)"
                  p="sm"
                  data-testid="legal-basis"
                >
                  <Stack gap="xs">
                    <Group align="flex-end" wrap="nowrap">
                      <Select
                        style={{ flex: 1 }}
                        label={t('activities.fields.legalBasis')}
                        description={entry.explanation[language]}
                        data={basisOptions}
                        searchable
                        allowDeselect={false}
                        value={basis.code}
                        onChange={(code) => code && setBasis((b) => ({ ...b, code: code as LegalBasisCode }))}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('activities.fields.removeBasis')}
                        onClick={() =>
                          setPurpose(purpose.id, (p) => ({
                            ...p,
                            legalBases: p.legalBases.filter((_, i) => i !== basisIndex),
                          }))
                        }
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                    {entry.requiresLegitimateInterestText && (
                      <LocalizedTextField
                        label={t('activities.fields.legitimateInterest')}
                        description={t('activities.fields.legitimateInterestDescription')}
                        required
                        multiline
                        value={basis.legitimateInterest}
                        onCommit={(lang, text) =>
                          setBasis((b) => ({
                            ...b,
                            legitimateInterest: withText(b.legitimateInterest, lang, text),
                          }))
                        }
                      />
                    )}
                    <LocalizedTextField
                      label={t('activities.fields.basisNote')}
                      value={basis.note}
                      onCommit={(lang, text) =>
                        setBasis((b) => ({ ...b, note: withText(b.note, lang, text) }))
                      }
                    />
                  </Stack>
                </Paper>
              );
            })}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  setPurpose(purpose.id, (p) => ({
                    ...p,
                    legalBases: [...p.legalBases, { code: 'art6-1-b', legitimateInterest: {}, note: {} }],
                  }))
                }
              >
                {t('activities.fields.addBasis')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            update((current) => ({
              ...current,
              purposes: [...current.purposes, { id: newId(), description: {}, legalBases: [] }],
            }))
          }
        >
          {t('activities.fields.addPurpose')}
        </Button>
      </Group>
    </Stack>
  );
}
