import { Group, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { retentionFromRule, retentionRulesForJurisdiction } from '../../../shared/catalog/retentionRules';
import { RETENTION_UNIT_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { RETENTION_UNITS, type Activity, type LocalizedText, type Wording } from '../../../shared/model';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useDocumentLanguages } from '../../register/useRegister';
import { requiredIn } from '../../register/required';

type Update = (change: (activity: Activity) => Activity) => void;

/** Keeps only the document languages a built-in rule's text is copied into. */
function pick(text: Wording, languages: readonly Language[]): LocalizedText {
  return Object.fromEntries(languages.map((l) => [l, text[l]]));
}

/** How long the data is kept: in words, optionally as a number, from which event, by which statute. */
export function RetentionSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { project } = useCurrentProject();
  const { languages } = useDocumentLanguages();
  const rules = retentionRulesForJurisdiction(project?.organisation.jurisdiction ?? 'other');
  const retention = activity.retention;
  const set = (change: (r: Activity['retention']) => Activity['retention']) =>
    update((a) => ({ ...a, retention: change(a.retention) }));

  return (
    <Stack>
      <Select
        label={t('activities.fields.insertRule')}
        placeholder={t('activities.fields.insertRulePlaceholder')}
        data={rules.map((rule) => ({
          value: rule.id,
          label: `${rule.appliesTo[language]} — ${rule.periodText[language]}${
            rule.checkBeforeUse ? ` (${t('activities.fields.checkBeforeUse')})` : ''
          }`,
        }))}
        value={retention.ruleId}
        searchable
        clearable
        onChange={(ruleId) => {
          if (!ruleId) return set((r) => ({ ...r, ruleId: null }));
          const rule = rules.find((r) => r.id === ruleId);
          const from = retentionFromRule(ruleId);
          if (!rule || !from) return;
          set(() => ({
            text: pick(rule.periodText, languages),
            period: from.period,
            startEvent: pick(rule.startEvent, languages),
            basis: pick(rule.basis, languages),
            ruleId,
          }));
        }}
      />
      <LocalizedTextField
        label={t('activities.fields.retentionText')}
        required={requiredIn('activity', activity)('retention.text')}
        multiline
        value={retention.text}
        onCommit={(lang, text) => set((r) => ({ ...r, text: withText(r.text, lang, text) }))}
      />
      <Group grow align="flex-start">
        <NumberInput
          label={t('activities.fields.retentionAmount')}
          placeholder={t('activities.fields.noPeriod')}
          min={0}
          max={1000}
          allowDecimal={false}
          value={retention.period?.amount ?? ''}
          onChange={(value) =>
            set((r) => ({
              ...r,
              period:
                value === '' || value === undefined
                  ? null
                  : {
                      amount: Math.max(0, Math.min(1000, Math.trunc(Number(value)))),
                      unit: r.period?.unit ?? 'years',
                    },
            }))
          }
        />
        <Select
          label={t('activities.fields.retentionUnit')}
          data={RETENTION_UNITS.map((unit) => ({
            value: unit,
            label: RETENTION_UNIT_LABELS[unit][language],
          }))}
          value={retention.period?.unit ?? null}
          disabled={!retention.period}
          allowDeselect={false}
          onChange={(unit) =>
            unit &&
            set((r) => ({
              ...r,
              period: r.period ? { ...r.period, unit: unit as (typeof RETENTION_UNITS)[number] } : null,
            }))
          }
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LocalizedTextField
          label={t('activities.fields.retentionStart')}
          value={retention.startEvent}
          onCommit={(lang, text) => set((r) => ({ ...r, startEvent: withText(r.startEvent, lang, text) }))}
        />
        <LocalizedTextField
          label={t('activities.fields.retentionBasis')}
          value={retention.basis}
          onCommit={(lang, text) => set((r) => ({ ...r, basis: withText(r.basis, lang, text) }))}
        />
      </SimpleGrid>
    </Stack>
  );
}
