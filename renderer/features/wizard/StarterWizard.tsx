import { Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '../../../shared/i18n/languages';
import { starterActivities, type StarterActivityKey } from '../../../shared/templates';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { ActivitiesStep } from './ActivitiesStep';
import { OrganisationStep } from './OrganisationStep';
import { useOrganisationForm } from './organisationForm';
import { useCreateStarterRegister } from './useCreateStarterRegister';
import { useDiscardGuard } from './useDiscardGuard';
import { offeredVendors } from './vendorGroups';
import { VendorStep } from './VendorStep';

/**
 * First run: organisation → starter activities → vendors → a register of suggestions, opened on the
 * Overview. Nothing is ticked for the user: what enters the register is what they chose.
 */
export function StarterWizard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [uiLanguage] = useUiLanguage();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const form = useOrganisationForm(uiLanguage);
  const activities = starterActivities(form.values.jurisdiction);
  const [chosen, setChosen] = useState<StarterActivityKey[]>([]);
  const [triedWithoutActivities, setTriedWithoutActivities] = useState(false);
  const [ticked, setTicked] = useState<string[]>([]);
  const [customers, setCustomers] = useState<string[]>([]);
  // The processor activity names the controllers it is carried out for (Art. 30(2)(a)); none are invented.
  const needsCustomers = activities.some((a) => a.needsCustomers && chosen.includes(a.key));
  const offered = offeredVendors(form.values.jurisdiction, chosen, language);
  // A tick stays while its vendor is offered; one for an activity since unticked no longer counts.
  const vendorLibraryIds = ticked.filter((id) => offered.some((o) => o.entry.id === id));
  const allowLeaving = useDiscardGuard(
    form.isDirty() || chosen.length > 0 || ticked.length > 0 || customers.length > 0,
  );
  const create = useCreateStarterRegister(allowLeaving);

  const next = () => {
    if (step === 0 && form.validate().hasErrors) return;
    if (step === 1 && chosen.length === 0) {
      setTriedWithoutActivities(true);
      return;
    }
    setStep(step + 1);
  };

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
            <OrganisationStep form={form} />
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.stepActivities')}>
          <Paper withBorder p="md">
            <ActivitiesStep
              activities={activities}
              chosen={chosen}
              onChange={setChosen}
              needsCustomers={needsCustomers}
              customers={customers}
              onCustomersChange={setCustomers}
              showNoneChosen={triedWithoutActivities}
            />
          </Paper>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.stepVendors')}>
          <Paper withBorder p="md">
            <VendorStep offered={offered} chosen={vendorLibraryIds} onChange={setTicked} />
          </Paper>
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => (step === 0 ? navigate('/projects') : setStep(step - 1))}>
          {step === 0 ? t('wizard.cancel') : t('wizard.back')}
        </Button>
        {step < 2 ? (
          <Button onClick={next} disabled={step === 1 && needsCustomers && customers.length === 0}>
            {t('wizard.next')}
          </Button>
        ) : (
          <Button
            onClick={() =>
              create({
                organisation: form.values,
                activityKeys: chosen,
                customers: needsCustomers ? customers : [],
                vendorLibraryIds,
              })
            }
          >
            {t('wizard.create')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
