export {
  activityNeedsCustomers,
  defaultActivityKeys,
  isStarterActivityKey,
  IT_SERVICES_FIRM_TEMPLATE,
  STARTER_ACTIVITY_KEYS,
  starterActivities,
  suggestedVendorIds,
  vendorSuggestions,
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
