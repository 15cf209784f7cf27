import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { buildStarterProject, type StarterActivityKey } from '../../../shared/templates';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { writeProjectSnapshot } from '../../db/snapshot';
import { localToday } from '../../register/useRegister';
import { trimmedOrganisation, type OrganisationValues } from './organisationForm';

export interface StarterChoices {
  readonly organisation: OrganisationValues;
  readonly activityKeys: readonly StarterActivityKey[];
  /** Empty unless a chosen activity is carried out as a processor. */
  readonly customers: readonly string[];
  /** The ticked library vendors, each suggested for a chosen activity. */
  readonly vendorLibraryIds: readonly string[];
}

/**
 * Builds the starter register from the wizard's choices, stores it, opens it on the Overview. Everything it
 * puts in is a suggestion from the template or the library until the user confirms it.
 */
export function useCreateStarterRegister(beforeLeaving: () => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const db = useDatabase();
  const { openProject } = useCurrentProject();
  const notifyError = useErrorNotifier();
  return ({ organisation, activityKeys, customers, vendorLibraryIds }: StarterChoices) =>
    void notifyError(async () => {
      const { jurisdiction, languages, primary } = organisation;
      const project = buildStarterProject({
        organisation: trimmedOrganisation(organisation),
        jurisdiction,
        languages,
        primary: languages.includes(primary) ? primary : languages[0]!,
        activityKeys,
        customers: customers.map((name) => ({ name })),
        vendorLibraryIds,
        today: localToday(),
      });
      await writeProjectSnapshot(db, project);
      openProject(project.id);
      notifications.show({ color: 'green', message: t('wizard.createdNotice', { name: project.name }) });
      beforeLeaving();
      navigate('/overview');
    });
}
