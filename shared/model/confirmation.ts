import * as z from 'zod';
import { TimestampSchema } from './primitives';

/**
 * Where an item came from. Only what the user wrote themselves starts confirmed: a template, the vendor
 * library, an import or a merge only suggest, and a document must not state a suggestion as the firm's fact.
 * `unknown`: the item was in a project file of format version 2 or older, which did not record it.
 */
export const ITEM_ORIGINS = ['user', 'template', 'library', 'import', 'merge', 'unknown'] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

/** Whether the user has read and confirmed an item (issue: "every sentence a document prints is confirmed"). */
export const ConfirmationSchema = z
  .object({
    origin: z.enum(ITEM_ORIGINS),
    /** When the user confirmed it; null while it is only a suggestion. */
    confirmedAt: TimestampSchema.nullable(),
  })
  .strict();
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** What the user writes in the editor is theirs from the first keystroke. */
export const confirmedByUser = (at: string): Confirmation => ({ origin: 'user', confirmedAt: at });

/** What a template, the library, an import or a merge brings in waits for the user's confirmation. */
export const suggestedBy = (origin: Exclude<ItemOrigin, 'user'>): Confirmation => ({
  origin,
  confirmedAt: null,
});

export const isConfirmed = (item: { readonly confirmation: Confirmation }): boolean =>
  item.confirmation.confirmedAt !== null;
