import fc from 'fast-check';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  AUTOMATED_DECISION_STATUSES,
  ITEM_ORIGINS,
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  CHANGE_ACTIONS,
  CHANGE_TARGETS,
  DATA_CATEGORY_KINDS,
  DPIA_STATUSES,
  EXPORT_KINDS,
  ISO_COUNTRY_CODES,
  JURISDICTIONS,
  LEGAL_BASIS_CODES,
  RECIPIENT_KINDS,
  REQUIREMENT_KINDS,
  RETENTION_UNITS,
  SOURCE_KINDS,
  TRANSFER_MECHANISMS,
  VENDOR_ROLES,
  type Activity,
  type ChangeEntry,
  type Project,
} from '../../../shared/model';

/**
 * Valid projects with random catalogs, activities that refer into them, and random Unicode text in
 * any of the three languages (astral characters, combining marks, lone surrogates, quotes, newlines).
 */

const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('', 'æøå ÆØÅ äöü', '“quoted” \\ "json" </script>', 'line\nbreak\ttab', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧'),
  );
const shortText = anyText(30);
const localized = fc.record({ da: anyText(60), sv: anyText(60), en: anyText(60) }, { requiredKeys: [] });
/** Any JSON value, as the change log stores old and new values. */
const json = fc
  .jsonValue({ maxDepth: 2 })
  // Through JSON text, as a file holds it (no -0); the model's field names are never JavaScript's own keys.
  .map((value) => JSON.stringify(value))
  .filter((text) => !/"(__proto__|constructor|prototype)":/.test(text))
  .map((text) => JSON.parse(text) as NonNullable<ChangeEntry['before']>);
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const confirmation = fc.record({
  origin: fc.constantFrom(...ITEM_ORIGINS),
  confirmedAt: fc.option(timestamp, { nil: null }),
});
const date = fc.oneof(
  fc.constant(''),
  timestamp.map((t) => t.slice(0, 10)),
);
const country = fc.constantFrom(...ISO_COUNTRY_CODES);
const optionalCountry = fc.oneof(fc.constant(''), country);
const email = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.stringMatching(/^[a-z]{2,10}$/))
    .map(([u, d]) => `${u}@${d}.dk`),
  // Half-typed: the model keeps what the user typed (checks report it), so the file must too.
  fc.constantFrom('privacy@', 'info at itguy.dk'),
);
const url = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[a-z]{1,10}$/).map((host) => `https://${host}.example/`),
  fc.constantFrom('itguy.dk', 'https://'),
);
const uniqueIds = (maxLength: number) => fc.uniqueArray(id, { maxLength });
const subset = (ids: readonly string[]) => fc.subarray([...ids]);

function catalogItems<T>(ids: string[], item: (id: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(item));
}

interface Catalogs {
  dataSubjects: string[];
  dataCategories: string[];
  sources: string[];
  recipients: string[];
  vendors: string[];
  securityMeasures: string[];
  customers: string[];
  audiences: string[];
  jointControllers: string[];
}

function activity(idValue: string, c: Catalogs): fc.Arbitrary<Activity> {
  const link = (a: string[], b: string[]) =>
    a.length && b.length
      ? fc.array(fc.record({ dataSubjectId: fc.constantFrom(...a), dataCategoryId: fc.constantFrom(...b) }), {
          maxLength: 3,
        })
      : fc.constant<{ dataSubjectId: string; dataCategoryId: string }[]>([]);
  return fc.record({
    confirmation,
    id: fc.constant(idValue),
    name: localized,
    description: localized,
    owner: shortText,
    status: fc.constantFrom(...ACTIVITY_STATUSES),
    role: fc.constantFrom(...ACTIVITY_ROLES),
    customerIds: subset(c.customers),
    jointControllerIds: subset(c.jointControllers),
    purposes: fc.uniqueArray(id, { maxLength: 3 }).chain((ids) =>
      catalogItems(ids, (pid) =>
        fc.record({
          id: fc.constant(pid),
          description: localized,
          legalBases: fc.array(
            fc.record({
              code: fc.constantFrom(...LEGAL_BASIS_CODES),
              legitimateInterest: localized,
              note: localized,
            }),
            { maxLength: 3 },
          ),
        }),
      ),
    ),
    dataSubjectIds: subset(c.dataSubjects),
    dataCategoryIds: subset(c.dataCategories),
    subjectData: link(c.dataSubjects, c.dataCategories),
    sourceIds: subset(c.sources),
    recipients: subset(c.recipients).chain((ids) =>
      catalogItems(ids, (recipientId) =>
        fc.record({ recipientId: fc.constant(recipientId), dataCategoryIds: subset(c.dataCategories) }),
      ),
    ),
    vendorIds: subset(c.vendors),
    manualTransfers: fc.uniqueArray(id, { maxLength: 2 }).chain((ids) =>
      catalogItems(ids, (tid) =>
        fc.record({
          id: fc.constant(tid),
          country,
          recipient: shortText,
          mechanism: fc.constantFrom(...TRANSFER_MECHANISMS),
          safeguardsCopy: localized,
        }),
      ),
    ),
    retention: fc.record({
      text: localized,
      period: fc.option(
        fc.record({ amount: fc.integer({ min: 0, max: 1000 }), unit: fc.constantFrom(...RETENTION_UNITS) }),
        { nil: null },
      ),
      startEvent: localized,
      basis: localized,
      ruleId: fc.option(id, { nil: null }),
    }),
    securityMeasureIds: subset(c.securityMeasures),
    requirement: fc.record({ kind: fc.constantFrom(...REQUIREMENT_KINDS), consequence: localized }),
    automatedDecisions: fc.record({
      status: fc.constantFrom(...AUTOMATED_DECISION_STATUSES),
      logic: localized,
      significance: localized,
    }),
    dpia: fc.record({ status: fc.constantFrom(...DPIA_STATUSES), reason: localized, date }),
    audienceIds: subset(c.audiences),
    internalOnly: fc.boolean(),
    lastReviewed: date,
    nextReview: date,
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

export const projectArbitrary: fc.Arbitrary<Project> = fc
  .record({
    dataSubjects: uniqueIds(4),
    dataCategories: uniqueIds(5),
    sources: uniqueIds(3),
    recipients: uniqueIds(3),
    vendors: uniqueIds(4),
    securityMeasures: uniqueIds(3),
    customers: uniqueIds(2),
    audiences: uniqueIds(3),
    jointControllers: uniqueIds(2),
    activities: uniqueIds(5),
  })
  .chain(({ activities, ...c }) =>
    fc.record({
      id,
      name: anyText(40).filter((name) => name.length > 0 && name.length <= 500),
      createdAt: timestamp,
      updatedAt: timestamp,
      organisation: fc.record({
        legalName: shortText,
        registrationNumber: shortText,
        street: shortText,
        postcode: shortText,
        city: shortText,
        country: optionalCountry,
        phone: shortText,
        email,
        website: url,
        privacyEmail: email,
        jurisdiction: fc.constantFrom(...JURISDICTIONS),
      }),
      privacyContact: fc.record({
        kind: fc.constantFrom('dpo' as const, 'contact' as const),
        name: shortText,
        email,
        phone: shortText,
        isManagement: fc.boolean(),
      }),
      representative: fc.option(fc.record({ name: shortText, address: shortText, email, phone: shortText }), {
        nil: null,
      }),
      jointControllers: catalogItems(c.jointControllers, (jid) =>
        fc.record({ id: fc.constant(jid), name: shortText, contact: shortText, arrangement: localized }),
      ),
      documentLanguages: fc
        .shuffledSubarray([...LANGUAGES], { minLength: 1 })
        .chain((languages) =>
          fc.record({ languages: fc.constant(languages), primary: fc.constantFrom(...languages) }),
        ),
      policy: fc.record({
        title: localized,
        introduction: localized,
        includeCookieSection: fc.boolean(),
        cookieText: localized,
        extraSections: fc
          .uniqueArray(id, { maxLength: 2 })
          .chain((ids) =>
            catalogItems(ids, (sid) =>
              fc.record({ id: fc.constant(sid), heading: localized, body: localized }),
            ),
          ),
        childrenStatement: localized,
        changesText: localized,
        effectiveDate: date,
        version: shortText,
        confirmation,
      }),
      branding: fc.record({
        logo: fc.option(
          fc.record({
            mediaType: fc.constantFrom('image/png' as const, 'image/jpeg' as const),
            dataBase64: fc.uint8Array({ maxLength: 48 }).map((bytes) => btoa(String.fromCharCode(...bytes))),
          }),
          { nil: null },
        ),
        accentColor: fc.oneof(fc.constant(''), fc.stringMatching(/^#[0-9a-fA-F]{6}$/)),
        footerText: localized,
      }),
      exportHistory: fc.uniqueArray(id, { maxLength: 2 }).chain((ids) =>
        catalogItems(ids, (eid) =>
          fc.record({
            id: fc.constant(eid),
            at: timestamp,
            kind: fc.constantFrom(...EXPORT_KINDS),
            language: fc.constantFrom(...LANGUAGES),
            audienceId: c.audiences.length
              ? fc.option(fc.constantFrom(...c.audiences), { nil: null })
              : fc.constant(null),
            versionLabel: shortText,
            editionDate: date,
            draft: fc.boolean(),
            contentHash: fc.stringMatching(/^[0-9a-f]{16,64}$/),
          }),
        ),
      ),
      changeLog: fc.record({
        since: timestamp,
        entries: fc.uniqueArray(id, { maxLength: 3 }).chain((ids) =>
          catalogItems(ids, (cid) =>
            fc.record(
              {
                id: fc.constant(cid),
                at: timestamp,
                target: fc.constantFrom(...CHANGE_TARGETS),
                itemId: fc.option(id, { nil: null }),
                itemName: shortText,
                action: fc.constantFrom(...CHANGE_ACTIONS),
                path: fc.array(fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/), { maxLength: 3 }),
                before: json,
                after: json,
              },
              { requiredKeys: ['id', 'at', 'target', 'itemId', 'itemName', 'action', 'path'] },
            ),
          ),
        ),
      }),
      dataSubjects: catalogItems(c.dataSubjects, (x) =>
        fc.record({ id: fc.constant(x), name: localized, description: localized, confirmation }),
      ),
      dataCategories: catalogItems(c.dataCategories, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: localized,
          description: localized,
          kind: fc.constantFrom(...DATA_CATEGORY_KINDS),
        }),
      ),
      sources: catalogItems(c.sources, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: localized,
          description: localized,
          kind: fc.constantFrom(...SOURCE_KINDS),
        }),
      ),
      recipients: catalogItems(c.recipients, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: localized,
          description: localized,
          kind: fc.constantFrom(...RECIPIENT_KINDS),
          country: optionalCountry,
        }),
      ),
      vendors: catalogItems(c.vendors, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: shortText,
          legalEntity: shortText,
          registrationNumber: shortText,
          function: localized,
          hqCountry: optionalCountry,
          processingLocations: fc.uniqueArray(country, { maxLength: 4 }),
          role: fc.constantFrom(...VENDOR_ROLES),
          transferMechanism: fc.option(fc.constantFrom(...TRANSFER_MECHANISMS), { nil: null }),
          dpa: fc.record({
            status: fc.constantFrom(
              'signed' as const,
              'notSigned' as const,
              'notNeeded' as const,
              'unknown' as const,
            ),
            date,
            reference: shortText,
          }),
          website: url,
          privacyPolicyUrl: url,
          lastVerified: date,
          notes: localized,
          checkBeforeUse: localized,
          libraryRef: fc.option(fc.record({ id, version: fc.integer({ min: 0, max: 1000 }) }), { nil: null }),
        }),
      ),
      securityMeasures: catalogItems(c.securityMeasures, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: localized,
          kind: fc.constantFrom('technical' as const, 'organisational' as const),
          description: localized,
        }),
      ),
      customers: catalogItems(c.customers, (x) =>
        fc.record({
          id: fc.constant(x),
          confirmation,
          name: shortText,
          registrationNumber: shortText,
          contact: shortText,
          dpaReference: shortText,
        }),
      ),
      audiences: catalogItems(c.audiences, (x) =>
        fc.record({ id: fc.constant(x), name: localized, confirmation }),
      ),
      activities: catalogItems(activities, (x) => activity(x, { ...c })),
    }),
  );
