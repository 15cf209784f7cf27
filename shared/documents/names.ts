import {
  DATA_CATEGORY_KIND_LABELS,
  RECIPIENT_KIND_LABELS,
  SECURITY_MEASURE_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from '../model/vocabulary';
import type {
  Audience,
  DataCategory,
  DataSubject,
  Recipient,
  SecurityMeasure,
  Source,
} from '../model/catalogs';
import type { BuildContext } from './context';
import { countryName } from '../i18n/format';

/** Catalog items' names in the document language, with the catalog's built-in label when the user left it empty. */

export const subjectName = (ctx: BuildContext, item: DataSubject): string =>
  ctx.text(item.name, 'dataSubject', item.id, 'name') || ctx.t.common.notStated;

export const categoryName = (ctx: BuildContext, item: DataCategory): string =>
  ctx.text(item.name, 'dataCategory', item.id, 'name') || DATA_CATEGORY_KIND_LABELS[item.kind][ctx.language];

/** "Helbredsoplysninger (Særlige kategorier af personoplysninger (art. 9))" reads badly: kinds get a dash. */
export function categoryWithKind(ctx: BuildContext, item: DataCategory): string {
  const name = categoryName(ctx, item);
  if (item.kind === 'ordinary') return name;
  const kind = DATA_CATEGORY_KIND_LABELS[item.kind][ctx.language];
  return name === kind ? name : `${name} – ${kind}`;
}

const sourceName = (ctx: BuildContext, item: Source): string =>
  ctx.text(item.name, 'source', item.id, 'name') || SOURCE_KIND_LABELS[item.kind][ctx.language];

export function sourceWithKind(ctx: BuildContext, item: Source): string {
  const name = sourceName(ctx, item);
  const kind = SOURCE_KIND_LABELS[item.kind][ctx.language];
  // "The data subject (the data subject)" says nothing twice.
  return name === kind || item.kind === 'dataSubject' ? name : `${name} – ${kind}`;
}

export const recipientName = (ctx: BuildContext, item: Recipient): string =>
  ctx.text(item.name, 'recipient', item.id, 'name') || RECIPIENT_KIND_LABELS[item.kind][ctx.language];

/** "Revisor (Rådgiver (revisor, advokat), Danmark)" is too many brackets: "Revisor – rådgiver …, Danmark". */
export function recipientWithKind(ctx: BuildContext, item: Recipient): string {
  const name = recipientName(ctx, item);
  const kind = RECIPIENT_KIND_LABELS[item.kind][ctx.language];
  const details = [name === kind ? '' : kind, countryName(item.country, ctx.language)].filter(Boolean);
  return details.length ? `${name} – ${details.join(', ')}` : name;
}

export const measureName = (ctx: BuildContext, item: SecurityMeasure): string =>
  ctx.text(item.name, 'securityMeasure', item.id, 'name') ||
  SECURITY_MEASURE_KIND_LABELS[item.kind][ctx.language];

export const audienceName = (ctx: BuildContext, item: Audience): string =>
  ctx.text(item.name, 'audience', item.id, 'name') || item.id;
