import { DPA_STATUS_LABELS, TRANSFER_MECHANISM_LABELS, VENDOR_ROLE_LABELS } from '../model/vocabulary';
import type { Activity } from '../model/activity';
import type { Vendor } from '../model/catalogs';
import { textCell } from './blocks';
import type { BuildContext } from './context';
import { activitiesByItem, activityName, processingCountries, thirdCountries } from './derive';
import { countryName, formatDate } from '../i18n/format';
import { bold, muted, paragraph, type TableBlock, type TableCell } from './model';

/**
 * The vendor table of the register's Annex A and of the vendor overview: entity, function, locations,
 * mechanism, DPA. Built once, so the two documents always list a vendor the same way.
 */

function entityCell(ctx: BuildContext, vendor: Vendor): TableCell {
  const lines = [vendor.legalEntity.trim() || vendor.name.trim()];
  if (vendor.registrationNumber.trim()) lines.push(vendor.registrationNumber.trim());
  if (vendor.hqCountry)
    lines.push(`${ctx.t.vendorTable.headquarters}: ${countryName(vendor.hqCountry, ctx.language)}`);
  return { blocks: lines.map((line) => paragraph(line)) };
}

function mechanismText(ctx: BuildContext, vendor: Vendor): string {
  if (vendor.processingLocations.length === 0) return ctx.t.common.locationNotStated;
  if (thirdCountries(vendor).length === 0) return ctx.t.common.onlyEuEea;
  return TRANSFER_MECHANISM_LABELS[vendor.transferMechanism ?? 'unknown'][ctx.language];
}

function dpaCell(ctx: BuildContext, vendor: Vendor): TableCell {
  const lines = [DPA_STATUS_LABELS[vendor.dpa.status][ctx.language]];
  if (vendor.dpa.date) lines.push(formatDate(vendor.dpa.date, ctx.language));
  if (vendor.dpa.reference.trim()) lines.push(vendor.dpa.reference.trim());
  return { blocks: lines.map((line) => paragraph(line)) };
}

function usedInCell(ctx: BuildContext, activities: readonly Activity[]): TableCell {
  // One activity a line: joined in a sentence, names that hold "og" themselves ("Kundeportal og Nyhedsbreve og
  // markedsføring") run together and read as capitals in the middle of a list.
  const names = activities.map((activity) => activityName(ctx, activity));
  return {
    blocks: names.length
      ? names.map((name) => paragraph(name))
      : [paragraph([muted(ctx.t.vendorTable.notInUse)])],
  };
}

/** The full vendor table, for landscape pages. */
export function vendorTable(ctx: BuildContext, vendors: readonly Vendor[]): TableBlock {
  const h = ctx.t.vendorTable;
  const usedIn = activitiesByItem(ctx, (a) => a.vendorIds);
  return {
    type: 'table',
    compact: true,
    columns: [10, 12, 13, 12, 11, 12, 14, 7, 10],
    header: [
      h.vendor,
      h.entity,
      h.role,
      h.function,
      h.locations,
      h.mechanism,
      h.dpa,
      h.verified,
      h.usedIn,
    ].map((label) => textCell(label, { bold: true })),
    rows: vendors.map((vendor) => [
      {
        blocks: [
          paragraph([bold(vendor.name.trim() || vendor.legalEntity.trim() || ctx.t.common.notStated)]),
        ],
      },
      entityCell(ctx, vendor),
      textCell(VENDOR_ROLE_LABELS[vendor.role][ctx.language]),
      textCell(ctx.text(vendor.function, 'vendor', vendor.id, 'function') || ctx.t.common.notStated),
      textCell(processingCountries(ctx, vendor)),
      textCell(mechanismText(ctx, vendor)),
      dpaCell(ctx, vendor),
      textCell(formatDate(vendor.lastVerified, ctx.language) || ctx.t.common.notStated),
      usedInCell(ctx, usedIn.get(vendor.id) ?? []),
    ]),
  };
}

/** Processors and sub-processors first, independent controllers apart: they are not processors. */
export function splitVendors(vendors: readonly Vendor[]): { processors: Vendor[]; controllers: Vendor[] } {
  return {
    processors: vendors.filter((v) => v.role !== 'independentController'),
    controllers: vendors.filter((v) => v.role === 'independentController'),
  };
}
