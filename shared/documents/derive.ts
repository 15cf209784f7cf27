import { legalBasis } from '../catalog/legalBases';
import type { Activity } from '../model/activity';
import type { TransferMechanism, Vendor } from '../model/catalogs';
import { thirdCountries } from '../model/transfers';

export { thirdCountries };
import { pick, type BuildContext } from './context';
import { countryName } from '../i18n/format';
import { joinList } from './format';

/** Names of referenced items in the document language, and facts derived from the register. */

export function activityName(ctx: BuildContext, activity: Activity): string {
  return ctx.text(activity.name, 'activity', activity.id, 'name') || ctx.t.register.activity.unnamed;
}

/** "Microsoft 365 (Microsoft Ireland Operations Ltd)": the service users know, and the entity that contracts. */
export function vendorLabel(vendor: Vendor): string {
  const name = vendor.name.trim();
  const entity = vendor.legalEntity.trim();
  if (!entity || entity === name) return name || entity;
  return name ? `${name} (${entity})` : entity;
}

export function countryList(ctx: BuildContext, codes: readonly string[]): string {
  return joinList(
    codes.map((code) => countryName(code, ctx.language)),
    ctx.t.common,
  );
}

/** A vendor's processing countries, or "not stated" when the register names none. */
export function processingCountries(ctx: BuildContext, vendor: Vendor): string {
  return vendor.processingLocations.length
    ? countryList(ctx, vendor.processingLocations)
    : ctx.t.common.locationNotStated;
}

/** A transfer to a third country [30(1)(e), 13(1)(f)], from a vendor's locations or entered by hand. */
export interface Transfer {
  readonly origin: 'vendor' | 'manual';
  /** The vendor id or the manual transfer id. */
  readonly id: string;
  readonly party: string;
  /** ISO codes of the third countries. */
  readonly countries: readonly string[];
  readonly mechanism: TransferMechanism;
  /** How a copy of the safeguards can be obtained, in the user's words ('' when not stated). */
  readonly safeguardsCopy: string;
}

export function vendorTransfer(vendor: Vendor): Transfer | null {
  const countries = thirdCountries(vendor);
  if (countries.length === 0) return null;
  return {
    origin: 'vendor',
    id: vendor.id,
    party: vendorLabel(vendor),
    countries,
    // A location outside the EU/EEA without a mechanism is a gap: say so, never guess one.
    mechanism: vendor.transferMechanism ?? 'unknown',
    safeguardsCopy: '',
  };
}

/** Transfers of one activity: its vendors' third-country locations, then the manual entries. */
export function activityTransfers(ctx: BuildContext, activity: Activity): Transfer[] {
  const fromVendors = pick(ctx.vendors, activity.vendorIds)
    .map(vendorTransfer)
    .filter((transfer): transfer is Transfer => transfer !== null);
  const manual = activity.manualTransfers.map((m): Transfer => ({
    origin: 'manual',
    id: m.id,
    party: m.recipient.trim(),
    countries: [m.country],
    mechanism: m.mechanism,
    safeguardsCopy: ctx.text(
      m.safeguardsCopy,
      'activity',
      activity.id,
      `manualTransfers.${m.id}.safeguardsCopy`,
    ),
  }));
  return [...fromVendors, ...manual];
}

/** Transfers of several activities, each vendor and manual entry once. */
export function transfersOf(ctx: BuildContext, activities: readonly Activity[]): Transfer[] {
  const seen = new Map<string, Transfer>();
  for (const activity of activities) {
    for (const transfer of activityTransfers(ctx, activity)) {
      seen.set(`${transfer.origin}:${transfer.id}`, transfer);
    }
  }
  return [...seen.values()];
}

/** Which rights and statements a set of activities calls for, read from the legal bases they cite. */
export interface BasisUse {
  /** Art. 6(1)(a) or 9(2)(a): the right to withdraw consent [13(2)(c)]. */
  readonly consent: boolean;
  /** Art. 6(1)(e) or (f): the right to object [21(1)]. */
  readonly objection: boolean;
  /** Art. 6(1)(a), 9(2)(a) or 6(1)(b): the right to data portability [20(1)(a)]. */
  readonly portability: boolean;
  /** Automated decisions, including profiling [22]. */
  readonly automated: boolean;
}

export function basisUse(activities: readonly Activity[]): BasisUse {
  const codes = new Set(
    activities.flatMap((a) => a.purposes.flatMap((p) => p.legalBases.map((b) => b.code))),
  );
  const has = (...list: string[]) => list.some((code) => codes.has(code as never));
  return {
    consent: [...codes].some((code) => legalBasis(code).isConsent),
    objection: has('art6-1-e', 'art6-1-f'),
    portability: has('art6-1-a', 'art9-2-a', 'art6-1-b'),
    automated: activities.some((a) => a.automatedDecisions.status === 'used'),
  };
}

/** Vendors of several activities, each once, in catalog order. */
export function vendorsOf(ctx: BuildContext, activities: readonly Activity[]): Vendor[] {
  const ids = new Set(activities.flatMap((a) => a.vendorIds));
  return ctx.project.vendors.filter((vendor) => ids.has(vendor.id));
}

/**
 * The activities that use each item of a catalog: the activities whose `idsOf` holds an item, by the item's id, in
 * register order. One pass over the activities, where asking per item passes over them once per item.
 */
export function activitiesByItem(
  ctx: BuildContext,
  idsOf: (activity: Activity) => readonly string[],
): ReadonlyMap<string, readonly Activity[]> {
  const using = new Map<string, Activity[]>();
  for (const activity of ctx.project.activities) {
    for (const id of new Set(idsOf(activity))) {
      const activities = using.get(id);
      if (activities) activities.push(activity);
      else using.set(id, [activity]);
    }
  }
  return using;
}
