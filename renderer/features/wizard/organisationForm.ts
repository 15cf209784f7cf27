import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { Jurisdiction } from '../../../shared/model';
import type { StarterOrganisation } from '../../../shared/templates';
import { checkEmail, checkRegistrationNumber, checkUrl } from '../../../shared/validation/fieldFormats';

const TEXT_FIELDS = [
  'legalName',
  'registrationNumber',
  'street',
  'postcode',
  'city',
  'email',
  'phone',
  'website',
  'privacyEmail',
] as const satisfies readonly (keyof StarterOrganisation)[];
type TextFields = Record<(typeof TEXT_FIELDS)[number], string>;

export type OrganisationValues = TextFields & {
  jurisdiction: Jurisdiction;
  languages: Language[];
  primary: Language;
};

const defaultJurisdiction: Record<Language, Jurisdiction> = { da: 'DK', sv: 'SE', en: 'other' };

/** The wizard's first step as a form: empty but for the country and language the UI language suggests. */
export function useOrganisationForm(uiLanguage: Language) {
  const { t } = useTranslation();
  return useForm<OrganisationValues>({
    mode: 'controlled',
    initialValues: {
      ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as TextFields),
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
}

export type OrganisationForm = ReturnType<typeof useOrganisationForm>;

/** The organisation as the template takes it: every text trimmed. */
export function trimmedOrganisation(values: OrganisationValues): TextFields {
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, values[field].trim()])) as TextFields;
}
