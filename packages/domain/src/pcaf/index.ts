export {
  comparePcafResults,
  type PcafChange,
  type PcafComparison,
  type PcafComparisonRow,
} from "./compare-pcaf-years";
export { buildJrt0227Section, type Jrt0227Section, type ReportColumn, type ReportTable } from "./jrt0227-report";
export { type ParsedCounterparties, parsePcafCounterparties } from "./parse-pcaf-counterparties";
export { type ParsedPositions, parsePcafPositions } from "./parse-pcaf-positions";
export { COUNTERPARTY_COLUMNS, matchColumns as matchPcafColumns, POSITION_COLUMNS } from "./pcaf-columns";
export { type PcafSector, readSector as readPcafSector } from "./pcaf-industry";
export {
  calculatePcafPortfolio,
  type PcafPortfolioBuilder,
  type PcafRunInput,
  startPcafPortfolio,
} from "./pcaf-portfolio";
export type {
  PcafAttribution,
  PcafBucket,
  PcafEvidence,
  PcafFactorUse,
  PcafPortfolioResult,
  PcafPositionResult,
} from "./pcaf-result-types";
export * from "./pcaf-types";
