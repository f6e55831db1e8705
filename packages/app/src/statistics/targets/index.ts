// District targets and the dashboard's cross-module panels (issue 8 items 3 and 4).
export { dashboardModules } from "./module-panels";
export {
  deleteTarget,
  deleteTargetObservation,
  saveTarget,
  saveTargetObservation,
} from "./save-target";
export {
  listTargetsWithProgress,
  publicTargetsWithProgress,
  TARGET_METHOD_EN,
  TARGET_METHOD_ZH,
} from "./targets-progress";
