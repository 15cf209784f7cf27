import { Grid, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { nowIso, type PolicySettings } from '../../../shared/model';
import { confirmItem } from '../../../shared/model/confirm';
import { SuggestionBanner } from '../../register/Confirmation';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { requiredIn } from '../../register/required';
import { DateField, TextField } from '../../register/TextField';
import { localToday, useUpdateProject } from '../../register/useRegister';
import { ExtraSections } from './ExtraSections';
import { FormSection } from './formParts';

type TextKey = 'title' | 'introduction' | 'cookieText' | 'childrenStatement' | 'changesText';
type ChangePolicy = (next: (current: PolicySettings) => PolicySettings) => void;

/** The policy's own texts: title, introduction, cookies, extra sections, children, changes, date, version. */
export function PolicySection({ policy }: { policy: PolicySettings }) {
  const { t } = useTranslation();
  const required = requiredIn('policy', policy);
  const update = useUpdateProject();

  const change: ChangePolicy = (next) => update((core) => ({ ...core, policy: next(core.policy) }));
  const setText = (key: TextKey) => (language: Language, text: string) =>
    change((p) => ({ ...p, [key]: withText(p[key], language, text) }));

  return (
    <FormSection
      sectionKey="policy"
      title={t('organisation.policy.heading')}
      intro={t('organisation.policy.intro')}
    >
      <SuggestionBanner
        confirmation={policy.confirmation}
        onConfirm={() => change((p) => confirmItem('policy', p, { at: nowIso(), today: localToday() }))}
      />
      <LocalizedTextField
        label={t('organisation.policy.title')}
        required={required('title')}
        placeholder={t('organisation.policy.titlePlaceholder')}
        value={policy.title}
        onCommit={setText('title')}
      />
      <LocalizedTextField
        label={t('organisation.policy.introduction')}
        required={required('introduction')}
        description={t('organisation.policy.introductionHint')}
        multiline
        value={policy.introduction}
        onCommit={setText('introduction')}
      />
      <CookieSection
        policy={policy}
        required={required('cookieText')}
        change={change}
        setText={setText('cookieText')}
      />
      <ExtraSections
        sections={policy.extraSections}
        changeSections={(next) =>
          change((p) => {
            const extraSections = next(p.extraSections);
            return extraSections === p.extraSections ? p : { ...p, extraSections };
          })
        }
      />
      <LocalizedTextField
        label={t('organisation.policy.children')}
        required={required('childrenStatement')}
        description={t('organisation.policy.childrenHint')}
        multiline
        value={policy.childrenStatement}
        onCommit={setText('childrenStatement')}
      />
      <LocalizedTextField
        label={t('organisation.policy.changes')}
        required={required('changesText')}
        description={t('organisation.policy.changesHint')}
        multiline
        value={policy.changesText}
        onCommit={setText('changesText')}
      />
      <Edition policy={policy} required={required} change={change} />
    </FormSection>
  );
}

/** Whether the policy has a cookie section, and its text; switched off, the text is kept. */
function CookieSection({
  policy,
  required,
  change,
  setText,
}: {
  policy: PolicySettings;
  required: boolean;
  change: ChangePolicy;
  setText(language: Language, text: string): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Switch
        label={t('organisation.policy.includeCookies')}
        description={t('organisation.policy.includeCookiesHint')}
        checked={policy.includeCookieSection}
        onChange={(event) => {
          const includeCookieSection = event.currentTarget.checked;
          change((p) => ({ ...p, includeCookieSection }));
        }}
      />
      {policy.includeCookieSection ? (
        <LocalizedTextField
          label={t('organisation.policy.cookieText')}
          required={required}
          multiline
          value={policy.cookieText}
          onCommit={setText}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('organisation.policy.cookiesOff')}
        </Text>
      )}
    </>
  );
}

/**
 * The edition the policy prints: its effective date and version. Both are marked when required; the
 * findings, not the fields, say that they are missing.
 */
function Edition({
  policy,
  required,
  change,
}: {
  policy: PolicySettings;
  required(field: 'effectiveDate' | 'version'): boolean;
  change: ChangePolicy;
}) {
  const { t } = useTranslation();
  return (
    <Grid gap="md" align="flex-end">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <DateField
          label={t('organisation.policy.effectiveDate')}
          withAsterisk={required('effectiveDate')}
          value={policy.effectiveDate}
          onCommit={(effectiveDate) => change((p) => ({ ...p, effectiveDate }))}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <TextField
          label={t('organisation.policy.version')}
          withAsterisk={required('version')}
          description={t('organisation.policy.versionHint')}
          value={policy.version}
          onCommit={(version) => change((p) => ({ ...p, version }))}
        />
      </Grid.Col>
    </Grid>
  );
}
