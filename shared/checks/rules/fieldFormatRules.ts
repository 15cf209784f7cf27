import { DATE_YEARS_AHEAD, yearsAfter, type Wording } from '../../model/primitives';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../../i18n/format';
import { fieldNoun, type FieldPath } from '../../model/vocabulary';
import {
  checkEmail,
  checkPhone,
  checkRegistrationNumber,
  checkUrl,
  type FieldError,
} from '../../validation/fieldFormats';
import type { CheckContext } from '../context';
import { itemPhrase, q } from '../format';
import { CATALOG_ITEMS, catalogLocation, singletonLocation, type ItemLocation } from '../projectText';
import { defineRule, type Rule } from '../rule';
import type { ItemKind, RuleId } from '../types';

/**
 * Contact data in a wrong format: the same checks (shared/validation/fieldFormats.ts) as the editor's
 * inline errors, reported as errors so that a final document never prints a number or an address that
 * reaches nobody. The model keeps whatever was typed (see model/primitives.ts), so these findings are
 * where an invalid value is stopped.
 */

interface Candidate {
  readonly item: ItemLocation;
  /** Path inside the item (for singletons the item's own field, e.g. "email"). */
  readonly field: string;
  /** The field's vocabulary path, which names it in the message. */
  readonly noun: FieldPath;
  readonly value: string;
  /** For registration numbers: the country whose format applies. */
  readonly country?: string;
}

type FormatParams = {
  kind: ItemKind;
  name: Wording;
  noun: FieldPath;
  value: string;
  problem: FieldError;
};

const VENDORS = CATALOG_ITEMS.find((catalog) => catalog.key === 'vendors')!;

function vendorLocation(context: CheckContext, vendor: CheckContext['project']['vendors'][number]) {
  return catalogLocation(VENDORS, vendor.id, context.names(vendor.name));
}

/** What each format error says is wrong, and what a valid value looks like. */
const PROBLEMS: Readonly<Partial<Record<FieldError, Wording>>> = {
  cvr: {
    da: 'er ikke et gyldigt CVR-nummer: det har 8 cifre, og det sidste er et kontrolciffer, så en tastefejl afsløres',
    sv: 'är inte ett giltigt CVR-nummer: det har 8 siffror, och den sista är en kontrollsiffra som avslöjar ett skrivfel',
    en: 'is not a valid CVR number: it has 8 digits, the last a check digit that reveals a typing mistake',
  },
  orgNr: {
    da: 'er ikke et gyldigt svensk organisationsnummer: det skrives NNNNNN-NNNN, og det sidste ciffer er et kontrolciffer',
    sv: 'är inte ett giltigt organisationsnummer: det skrivs NNNNNN-NNNN, och den sista siffran är en kontrollsiffra',
    en: 'is not a valid Swedish organisationsnummer: it is written NNNNNN-NNNN, the last digit a check digit',
  },
  email: {
    da: 'er ikke en gyldig e-mailadresse',
    sv: 'är inte en giltig e-postadress',
    en: 'is not a valid e-mail address',
  },
  url: {
    da: 'er ikke en gyldig webadresse (den skal begynde med https:// eller http://)',
    sv: 'är inte en giltig webbadress (den ska börja med https:// eller http://)',
    en: 'is not a valid web address (it must begin with https:// or http://)',
  },
  phone: {
    da: 'er ikke et gyldigt telefonnummer (cifre, mellemrum, bindestreger og evt. + foran)',
    sv: 'är inte ett giltigt telefonnummer (siffror, mellanslag, bindestreck och ev. + först)',
    en: 'is not a valid phone number (digits, spaces, hyphens and an optional leading +)',
  },
};

const FIX: Wording = {
  da: 'Ret det: et dokument, der oplyser det, skal kunne bruges af den, der læser det (art. 12, stk. 1, og art. 13, stk. 1, litra a og b).',
  sv: 'Rätta det: ett dokument som anger det ska kunna användas av den som läser det (artikel 12.1 och 13.1 a och b).',
  en: 'Correct it: a document that gives it must be usable by its reader (Articles 12(1) and 13(1)(a) and (b)).',
};

function formatMessage(language: Language, p: FormatParams): string {
  const problem = PROBLEMS[p.problem]?.[language] ?? '';
  return `${itemPhrase(language, p.kind, p.name)}: ${fieldNoun(p.noun, language)} ${q(language, p.value)} ${problem}. ${FIX[language]}`;
}

function formatRule(
  id: RuleId,
  title: Wording,
  check: (candidate: Candidate) => FieldError | null,
  candidates: (context: CheckContext) => Candidate[],
): Rule {
  return defineRule<FormatParams>({
    id,
    severity: 'error',
    title,
    message: {
      da: (p) => formatMessage('da', p),
      sv: (p) => formatMessage('sv', p),
      en: (p) => formatMessage('en', p),
    },
    run(context, report) {
      for (const candidate of candidates(context)) {
        const problem = check(candidate);
        if (problem === null) continue;
        report({
          item: candidate.item,
          field: candidate.field,
          params: {
            kind: candidate.item.kind,
            name: candidate.item.name,
            noun: candidate.noun,
            value: candidate.value.trim(),
            problem,
          },
        });
      }
    },
  });
}

/** The organisation's, the privacy contact's and the representative's value of one contact field. */
function contactFields(context: CheckContext, field: 'email' | 'phone'): Candidate[] {
  const { organisation, privacyContact, representative } = context.project;
  const result: Candidate[] = [
    { item: singletonLocation('organisation'), field, noun: `organisation.${field}`, value: organisation[field] },
    { item: singletonLocation('privacyContact'), field, noun: `privacyContact.${field}`, value: privacyContact[field] },
  ]; // prettier-ignore
  if (field === 'email') {
    result.splice(1, 0, {
      item: singletonLocation('organisation'),
      field: 'privacyEmail',
      noun: 'organisation.privacyEmail',
      value: organisation.privacyEmail,
    });
  }
  if (representative) {
    result.push({ item: singletonLocation('representative'), field, noun: `representative.${field}`, value: representative[field] }); // prettier-ignore
  }
  return result;
}

const registrationNumberInvalid = formatRule(
  'registration-number-invalid',
  {
    da: 'Ugyldigt CVR- eller organisationsnummer',
    sv: 'Ogiltigt CVR- eller organisationsnummer',
    en: 'Invalid CVR or organisation number',
  },
  (c) => checkRegistrationNumber(c.value, c.country ?? ''),
  (context) => {
    const { organisation, vendors } = context.project;
    return [
      {
        item: singletonLocation('organisation'),
        field: 'registrationNumber',
        noun: 'organisation.registrationNumber',
        value: organisation.registrationNumber,
        country: organisation.jurisdiction,
      },
      // A vendor's number is read by its headquarters' country; customers record no country, so theirs stay free text.
      ...vendors.map((vendor) => ({
        item: vendorLocation(context, vendor),
        field: 'registrationNumber',
        noun: 'vendor.registrationNumber' as const,
        value: vendor.registrationNumber,
        country: vendor.hqCountry,
      })),
    ];
  },
);

const contactEmailInvalid = formatRule(
  'contact-email-invalid',
  { da: 'Ugyldig e-mailadresse', sv: 'Ogiltig e-postadress', en: 'Invalid e-mail address' },
  (c) => checkEmail(c.value.trim()),
  (context) => contactFields(context, 'email'),
);

const phoneInvalid = formatRule(
  'phone-invalid',
  { da: 'Ugyldigt telefonnummer', sv: 'Ogiltigt telefonnummer', en: 'Invalid phone number' },
  (c) => checkPhone(c.value),
  (context) => contactFields(context, 'phone'),
);

const websiteInvalid = formatRule(
  'website-invalid',
  { da: 'Ugyldig webadresse', sv: 'Ogiltig webbadress', en: 'Invalid web address' },
  (c) => checkUrl(c.value.trim()),
  (context) => [
    { item: singletonLocation('organisation'), field: 'website', noun: 'organisation.website', value: context.project.organisation.website }, // prettier-ignore
    ...context.project.vendors.flatMap((vendor) => {
      const item = vendorLocation(context, vendor);
      return [
        { item, field: 'website', noun: 'vendor.website' as const, value: vendor.website },
        { item, field: 'privacyPolicyUrl', noun: 'vendor.privacyPolicyUrl' as const, value: vendor.privacyPolicyUrl }, // prettier-ignore
      ];
    }),
  ],
);

// ---------------------------------------------------------------------------------------------------------
// Dates

/** A policy is published shortly before it takes effect, not years before. */
const EFFECTIVE_DATE_YEARS = 1;

/** past: a date of something done, which cannot lie ahead; planned: a plan beyond the reasonable horizon. */
type DateProblem = 'past' | 'planned';

type DateParams = {
  kind: ItemKind;
  name: Wording;
  noun: FieldPath;
  date: string;
  problem: DateProblem;
  years: number;
};

function dateMessage(language: Language, p: DateParams): string {
  const where = `${itemPhrase(language, p.kind, p.name)}: ${fieldNoun(p.noun, language)} ${q(language, formatDate(p.date, language))}`;
  const texts: Record<DateProblem, Wording> = {
    past: {
      da: `${where} ligger i fremtiden, men er datoen for noget, der allerede er sket. En dato, der ikke er sand, er ikke dokumentation (art. 5, stk. 2); ret den.`,
      sv: `${where} ligger i framtiden men är datumet för något som redan har skett. Ett datum som inte stämmer är ingen dokumentation (artikel 5.2); rätta det.`,
      en: `${where} lies in the future, but it is the date of something already done. A date that is not true is no evidence (Article 5(2)); correct it.`,
    },
    planned: {
      da: `${where} ligger mere end ${p.years} år ude i fremtiden, hvilket næsten altid er en tastefejl. Ret datoen.`,
      sv: `${where} ligger mer än ${p.years} år fram i tiden, vilket nästan alltid är ett skrivfel. Rätta datumet.`,
      en: `${where} lies more than ${p.years} ${p.years === 1 ? 'year' : 'years'} ahead, which is almost always a typing mistake. Correct the date.`,
    },
  };
  return texts[p.problem][language];
}

interface DateCandidate {
  readonly item: ItemLocation;
  readonly field: string;
  readonly noun: FieldPath;
  readonly date: string;
  /** The latest date that is plausible; past dates may not lie after today. */
  readonly latest: string;
  readonly problem: DateProblem;
  readonly years: number;
}

function dateCandidates(context: CheckContext): DateCandidate[] {
  const today = context.today;
  const past = { latest: today, problem: 'past' as const, years: 0 };
  const result: DateCandidate[] = [
    {
      item: singletonLocation('policy'),
      field: 'effectiveDate',
      noun: 'policy.effectiveDate',
      date: context.project.policy.effectiveDate,
      latest: yearsAfter(today, EFFECTIVE_DATE_YEARS),
      problem: 'planned',
      years: EFFECTIVE_DATE_YEARS,
    },
  ];
  for (const activity of context.activities) {
    const item = context.activityLocation(activity);
    result.push(
      { item, field: 'lastReviewed', noun: 'activity.lastReviewed', date: activity.lastReviewed, ...past },
      { item, field: 'dpia.date', noun: 'activity.dpia.date', date: activity.dpia.date, ...past },
      {
        item,
        field: 'nextReview',
        noun: 'activity.nextReview',
        date: activity.nextReview,
        latest: yearsAfter(today, DATE_YEARS_AHEAD),
        problem: 'planned',
        years: DATE_YEARS_AHEAD,
      },
    );
  }
  for (const vendor of context.project.vendors) {
    const item = vendorLocation(context, vendor);
    result.push(
      { item, field: 'dpa.date', noun: 'vendor.dpa.date', date: vendor.dpa.date, ...past },
      { item, field: 'lastVerified', noun: 'vendor.lastVerified', date: vendor.lastVerified, ...past },
    );
  }
  return result;
}

/**
 * Review, assessment, signature and verification dates that cannot be true: a last review, a DPIA, a signed
 * DPA or a verification dated after today, a next review further ahead than the editor takes a date
 * (DATE_YEARS_AHEAD), or a policy taking effect more than a year from now. The file holds any date within
 * DATE_BOUNDS, so a date typed years ago, or in another app, is reported here rather than refused.
 */
const dateFarFuture = defineRule<DateParams>({
  id: 'date-far-future',
  severity: 'error',
  title: { da: 'Dato langt ude i fremtiden', sv: 'Datum långt fram i tiden', en: 'Date in the far future' },
  message: {
    da: (p) => dateMessage('da', p),
    sv: (p) => dateMessage('sv', p),
    en: (p) => dateMessage('en', p),
  },
  run(context, report) {
    for (const candidate of dateCandidates(context)) {
      if (candidate.date === '' || candidate.date <= candidate.latest) continue;
      report({
        item: candidate.item,
        field: candidate.field,
        params: {
          kind: candidate.item.kind,
          name: candidate.item.name,
          noun: candidate.noun,
          date: candidate.date,
          problem: candidate.problem,
          years: candidate.years,
        },
      });
    }
  },
});

export const FIELD_FORMAT_RULES: readonly Rule[] = [
  registrationNumberInvalid,
  contactEmailInvalid,
  phoneInvalid,
  websiteInvalid,
  dateFarFuture,
];
