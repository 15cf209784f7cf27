import type { Wording } from '../../model/primitives';
import { actsAsController } from '../../model/activity';
import type { Language } from '../../i18n/languages';
import { activityPhrase } from '../format';
import { requirementById } from '../requirements';
import { defineRule, type Rule } from '../rule';
import { requirementRule } from './requirementRules';

/**
 * Answers the policy must give and the register must not default: "not assessed" prints nothing, so the
 * policy is silent on a point the law asks it to cover until the user chooses.
 */

type ActivityParams = { activity: Wording };

const requirementNotAssessed = defineRule<ActivityParams>({
  id: 'requirement-not-assessed',
  severity: 'warning',
  title: {
    da: 'Pligt til at give oplysninger ikke vurderet',
    sv: 'Skyldighet att lämna uppgifter inte bedömd',
    en: 'Obligation to provide data not assessed',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} indsamler oplysninger hos den registrerede, men det er ikke angivet, om vedkommende har pligt til at give dem (lovkrav, aftalekrav, nødvendigt for at indgå en aftale eller frivilligt). Privatlivspolitikken skal oplyse det (art. 13, stk. 2, litra e).`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} samlar in uppgifter från den registrerade, men det är inte angivet om personen är skyldig att lämna dem (lagkrav, avtalskrav, nödvändigt för att ingå ett avtal eller frivilligt). Integritetspolicyn ska upplysa om det (artikel 13.2 e).`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} collects data from the data subject, but does not say whether they must provide it (required by law, by contract, to enter a contract, or voluntary). The privacy policy must say so (Article 13(2)(e)).`,
  },
  run(context, report) {
    const fromSubject = new Set(
      context.project.sources.filter((s) => s.kind === 'dataSubject').map((s) => s.id),
    );
    for (const activity of context.activities) {
      if (!actsAsController(activity) || activity.requirement.kind !== 'notAssessed') continue;
      if (!activity.sourceIds.some((id) => fromSubject.has(id))) continue;
      const item = context.activityLocation(activity);
      report({ item, field: 'requirement.kind', params: { activity: item.name } });
    }
  },
});

const automatedDecisionsNotAssessed = defineRule<ActivityParams>({
  id: 'automated-decisions-not-assessed',
  severity: 'warning',
  title: {
    da: 'Automatiske afgørelser ikke vurderet',
    sv: 'Automatiserade beslut inte bedömda',
    en: 'Automated decisions not assessed',
  },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} angiver ikke, om der træffes automatiske afgørelser, herunder profilering. Privatlivspolitikken skal oplyse det (art. 13, stk. 2, litra f, og art. 14, stk. 2, litra g).`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} anger inte om automatiserade beslut, inbegripet profilering, fattas. Integritetspolicyn ska upplysa om det (artikel 13.2 f och 14.2 g).`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} does not say whether automated decisions, including profiling, are made. The privacy policy must say so (Articles 13(2)(f) and 14(2)(g)).`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (!actsAsController(activity) || activity.automatedDecisions.status !== 'notAssessed') continue;
      const item = context.activityLocation(activity);
      report({ item, field: 'automatedDecisions.status', params: { activity: item.name } });
    }
  },
});

/** The requirements table's parameters: the activity's name and which of the two explanations is missing. */
type ExplanationParams = { name: Wording; requirement: string };

function missingExplanation(language: Language, p: ExplanationParams): string {
  const noun = requirementById(p.requirement)?.noun[language] ?? p.requirement;
  const activity = activityPhrase(language, p.name);
  return {
    da: `${activity} træffer automatiske afgørelser, herunder profilering, men angiver ikke ${noun}. Privatlivspolitikken skal give disse oplysninger, når automatiske afgørelser anvendes (artikel 13, stk. 2, litra f, og artikel 14, stk. 2, litra g).`,
    sv: `${activity} fattar automatiserade beslut, inbegripet profilering, men anger inte ${noun}. Integritetspolicyn ska ge den informationen när automatiserat beslutsfattande används (artikel 13.2 f och 14.2 g).`,
    en: `${activity} makes automated decisions, including profiling, but does not state ${noun}. The privacy policy must give this information where automated decision-making is used (Articles 13(2)(f) and 14(2)(g)).`,
  }[language];
}

/** "Used" is chosen: the logic involved and the significance and consequences are the requirements table's. */
const automatedDecisionsNotExplained = requirementRule<ExplanationParams>({
  id: 'automated-decisions-not-explained',
  title: {
    da: 'Automatiske afgørelser uden forklaring',
    sv: 'Automatiserade beslut utan förklaring',
    en: 'Automated decisions not explained',
  },
  message: {
    da: (p) => missingExplanation('da', p),
    sv: (p) => missingExplanation('sv', p),
    en: (p) => missingExplanation('en', p),
  },
});

export const DISCLOSURE_RULES: readonly Rule[] = [
  requirementNotAssessed,
  automatedDecisionsNotAssessed,
  automatedDecisionsNotExplained,
];
