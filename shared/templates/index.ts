export {
  activityNeedsCustomers,
  defaultActivityKeys,
  defaultVendorIds,
  isStarterActivityKey,
  IT_SERVICES_FIRM_TEMPLATE,
  STARTER_ACTIVITY_KEYS,
  starterActivities,
  suggestedVendorIds,
  type StarterActivityKey,
} from './itServicesFirm';
export {
  buildStarterProject,
  StarterTemplateError,
  type BuildStarterProjectOptions,
  type StarterCustomer,
  type StarterOrganisation,
} from './buildStarterProject';
