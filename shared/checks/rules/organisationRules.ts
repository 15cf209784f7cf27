import type { Wording } from '../../model/primitives';
import type { Language } from '../../i18n/languages';
import { list, q } from '../format';
import { namesManagementTitle } from '../heuristics';
import { callingCode, mismatchedCallingCode, type PhoneExpectation } from '../../validation/phone';
import { singletonLocation } from '../projectText';
import { defineRule, type Rule } from '../rule';
import { requirementRule } from './requirementRules';
import { fieldWording } from '../../model/vocabulary';
import { NOUNS } from '../requirements/nouns';

/** Rules on the organisation, its privacy contact / DPO, its representative, and the policy settings. */

type IdentityPart = 'name' | 'address' | 'contact';

const IDENTITY_LABELS: Readonly<Record<IdentityPart, Wording>> = {
  name: fieldWording('organisation.legalName'),
  address: NOUNS.address,
  contact: NOUNS.contact,
};

const identityList = (language: Language, missing: readonly IdentityPart[]): string =>
  list(
    language,
    missing.map((part) => IDENTITY_LABELS[part][language]),
  );

const controllerIdentityIncomplete = requirementRule<{ missing: IdentityPart[] }>({
  id: 'controller-identity-incomplete',
  title: {
    da: 'Dataansvarlig uden identitet eller kontakt',
    sv: 'Personuppgiftsansvarig utan identitet eller kontakt',
    en: 'Controller identity incomplete',
  },
  message: {
    da: (p) =>
      `Organisationens oplysninger mangler ${identityList('da', p.missing)}. Politikken skal oplyse den dataansvarliges identitet og kontaktoplysninger (art. 13, stk. 1, litra a).`,
    sv: (p) =>
      `Organisationens uppgifter saknar ${identityList('sv', p.missing)}. Policyn måste ange den personuppgiftsansvariges identitet och kontaktuppgifter (artikel 13.1 a).`,
    en: (p) =>
      `The organisation details lack ${identityList('en', p.missing)}. The policy must give the controller's identity and contact details (Article 13(1)(a)).`,
  },
});

/**
 * The DPO is the owner or in management: flagged when the contact says so (isManagement), or when the
 * name field carries a management title ("Lasse Hansen, Ejer"; see heuristics.namesManagementTitle).
 */
const dpoIsManagement = defineRule<{ name: string }>({
  id: 'dpo-is-management',
  severity: 'error',
  title: {
    da: 'DPO er ejer eller leder',
    sv: 'Dataskyddsombudet är ägare eller chef',
    en: 'DPO is owner or manager',
  },
  message: {
    da: (p) =>
      `Databeskyttelsesrådgiveren ${q('da', p.name)} er også ejer eller en del af ledelsen. En DPO må ikke have opgaver, der fører til en interessekonflikt (art. 38, stk. 6): ledelsen fastlægger selv formål og midler. Udpeg en anden, eller angiv personen som kontaktperson i stedet for DPO.`,
    sv: (p) =>
      `Dataskyddsombudet ${q('sv', p.name)} är också ägare eller en del av ledningen. Ett dataskyddsombud får inte ha uppgifter som leder till en intressekonflikt (artikel 38.6): ledningen bestämmer själv ändamål och medel. Utse någon annan, eller ange personen som kontaktperson i stället för dataskyddsombud.`,
    en: (p) =>
      `The DPO ${q('en', p.name)} is also the owner or part of the management. A DPO may not have tasks that lead to a conflict of interests (Article 38(6)): management decides the purposes and means. Appoint someone else, or record the person as privacy contact instead of DPO.`,
  },
  run(context, report) {
    const contact = context.project.privacyContact;
    if (contact.kind !== 'dpo') return;
    const byTitle = namesManagementTitle(contact.name);
    if (!contact.isManagement && !byTitle) return;
    report({
      item: singletonLocation('privacyContact'),
      field: contact.isManagement ? 'isManagement' : 'name',
      params: { name: contact.name.trim() || '?' },
    });
  },
});

const dpoContactMissing = requirementRule<{ name: string }>({
  id: 'dpo-contact-missing',
  title: {
    da: 'DPO uden kontaktoplysninger',
    sv: 'Dataskyddsombud utan kontaktuppgifter',
    en: 'DPO without contact details',
  },
  message: {
    da: (p) =>
      `Databeskyttelsesrådgiveren ${p.name ? `${q('da', p.name)} ` : ''}har hverken e-mail eller telefon, og organisationen har ingen e-mail til databeskyttelse. Politikken skal oplyse DPO'ens kontaktoplysninger (art. 13, stk. 1, litra b).`,
    sv: (p) =>
      `Dataskyddsombudet ${p.name ? `${q('sv', p.name)} ` : ''}har varken e-post eller telefon, och organisationen har ingen e-post för dataskyddsfrågor. Policyn måste ange dataskyddsombudets kontaktuppgifter (artikel 13.1 b).`,
    en: (p) =>
      `The DPO ${p.name ? `${q('en', p.name)} ` : ''}has neither an e-mail address nor a phone number, and the organisation has no privacy e-mail. The policy must give the DPO's contact details (Article 13(1)(b)).`,
  },
});

// ---------------------------------------------------------------------------------------------------------
// Phone numbers

type PhoneOwner = 'organisation' | 'privacyContact' | 'dpo' | 'representative';

const PHONE_OWNERS: Readonly<Record<PhoneOwner, Wording>> = {
  organisation: { da: 'organisationen', sv: 'organisationen', en: 'the organisation' },
  privacyContact: {
    da: 'kontaktpersonen for databeskyttelse',
    sv: 'kontaktpersonen för dataskydd',
    en: 'the privacy contact',
  },
  dpo: { da: 'databeskyttelsesrådgiveren', sv: 'dataskyddsombudet', en: 'the DPO' },
  representative: { da: 'repræsentanten', sv: 'företrädaren', en: 'the representative' },
};

type PhoneParams = {
  owner: PhoneOwner;
  phone: string;
  code: string;
  country: string | null;
  expected: string | null;
};

function phoneMessage(language: Language, p: PhoneParams): string {
  const owner = PHONE_OWNERS[p.owner][language];
  const expectation =
    p.country === null
      ? { da: 'repræsentanten skal være etableret i EU/EØS', sv: 'företrädaren ska vara etablerad inom EU/EES', en: 'the representative must be established in the EU/EEA' }
      : { da: `organisationen ligger i ${p.country} (+${p.expected})`, sv: `organisationen finns i ${p.country} (+${p.expected})`, en: `the organisation is in ${p.country} (+${p.expected})` }; // prettier-ignore
  const sentence: Wording = {
    da: `Telefonnummeret ${p.phone} for ${owner} har landekoden ${p.code}, men ${expectation.da}. Kontrollér nummeret.`,
    sv: `Telefonnumret ${p.phone} för ${owner} har landsnumret ${p.code}, men ${expectation.sv}. Kontrollera numret.`,
    en: `The phone number ${p.phone} of ${owner} has the country code ${p.code}, but ${expectation.en}. Check the number.`,
  };
  return sentence[language];
}

/**
 * A number written with a country code ("+46 …", "0046 …") that is not the organisation's country's
 * (for the organisation and its privacy contact / DPO), or not an EU/EEA country's (for the Art. 27
 * representative, who must be established in the Union). Numbers in national format are fine.
 */
const phoneCountryMismatch = defineRule<PhoneParams>({
  id: 'phone-country-mismatch',
  severity: 'warning',
  title: {
    da: 'Telefonnummer med fremmed landekode',
    sv: 'Telefonnummer med utländskt landsnummer',
    en: 'Phone number with a foreign country code',
  },
  message: {
    da: (p) => phoneMessage('da', p),
    sv: (p) => phoneMessage('sv', p),
    en: (p) => phoneMessage('en', p),
  },
  run(context, report) {
    const { organisation, privacyContact, representative } = context.project;
    const country = organisation.country;
    const home: PhoneExpectation = { kind: 'country', country };
    const candidates: { owner: PhoneOwner; kind: 'organisation' | 'privacyContact' | 'representative'; phone: string; expect: PhoneExpectation }[] = [
      { owner: 'organisation', kind: 'organisation', phone: organisation.phone, expect: home },
      { owner: privacyContact.kind === 'dpo' ? 'dpo' : 'privacyContact', kind: 'privacyContact', phone: privacyContact.phone, expect: home },
    ]; // prettier-ignore
    if (representative) {
      candidates.push({
        owner: 'representative',
        kind: 'representative',
        phone: representative.phone,
        expect: { kind: 'euEea' },
      });
    }
    for (const candidate of candidates) {
      if (candidate.expect.kind === 'country' && !country) continue;
      const code = mismatchedCallingCode(candidate.phone, candidate.expect);
      if (code === null) continue;
      const isHome = candidate.expect.kind === 'country';
      report({
        item: singletonLocation(candidate.kind),
        field: 'phone',
        params: {
          owner: candidate.owner,
          phone: candidate.phone.trim(),
          code,
          country: isHome ? country : null,
          expected: isHome ? (callingCode(country) ?? null) : null,
        },
      });
    }
  },
});

// ---------------------------------------------------------------------------------------------------------
// Policy settings

type PolicyPart = 'effectiveDate' | 'version';

const policyUndated = requirementRule<{ missing: PolicyPart[] }>({
  id: 'policy-undated',
  title: {
    da: 'Politik uden dato eller version',
    sv: 'Policy utan datum eller version',
    en: 'Policy without date or version',
  },
  message: {
    da: (p) =>
      `Privatlivspolitikken har ${p.missing.length === 2 ? 'hverken ikrafttrædelsesdato eller versionsnummer' : p.missing[0] === 'effectiveDate' ? 'ingen ikrafttrædelsesdato' : 'intet versionsnummer'}. Læseren skal kunne se, hvilken udgave der gælder, og hvornår den er fra.`,
    sv: (p) =>
      `Integritetspolicyn har ${p.missing.length === 2 ? 'varken datum för ikraftträdande eller versionsnummer' : p.missing[0] === 'effectiveDate' ? 'inget datum för ikraftträdande' : 'inget versionsnummer'}. Läsaren ska kunna se vilken version som gäller och när den är från.`,
    en: (p) =>
      `The privacy policy has ${p.missing.length === 2 ? 'neither an effective date nor a version number' : p.missing[0] === 'effectiveDate' ? 'no effective date' : 'no version number'}. Readers must be able to tell which version applies and when it dates from.`,
  },
});

export const ORGANISATION_RULES: readonly Rule[] = [
  controllerIdentityIncomplete,
  dpoIsManagement,
  dpoContactMissing,
  phoneCountryMismatch,
  policyUndated,
];
