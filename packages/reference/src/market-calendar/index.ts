export {
  DEFAULT_MARKET_CALENDAR,
  loadMarketCalendar,
  MARKET_CALENDAR_REFS,
  type MarketCalendar,
  parseMarketCalendar,
  type WorkingDaysData,
} from "./load-market-calendar";
export {
  CALENDAR_VERIFICATION_STATUSES,
  type CalendarYearData,
  type HolidayPeriodData,
  type MarketCalendarMeta,
} from "./market-calendar.schema";
export { checkMarketCalendar } from "./market-calendar-checks";
