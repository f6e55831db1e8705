export { OFFLINE_RATING_LIMITS } from "./offline-limits";
export {
  type OfflineRatingRequest,
  type OfflineRatingResult,
  type RatingFile,
  rateFileOffline,
} from "./rate-file-offline";
export { CONTROVERSY_COLUMNS, VALUE_COLUMNS } from "./rating-table";
export {
  RATING_CSV_COLUMNS,
  ratingResultCsv,
  ratingResultJson,
  ratingSummaryText,
  ratingTableText,
} from "./write-rating-results";
