import type { Wording } from '../../model/primitives';
import { legalBasis } from '../../catalog/legalBases';
import type { LegalBasisScope } from '../../catalog/legalCatalogTypes';
import { JURISDICTION_LABELS, REQUIREMENT_KIND_LABELS } from '../../model/vocabulary';
import { LANGUAGES } from '../../i18n/languages';
import {
  actsAsController,
  type Activity,
  type LegalBasisRef,
  type Purpose,
  type RequirementKind,
} from '../../model/activity';
import type { DataCategoryKind } from '../../model/catalogs';
import type { LegalBasisCode } from '../../model/legalBasisCodes';
import { anyText } from '../../model/localizedText';
import type { Jurisdiction } from '../../model/organisation';
import type { CheckContext } from '../context';
import { activityPhrase, cite, citeAll, example, list, plural, purposePhrase, q } from '../format';
import { mentionsStatute, namesOwnEmployees, speaksOfInterest } from '../heuristics';
import { defineRule, type Rule } from '../rule';
import { requirementRule } from './requirementRules';

/**
 * Rules on purposes and legal bases. They apply to activities carried out as controller or joint
 * controller: as a processor, the legal basis is the controller's (Art. 28(3)(a)), and Art. 30(2)
 * does not ask for it.
 */

type PurposeParams = { activity: Wording; purpose: Wording };

function eachControllerPurpose(
  context: CheckContext,
  visit: (activity: Activity, purpose: Purpose, index: number) => void,
): void {
  for (const activity of context.activities) {
    if (activity.role === 'processor') continue;
    activity.purposes.forEach((purpose, index) => visit(activity, purpose, index));
  }
}

function purposeParams(context: CheckContext, activity: Activity, purpose: Purpose): PurposeParams {
  return { activity: context.activityLocation(activity).name, purpose: context.purposeName(purpose) };
}

const isArt6 = (ref: LegalBasisRef): boolean => legalBasis(ref.code).group === 'art6';
const isEmpty = (text: LegalBasisRef['note']): boolean => anyText(text, LANGUAGES) === '';

const purposeNoLegalBasis = requirementRule<PurposeParams & { others: string[] }>({
  id: 'purpose-no-legal-basis',
  title: {
    da: 'Formål uden behandlingsgrundlag',
    sv: 'Ändamål utan rättslig grund',
    en: 'Purpose without legal basis',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} har intet behandlingsgrundlag efter artikel 6, stk. 1. ` +
      (p.others.length
        ? `${citeAll('da', p.others)} er ikke nok alene: det gælder i tillæg til et grundlag i artikel 6.`
        : 'Vælg det grundlag, behandlingen hviler på.'),
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} saknar rättslig grund enligt artikel 6.1. ` +
      (p.others.length
        ? `${citeAll('sv', p.others)} räcker inte ensamt: det gäller utöver en grund i artikel 6.`
        : 'Välj den grund som behandlingen vilar på.'),
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} has no legal basis under Article 6(1). ` +
      (p.others.length
        ? `${citeAll('en', p.others)} is not enough on its own: it applies on top of an Article 6 basis.`
        : 'Choose the basis the processing rests on.'),
  },
});

const legitimateInterestNotDescribed = defineRule<PurposeParams>({
  id: 'legitimate-interest-not-described',
  severity: 'error',
  title: {
    da: 'Legitim interesse uden beskrivelse',
    sv: 'Berättigat intresse utan beskrivning',
    en: 'Legitimate interest not described',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} hviler på legitim interesse (art. 6, stk. 1, litra f), men interessen er ikke beskrevet. Politikken skal sige, hvilken interesse der forfølges (art. 13, stk. 1, litra d).`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} grundas på berättigat intresse (artikel 6.1 f), men intresset är inte beskrivet. Policyn måste ange vilket intresse som eftersträvas (artikel 13.1 d).`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} relies on legitimate interest (Article 6(1)(f)), but the interest is not described. The policy must state the interest pursued (Article 13(1)(d)).`,
  },
  run(context, report) {
    eachControllerPurpose(context, (activity, purpose, index) => {
      purpose.legalBases.forEach((basis, b) => {
        if (!legalBasis(basis.code).requiresLegitimateInterestText || !isEmpty(basis.legitimateInterest))
          return;
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${b}.legitimateInterest`,
          params: purposeParams(context, activity, purpose),
        });
      });
    });
  },
});

/** Bases whose own names speak of an interest (6(1)(d) vital, 6(1)(e) public) are left out. */
const INTEREST_MISCITED: ReadonlySet<LegalBasisCode> = new Set(['art6-1-a', 'art6-1-b', 'art6-1-c']);

const interestUnderWrongBasis = defineRule<PurposeParams & { code: string }>({
  id: 'interest-under-wrong-basis',
  severity: 'warning',
  title: {
    da: 'Interesse angivet under forkert grundlag',
    sv: 'Intresse angivet under fel grund',
    en: 'Interest cited under the wrong basis',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} beskriver en interesse, men henviser til ${cite('da', p.code)}. Forfølger I en legitim interesse, er grundlaget art. 6, stk. 1, litra f – med interessen beskrevet.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} beskriver ett intresse men hänvisar till ${cite('sv', p.code)}. Om ni eftersträvar ett berättigat intresse är grunden artikel 6.1 f – med intresset beskrivet.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} describes an interest but cites ${cite('en', p.code)}. If you pursue a legitimate interest, the basis is Article 6(1)(f), with the interest described.`,
  },
  run(context, report) {
    eachControllerPurpose(context, (activity, purpose, index) => {
      purpose.legalBases.forEach((basis, b) => {
        if (!INTEREST_MISCITED.has(basis.code)) return;
        if (!speaksOfInterest(basis.note) && !speaksOfInterest(basis.legitimateInterest)) return;
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${b}`,
          params: { ...purposeParams(context, activity, purpose), code: basis.code },
        });
      });
    });
  },
});

/**
 * Consent of employees: the activity's data subject categories, or the policy audiences it appears in,
 * name the organisation's own staff in some language (see heuristics.namesOwnEmployees).
 */
const consentForEmployees = defineRule<PurposeParams & { subject: Wording }>({
  id: 'consent-for-employees',
  severity: 'warning',
  title: {
    da: 'Samtykke fra medarbejdere',
    sv: 'Samtycke från anställda',
    en: 'Consent from employees',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} hviler på samtykke, men angår medarbejdere (${q('da', p.subject.da)}). En ansats samtykke er sjældent frivilligt på grund af afhængighedsforholdet til arbejdsgiveren; vælg som regel et andet grundlag, f.eks. kontrakt eller retlig forpligtelse.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} grundas på samtycke men gäller anställda (${q('sv', p.subject.sv)}). En anställds samtycke är sällan frivilligt på grund av beroendeställningen till arbetsgivaren; välj i regel en annan grund, t.ex. avtal eller rättslig förpliktelse.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} relies on consent but concerns employees (${q('en', p.subject.en)}). An employee's consent is rarely freely given, given the dependence on the employer; usually choose another basis, such as contract or legal obligation.`,
  },
  run(context, report) {
    const employeeAudiences = new Map<string, Wording>();
    for (const audience of context.audiences.values()) {
      if (namesOwnEmployees(audience.name)) employeeAudiences.set(audience.id, context.names(audience.name));
    }
    const employeeSubjects = new Map<string, Wording>();
    for (const subject of context.dataSubjects.values()) {
      if (namesOwnEmployees(subject.name)) employeeSubjects.set(subject.id, context.names(subject.name));
    }
    eachControllerPurpose(context, (activity, purpose, index) => {
      const b = purpose.legalBases.findIndex((basis) => legalBasis(basis.code).isConsent);
      if (b < 0) return;
      const subject =
        context
          .subjectsOf(activity)
          .map((s) => employeeSubjects.get(s.id))
          .find((names) => names !== undefined) ??
        activity.audienceIds.map((id) => employeeAudiences.get(id)).find((names) => names !== undefined);
      if (!subject) return;
      report({
        item: context.activityLocation(activity),
        field: `purposes.${index}.legalBases.${b}`,
        params: { ...purposeParams(context, activity, purpose), subject },
      });
    });
  },
});

const consentMixedWithOtherBasis = defineRule<PurposeParams & { others: string[] }>({
  id: 'consent-mixed-with-other-basis',
  severity: 'warning',
  title: {
    da: 'Samtykke blandet med andre grundlag',
    sv: 'Samtycke blandat med andra grunder',
    en: 'Consent mixed with other bases',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} nævner samtykke sammen med ${citeAll('da', p.others)}. Et samtykke kan trækkes tilbage; hviler behandlingen i virkeligheden på et andet grundlag, er det vildledende at bede om samtykke. Vælg ét grundlag pr. formål, eller del formålet op.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} anger samtycke tillsammans med ${citeAll('sv', p.others)}. Ett samtycke kan återkallas; vilar behandlingen i själva verket på en annan grund är det vilseledande att be om samtycke. Välj en grund per ändamål eller dela upp ändamålet.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} cites consent together with ${citeAll('en', p.others)}. Consent can be withdrawn; if the processing really rests on another basis, asking for consent misleads. Choose one basis per purpose, or split the purpose.`,
  },
  run(context, report) {
    eachControllerPurpose(context, (activity, purpose, index) => {
      const art6 = purpose.legalBases.filter(isArt6);
      if (!art6.some((basis) => basis.code === 'art6-1-a')) return;
      const others = [...new Set(art6.map((b) => b.code).filter((code) => code !== 'art6-1-a'))];
      if (others.length === 0) return;
      report({
        item: context.activityLocation(activity),
        field: `purposes.${index}.legalBases`,
        params: { ...purposeParams(context, activity, purpose), others },
      });
    });
  },
});

/** Answers to Art. 13(2)(e) that say the data subject must provide the data for a contract. */
const FOR_A_CONTRACT: ReadonlySet<RequirementKind> = new Set(['contractual', 'contractPrerequisite']);

/**
 * Consent (6(1)(a)) as the basis where the register itself says the data is needed for a contract: its answer
 * to Art. 13(2)(e) is "contractual requirement" or "needed to enter a contract". Art. 7(4): consent is not
 * freely given when the contract or the requested service depends on it. An activity with a purpose on
 * 6(1)(b) is left out, since its consent purpose may be an extra the contract does not depend on (a
 * newsletter); consent beside another basis in one purpose is consent-mixed-with-other-basis's finding.
 */
const consentForContract = defineRule<PurposeParams & { requirement: RequirementKind }>({
  id: 'consent-for-contract',
  severity: 'warning',
  title: {
    da: 'Samtykke, hvor aftalen kræver oplysningerne',
    sv: 'Samtycke där avtalet kräver uppgifterna',
    en: 'Consent where the contract needs the data',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} hviler på samtykke (artikel 6, stk. 1, litra a), men aktiviteten angiver, at oplysningerne kræves for en aftale (${q('da', REQUIREMENT_KIND_LABELS[p.requirement].da)}). Et samtykke er ikke frivilligt, når opfyldelsen af en aftale eller en ydelse, den registrerede har bedt om, gøres afhængig af det (artikel 7, stk. 4). Er behandlingen nødvendig for aftalen eller for skridt, den registrerede har bedt om, før aftalen indgås, er grundlaget artikel 6, stk. 1, litra b; er den ikke, skal aftalen kunne indgås uden samtykket.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} grundas på samtycke (artikel 6.1 a), men behandlingen anger att uppgifterna krävs för ett avtal (${q('sv', REQUIREMENT_KIND_LABELS[p.requirement].sv)}). Ett samtycke är inte frivilligt när fullgörandet av ett avtal eller en tjänst som den registrerade har begärt görs beroende av det (artikel 7.4). Är behandlingen nödvändig för avtalet eller för åtgärder som den registrerade har begärt innan avtalet ingås, är grunden artikel 6.1 b; är den inte det, ska avtalet kunna ingås utan samtycket.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} relies on consent (Article 6(1)(a)), but the activity says the data is required for a contract (${q('en', REQUIREMENT_KIND_LABELS[p.requirement].en)}). Consent is not freely given when the performance of a contract, or a service the data subject asked for, is made conditional on it (Article 7(4)). If the processing is necessary for the contract, or for steps the data subject asked for before entering into it, the basis is Article 6(1)(b); if it is not, the contract must be available without the consent.`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (!actsAsController(activity) || !FOR_A_CONTRACT.has(activity.requirement.kind)) continue;
      if (activity.purposes.some((purpose) => purpose.legalBases.some((b) => b.code === 'art6-1-b')))
        continue;
      activity.purposes.forEach((purpose, index) => {
        const b = purpose.legalBases.findIndex((basis) => basis.code === 'art6-1-a');
        if (b < 0 || purpose.legalBases.some((basis) => isArt6(basis) && basis.code !== 'art6-1-a')) return;
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${b}`,
          params: { ...purposeParams(context, activity, purpose), requirement: activity.requirement.kind },
        });
      });
    }
  },
});

/** A block this large, repeated verbatim under several purposes, is a pasted list, not a per-purpose choice. */
const PASTED_BLOCK_SIZE = 3;

const legalBasesPasted = defineRule<PurposeParams & { codes: string[]; others: number }>({
  id: 'legal-bases-pasted',
  severity: 'warning',
  title: {
    da: 'Samme grundlag indsat under flere formål',
    sv: 'Samma grunder inklistrade under flera ändamål',
    en: 'Same bases pasted under several purposes',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} har samme blok af ${p.codes.length} behandlingsgrundlag (${citeAll('da', p.codes)}) som ${p.others} ${plural(p.others, 'andet formål', 'andre formål')}. Hvert formål skal have det grundlag, der faktisk gælder for netop det.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} har samma block av ${p.codes.length} rättsliga grunder (${citeAll('sv', p.codes)}) som ${p.others} ${plural(p.others, 'annat ändamål', 'andra ändamål')}. Varje ändamål ska ha den grund som faktiskt gäller för just det.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} carries the same block of ${p.codes.length} legal bases (${citeAll('en', p.codes)}) as ${p.others} other ${plural(p.others, 'purpose', 'purposes')}. Each purpose needs the basis that actually applies to it.`,
  },
  run(context, report) {
    const groups = new Map<string, { activity: Activity; purpose: Purpose; index: number }[]>();
    const codesOf = new Map<string, string[]>();
    eachControllerPurpose(context, (activity, purpose, index) => {
      const codes = [...new Set(purpose.legalBases.map((b) => b.code))].sort();
      if (codes.length < PASTED_BLOCK_SIZE) return;
      const key = codes.join(' ');
      codesOf.set(key, codes);
      const group = groups.get(key) ?? [];
      group.push({ activity, purpose, index });
      groups.set(key, group);
    });
    for (const [key, group] of groups) {
      if (group.length < 2) continue;
      const codes = codesOf.get(key) ?? [];
      for (const { activity, purpose, index } of group) {
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases`,
          params: { ...purposeParams(context, activity, purpose), codes, others: group.length - 1 },
        });
      }
    }
  },
});

const legalBasisWithoutStatute = defineRule<PurposeParams & { code: string; jurisdiction: string }>({
  id: 'legal-basis-without-statute',
  severity: 'warning',
  title: {
    da: 'Lovhjemmel ikke nævnt',
    sv: 'Lagstöd inte angivet',
    en: 'Statute not named',
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} henviser til ${cite('da', p.code)}, men noten nævner ikke den lov, forpligtelsen eller hjemlen følger af. Skriv lovens navn og paragraf i noten.${example('da', 'statute', p.jurisdiction)}`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} hänvisar till ${cite('sv', p.code)}, men anteckningen anger inte den lag som förpliktelsen eller stödet följer av. Skriv lagens namn och paragraf i anteckningen.${example('sv', 'statute', p.jurisdiction)}`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} cites ${cite('en', p.code)}, but its note does not name the law the obligation or authority comes from. Name the act and section in the note.${example('en', 'statute', p.jurisdiction)}`,
  },
  run(context, report) {
    eachControllerPurpose(context, (activity, purpose, index) => {
      // A national provision cited alongside names the law for the scope it covers (e.g. § 8 for Art. 10).
      const nationalScopes = new Set<LegalBasisScope>();
      for (const basis of purpose.legalBases) {
        const entry = legalBasis(basis.code);
        if (entry.group === 'national') for (const scope of entry.covers) nationalScopes.add(scope);
      }
      purpose.legalBases.forEach((basis, b) => {
        const entry = legalBasis(basis.code);
        if (!entry.requiresStatuteNote) return;
        if (entry.covers.some((scope) => nationalScopes.has(scope))) return;
        if (LANGUAGES.some((language) => mentionsStatute(basis.note[language] ?? ''))) return;
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${b}.note`,
          params: {
            ...purposeParams(context, activity, purpose),
            code: basis.code,
            jurisdiction: context.jurisdiction,
          },
        });
      });
    });
  },
});

// ---------------------------------------------------------------------------------------------------------
// Special, criminal and national-ID data: activity-level, since data categories belong to the activity.

type DataParams = { activity: Wording; categories: Wording[] };

function categoriesOfKind(context: CheckContext, activity: Activity, kind: DataCategoryKind): Wording[] {
  return context
    .categoriesOf(activity)
    .filter((category) => category.kind === kind)
    .map((category) => context.names(category.name));
}

function citesScope(activity: Activity, scope: LegalBasisScope, jurisdiction?: Jurisdiction): boolean {
  return activity.purposes.some((purpose) =>
    purpose.legalBases.some((basis) => {
      const entry = legalBasis(basis.code);
      return (
        entry.covers.includes(scope) && (jurisdiction === undefined || entry.jurisdiction === jurisdiction)
      );
    }),
  );
}

function firstPurposeField(activity: Activity, test: (code: LegalBasisCode) => boolean): string {
  for (const [p, purpose] of activity.purposes.entries()) {
    const b = purpose.legalBases.findIndex((basis) => test(basis.code));
    if (b >= 0) return `purposes.${p}.legalBases.${b}`;
  }
  return 'purposes';
}

const names = (language: 'da' | 'sv' | 'en', categories: Wording[]): string =>
  list(
    language,
    categories.map((c) => q(language, c[language])),
  );

const specialDataWithoutCondition = defineRule<DataParams>({
  id: 'special-data-without-condition',
  severity: 'error',
  title: {
    da: 'Følsomme oplysninger uden undtagelse i art. 9',
    sv: 'Känsliga uppgifter utan undantag i art. 9',
    en: 'Special data without an Art. 9 condition',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} behandler særlige kategorier af personoplysninger (${names('da', p.categories)}), men intet formål angiver en betingelse i artikel 9, stk. 2, eller en national hjemmel. Uden den er behandlingen forbudt (art. 9, stk. 1).`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} omfattar känsliga personuppgifter (${names('sv', p.categories)}), men inget ändamål anger ett undantag i artikel 9.2 eller ett nationellt lagstöd. Utan det är behandlingen förbjuden (artikel 9.1).`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} processes special categories of personal data (${names('en', p.categories)}), but no purpose cites an Article 9(2) condition or a national provision. Without one the processing is prohibited (Article 9(1)).`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (activity.role === 'processor') continue;
      const categories = categoriesOfKind(context, activity, 'special');
      if (categories.length === 0 || citesScope(activity, 'special')) continue;
      report({
        item: context.activityLocation(activity),
        field: 'purposes',
        params: { activity: context.activityLocation(activity).name, categories },
      });
    }
  },
});

const art9WithoutSpecialData = defineRule<{ activity: Wording; codes: string[] }>({
  id: 'art9-without-special-data',
  severity: 'warning',
  title: {
    da: 'Art. 9 nævnt uden følsomme oplysninger',
    sv: 'Art. 9 angiven utan känsliga uppgifter',
    en: 'Art. 9 cited without special data',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} henviser til ${citeAll('da', p.codes)}, men behandler ingen særlige kategorier af personoplysninger. Artikel 9 gælder kun følsomme oplysninger: fjern henvisningen, eller marker de følsomme oplysningskategorier.`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} hänvisar till ${citeAll('sv', p.codes)} men omfattar inga känsliga personuppgifter. Artikel 9 gäller bara känsliga uppgifter: ta bort hänvisningen eller markera de känsliga personuppgiftskategorierna.`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} cites ${citeAll('en', p.codes)} but processes no special categories of personal data. Article 9 only applies to sensitive data: remove the reference, or mark the sensitive data categories.`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (activity.role === 'processor') continue;
      const codes = new Set<string>();
      for (const purpose of activity.purposes)
        for (const basis of purpose.legalBases)
          if (legalBasis(basis.code).group === 'art9') codes.add(basis.code);
      if (codes.size === 0 || categoriesOfKind(context, activity, 'special').length > 0) continue;
      report({
        item: context.activityLocation(activity),
        field: firstPurposeField(activity, (code) => legalBasis(code).group === 'art9'),
        params: { activity: context.activityLocation(activity).name, codes: [...codes] },
      });
    }
  },
});

/** The national provision to suggest, per jurisdiction. */
const NATIONAL_FOR: Readonly<
  Record<'criminal' | 'nationalId', Partial<Record<Jurisdiction, LegalBasisCode>>>
> = {
  criminal: { DK: 'dk-dbl-8', SE: 'se-dsl-3-8' },
  nationalId: { DK: 'dk-dbl-11', SE: 'se-dsl-3-10' },
};

const criminalDataWithoutBasis = defineRule<DataParams & { suggestion: string | null }>({
  id: 'criminal-data-without-basis',
  severity: 'error',
  title: {
    da: 'Strafbare forhold uden hjemmel',
    sv: 'Lagöverträdelser utan lagstöd',
    en: 'Criminal data without a basis',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} behandler oplysninger om strafbare forhold (${names('da', p.categories)}), men intet formål angiver en hjemmel efter artikel 10${p.suggestion ? ` (for jer: ${cite('da', p.suggestion)})` : ''}.`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} omfattar personuppgifter om lagöverträdelser (${names('sv', p.categories)}), men inget ändamål anger stöd enligt artikel 10${p.suggestion ? ` (för er: ${cite('sv', p.suggestion)})` : ''}.`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} processes criminal offence data (${names('en', p.categories)}), but no purpose cites a basis under Article 10${p.suggestion ? ` (for you: ${cite('en', p.suggestion)})` : ''}.`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (activity.role === 'processor') continue;
      const categories = categoriesOfKind(context, activity, 'criminal');
      if (categories.length === 0 || citesScope(activity, 'criminal')) continue;
      report({
        item: context.activityLocation(activity),
        field: 'purposes',
        params: {
          activity: context.activityLocation(activity).name,
          categories,
          suggestion: NATIONAL_FOR.criminal[context.jurisdiction] ?? null,
        },
      });
    }
  },
});

/**
 * CPR / personnummer: in Denmark § 11 of databeskyttelsesloven governs every processing (consent included);
 * in Sweden 3 kap. 10 § governs processing without consent, so consent (6(1)(a)) also satisfies the rule.
 * Other jurisdictions: not checked (the catalog holds no national provision for them).
 */
const nationalIdWithoutBasis = defineRule<DataParams & { code: string }>({
  id: 'national-id-without-basis',
  severity: 'error',
  title: {
    da: 'Personnumre uden national hjemmel',
    sv: 'Personnummer utan nationellt lagstöd',
    en: 'National ID numbers without the national basis',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} behandler personnumre (${names('da', p.categories)}), men intet formål angiver ${cite('da', p.code)}, som regulerer, hvornår de må behandles.`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} omfattar personnummer (${names('sv', p.categories)}), men inget ändamål anger ${cite('sv', p.code)}, som reglerar när de får behandlas.`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} processes national identification numbers (${names('en', p.categories)}), but no purpose cites ${cite('en', p.code)}, which governs when they may be processed.`,
  },
  run(context, report) {
    const code = NATIONAL_FOR.nationalId[context.jurisdiction];
    if (!code) return;
    for (const activity of context.activities) {
      if (activity.role === 'processor') continue;
      const categories = categoriesOfKind(context, activity, 'nationalId');
      if (categories.length === 0 || citesScope(activity, 'nationalId', context.jurisdiction)) continue;
      const consented =
        context.jurisdiction === 'SE' &&
        activity.purposes.some((purpose) => purpose.legalBases.some((b) => b.code === 'art6-1-a'));
      if (consented) continue;
      report({
        item: context.activityLocation(activity),
        field: 'purposes',
        params: { activity: context.activityLocation(activity).name, categories, code },
      });
    }
  },
});

const nationalBasisOtherJurisdiction = defineRule<
  PurposeParams & { code: string; basisJurisdiction: string; jurisdiction: Jurisdiction }
>({
  id: 'national-basis-other-jurisdiction',
  severity: 'warning',
  title: {
    da: 'Nationale regler fra et andet land',
    sv: 'Nationella regler från ett annat land',
    en: "Another country's national rules",
  },
  message: {
    da: (p) =>
      `${purposePhrase('da', p.purpose, p.activity)} henviser til ${cite('da', p.code)}, en regel i ${jurisdictionName('da', p.basisJurisdiction)}, men organisationens jurisdiktion er ${q('da', jurisdictionName('da', p.jurisdiction))}. Brug de nationale regler i organisationens eget land.`,
    sv: (p) =>
      `${purposePhrase('sv', p.purpose, p.activity)} hänvisar till ${cite('sv', p.code)}, en regel i ${jurisdictionName('sv', p.basisJurisdiction)}, men organisationens jurisdiktion är ${q('sv', jurisdictionName('sv', p.jurisdiction))}. Använd de nationella reglerna i organisationens eget land.`,
    en: (p) =>
      `${purposePhrase('en', p.purpose, p.activity)} cites ${cite('en', p.code)}, a rule of ${jurisdictionName('en', p.basisJurisdiction)}, but the organisation's jurisdiction is ${q('en', jurisdictionName('en', p.jurisdiction))}. Use the national rules of the organisation's own country.`,
  },
  run(context, report) {
    eachControllerPurpose(context, (activity, purpose, index) => {
      purpose.legalBases.forEach((basis, b) => {
        const entry = legalBasis(basis.code);
        if (entry.jurisdiction === null || entry.jurisdiction === context.jurisdiction) return;
        report({
          item: context.activityLocation(activity),
          field: `purposes.${index}.legalBases.${b}`,
          params: {
            ...purposeParams(context, activity, purpose),
            code: basis.code,
            basisJurisdiction: entry.jurisdiction,
            jurisdiction: context.jurisdiction,
          },
        });
      });
    });
  },
});

function jurisdictionName(language: 'da' | 'sv' | 'en', jurisdiction: string): string {
  const labels = JURISDICTION_LABELS as Record<string, Record<'da' | 'sv' | 'en', string>>;
  return labels[jurisdiction]?.[language] ?? jurisdiction;
}

export const LEGAL_BASIS_RULES: readonly Rule[] = [
  purposeNoLegalBasis,
  legitimateInterestNotDescribed,
  interestUnderWrongBasis,
  consentForEmployees,
  consentMixedWithOtherBasis,
  consentForContract,
  legalBasesPasted,
  legalBasisWithoutStatute,
  specialDataWithoutCondition,
  art9WithoutSpecialData,
  criminalDataWithoutBasis,
  nationalIdWithoutBasis,
  nationalBasisOtherJurisdiction,
];
