export * from "./briefing/index";
export * from "./dashboard/index";
export { decideStatReport, type StatDecisionInput } from "./decide-stat-report";
export * from "./intake/index";
export { periodDays, prefillStatReport, type StatPrefill } from "./prefill-stat-report";
export { getStatReport, listStatReports, type StatReportQuery } from "./read-stat-reports";
export { type StatReportSaveInput, saveStatReport } from "./save-stat-report";
export type {
  StatProblemView,
  StatReportStatus,
  StatReportSummary,
  StatReportView,
  StatRevisionView,
  StatValueView,
} from "./stat-report-rows";
export { listStatTemplates, type StatTemplateView } from "./stat-templates";
export { submitStatReport } from "./submit-stat-report";
export * from "./targets/index";
