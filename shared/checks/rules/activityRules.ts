import type { Wording } from '../../model/primitives';
import { LANGUAGES } from '../../i18n/languages';
import { actsAsController, type Activity } from '../../model/activity';
import { isInsideEuEea } from '../../model/countries';
import { anyText } from '../../model/localizedText';
import { formatDate } from '../../i18n/format';
import { activityPhrase, example, q } from '../format';
import { isVagueRetention } from '../heuristics';
import { defineRule, type Rule } from '../rule';
import { requirementRule } from './requirementRules';

/** Rules on an activity's content. Retired activities are not checked (see CheckContext.activities). */

type ActivityParams = { activity: Wording };

/** A "missing X" rule on an activity: its findings are the requirements table's (see requirementRules.ts). */
function activityRule(options: {
  id: Parameters<typeof defineRule>[0]['id'];
  title: Wording;
  message: Wording;
}): Rule {
  return requirementRule<ActivityParams>({
    id: options.id,
    title: options.title,
    message: {
      da: (p) => `${activityPhrase('da', p.activity)} ${options.message.da}`,
      sv: (p) => `${activityPhrase('sv', p.activity)} ${options.message.sv}`,
      en: (p) => `${activityPhrase('en', p.activity)} ${options.message.en}`,
    },
  });
}

const activityNoPurpose = activityRule({
  id: 'activity-no-purpose',
  title: { da: 'Aktivitet uden formål', sv: 'Behandling utan ändamål', en: 'Activity without purpose' },
  message: {
    da: 'har intet formål. Beskriv mindst ét formål (art. 30, stk. 1, litra b).',
    sv: 'saknar ändamål. Beskriv minst ett ändamål (artikel 30.1 b).',
    en: 'has no purpose. Describe at least one purpose (Article 30(1)(b)).',
  },
});

const activityNoDataSubjects = activityRule({
  id: 'activity-no-data-subjects',
  title: {
    da: 'Ingen kategorier af registrerede',
    sv: 'Inga kategorier av registrerade',
    en: 'No data subject categories',
  },
  message: {
    da: 'angiver ingen kategorier af registrerede (art. 30, stk. 1, litra c).',
    sv: 'anger inga kategorier av registrerade (artikel 30.1 c).',
    en: 'names no categories of data subjects (Article 30(1)(c)).',
  },
});

const activityNoDataCategories = activityRule({
  id: 'activity-no-data-categories',
  title: {
    da: 'Ingen kategorier af personoplysninger',
    sv: 'Inga kategorier av personuppgifter',
    en: 'No data categories',
  },
  message: {
    da: 'angiver ingen kategorier af personoplysninger (art. 30, stk. 1, litra c).',
    sv: 'anger inga kategorier av personuppgifter (artikel 30.1 c).',
    en: 'names no categories of personal data (Article 30(1)(c)).',
  },
});

const isBlank = (text: Activity['retention']['text']): boolean => anyText(text, LANGUAGES) === '';

const retentionMissing = activityRule({
  id: 'retention-missing',
  title: { da: 'Ingen opbevaringsperiode', sv: 'Ingen lagringstid', en: 'No retention period' },
  message: {
    da: 'har ingen opbevaringsperiode. Angiv, hvor længe oplysningerne opbevares, eller kriterierne for det (art. 13, stk. 2, litra a, og art. 30, stk. 1, litra f).',
    sv: 'saknar lagringstid. Ange hur länge uppgifterna sparas eller kriterierna för det (artikel 13.2 a och 30.1 f).',
    en: 'has no retention period. State how long the data is kept, or the criteria for it (Articles 13(2)(a) and 30(1)(f)).',
  },
});

const retentionVague = defineRule<ActivityParams & { text: Wording; jurisdiction: string }>({
  id: 'retention-vague',
  severity: 'warning',
  title: { da: 'Uklar opbevaringsperiode', sv: 'Vag lagringstid', en: 'Vague retention period' },
  message: {
    da: (p) =>
      `Opbevaringen i aktiviteten ${q('da', p.activity.da)} er uklar (${q('da', p.text.da)}): den nævner hverken en periode eller et kriterium.${example('da', 'retention', p.jurisdiction)}`,
    sv: (p) =>
      `Lagringstiden i behandlingen ${q('sv', p.activity.sv)} är vag (${q('sv', p.text.sv)}): den anger varken en tid eller ett kriterium.${example('sv', 'retention', p.jurisdiction)}`,
    en: (p) =>
      `The retention of the activity ${q('en', p.activity.en)} is vague (${q('en', p.text.en)}): it gives neither a period nor a criterion.${example('en', 'retention', p.jurisdiction)}`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (!actsAsController(activity)) continue;
      const r = activity.retention;
      if (r.period !== null || r.ruleId !== null || !isBlank(r.basis) || !isBlank(r.startEvent)) continue;
      const vague = LANGUAGES.find((language) => isVagueRetention(r.text[language] ?? ''));
      if (vague === undefined) continue;
      const item = context.activityLocation(activity);
      report({
        item,
        field: 'retention.text',
        params: { activity: item.name, text: context.names(r.text), jurisdiction: context.jurisdiction },
      });
    }
  },
});

const activityNoSecurityMeasures = activityRule({
  id: 'activity-no-security-measures',
  title: {
    da: 'Ingen sikkerhedsforanstaltninger',
    sv: 'Inga säkerhetsåtgärder',
    en: 'No security measures',
  },
  message: {
    da: 'har ingen sikkerhedsforanstaltninger tilknyttet (art. 30, stk. 1, litra g, og art. 32).',
    sv: 'har inga säkerhetsåtgärder kopplade (artikel 30.1 g och 32).',
    en: 'has no security measures linked (Articles 30(1)(g) and 32).',
  },
});

const processorActivityWithoutCustomers = activityRule({
  id: 'processor-activity-without-customers',
  title: {
    da: 'Databehandling uden kunder',
    sv: 'Biträdesbehandling utan kunder',
    en: 'Processing for no named customer',
  },
  message: {
    da: 'udføres som databehandler, men angiver ikke, hvilke dataansvarlige (kunder) den udføres for (art. 30, stk. 2, litra a).',
    sv: 'utförs som personuppgiftsbiträde men anger inte för vilka personuppgiftsansvariga (kunder) den utförs (artikel 30.2 a).',
    en: 'is carried out as a processor but does not say for which controllers (customers) (Article 30(2)(a)).',
  },
});

const manualTransferWithoutMechanism = defineRule<ActivityParams & { country: string; recipient: string }>({
  id: 'manual-transfer-without-mechanism',
  severity: 'error',
  title: {
    da: 'Overførsel uden grundlag',
    sv: 'Överföring utan mekanism',
    en: 'Transfer without mechanism',
  },
  message: {
    da: (p) =>
      `Overførslen til ${q('da', p.recipient)} (${p.country}) i aktiviteten ${q('da', p.activity.da)} har intet kendt overførselsgrundlag. Angiv en tilstrækkelighedsafgørelse, standardkontraktbestemmelser eller et andet grundlag i kapitel V.`,
    sv: (p) =>
      `Överföringen till ${q('sv', p.recipient)} (${p.country}) i behandlingen ${q('sv', p.activity.sv)} saknar känd överföringsmekanism. Ange ett beslut om adekvat skyddsnivå, standardavtalsklausuler eller en annan grund i kapitel V.`,
    en: (p) =>
      `The transfer to ${q('en', p.recipient)} (${p.country}) in the activity ${q('en', p.activity.en)} has no known transfer mechanism. State an adequacy decision, standard contractual clauses or another Chapter V safeguard.`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      activity.manualTransfers.forEach((transfer, index) => {
        if (isInsideEuEea(transfer.country) || transfer.mechanism !== 'unknown') return;
        const item = context.activityLocation(activity);
        report({
          item,
          field: `manualTransfers.${index}.mechanism`,
          params: { activity: item.name, country: transfer.country, recipient: transfer.recipient },
        });
      });
    }
  },
});

/** lastReviewed + one year, as YYYY-MM-DD (29 February rolls to 1 March). */
function oneYearAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * When the next review is due: the date set, or — with none set — a year after the last review
 * (D-mærket 1.4.1 asks for a yearly revision). Null when neither date is known.
 */
function reviewDue(activity: Activity): string | null {
  if (activity.nextReview) return activity.nextReview;
  if (activity.lastReviewed) return oneYearAfter(activity.lastReviewed);
  return null;
}

/** Review rules apply to active activities only: a draft has not been adopted yet. */
const reviewOverdue = defineRule<ActivityParams & { due: string }>({
  id: 'review-overdue',
  severity: 'warning',
  title: { da: 'Gennemgang overskredet', sv: 'Översyn försenad', en: 'Review overdue' },
  message: {
    da: (p) =>
      `${activityPhrase('da', p.activity)} skulle have været gennemgået senest ${formatDate(p.due, 'da')}. Gennemgå den, og sæt en ny dato.`,
    sv: (p) =>
      `${activityPhrase('sv', p.activity)} skulle ha setts över senast ${formatDate(p.due, 'sv')}. Se över den och ange ett nytt datum.`,
    en: (p) =>
      `${activityPhrase('en', p.activity)} was due for review by ${formatDate(p.due, 'en')}. Review it and set the next date.`,
  },
  run(context, report) {
    for (const activity of context.activities) {
      if (activity.status !== 'active') continue;
      const due = reviewDue(activity);
      if (due === null || due >= context.today) continue;
      const item = context.activityLocation(activity);
      report({ item, field: 'nextReview', params: { activity: item.name, due } });
    }
  },
});

const reviewMissing = activityRule({
  id: 'review-missing',
  title: { da: 'Aldrig gennemgået', sv: 'Aldrig översedd', en: 'Never reviewed' },
  message: {
    da: 'er aldrig blevet gennemgået, og der er ingen dato for næste gennemgang.',
    sv: 'har aldrig setts över, och det finns inget datum för nästa översyn.',
    en: 'has never been reviewed, and no next review date is set.',
  },
});

export const ACTIVITY_RULES: readonly Rule[] = [
  activityNoPurpose,
  activityNoDataSubjects,
  activityNoDataCategories,
  retentionMissing,
  retentionVague,
  activityNoSecurityMeasures,
  processorActivityWithoutCustomers,
  manualTransferWithoutMechanism,
  reviewOverdue,
  reviewMissing,
];
