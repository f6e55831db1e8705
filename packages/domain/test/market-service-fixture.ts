import { loadMarketCalendar, loadRatingMethodology } from "@greenfin/reference";
import { buildWorkingCalendar, type MatchingScales, type WorkingCalendar } from "../src/index";

/** The shipped working-day calendar (2025–2026, Asia/Shanghai) and the ESG grade scale, as the app would pass them. */
export const calendar: WorkingCalendar = buildWorkingCalendar(loadMarketCalendar().workingDays);
export const scales: MatchingScales = { esgGrades: loadRatingMethodology().scale.grades.map((g) => g.grade) };

/** A local Shanghai time written as an instant. */
export const sh = (local: string) => `${local}+08:00`;
