import type { Language } from '../i18n/languages';
import type { Project } from '../model/project';
import { runChecks } from './engine';
import { itemPhrase, namesOf } from './format';
import { fixFor } from './projectText';
import {
  COMPLETENESS_SECTIONS,
  REQUIREMENTS,
  RequirementTargets,
  SECTION_LABELS,
  sectionOf,
  type Check,
  type CompletenessSection,
} from './requirements';
import type { Finding, FindingItem, FixTarget, Severity } from './types';
import type { Wording } from '../model/primitives';

/**
 * How complete the register is: per section (organisation, policy settings, activities, each catalog) the
 * share of required fields that are filled, the list of what is missing, and a status per activity.
 *
 * Scoring: each requirement counts once; a section's score is done / total, rounded down so that 100
 * means nothing is missing. A required catalog that is empty scores 0. The overall score is the weighted
 * mean of the applicable sections: activities 4, organisation 2, policy settings 2, each catalog 1.
 * Only the primary language counts here; translations are the missing-translation rule's business.
 */

export { COMPLETENESS_SECTIONS, SECTION_LABELS, type CompletenessSection };

const WEIGHTS: Readonly<Record<CompletenessSection, number>> = {
  organisation: 2,
  policy: 2,
  activities: 4,
  dataSubjects: 1,
  dataCategories: 1,
  sources: 1,
  recipients: 1,
  vendors: 1,
  securityMeasures: 1,
  customers: 1,
  audiences: 1,
};

interface MissingEntry {
  readonly section: CompletenessSection;
  /** Stable key of what is missing, e.g. "activity.retention" or "vendor.transferMechanism". */
  readonly requirement: string;
  /** Null when a whole section is empty (no activities, no data subject categories …). */
  readonly item: FindingItem | null;
  readonly fix: FixTarget;
  /** "Aktiviteten »Rekruttering«: opbevaringsperiode". */
  readonly label: Wording;
  /** What is missing, alone: "opbevaringsperiode". */
  readonly what: Wording;
  /** The severity of the finding that reports it. */
  readonly severity: Severity;
}

export interface SectionScore {
  readonly section: CompletenessSection;
  /** False for an optional catalog that is empty: nothing to complete, and it does not count. */
  readonly applicable: boolean;
  /** 0–100; 100 only when nothing is missing. */
  readonly score: number;
  readonly done: number;
  readonly total: number;
  readonly missing: readonly MissingEntry[];
}

type ActivityStatus = 'complete' | 'warnings' | 'errors';

export interface ActivityCompleteness {
  readonly id: string;
  readonly name: Wording;
  readonly score: number;
  /** errors: some error finding; warnings: some warning finding or something missing; else complete. */
  readonly status: ActivityStatus;
  readonly missing: readonly MissingEntry[];
  /** Its error and warning findings: with what is missing, why the status is what it is. */
  readonly findings: readonly Finding[];
}

export interface CompletenessReport {
  readonly overall: number;
  readonly sections: readonly SectionScore[];
  /** Every activity that is not retired, in register order. */
  readonly activities: readonly ActivityCompleteness[];
}

export interface CompletenessOptions {
  /** The findings of runChecks for the same project, for the activity statuses; run here when absent. */
  readonly findings?: readonly Finding[];
  /** Passed to runChecks when findings are absent; without it review deadlines are not judged. */
  readonly today?: string;
}

// ---------------------------------------------------------------------------------------------------------

/** "Aktiviteten »Rekruttering«: opbevaringsperiode", or for a whole list "Aktiviteter: intet registreret endnu". */
function label(check: Check): Wording {
  const { item } = check.target;
  const text = {} as Record<Language, string>;
  for (const language of ['da', 'sv', 'en'] as const) {
    const what =
      item.id === null && check.field === null
        ? item.name[language]
        : itemPhrase(language, item.kind, item.name);
    text[language] = `${what}: ${check.requirement.noun[language]}`;
  }
  return text;
}

function missingEntry(check: Check): MissingEntry {
  const { item } = check.target;
  return {
    section: sectionOf(check.requirement),
    requirement: check.requirement.id,
    item:
      check.requirement.scope === 'list'
        ? null
        : { kind: item.kind, id: item.id, field: check.field, name: item.name },
    fix: fixFor(item, check.field),
    label: label(check),
    what: check.requirement.noun,
    severity: check.requirement.severity,
  };
}

class Tally {
  done = 0;
  total = 0;
  readonly missing: MissingEntry[] = [];

  count(check: Check): void {
    this.total += 1;
    if (check.met) this.done += 1;
    else this.missing.push(missingEntry(check));
  }

  get score(): number {
    return this.total === 0 ? 100 : Math.floor((100 * this.done) / this.total);
  }
}

/**
 * Every requirement of the table, checked once: a tally per section, and one per activity (the activity
 * requirements and those of its purposes). A catalog counts only when something in it is required.
 */
function tallies(project: Project) {
  const targets = new RequirementTargets(project);
  const sections = new Map<CompletenessSection, Tally>(COMPLETENESS_SECTIONS.map((s) => [s, new Tally()]));
  const perActivity = new Map<string, Tally>();
  for (const requirement of REQUIREMENTS) {
    const section = sections.get(sectionOf(requirement)) as Tally;
    targets.check(requirement, (check) => {
      section.count(check);
      const { item } = check.target;
      if (item.kind !== 'activity' || item.id === null) return;
      let own = perActivity.get(item.id);
      if (!own) perActivity.set(item.id, (own = new Tally()));
      own.count(check);
    });
  }
  return { sections, perActivity };
}

/** A catalog with no entries and no requirement that it have some: nothing to complete, and it does not count. */
function sectionScore(section: CompletenessSection, tally: Tally, project: Project): SectionScore {
  const entries =
    section === 'organisation' || section === 'policy' || section === 'activities' ? null : project[section];
  return {
    section,
    applicable: entries === null || entries.length > 0 || tally.total > 0,
    score: tally.score,
    done: tally.done,
    total: tally.total,
    missing: tally.missing,
  };
}

export function completenessScore(project: Project, options: CompletenessOptions = {}): CompletenessReport {
  const primary = project.documentLanguages.primary;
  const findings = options.findings ?? runChecks(project, { today: options.today ?? '0000-00-00' });

  const byActivity = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.item.kind !== 'activity' || finding.item.id === null) continue;
    const list = byActivity.get(finding.item.id);
    if (list) list.push(finding);
    else byActivity.set(finding.item.id, [finding]);
  }

  const { sections: tallied, perActivity } = tallies(project);
  const activities: ActivityCompleteness[] = project.activities
    .filter((a) => a.status !== 'retired')
    .map((activity) => {
      const own = perActivity.get(activity.id) ?? new Tally();
      const found = byActivity.get(activity.id) ?? [];
      const worst = found.some((f) => f.severity === 'error')
        ? 'errors'
        : found.some((f) => f.severity === 'warning') || own.score < 100
          ? 'warnings'
          : 'complete';
      return {
        id: activity.id,
        name: namesOf(activity.name, primary),
        score: own.score,
        status: worst,
        missing: own.missing,
        findings: found.filter((f) => f.severity !== 'info'),
      };
    });

  const sections = COMPLETENESS_SECTIONS.map((section) =>
    sectionScore(section, tallied.get(section) as Tally, project),
  );
  let weighted = 0;
  let weights = 0;
  for (const section of sections) {
    if (!section.applicable) continue;
    weighted += section.score * WEIGHTS[section.section];
    weights += WEIGHTS[section.section];
  }
  const overall = weights === 0 ? 0 : Math.floor(weighted / weights);
  return { overall, sections, activities };
}
