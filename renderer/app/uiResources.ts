import type { Language } from '../../shared/i18n/languages';
import { da } from '../i18n/locales/da';
import { en } from '../i18n/locales/en';
import { sv } from '../i18n/locales/sv';
import { registerMessages } from '../register/messages';
import { catalogMessages } from '../features/catalogs/messages';
import { activityMessages } from '../features/activities/messages';
import { wizardMessages } from '../features/wizard/messages';
import { overviewMessages } from '../features/overview/messages';
import { documentMessages } from '../features/documents/messages';
import { organisationMessages } from '../features/organisation/messages';
import { filesMessages } from '../features/files/messages';
import { changeMessages } from '../features/changes/messages';

/**
 * Every feature's messages, each under its own key (t('organisation.legalName')). A feature keeps its
 * texts next to its code in messages.ts (see defineMessages) and is registered here with one line.
 */
const FEATURE_MESSAGES = {
  register: registerMessages,
  catalogs: catalogMessages,
  activities: activityMessages,
  wizard: wizardMessages,
  overview: overviewMessages,
  documents: documentMessages,
  organisation: organisationMessages,
  files: filesMessages,
  changes: changeMessages,
} as const;

type FeatureMessages = typeof FEATURE_MESSAGES;
type FeatureKey = keyof FeatureMessages;
export type UiResources = typeof en & {
  [K in FeatureKey]: FeatureMessages[K]['en' & keyof FeatureMessages[K]];
};

const CORE = { da, sv, en } as const;

export function uiResources(language: Language): UiResources {
  const features = Object.fromEntries(
    Object.entries(FEATURE_MESSAGES).map(([key, messages]) => [
      key,
      (messages as Record<Language, object>)[language],
    ]),
  );
  return { ...CORE[language], ...features } as UiResources;
}
