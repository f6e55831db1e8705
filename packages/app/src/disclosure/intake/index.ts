export {
  type BuildDisclosureWorkbookOptions,
  buildDisclosureWorkbook,
} from "./build-disclosure-workbook";
export { inspectXlsxZip } from "./inspect-zip";
export { DEFAULT_INTAKE_LIMITS, type IntakeLimits, intakeLimits } from "./intake-limits";
export { type CsvReadResult, readDisclosureCsv } from "./read-disclosure-csv";
export { readDisclosureWorkbook, type WorkbookReadResult } from "./read-disclosure-workbook";
export type { WorkbookMeta } from "./workbook-meta";
export type { PrefillValue, PrefillValues } from "./write-topic-sheet";
