import { Alert, Checkbox, Grid, Radio, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrivacyContact } from '../../../shared/model';
import { checkEmail, checkPhone } from '../../../shared/validation/fieldFormats';
import { TextField } from '../../register/TextField';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection } from './formParts';
import { requiredIn } from '../../register/required';

/** DPO appointed [Art. 37–39] or a named privacy contact; warns of the Art. 38(6) conflict. */
export function PrivacyContactSection({ contact }: { contact: PrivacyContact }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const change = (next: Partial<PrivacyContact>) =>
    update((core) => ({ ...core, privacyContact: { ...core.privacyContact, ...next } }));
  const isDpo = contact.kind === 'dpo';
  const required = requiredIn('privacyContact', contact);

  return (
    <FormSection
      sectionKey="privacyContact"
      title={t('organisation.contact.heading')}
      intro={t('organisation.contact.intro')}
    >
      <Radio.Group<PrivacyContact['kind']>
        label={t('organisation.contact.kind')}
        value={contact.kind}
        onChange={(kind) => change({ kind })}
      >
        <Stack gap="sm" mt="xs">
          <Radio
            value="contact"
            label={t('organisation.contact.kindContact')}
            description={t('organisation.contact.kindContactHint')}
          />
          <Radio
            value="dpo"
            label={t('organisation.contact.kindDpo')}
            description={t('organisation.contact.kindDpoHint')}
          />
        </Stack>
      </Radio.Group>

      <Grid gap="md">
        <Grid.Col span={12}>
          <TextField
            label={isDpo ? t('organisation.contact.nameDpo') : t('organisation.contact.nameContact')}
            withAsterisk={required('name')}
            value={contact.name}
            onCommit={(name) => change({ name })}
            autoComplete="off"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.contact.email')}
            withAsterisk={required('email')}
            type="email"
            value={contact.email}
            onCommit={(email) => change({ email })}
            check={checkEmail}
            autoComplete="off"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            label={t('organisation.contact.phone')}
            type="tel"
            value={contact.phone}
            onCommit={(phone) => change({ phone })}
            check={checkPhone}
            autoComplete="off"
          />
        </Grid.Col>
      </Grid>

      <Checkbox
        label={t('organisation.contact.isManagement')}
        description={t('organisation.contact.isManagementHint')}
        checked={contact.isManagement}
        onChange={(event) => change({ isManagement: event.currentTarget.checked })}
      />

      {isDpo && contact.isManagement && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('organisation.contact.conflictTitle')}
          data-testid="dpo-conflict"
        >
          {t('organisation.contact.conflictBody')}
        </Alert>
      )}
    </FormSection>
  );
}
