import { hasContactDetails, hasPostalAddress, isReachable } from '../../model/organisation';
import { fieldWording } from '../../model/vocabulary';
import { NOUNS } from './nouns';
import { defineRequirement, type Requirement } from './types';

/** The controller's identity and contact [Art. 13(1)(a), 30(1)(a)], and how to reach its DPO [13(1)(b)]. */

const IDENTITY = [
  { article: 13, paragraph: 1, point: 'a' },
  { article: 30, paragraph: 1, point: 'a' },
] as const;

/** controller-identity-incomplete names the part missing; its params keep the shape saved reports have. */
const identityPart = (part: 'name' | 'address' | 'contact') => () => ({ missing: [part] });

const filled = (text: string): boolean => text.trim() !== '';

export const ORGANISATION_REQUIREMENTS: readonly Requirement[] = [
  defineRequirement({
    id: 'organisation.legalName',
    scope: 'organisation',
    field: 'legalName',
    noun: fieldWording('organisation.legalName'),
    given: (o) => filled(o.legalName),
    severity: 'error',
    rule: 'controller-identity-incomplete',
    articles: IDENTITY,
    params: identityPart('name'),
  }),
  defineRequirement({
    id: 'organisation.registrationNumber',
    scope: 'organisation',
    field: 'registrationNumber',
    noun: fieldWording('organisation.registrationNumber'),
    given: (o) => filled(o.registrationNumber),
    severity: 'warning',
    rule: 'organisation-no-registration-number',
    articles: [],
  }),
  defineRequirement({
    id: 'organisation.address',
    scope: 'organisation',
    field: 'street',
    noun: NOUNS.address,
    given: hasPostalAddress,
    severity: 'error',
    rule: 'controller-identity-incomplete',
    articles: IDENTITY,
    params: identityPart('address'),
  }),
  defineRequirement({
    id: 'organisation.country',
    scope: 'organisation',
    field: 'country',
    noun: fieldWording('organisation.country'),
    given: (o) => o.country !== '',
    severity: 'warning',
    rule: 'organisation-no-country',
    articles: [],
  }),
  defineRequirement({
    id: 'organisation.contact',
    scope: 'organisation',
    field: 'email',
    noun: NOUNS.contact,
    given: hasContactDetails,
    severity: 'error',
    rule: 'controller-identity-incomplete',
    articles: IDENTITY,
    params: identityPart('contact'),
  }),
  defineRequirement({
    id: 'organisation.privacyEmail',
    scope: 'organisation',
    field: 'privacyEmail',
    noun: fieldWording('organisation.privacyEmail'),
    given: (o) => filled(o.privacyEmail),
    severity: 'warning',
    rule: 'privacy-email-missing',
    articles: [],
  }),
  defineRequirement({
    id: 'privacyContact.name',
    scope: 'privacyContact',
    field: 'name',
    noun: fieldWording('privacyContact.name'),
    given: (contact) => filled(contact.name),
    severity: 'warning',
    rule: 'privacy-contact-no-name',
    articles: [],
  }),
  defineRequirement({
    id: 'privacyContact.email',
    scope: 'privacyContact',
    field: 'email',
    noun: NOUNS.contact,
    applies: (contact) => contact.kind === 'dpo',
    given: (contact, { project }) => isReachable(contact, project.organisation),
    severity: 'error',
    rule: 'dpo-contact-missing',
    articles: [{ article: 13, paragraph: 1, point: 'b' }],
    params: (contact) => ({ name: contact.name.trim() }),
  }),
];
