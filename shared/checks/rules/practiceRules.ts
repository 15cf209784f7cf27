import { legalBasis } from '../../catalog/legalBases';
import { formatDate } from '../../i18n/format';
import { LANGUAGES } from '../../i18n/languages';
import type { LocalizedText } from '../../model/primitives';
import { purposePhrase, q } from '../format';
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

export const PRACTICE_RULES: readonly Rule[] = [policyEditionOld, legitimateInterestGeneric];
