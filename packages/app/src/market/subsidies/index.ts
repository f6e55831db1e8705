export {
  computeSubsidy,
  daysInclusive,
  type SubsidyClaim,
  type SubsidyComputation,
  type SubsidyKind,
  type SubsidyOutcome,
  type SubsidyRule,
} from "@greenfin/domain";
export { applyForSubsidy, type SubsidyApplicationInput, underPrefix } from "./apply-for-subsidy";
export { type DecisionInput, decideApplication, markPaid, type PaidInput } from "./decide-application";
export { type ApplicationQuery, getApplication, listApplications } from "./list-applications";
export { type ProgrammeUsage, programmeUsage, type UsageLine } from "./programme-usage";
export {
  closeProgramme,
  createProgramme,
  listProgrammes,
  openProgramme,
  type ProgrammeInput,
  type ProgrammeQuery,
} from "./programmes";
export type { SubsidyApplicationView, SubsidyProgrammeView } from "./subsidy-rows";
