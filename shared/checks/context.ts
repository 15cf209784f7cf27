import type { Wording } from '../model/primitives';
import type { Language } from '../i18n/languages';
import type { Activity, Purpose } from '../model/activity';
import type { Audience, DataCategory, DataSubject } from '../model/catalogs';
import type { Jurisdiction } from '../model/organisation';
import type { Project } from '../model/project';
import { namesOf } from './format';
import { activityLocation, collectProjectTexts, type ItemLocation, type ProjectTexts } from './projectText';
import { RequirementTargets } from './requirements';
import type { CheckOptions } from './types';

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * Everything the rules share, computed once per run: id maps, the activities to check, and (lazily)
 * the project's texts. Rules look things up here instead of scanning lists, which keeps a run linear.
 */
export class CheckContext {
  readonly project: Project;
  readonly options: CheckOptions;
  readonly today: string;
  readonly primary: Language;
  readonly documentLanguages: readonly Language[];
  readonly jurisdiction: Jurisdiction;
  /** Activities that are not retired: retired ones are history and are not checked. */
  readonly activities: readonly Activity[];
  readonly dataSubjects: ReadonlyMap<string, DataSubject>;
  readonly dataCategories: ReadonlyMap<string, DataCategory>;
  readonly audiences: ReadonlyMap<string, Audience>;

  private readonly activityLocations = new Map<string, ItemLocation>();
  private readonly textNames = new WeakMap<object, Wording>();
  private readonly stringNames = new Map<string, Wording>();
  private readonly categories = new Map<Activity, DataCategory[]>();
  private readonly subjects = new Map<Activity, DataSubject[]>();
  private projectTexts: ProjectTexts | undefined;
  private requirementTargets: RequirementTargets | undefined;

  constructor(project: Project, options: CheckOptions) {
    this.project = project;
    this.options = options;
    this.today = options.today;
    this.primary = project.documentLanguages.primary;
    this.documentLanguages = project.documentLanguages.languages;
    this.jurisdiction = project.organisation.jurisdiction;
    this.activities = project.activities.filter((activity) => activity.status !== 'retired');
    this.dataSubjects = byId(project.dataSubjects);
    this.dataCategories = byId(project.dataCategories);
    this.audiences = byId(project.audiences);
  }

  /** A name in every language; memoised, since many rules name the same activity or purpose. */
  names(value: Parameters<typeof namesOf>[0]): Wording {
    if (typeof value === 'string') {
      let names = this.stringNames.get(value);
      if (!names) this.stringNames.set(value, (names = namesOf(value, this.primary)));
      return names;
    }
    let names = this.textNames.get(value);
    if (!names) this.textNames.set(value, (names = namesOf(value, this.primary)));
    return names;
  }

  activityLocation(activity: Activity): ItemLocation {
    let location = this.activityLocations.get(activity.id);
    if (!location) {
      location = activityLocation(activity.id, this.names(activity.name));
      this.activityLocations.set(activity.id, location);
    }
    return location;
  }

  purposeName(purpose: Purpose): Wording {
    return this.names(purpose.description);
  }

  /** The data categories an activity touches: its list, its subject/data matrix and its recipient links. */
  categoriesOf(activity: Activity): DataCategory[] {
    const known = this.categories.get(activity);
    if (known) return known;
    const ids = new Set<string>(activity.dataCategoryIds);
    for (const link of activity.subjectData) ids.add(link.dataCategoryId);
    for (const link of activity.recipients) for (const id of link.dataCategoryIds) ids.add(id);
    const result: DataCategory[] = [];
    for (const id of ids) {
      const category = this.dataCategories.get(id);
      if (category) result.push(category);
    }
    this.categories.set(activity, result);
    return result;
  }

  /** The data subject categories of an activity: its list and its subject/data matrix. */
  subjectsOf(activity: Activity): DataSubject[] {
    const known = this.subjects.get(activity);
    if (known) return known;
    const ids = new Set<string>(activity.dataSubjectIds);
    for (const link of activity.subjectData) ids.add(link.dataSubjectId);
    const result: DataSubject[] = [];
    for (const id of ids) {
      const subject = this.dataSubjects.get(id);
      if (subject) result.push(subject);
    }
    this.subjects.set(activity, result);
    return result;
  }

  /** The requirements table's subjects (activities, purposes, catalog entries), built once on first use. */
  get requirements(): RequirementTargets {
    this.requirementTargets ??= new RequirementTargets(this.project);
    return this.requirementTargets;
  }

  /** Every user-written text, walked once on first use. */
  get texts(): ProjectTexts {
    this.projectTexts ??= collectProjectTexts(this.project);
    return this.projectTexts;
  }
}
