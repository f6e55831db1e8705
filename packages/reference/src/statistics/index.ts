export {
  DEFAULT_STAT_TEMPLATES,
  type LoadedStatTemplate,
  loadStatTemplate,
  parseStatTemplate,
  STAT_TEMPLATE_REFS,
  type StatBreakdownItem,
  type StatBreakdownItemLists,
  type StatTemplateRef,
  statBreakdownItems,
} from "./load-stat-template";
export {
  STAT_PREFILL_SOURCES,
  STAT_VERIFICATION_STATUSES,
  type StatCrossCheckData,
  type StatMetricData,
  type StatTemplateFile,
  type StatTemplateMeta,
} from "./stat-template.schema";
export { checkStatTemplate, parseCrossCheckTerm } from "./stat-template-checks";
