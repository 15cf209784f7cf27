import type { Wording } from '../../model/primitives';
import { actsAsController } from '../../model/activity';
import { activityPhrase } from '../format';
import { defineRule, type Rule } from '../rule';

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

export const DISCLOSURE_RULES: readonly Rule[] = [requirementNotAssessed, automatedDecisionsNotAssessed];
