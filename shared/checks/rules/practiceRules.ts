import { legalBasis } from '../../catalog/legalBases';
import { getVendorLibraryEntry } from '../../catalog/vendorLibrary';
import type { VendorCategory } from '../../catalog/vendorLibraryTypes';
import { formatDate } from '../../i18n/format';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { actsAsController, type Activity } from '../../model/activity';
import type { Vendor } from '../../model/catalogs';
import type { Jurisdiction } from '../../model/organisation';
import type { LocalizedText } from '../../model/primitives';
import { list, purposePhrase, q } from '../format';
import { namesStaffOrApplicants, namesTracking, saysConsentIsAsked } from '../heuristics';
import { singletonLocation } from '../projectText';
import { defineRule, type Rule } from '../rule';
import type { Wording } from '../../model/primitives';

/** Mistakes real policies make (reference §8) that the other rules do not catch. */

/** The date a year before `date`, as a string that compares correctly with other dates. */
const yearBefore = (date: string): string => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/**
 * The edition in force: the later of the policy's effective date and the edition date of the latest
 * final (not draft) policy export. More than 12 months old, it is probably no longer a true account.
 */
const policyEditionOld = defineRule<{ date: string }>({
  id: 'policy-edition-old',
  severity: 'warning',
  title: {
    da: 'Politikkens udgave er over et år gammel',
    sv: 'Policyns version är över ett år gammal',
    en: 'Policy edition more than a year old',
  },
  message: {
    da: (p) =>
      `Privatlivspolitikkens udgave er fra ${formatDate(p.date, 'da')}, mere end 12 måneder siden. Gennemgå den mindst en gang om året, så oplysningerne efter art. 13 og 14 stadig er korrekte, og giv den en ny dato.`,
    sv: (p) =>
      `Integritetspolicyns version är från ${formatDate(p.date, 'sv')}, mer än 12 månader sedan. Gå igenom den minst en gång om året så att informationen enligt artikel 13 och 14 fortfarande stämmer, och ge den ett nytt datum.`,
    en: (p) =>
      `The privacy policy's edition dates from ${formatDate(p.date, 'en')}, more than 12 months ago. Review it at least once a year so that the information under Articles 13 and 14 is still correct, and give it a new date.`,
  },
  run(context, report) {
    const editions = context.project.exportHistory
      .filter((record) => record.kind === 'policy' && !record.draft && record.editionDate !== '')
      .map((record) => record.editionDate);
    const latest = [context.project.policy.effectiveDate, ...editions].reduce((a, b) => (b > a ? b : a), '');
    if (latest === '' || latest >= yearBefore(context.today)) return;
    report({ item: singletonLocation('policy'), field: 'effectiveDate', params: { date: latest } });
  },
});

/**
 * Words that name no interest: "i både ditt och vårt intresse", "vores legitime interesse", "our legitimate
 * interest". What is left when they (and the organisation's own name) are taken out says what the interest is.
 */
const FILLER = new Set(
  [
    // da
    'i både din dit og vores vor jeres legitim legitime berettiget berettigede interesse interesser forretningsinteresse forretningsinteresser egen egne vi har en et af på grundlag baseret behandlingen ligger',
    // sv
    'i både ditt din och vårt vår våra ert berättigat berättigade intresse intressen intresseavvägning affärsintresse eget egna vi har ett en av på grund baserat behandlingen ligger',
    // en
    'in both your and our legitimate interest interests business own we have a an of on the basis based processing is lies',
  ]
    .join(' ')
    .split(' '),
);

function namesNoInterest(text: string, ownName: ReadonlySet<string>): boolean {
  const words = text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word) => FILLER.has(word) || ownName.has(word) || word.length < 3);
}

function isGeneric(value: LocalizedText, ownName: ReadonlySet<string>): boolean {
  const texts = LANGUAGES.map((language) => value[language]).filter((t): t is string => !!t?.trim());
  return texts.length > 0 && texts.every((text) => namesNoInterest(text, ownName));
}

const legitimateInterestGeneric = defineRule<{ activity: Wording; purpose: Wording; text: string }>({
  id: 'legitimate-interest-generic',
  severity: 'error',
  title: {
    da: 'Legitim interesse uden indhold',
    sv: 'Berättigat intresse utan innehåll',
    en: 'Legitimate interest that names no interest',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} hviler på legitim interesse, men ${q('da', p.text)} siger ikke, hvilken interesse det er. Politikken skal oplyse den legitime interesse, der forfølges (art. 13, stk. 1, litra d), f.eks. »at kunne sende kunder tilbud på lignende ydelser«.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} grundas på berättigat intresse, men ${q('sv', p.text)} säger inte vilket intresse det är. Policyn måste ange det berättigade intresse som eftersträvas (artikel 13.1 d), t.ex. ”att kunna skicka kunder erbjudanden om liknande tjänster”.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} relies on legitimate interest, but ${q('en', p.text)} does not say which interest. The policy must state the legitimate interest pursued (Article 13(1)(d)), e.g. “to send customers offers of similar services”.`,
  },
  run(context, report) {
    const ownName = new Set(
      context.project.organisation.legalName.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
    );
    for (const activity of context.activities) {
      if (activity.role === 'processor') continue;
      activity.purposes.forEach((purpose, index) => {
        purpose.legalBases.forEach((basis, b) => {
          if (!legalBasis(basis.code).requiresLegitimateInterestText) return;
          if (!isGeneric(basis.legitimateInterest, ownName)) return;
          report({
            item: context.activityLocation(activity),
            field: `purposes.${index}.legalBases.${b}.legitimateInterest`,
            params: {
              activity: context.activityLocation(activity).name,
              purpose: context.purposeName(purpose),
              text: context.names(basis.legitimateInterest)[context.primary],
            },
          });
        });
      });
    }
  },
});

/** Library categories whose tools set cookies or similar trackers to measure or target people. */
const TRACKING_CATEGORIES: ReadonlySet<VendorCategory> = new Set(['analytics', 'marketing']);

function isTrackingTool(vendor: Vendor): boolean {
  const entry = vendor.libraryRef ? getVendorLibraryEntry(vendor.libraryRef.id) : undefined;
  return entry !== undefined && TRACKING_CATEGORIES.has(entry.category);
}

/** The national rule on storing or reading information on a visitor's device (ePrivacy Directive Art. 5(3)). */
const COOKIE_RULE: Readonly<Partial<Record<Jurisdiction, Wording>>> = {
  DK: {
    da: 'cookiebekendtgørelsens § 3',
    sv: '§ 3 i den danska cookiebekendtgørelsen',
    en: 'section 3 of the Danish Cookie Order (cookiebekendtgørelsen)',
  },
  SE: {
    da: '9 kap. 28 § i den svenske lov om elektronisk kommunikation (2022:482)',
    sv: '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation',
    en: 'Chapter 9, Section 28 of the Swedish Electronic Communications Act (2022:482)',
  },
};
const EPRIVACY: Wording = {
  da: 'de regler, der gennemfører e-databeskyttelsesdirektivets artikel 5, stk. 3',
  sv: 'de regler som genomför artikel 5.3 i direktivet om integritet och elektronisk kommunikation',
  en: 'the rules implementing Article 5(3) of the ePrivacy Directive',
};

type TrackingParams = { activity: Wording; purpose: Wording; tools: string[]; jurisdiction: string };

function trackingMessage(language: Language, p: TrackingParams): string {
  const law = (COOKIE_RULE[p.jurisdiction as Jurisdiction] ?? EPRIVACY)[language];
  const tools = list(
    language,
    p.tools.map((tool) => q(language, tool)),
  );
  const purpose = purposePhrase(language, p.purpose, p.activity);
  return {
    da: `${purpose} hviler på legitim interesse (artikel 6, stk. 1, litra f)${tools ? ` og bruger ${tools} til statistik eller markedsføring` : ' og angår statistik eller sporing på hjemmesiden'}, men privatlivspolitikkens cookietekst siger, at der indhentes samtykke. Cookies og lignende teknologier til statistik og markedsføring kræver samtykke efter ${law}; en legitim interesse kan ikke træde i stedet. Lad formålet hvile på samtykket (artikel 6, stk. 1, litra a), så fortegnelsen og politikken siger det samme.`,
    sv: `${purpose} grundas på berättigat intresse (artikel 6.1 f)${tools ? ` och använder ${tools} för statistik eller marknadsföring` : ' och avser statistik eller spårning på webbplatsen'}, men integritetspolicyns text om kakor säger att samtycke inhämtas. Kakor och liknande tekniker för statistik och marknadsföring kräver samtycke enligt ${law}; ett berättigat intresse kan inte ersätta det. Låt ändamålet grundas på samtycket (artikel 6.1 a), så att registret och policyn säger samma sak.`,
    en: `${purpose} relies on legitimate interest (Article 6(1)(f))${tools ? ` and uses ${tools} for statistics or marketing` : ' and concerns statistics or tracking on the website'}, but the privacy policy's cookie text says consent is asked. Cookies and similar technologies for statistics and marketing need consent under ${law}; a legitimate interest cannot take its place. Base the purpose on that consent (Article 6(1)(a)), so that the register and the policy say the same.`,
  }[language];
}

/** An activity's purposes on 6(1)(f) without consent, with the index of their 6(1)(f) basis. */
function interestOnlyPurposes(activity: Activity): { index: number; basis: number }[] {
  return activity.purposes.flatMap((purpose, index) => {
    const basis = purpose.legalBases.findIndex((b) => b.code === 'art6-1-f');
    const consent = purpose.legalBases.some((b) => b.code === 'art6-1-a');
    return basis < 0 || consent ? [] : [{ index, basis }];
  });
}

/**
 * Analytics or marketing on legitimate interest while the cookie text says consent is asked: the register and
 * the policy contradict each other, and the ePrivacy rules side with the cookie text. A purpose counts when its
 * words name web analytics or tracking; a library analytics or marketing tool counts against an activity none
 * of whose purposes rests on consent (reported once, at its first purpose on 6(1)(f)). An activity with a
 * consent purpose beside the tool is taken to run the tool on that consent, as the website template does.
 * Activities only the staff's or applicants' notices describe are left out: those carry no cookie text.
 */
const trackingOnLegitimateInterest = defineRule<TrackingParams>({
  id: 'tracking-on-legitimate-interest',
  severity: 'warning',
  title: {
    da: 'Statistik eller markedsføring på legitim interesse trods cookiesamtykke',
    sv: 'Statistik eller marknadsföring på berättigat intresse trots samtycke till kakor',
    en: 'Analytics or marketing on legitimate interest despite cookie consent',
  },
  message: {
    da: (p) => trackingMessage('da', p),
    sv: (p) => trackingMessage('sv', p),
    en: (p) => trackingMessage('en', p),
  },
  run(context, report) {
    const { policy } = context.project;
    if (!policy.includeCookieSection || !saysConsentIsAsked(policy.cookieText)) return;
    const vendors = new Map(context.project.vendors.map((vendor) => [vendor.id, vendor]));
    // The staff's and applicants' notices carry no website cookie text (documents/policy/policyActivities.ts).
    const forStaff = (id: string): boolean => {
      const audience = context.audiences.get(id);
      return audience !== undefined && namesStaffOrApplicants(audience.name);
    };
    for (const activity of context.activities) {
      if (!actsAsController(activity)) continue;
      if (activity.audienceIds.length > 0 && activity.audienceIds.every(forStaff)) continue;
      const candidates = interestOnlyPurposes(activity);
      if (candidates.length === 0) continue;
      const tools = activity.vendorIds.flatMap((id) => {
        const vendor = vendors.get(id);
        return vendor && isTrackingTool(vendor) ? [vendor.name] : [];
      });
      const noConsent = !activity.purposes.some((p) => p.legalBases.some((b) => b.code === 'art6-1-a'));
      const named = candidates.filter(({ index }) => namesTracking(activity.purposes[index]!.description));
      const reported = named.length > 0 ? named : tools.length > 0 && noConsent ? candidates.slice(0, 1) : [];
      for (const { index, basis } of reported) {
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${basis}`,
          params: {
            activity: context.activityLocation(activity).name,
            purpose: context.purposeName(activity.purposes[index]!),
            tools,
            jurisdiction: context.jurisdiction,
          },
        });
      }
    }
  },
});

export const PRACTICE_RULES: readonly Rule[] = [
  policyEditionOld,
  legitimateInterestGeneric,
  trackingOnLegitimateInterest,
];
