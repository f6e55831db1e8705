import type { ActivityEvidence } from "./green-classification";
import type { GreenActivityKindData } from "./green-classifier-data";
import { GREEN_SCORING } from "./green-scoring";

/**
 * Kinds whose cues say what the project is NOT when they are the only ones found: a production line is not a wind
 * farm, a dealer not a manufacturer, a household purchase not a facility. A factory's cues do not argue against a
 * retrofit (factories are what is retrofitted), a retailer's cues not against a purchase.
 */
const DISTINCTIVE = ["manufacture", "trade", "consumption"];
const NOT_AGAINST: Readonly<Record<string, readonly string[]>> = { retrofit: ["manufacture"], consumption: ["trade"] };

/** The item's activity kind against the activity cues found in the text (kind → cue terms). */
export function activityEvidence(
  kind: string,
  data: GreenActivityKindData | undefined,
  cuesFound: ReadonlyMap<string, readonly string[]>,
): ActivityEvidence | null {
  if (!data) return null;
  const own = cuesFound.get(kind) ?? [];
  const others = DISTINCTIVE.filter(
    (k) => k !== kind && !NOT_AGAINST[kind]?.includes(k) && (cuesFound.get(k) ?? []).length > 0,
  );
  // Both can hold: "建设项目" is a construction cue in nearly every text, "生产线" a decisive one for manufacture.
  const weight = (own.length > 0 ? GREEN_SCORING.kindCue : 0) + (others.length > 0 ? GREEN_SCORING.kindMismatch : 0);
  return { kind, nameZh: data.nameZh, nameEn: data.nameEn, cues: own, otherKinds: others, weight };
}
