import { isConfirmed, type ItemOrigin } from '../../model/confirmation';
import { ITEM_ORIGIN_LABELS } from '../../model/vocabulary/values';
import { itemPhrase } from '../format';
import {
  activityLocation,
  CATALOG_ITEMS,
  catalogLocation,
  singletonLocation,
  type ItemLocation,
} from '../projectText';
import { defineRule, type Rule } from '../rule';
import type { Wording } from '../../model/primitives';
import type { ItemKind } from '../types';

type UnconfirmedParams = { kind: ItemKind; name: Wording; origin: ItemOrigin };

/** A suggestion (from a template, the library, an import or a merge) that the user has not confirmed. */
const itemUnconfirmed = defineRule<UnconfirmedParams>({
  id: 'item-unconfirmed',
  severity: 'warning',
  title: { da: 'Ikke bekræftet', sv: 'Inte bekräftad', en: 'Not confirmed' },
  message: {
    da: (p) =>
      `${itemPhrase('da', p.kind, p.name)} er et forslag fra ${ITEM_ORIGIN_LABELS[p.origin].da} og er ikke bekræftet. Læs det igennem, ret det til, og bekræft det.`,
    sv: (p) =>
      `${itemPhrase('sv', p.kind, p.name)} är ett förslag från ${ITEM_ORIGIN_LABELS[p.origin].sv} och är inte bekräftat. Läs igenom det, anpassa det och bekräfta det.`,
    en: (p) =>
      `${itemPhrase('en', p.kind, p.name)} is a suggestion from ${ITEM_ORIGIN_LABELS[p.origin].en} and has not been confirmed. Read it, correct it and confirm it.`,
  },
  run(context, report) {
    const project = context.project;
    const reportItem = (item: ItemLocation, origin: ItemOrigin) =>
      report({ item, field: 'confirmation', params: { kind: item.kind, name: item.name, origin } });
    if (!isConfirmed(project.policy))
      reportItem(singletonLocation('policy'), project.policy.confirmation.origin);
    for (const catalog of CATALOG_ITEMS) {
      for (const entry of project[catalog.key]) {
        if (isConfirmed(entry)) continue;
        reportItem(catalogLocation(catalog, entry.id, context.names(entry.name)), entry.confirmation.origin);
      }
    }
    // Retired activities are history: no document shows them, and they are not checked.
    for (const activity of context.activities) {
      if (isConfirmed(activity)) continue;
      reportItem(activityLocation(activity.id, context.names(activity.name)), activity.confirmation.origin);
    }
  },
});

export const CONFIRMATION_RULES: readonly Rule[] = [itemUnconfirmed];
