// The district statistics dashboard, the institution view and the public page (issue 8 items 4–6).
export { computeDistrictDashboard, getStatDashboard, warmDistrictDashboard } from "./district-dashboard";
export { drillStatDashboard, type StatDrillQuery } from "./drill-stat-dashboard";
export { myStatistics } from "./my-statistics";
export { PUBLIC_MIN_INSTITUTIONS, publicMethodologyPage, publicZone } from "./public-zone";
export { statInstitutionView } from "./stat-institution-view";
export { type StatRankingQuery, statRankings } from "./stat-rankings";
