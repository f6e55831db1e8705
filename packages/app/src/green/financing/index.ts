export { greenFinancingsWorkbook } from "./green-financings-workbook";
export { type GreenStatisticsQuery, greenStatistics } from "./green-statistics";
export { greenStatisticsWorkbook } from "./green-statistics-workbook";
export { type GreenFinancingQuery, listGreenFinancings } from "./list-green-financings";
export { recordGreenFinancing } from "./record-green-financing";
export { relabelGreenFinancing } from "./relabel-green-financing";
