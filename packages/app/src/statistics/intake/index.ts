export { buildStatWorkbook, type StatWorkbookInput } from "./build-stat-workbook";
export { importStatReport, type StatImportInput, type StatImportResult } from "./import-stat-report";
export { readStatCsv } from "./read-stat-csv";
export { readStatWorkbook } from "./read-stat-workbook";
export type { StatFileEntry, StatFileRead } from "./stat-file-types";
export { statisticsWorkbook } from "./stat-workbook";
export { DATA_SHEET, INSTRUCTIONS_SHEET, STAT_COLUMNS } from "./stat-workbook-layout";
