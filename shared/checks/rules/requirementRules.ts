import type { Wording } from '../../model/primitives';
import type { Language } from '../../i18n/languages';
import { itemPhrase, q } from '../format';
import { citeAll, requirementById, requirementsOf, type Requirement } from '../requirements';
import { defineRule, type Rule, type RuleDefinition } from '../rule';
import type { FindingParams, ItemKind, RuleId } from '../types';

/**
 * The rules that only say "X is missing" are the requirements table's findings: a rule reports each
 * requirement of the table that names it, wherever that requirement applies and is not met. So the
 * completeness score and the findings cannot disagree (tests/unit/checks/requirements.test.ts).
 */

export function requirementRule<P extends FindingParams>(
  definition: Omit<RuleDefinition<P>, 'run' | 'severity'>,
): Rule {
  const requirements = requirementsOf(definition.id);
  const first = requirements[0];
  if (!first) throw new Error(`no requirement is reported by ${definition.id}`);
  return defineRule<P>({
    ...definition,
    severity: first.severity,
    run(context, report) {
      for (const requirement of requirements) {
        context.requirements.check(requirement, ({ met, target, field }) => {
          if (met) return;
          const { item } = target;
          const params =
            requirement.params(target.subject, item.name, context.requirements.context) ??
            missingParams(requirement, item.kind, item.name);
          report({ item, field, params: params as P });
        });
      }
    },
  });
}

/** The parameters of a plain "missing X" finding: plain JSON, so a saved report renders again later. */
type MissingParams = { kind: ItemKind; name: Wording; requirement: string };

const missingParams = (requirement: Requirement, kind: ItemKind, name: Wording): MissingParams => ({
  kind,
  name,
  requirement: requirement.id,
});

function missingMessage(language: Language, p: MissingParams): string {
  const requirement = requirementById(p.requirement);
  const noun = requirement?.noun[language] ?? p.requirement;
  const articles = requirement?.articles.length ? ` (${citeAll(language, requirement.articles)})` : '';
  const item = itemPhrase(language, p.kind, p.name);
  return {
    da: `${item} mangler ${noun}${articles}.`,
    sv: `${item} saknar ${noun}${articles}.`,
    en: `${item}: ${noun} missing${articles}.`,
  }[language];
}

/** A rule whose message is "<the item> mangler <noun> (<articles>)." in each language. */
function missingRule(id: RuleId, title: Wording): Rule {
  return requirementRule<MissingParams>({
    id,
    title,
    message: {
      da: (p) => missingMessage('da', p),
      sv: (p) => missingMessage('sv', p),
      en: (p) => missingMessage('en', p),
    },
  });
}

function emptyListMessage(language: Language, p: MissingParams): string {
  const requirement = requirementById(p.requirement);
  const articles = requirement?.articles.length ? ` (${citeAll(language, requirement.articles)})` : '';
  const list = q(language, p.name[language]);
  return {
    da: `Listen ${list} er tom. Tilføj mindst én${articles}.`,
    sv: `Listan ${list} är tom. Lägg till minst en${articles}.`,
    en: `The list ${list} is empty. Add at least one${articles}.`,
  }[language];
}

const noActivities = requirementRule<MissingParams>({
  id: 'no-activities',
  title: { da: 'Ingen aktiviteter', sv: 'Inga behandlingar', en: 'No activities' },
  message: {
    da: () =>
      'Fortegnelsen har ingen aktiviteter endnu. Registrér de behandlinger, organisationen udfører (artikel 30, stk. 1).',
    sv: () =>
      'Registret har inga behandlingar ännu. Registrera de behandlingar organisationen utför (artikel 30.1).',
    en: () =>
      'The register has no activities yet. Record the processing the organisation carries out (Article 30(1)).',
  },
});

const catalogEmpty = requirementRule<MissingParams>({
  id: 'catalog-empty',
  title: { da: 'Tom liste', sv: 'Tom lista', en: 'Empty list' },
  message: {
    da: (p) => emptyListMessage('da', p),
    sv: (p) => emptyListMessage('sv', p),
    en: (p) => emptyListMessage('en', p),
  },
});

// prettier-ignore
export const MISSING_RULES: readonly Rule[] = [
  missingRule('organisation-no-registration-number', { da: 'Organisation uden CVR-nummer', sv: 'Organisation utan organisationsnummer', en: 'Organisation without registration number' }),
  missingRule('organisation-no-country', { da: 'Organisation uden land', sv: 'Organisation utan land', en: 'Organisation without country' }),
  missingRule('privacy-email-missing', { da: 'Ingen e-mail til databeskyttelse', sv: 'Ingen e-post för dataskyddsfrågor', en: 'No privacy e-mail' }),
  missingRule('privacy-contact-no-name', { da: 'Kontaktperson uden navn', sv: 'Kontaktperson utan namn', en: 'Privacy contact without name' }),
  missingRule('policy-text-missing', { da: 'Politiktekst mangler', sv: 'Policytext saknas', en: 'Policy text missing' }),
  noActivities,
  missingRule('activity-no-name', { da: 'Aktivitet uden navn', sv: 'Behandling utan namn', en: 'Activity without name' }),
  missingRule('activity-no-description', { da: 'Aktivitet uden beskrivelse', sv: 'Behandling utan beskrivning', en: 'Activity without description' }),
  missingRule('activity-no-owner', { da: 'Aktivitet uden ansvarlig', sv: 'Behandling utan ansvarig', en: 'Activity without owner' }),
  missingRule('purpose-not-described', { da: 'Formål uden beskrivelse', sv: 'Ändamål utan beskrivning', en: 'Purpose not described' }),
  missingRule('activity-no-sources', { da: 'Ingen kilder', sv: 'Inga källor', en: 'No sources' }),
  missingRule('activity-no-audience', { da: 'Ingen politik valgt', sv: 'Ingen policy vald', en: 'No policy chosen' }),
  catalogEmpty,
  missingRule('catalog-item-no-name', { da: 'Katalogpunkt uden navn', sv: 'Katalogpost utan namn', en: 'Catalog item without name' }),
  missingRule('catalog-item-no-description', { da: 'Katalogpunkt uden beskrivelse', sv: 'Katalogpost utan beskrivning', en: 'Catalog item without description' }),
  missingRule('vendor-no-function', { da: 'Leverandør uden funktion', sv: 'Leverantör utan funktion', en: 'Vendor without function' }),
  missingRule('vendor-no-country', { da: 'Leverandør uden hjemland', sv: 'Leverantör utan hemland', en: 'Vendor without headquarters country' }),
  missingRule('vendor-no-processing-country', { da: 'Leverandør uden behandlingsland', sv: 'Leverantör utan behandlingsland', en: 'Vendor without processing country' }),
  missingRule('vendor-not-verified', { da: 'Leverandør aldrig kontrolleret', sv: 'Leverantör aldrig kontrollerad', en: 'Vendor never verified' }),
  missingRule('customer-no-registration-number', { da: 'Kunde uden CVR-nummer', sv: 'Kund utan organisationsnummer', en: 'Customer without registration number' }),
  missingRule('customer-no-dpa-reference', { da: 'Kunde uden reference til databehandleraftale', sv: 'Kund utan referens till biträdesavtal', en: 'Customer without DPA reference' }),
];
