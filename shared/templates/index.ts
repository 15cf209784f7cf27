export {
  activityNeedsCustomers,
  defaultActivityKeys,
  defaultVendorIds,
  isStarterActivityKey,
  IT_SERVICES_FIRM_TEMPLATE,
  itServicesFirmContent,
  STARTER_ACTIVITY_KEYS,
  starterActivities,
  suggestedVendorIds,
  type StarterActivityInfo,
  type StarterActivityKey,
} from './itServicesFirm';
export {
  buildStarterProject,
  StarterTemplateError,
  type BuildStarterProjectOptions,
  type StarterCustomer,
  type StarterOrganisation,
} from './buildStarterProject';
export {
  templateVariant,
  type TemplateText,
  type TemplateVariant,
  type VendorSuggestion,
} from './templateTypes';
