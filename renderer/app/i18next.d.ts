import 'i18next';
import type { UiResources } from './uiResources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiResources };
  }
}
