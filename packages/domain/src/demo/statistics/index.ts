export type * from "./demo-stat-types";
export { generateDemoStatistics } from "./generate-demo-statistics";
