import type { Language } from '../../i18n/languages';
import type { Activity } from '../activity';
import type {
  Audience,
  Customer,
  DataCategory,
  DataSubject,
  Recipient,
  SecurityMeasure,
  Source,
  Vendor,
} from '../catalogs';
import type {
  Branding,
  DocumentLanguages,
  ExportRecord,
  JointController,
  Organisation,
  PolicySettings,
  PrivacyContact,
} from '../organisation';
import type { ChangeEntry } from '../changeLog';
import type { Project } from '../project';

/**
 * The roots of the vocabulary's field paths: each kind of item by its singular name, each of the project's
 * settings by its own name. A field is named from its root down, e.g. "activity.retention.period".
 */
interface FieldRoots {
  project: Pick<Project, 'id' | 'name' | 'createdAt' | 'updatedAt'>;
  organisation: Organisation;
  privacyContact: PrivacyContact;
  representative: NonNullable<Project['representative']>;
  jointController: JointController;
  documentLanguages: DocumentLanguages;
  policy: PolicySettings;
  branding: Branding;
  export: ExportRecord;
  /** A change's old and new value are free-form data, with no fields of their own. */
  changeLog: {
    since: string;
    entries: (Omit<ChangeEntry, 'before' | 'after'> & { before: unknown; after: unknown })[];
  };
  dataSubject: DataSubject;
  dataCategory: DataCategory;
  source: Source;
  recipient: Recipient;
  vendor: Vendor;
  securityMeasure: SecurityMeasure;
  customer: Customer;
  audience: Audience;
  activity: Activity;
}
export type FieldRoot = keyof FieldRoots;

/** Text per language is one value to a reader ("the description"), not three fields. */
type IsLocalizedText<V> = [keyof V] extends [Language] ? true : false;

type Inner<V, P extends string> = V extends readonly (infer E)[]
  ? Inner<E, P>
  : V extends object
    ? IsLocalizedText<V> extends true
      ? never
      : PathsBelow<V, P>
    : never;

type PathsBelow<T, P extends string> = {
  [K in keyof T & string]-?: `${P}.${K}` | Inner<NonNullable<T[K]>, `${P}.${K}`>;
}[keyof T & string];

/** Every field of the model by its path: "activity", "activity.purposes", "activity.purposes.legalBases" … */
export type FieldPath = { [R in FieldRoot]: R | PathsBelow<FieldRoots[R], R> }[FieldRoot];
