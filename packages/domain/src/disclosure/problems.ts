import type { IndicatorDef } from "./definitions";
import type { IntakeProblem, ProblemLocation, ProblemSeverity } from "./entry";

/** Builds a problem about one value; the indicator's names lead each message so it reads alone in a list. */
export function valueProblem(
  severity: ProblemSeverity,
  code: string,
  location: ProblemLocation,
  indicator: Pick<IndicatorDef, "id" | "name"> | { id: string; name?: undefined },
  dimension: string,
  zh: string,
  en: string,
): IntakeProblem {
  const zhName = indicator.name ? `${indicator.id}「${indicator.name.zh}」` : indicator.id;
  const enName = indicator.name ? `${indicator.id} "${indicator.name.en}"` : indicator.id;
  const where = dimension ? `（${dimension}）` : "";
  const whereEn = dimension ? ` (${dimension})` : "";
  return {
    severity,
    code,
    location,
    indicatorId: indicator.id,
    ...(dimension ? { dimension } : {}),
    messageZh: `${zhName}${where}：${zh}`,
    messageEn: `${enName}${whereEn}: ${en}`,
  };
}
