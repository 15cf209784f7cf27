import type { TransferMechanism } from '../../model/catalogs';
import type { RequirementKind } from '../../model/activity';

/**
 * The privacy policy's fixed phrases. The policy is written for the person the data is about (WP260 rev.01,
 * Art. 12(1)): a short first part — who we are, what we use data for, who receives it, the rights and where to
 * complain — then the details, each fact said once. Phrases address the reader as "you", in active voice, and
 * never use the register's field labels.
 */
export interface PolicyTexts {
  readonly defaultTitle: string;
  audience(name: string): string;
  /** `date` is '' when no effective date is recorded: then no date is claimed. */
  effective(date: string, version: string): string;

  // The first part ----------------------------------------------------------------------------------------
  readonly briefHeading: string;
  /** `details` is the registration number and address, already joined ('' when there are none). */
  controller(organisation: string, details: string): string;
  /** `contact` is the e-mail address and phone number, already joined. */
  reachUs(contact: string): string;
  dpo(nameAndContact: string): string;
  privacyContact(nameAndContact: string): string;
  /** Art. 13(1)(b) answered when the contact is not a DPO. */
  readonly noDpo: string;
  representative(nameAndContact: string): string;
  readonly purposesLead: string;
  /** How many vendors process data for the firm (n ≥ 1). */
  processorsBrief(count: number): string;
  /** The recipients (controllers themselves, authorities, advisers …) by name. */
  othersBrief(names: string): string;
  transfersBrief(countries: string): string;
  /** Access, rectification, erasure, restriction; `portability` adds Art. 20. */
  rightsBrief(portability: boolean): string;
  readonly withdrawBrief: string;
  readonly automatedBrief: string;
  /** Where to write; `contact` may be '' (then the contact details above). */
  exerciseBrief(contact: string): string;
  readonly objectionLead: string;
  /** Art. 21(1), (2) and (4): the right to object, said apart from the other rights. */
  objectionBrief(legitimateInterest: boolean, marketing: boolean): string;
  complaintBrief(authority: string | null): string;

  // The details -------------------------------------------------------------------------------------------
  readonly detailsHeading: string;
  /** The categories of data, each with its examples the first time: "Vi behandler …". */
  dataSentence(list: string): string;
  /** An activity whose data (or sources) an earlier activity already listed: a reference back to it. */
  sameDataAs(activity: string): string;
  sameSourcesAs(activity: string): string;
  /** `names` are the sources; `alsoYou` when the person is a source too. */
  sourcesSentence(names: string, alsoYou: boolean): string;
  jointSentence(names: string): string;
  jointArrangement(text: string): string;
  readonly automatedText: string;
  automatedLogic(text: string): string;
  automatedSignificance(text: string): string;
  /** Said once, when every activity of the policy is assessed and none uses automated decisions [13(2)(f)]. */
  readonly automatedNotUsed: string;
  /** Said once, when some activities use automated decisions (described there) and the rest are assessed. */
  readonly automatedNotUsedOther: string;
  readonly noActivities: string;

  readonly basesHeading: string;
  /** How the policy names each Art. 6(1) basis for the reader; other provisions use the catalog's name. */
  readonly art6Names: Readonly<Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string>>;

  readonly recipientsHeading: string;
  readonly vendorsIntro: string;
  readonly vendorsDpa: string;
  readonly vendorColumns: {
    readonly vendor: string;
    readonly function: string;
    readonly country: string;
    readonly usedFor: string;
  };
  readonly allActivities: string;
  readonly othersIntro: string;
  /** "(ved X og Y)": the word before the activities that pass data to a recipient. */
  readonly onlyFor: string;
  readonly transfersHeading: string;
  readonly transfersIntro: string;
  transferLine(party: string, country: string): string;
  readonly mechanismText: Record<TransferMechanism, string>;
  /** `contact` may be '': the sentence then points to the contact details above. */
  safeguardsCopy(contact: string): string;

  readonly retentionHeading: string;
  retentionFrom(event: string): string;
  retentionBasis(basis: string): string;

  readonly requirementHeading: string;
  readonly requirement: Readonly<Record<Exclude<RequirementKind, 'notAssessed'>, string>>;
  consequenceSentence(consequence: string): string;

  readonly securityHeading: string;
  readonly securityIntro: string;

  readonly rightsHeading: string;
  /** The limit a reader meets first: data a law requires us to keep is not erased. */
  readonly rightsLimits: string;
  /** Where and how fast (Art. 12(3): one month, extendable by two); `contact` may be ''. */
  exerciseRights(contact: string): string;
  complaintText(authority: string): string;
  readonly complaintOther: string;
  /** Art. 77: beside the firm's own authority, the one where the person lives or works or the infringement was. */
  readonly complaintElsewhere: string;

  readonly cookiesHeading: string;
  readonly childrenHeading: string;
  readonly changesHeading: string;
  /** Introduces the list of what changed since the previous version (version label may be ''). */
  changesSince(version: string, date: string): string;
  readonly processorHeading: string;
  processorText(activities: string): string;
  readonly processorDpa: string;
}
