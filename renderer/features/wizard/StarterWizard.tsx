import {
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getVendorLibraryEntry } from '../../../shared/catalog/vendorLibrary';
import { JURISDICTION_LABELS } from '../../../shared/model/vocabulary';
import { LANGUAGE_NATIVE_NAMES, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { JURISDICTIONS, type Jurisdiction } from '../../../shared/model';
import {
  buildStarterProject,
  defaultVendorIds,
  starterActivities,
  STARTER_ACTIVITY_KEYS,
  type StarterActivityKey,
} from '../../../shared/templates';
import { checkEmail, checkRegistrationNumber, checkUrl } from '../../../shared/validation/fieldFormats';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { writeProjectSnapshot } from '../../db/snapshot';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { localToday } from '../../register/useRegister';

interface OrganisationValues {
  legalName: string;
  registrationNumber: string;
  street: string;
  postcode: string;
  city: string;
  email: string;
  phone: string;
  website: string;
  privacyEmail: string;
  jurisdiction: Jurisdiction;
  languages: Language[];
  primary: Language;
}

const defaultJurisdiction: Record<Language, Jurisdiction> = { da: 'DK', sv: 'SE', en: 'other' };

/** First run: organisation → starter activities → vendors → a complete register, opened on the Overview. */
export function StarterWizard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [uiLanguage] = useUiLanguage();
  const navigate = useNavigate();
  const db = useDatabase();
  const { openProject } = useCurrentProject();
  const notifyError = useErrorNotifier();
  const [step, setStep] = useState(0);
  const form = useForm<OrganisationValues>({
    mode: 'controlled',
    initialValues: {
      legalName: '',
      registrationNumber: '',
      street: '',
      postcode: '',
      city: '',
      email: '',
      phone: '',
      website: '',
      privacyEmail: '',
      jurisdiction: defaultJurisdiction[uiLanguage],
      languages: [uiLanguage],
      primary: uiLanguage,
    },
    validate: {
      legalName: (v) => (v.trim() ? null : t('register.errors.required')),
      registrationNumber: (v, values) => {
        const error = checkRegistrationNumber(v.trim(), values.jurisdiction);
        return error ? t(`register.errors.${error}`) : null;
      },
      email: (v) => (checkEmail(v.trim()) ? t('register.errors.email') : null),
      privacyEmail: (v) => (checkEmail(v.trim()) ? t('register.errors.email') : null),
      website: (v) => (v.trim() && checkUrl(v.trim()) ? t('register.errors.url') : null),
      languages: (v) => (v.length ? null : t('register.errors.required')),
    },
  });
  const jurisdiction = form.values.jurisdiction;
  const activities = starterActivities(jurisdiction);
  const [chosen, setChosen] = useState<StarterActivityKey[]>([...STARTER_ACTIVITY_KEYS]);
  const [vendorChoice, setVendorChoice] = useState<string[] | null>(null);
  const [customers, setCustomers] = useState<string[]>([]);
  // The processor activity names the controllers it is carried out for (Art. 30(2)(a)); none are invented.
  const needsCustomers = activities.some((a) => a.needsCustomers && chosen.includes(a.key));
  const customersMissing = needsCustomers && customers.length === 0;
  const vendors = vendorChoice ?? defaultVendorIds(jurisdiction, chosen);
  // Each suggested vendor once, with the chosen activities it would serve.
  const offered: { id: string; usedFor: string[] }[] = [];
  for (const activity of activities.filter((a) => chosen.includes(a.key))) {
    for (const suggestion of activity.suggestedVendors) {
      const existing = offered.find((o) => o.id === suggestion.libraryId);
      if (existing) existing.usedFor.push(activity.name[language]);
      else offered.push({ id: suggestion.libraryId, usedFor: [activity.name[language]] });
    }
  }

  const nextFromOrganisation = () => {
    if (form.validate().hasErrors) return;
    setStep(1);
  };

  const create = () =>
    void notifyError(async () => {
      const v = form.values;
      const suggested = new Set(
        activities
          .filter((a) => chosen.includes(a.key))
          .flatMap((a) => a.suggestedVendors.map((s) => s.libraryId)),
      );
      const project = buildStarterProject({
        organisation: {
          legalName: v.legalName.trim(),
          registrationNumber: v.registrationNumber.trim(),
          street: v.street.trim(),
          postcode: v.postcode.trim(),
          city: v.city.trim(),
          email: v.email.trim(),
          phone: v.phone.trim(),
          website: v.website.trim(),
          privacyEmail: v.privacyEmail.trim(),
        },
        jurisdiction: v.jurisdiction,
        languages: v.languages,
        primary: v.languages.includes(v.primary) ? v.primary : v.languages[0]!,
        activityKeys: chosen,
        customers: needsCustomers ? customers.map((name) => ({ name })) : [],
        vendorLibraryIds: vendors.filter((id) => suggested.has(id)),
        today: localToday(),
      });
      await writeProjectSnapshot(db, project);
      openProject(project.id);
      notifications.show({ color: 'green', message: t('wizard.createdNotice', { name: project.name }) });
      navigate('/overview');
    });

  return (
    <Stack maw={960}>
      <div>
        <Title order={2}>{t('wizard.title')}</Title>
        <Text c="dimmed" size="sm" maw={640}>
          {t('wizard.intro')}
        </Text>
      </div>
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('wizard.stepOrganisation')}>
          <Paper withBorder p="md">
            <Stack>
              <TextInput
                label={t('wizard.legalName')}
                withAsterisk
                data-autofocus
                {...form.getInputProps('legalName')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('wizard.jurisdiction')}
                  description={t('wizard.jurisdictionDescription')}
                  allowDeselect={false}
                  data={JURISDICTIONS.map((j) => ({ value: j, label: JURISDICTION_LABELS[j][language] }))}
                  {...form.getInputProps('jurisdiction')}
                  onChange={(value) => {
                    form.setFieldValue('jurisdiction', value as Jurisdiction);
                    setVendorChoice(null);
                  }}
                />
                <TextInput
                  label={t('wizard.registrationNumber')}
                  {...form.getInputProps('registrationNumber')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('wizard.street')} {...form.getInputProps('street')} />
                <TextInput label={t('wizard.postcode')} {...form.getInputProps('postcode')} />
                <TextInput label={t('wizard.city')} {...form.getInputProps('city')} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('wizard.email')} type="email" {...form.getInputProps('email')} />
                <TextInput label={t('wizard.phone')} type="tel" {...form.getInputProps('phone')} />
                <TextInput
                  label={t('wizard.website')}
                  placeholder="https://"
                  {...form.getInputProps('website')}
                />
                <TextInput
                  label={t('wizard.privacyEmail')}
                  type="email"
                  {...form.getInputProps('privacyEmail')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Checkbox.Group
                  label={t('wizard.languages')}
                  withAsterisk
                  {...form.getInputProps('languages')}
                >
                  <Group mt={6}>
                    {LANGUAGES.map((l) => (
                      <Checkbox key={l} value={l} label={LANGUAGE_NATIVE_NAMES[l]} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Select
                  label={t('wizard.primary')}
                  allowDeselect={false}
                  data={form.values.languages.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
                  {...form.getInputProps('primary')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.stepActivities')}>
          <Paper withBorder p="md">
            <Text size="sm" mb="sm">
              {t('wizard.activitiesIntro')}
            </Text>
            <Checkbox.Group
              value={chosen}
              onChange={(keys) => {
                setChosen(STARTER_ACTIVITY_KEYS.filter((k) => keys.includes(k)));
                setVendorChoice(null);
              }}
              error={chosen.length === 0 ? t('wizard.atLeastOneActivity') : undefined}
            >
              <Stack gap="sm">
                {activities.map((a) => (
                  <Checkbox
                    key={a.key}
                    value={a.key}
                    label={a.name[language]}
                    description={
                      <>
                        {a.description[language]}
                        {a.needsCustomers && ` ${t('wizard.processorNote')}`}
                        {a.internalOnly && ` ${t('wizard.internalNote')}`}
                      </>
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            {needsCustomers && (
              <TagsInput
                mt="md"
                label={t('wizard.customers')}
                description={t('wizard.customersDescription')}
                withAsterisk
                value={customers}
                onChange={setCustomers}
                error={customersMissing ? t('wizard.customersMissing') : undefined}
              />
            )}
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.stepVendors')}>
          <Paper withBorder p="md">
            <Text size="sm" mb="sm">
              {t('wizard.vendorsIntro')}
            </Text>
            {offered.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('wizard.noVendors')}
              </Text>
            ) : (
              <Stack gap="sm">
                {offered.map(({ id, usedFor }) => {
                  const entry = getVendorLibraryEntry(id);
                  return (
                    <Checkbox
                      key={id}
                      label={entry?.name ?? id}
                      description={`${entry?.function[language] ?? ''} — ${usedFor.join(', ')}`}
                      checked={vendors.includes(id)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setVendorChoice(on ? [...vendors, id] : vendors.filter((v) => v !== id));
                      }}
                    />
                  );
                })}
              </Stack>
            )}
          </Paper>
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => (step === 0 ? navigate('/projects') : setStep(step - 1))}>
          {step === 0 ? t('wizard.cancel') : t('wizard.back')}
        </Button>
        {step === 0 && <Button onClick={nextFromOrganisation}>{t('wizard.next')}</Button>}
        {step === 1 && (
          <Button onClick={() => setStep(2)} disabled={chosen.length === 0 || customersMissing}>
            {t('wizard.next')}
          </Button>
        )}
        {step === 2 && <Button onClick={create}>{t('wizard.create')}</Button>}
      </Group>
    </Stack>
  );
}
