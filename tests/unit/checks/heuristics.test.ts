import { describe, expect, it } from 'vitest';
import {
  independentControllerCategory,
  infersConsentFromUse,
  isVagueRetention,
  mentionsPrivacyShield,
  mentionsStatute,
  namesManagementTitle,
  namesOwnEmployees,
  namesTracking,
  saysConsentIsAsked,
} from '../../../shared/checks/heuristics';
import { mismatchedCallingCode } from '../../../shared/validation/phone';

describe('own employees', () => {
  it.each([
    [{ da: 'Medarbejdere' }],
    [{ da: 'Tidligere ansatte' }],
    [{ da: 'Personale' }],
    [{ sv: 'Anställda' }],
    [{ sv: 'Personal' }],
    [{ en: 'Employees' }],
    [{ en: 'Staff and interns' }],
    [{ da: 'Kunder', en: 'Our employees' }],
  ])('%o names own staff', (name) => expect(namesOwnEmployees(name)).toBe(true));

  it.each([
    [{ da: 'Ansatte hos vores kunder' }],
    [{ da: 'Kunders medarbejdere' }],
    [{ sv: 'Kunders anställda' }],
    [{ en: "Customers' employees" }],
    [{ en: 'Supplier staff' }],
    [{ da: 'Jobansøgere' }],
    [{ en: 'Personal data of customers' }],
    [{ en: 'Internal users' }],
    [{ da: 'Kundemedarbejdere' }],
  ])('%o does not', (name) => expect(namesOwnEmployees(name)).toBe(false));
});

describe('vague retention', () => {
  it.each([
    'Så længe det er nødvendigt.',
    'Vi opbevarer data, så længe det er nødvendigt for at udføre formålet',
    'Så länge det är nödvändigt',
    'så länge det finns ett dokumenterat syfte för behandlingen',
    'as long as necessary',
    'For as long as it is needed for the purpose',
  ])('"%s" is vague', (text) => expect(isVagueRetention(text)).toBe(true));

  it.each([
    'Så længe det er nødvendigt, dog højst 5 år',
    '5 år efter regnskabsårets udløb',
    'så länge det behövs, men högst 24 månader',
    'As long as necessary, and at most 6 months',
    'Så længe du abonnerer på nyhedsbrevet',
    '',
  ])('"%s" is not', (text) => expect(isVagueRetention(text)).toBe(false));
});

describe('statute named in a note', () => {
  it.each([
    'Bogføringsloven § 10',
    'bokföringslagen',
    'lag (2018:218)',
    '7 kap. 2 §',
    'The Bookkeeping Act',
    'lov nr. 700',
    'Hvidvaskloven',
  ])('"%s" names one', (text) => expect(mentionsStatute(text)).toBe(true));
  it.each([
    'Dansk lovgivning omkring bogføring',
    'Lovkrav',
    'Rättslig förpliktelse',
    'legal obligation',
    'time lag',
    '',
  ])('"%s" does not', (text) => expect(mentionsStatute(text)).toBe(false));
});

describe('Privacy Shield', () => {
  it.each([
    'Privacy Shield',
    'privacy-shield',
    'EU/US Privacy Shield-certifiering',
    'PRIVACYSHIELD',
    'privacy_shield',
  ])('"%s" is found', (text) => expect(mentionsPrivacyShield(text)).toBe(true));
  it.each(['Data Privacy Framework', 'privacy policy', 'shield'])('"%s" is not', (text) =>
    expect(mentionsPrivacyShield(text)).toBe(false),
  );
});

describe('consent inferred from continued use', () => {
  it.each([
    'Hvis du benytter vores services og hjemmeside efter at vi har underrettet dig om ændringerne, antager vi, at du har accepteret ændringerne.',
    'Fortsat brug af hjemmesiden betragtes som accept.',
    'Om du fortsätter att använda tjänsten efter ändringen godkänner du den.',
    'Your continued use of the site means you accept the changes.',
  ])('"%s"', (text) => expect(infersConsentFromUse(text)).toBe(true));
  it.each([
    'Vi giver besked om væsentlige ændringer, før de træder i kraft.',
    'We notify you before changes take effect.',
  ])('not "%s"', (text) => expect(infersConsentFromUse(text)).toBe(false));
});

describe('independent controllers by name', () => {
  it.each([
    ['EURid', 'registry'],
    ['Punktum dk A/S', 'registry'],
    ['DK Hostmaster', 'registry'],
    ['Internetstiftelsen i Sverige', 'registry'],
    ['IIS', 'registry'],
    ['Domänregistret (IIS)', 'registry'],
    ['UC', 'credit'],
    ['UC AB', 'credit'],
    ['Experian', 'credit'],
    ['Creditsafe Sverige AB', 'credit'],
    ['Bisnode Danmark', 'credit'],
    ['Dun & Bradstreet', 'credit'],
  ])('%s → %s', (name, category) => expect(independentControllerCategory(name)).toBe(category));
  it.each(['Microsoft IIS hosting', 'UCaaS telefoni', 'Eurideas', 'Fortnox', ''])('%s → none', (name) =>
    expect(independentControllerCategory(name)).toBeNull(),
  );
});

describe('a cookie text that asks consent', () => {
  it.each([
    [{ da: 'Andre cookies, fx til statistik, bruger vi kun, hvis du har givet samtykke i cookiebanneret.' }],
    [{ da: 'Vi bruger ikke statistikcookies uden dit samtykke.' }],
    [{ sv: 'Kakor för statistik använder vi bara om du har samtyckt till det.' }],
    [{ sv: 'Du kan godkänna eller avvisa kakor i cookiebannern.' }],
    [{ en: 'Marketing cookies are only set if you opt in.' }],
    [{ da: 'Nødvendige cookies kræver ikke samtykke; andre sætter vi kun med dit samtykke.' }],
  ])('%o asks consent', (text) => expect(saysConsentIsAsked(text)).toBe(true));

  it.each([
    [{ da: 'Du kan læse mere om vores cookie politik her.' }],
    [{ da: 'Vi bruger kun nødvendige cookies, som ikke kræver samtykke.' }],
    [{ sv: 'Vi använder bara nödvändiga kakor, som inte kräver något samtycke.' }],
    [{ en: 'We only use necessary cookies, which do not require your consent.' }],
  ])('%o does not', (text) => expect(saysConsentIsAsked(text)).toBe(false));
});

describe('web analytics and tracking named in a purpose', () => {
  it.each([
    [{ da: 'Webstatistik over besøg på hjemmesiden' }],
    [{ da: 'Føre statistik over brugen af hjemmesiden' }],
    [{ da: 'Vise målrettede annoncer på sociale medier' }],
    [{ sv: 'Besöksstatistik för webbplatsen' }],
    [{ sv: 'Statistikkakor och riktad annonsering' }],
    [{ en: 'Web analytics' }],
    [{ en: 'Retargeting ads to earlier visitors' }],
    [{ en: 'Statistics on the use of our website (Google Analytics)' }],
  ])('%o names tracking', (text) => expect(namesTracking(text)).toBe(true));

  it.each([
    [{ da: 'Statistik over salg og fakturering' }],
    [{ da: 'Analyse og udvikling af nye produkter' }],
    [{ da: 'Sporing af forsendelser' }],
    [{ sv: 'Spårning av paket' }],
    [{ en: 'Time tracking for payroll' }],
    [{ en: 'Sending newsletters' }],
  ])('%o does not', (text) => expect(namesTracking(text)).toBe(false));
});

describe('management titles', () => {
  it.each(['Lasse Bloch Holmsgaard, Ejer', 'Anna (VD)', 'CEO Jane Doe', 'Adm. direktør Per'])('%s', (name) =>
    expect(namesManagementTitle(name)).toBe(true),
  );
  it.each(['Mette Hansen', 'Ejvind Larsen', 'Vera Dahl'])('not %s', (name) =>
    expect(namesManagementTitle(name)).toBe(false),
  );
});

describe('phone country codes', () => {
  const dk = { kind: 'country', country: 'DK' } as const;
  it.each([
    ['+45 70 40 47 07', dk, null],
    ['70 40 47 07', dk, null],
    ['0045 70404707', dk, null],
    ['+46 8 657 61 00', dk, '+46'],
    ['0046-8-6576100', dk, '+46'],
    ['+4570404707', { kind: 'country', country: 'SE' } as const, '+45'],
    ['+358 29 566 6700', { kind: 'country', country: 'FI' } as const, null],
    ['+1 (555) 010-0100', { kind: 'euEea' } as const, '+1'],
    ['+49 30 1234', { kind: 'euEea' } as const, null],
    ['+44 20 7946 0000', { kind: 'euEea' } as const, '+44'],
    ['', dk, null],
    ['+999 1234', { kind: 'country', country: 'ZZ' } as const, null],
  ])('%s for %o → %s', (phone, expected, code) => expect(mismatchedCallingCode(phone, expected)).toBe(code));
});
