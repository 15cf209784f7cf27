import type { Wording } from '../model/primitives';
import type { Language } from '../i18n/languages';
import type { CheckContext } from './context';
import type { ItemLocation } from './projectText';
import type { FindingParams, RuleId, Severity } from './types';

/** What a rule reports: the item, the field inside it, and the parameters its message is built from. */
interface Report<P extends FindingParams> {
  readonly item: ItemLocation;
  readonly field: string | null;
  readonly params: P;
  /** Distinguishes two findings of one rule on the same field (e.g. two outdated markers in one text). */
  readonly discriminator?: string;
}

export interface RuleDefinition<P extends FindingParams> {
  readonly id: RuleId;
  readonly severity: Severity;
  /** A short name of the rule, e.g. for a filter in the findings list. */
  readonly title: Wording;
  /** The message, naming the item, as a function of the finding's parameters. */
  readonly message: { readonly [L in Language]: (params: P) => string };
  /** Must stay linear in the size of the project: look things up in the context's maps. */
  readonly run: (context: CheckContext, report: (finding: Report<P>) => void) => void;
}

/** A rule with its parameter type erased, as the engine holds it. */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: Wording;
  render(params: FindingParams, language: Language): string;
  run(context: CheckContext, report: (finding: Report<FindingParams>) => void): void;
}

export function defineRule<P extends FindingParams>(definition: RuleDefinition<P>): Rule {
  return {
    id: definition.id,
    severity: definition.severity,
    title: definition.title,
    // The engine only ever passes a rule the parameters that same rule reported.
    render: (params, language) => definition.message[language](params as P),
    run: (context, report) => definition.run(context, report),
  };
}
