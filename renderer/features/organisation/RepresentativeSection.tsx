import { Grid, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectCore } from '../../db/database';
import { checkEmail, checkPhone } from '../../../shared/validation/fieldFormats';
import { BufferedTextarea } from '../../register/BufferedTextInput';
import { TextField } from '../../register/TextField';
import { useUpdateProject } from '../../register/useRegister';
import { FormSection, useUndoNotice } from './formParts';

type Representative = NonNullable<ProjectCore['representative']>;

const EMPTY: Representative = { name: '', address: '', email: '', phone: '' };

/** The optional Art. 27 representative: a switch adds or removes it (with Undo). */
export function RepresentativeSection({ representative }: { representative: Representative | null }) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const showUndo = useUndoNotice();

  const change = (next: Partial<Representative>) =>
    update((core) => ({ ...core, representative: { ...(core.representative ?? EMPTY), ...next } }));

  const toggle = (on: boolean) => {
    if (on) {
      update((core) => ({ ...core, representative: core.representative ?? { ...EMPTY } }));
      return;
    }
    const before = representative;
    update((core) => ({ ...core, representative: null }));
    if (before && Object.values(before).some((v) => v.trim() !== '')) {
      showUndo(t('organisation.representative.removed'), () =>
        update((core) => ({ ...core, representative: before })),
      );
    }
  };

  return (
    <FormSection
      sectionKey="representative"
      title={t('organisation.representative.heading')}
      intro={t('organisation.representative.intro')}
    >
      <Switch
        label={t('organisation.representative.toggle')}
        checked={representative !== null}
        onChange={(event) => toggle(event.currentTarget.checked)}
      />
      {representative && (
        <Grid gap="md">
          <Grid.Col span={12}>
            <TextField
              label={t('organisation.representative.name')}
              value={representative.name}
              onCommit={(name) => change({ name })}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <BufferedTextarea
              label={t('organisation.representative.address')}
              minRows={2}
              value={representative.address}
              onCommit={(address) => change({ address })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField
              label={t('organisation.representative.email')}
              type="email"
              value={representative.email}
              onCommit={(email) => change({ email })}
              check={checkEmail}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField
              label={t('organisation.representative.phone')}
              type="tel"
              value={representative.phone}
              onCommit={(phone) => change({ phone })}
              check={checkPhone}
            />
          </Grid.Col>
        </Grid>
      )}
    </FormSection>
  );
}
