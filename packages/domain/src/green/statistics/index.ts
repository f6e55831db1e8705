export {
  aggregateGreenStatistics,
  CO2_PLACES,
  MONEY_PLACES,
  SHARE_PLACES,
  UNPLACED_KEY,
} from "./aggregate-green-statistics";
export type * from "./green-statistics-types";
