/**
 * GET /api/public/zone — the public page (issue 8 item 6), served without a session: the zone's headline figures
 * (district totals of the latest month and quarter, growth year on year), how many institutions reported, the
 * district's targets with their progress, and the published rating methodologies. District aggregates only: no
 * institution's id, name or figure, no trace; a figure fewer than 3 institutions reported is withheld (the total
 * would disclose an institution's own figure).
 */
import type { TPublicZone } from "@greenfin/contracts";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { listMethodologies, methodologyPage } from "../../rating/rating-methodologies";
import { publicTargetsWithProgress } from "../targets/index";
import { computeDistrictDashboard } from "./district-dashboard";

/** The fewest reporting institutions for which a district figure is published. */
export const PUBLIC_MIN_INSTITUTIONS = 3;

export async function publicZone(p: Platform): Promise<TPublicZone> {
  const d = await computeDistrictDashboard(p.db);
  const headline = d.headline.map((h) => {
    const suppressed =
      h.institutions > 0 && h.institutions < PUBLIC_MIN_INSTITUTIONS
        ? `${h.institutions} institution(s) reported: fewer than ${PUBLIC_MIN_INSTITUTIONS}, withheld so that no institution's figure is disclosed`
        : null;
    const show = <T>(v: T): T | null => (suppressed ? null : v);
    return {
      metric: h.metric,
      article: h.article,
      nameZh: h.nameZh,
      nameEn: h.nameEn,
      unit: h.unit,
      kind: h.kind,
      frequency: h.frequency,
      breakdown: h.breakdown,
      period: h.period,
      value: show(h.value),
      ytdValue: show(h.ytdValue),
      yoyPercent: show(h.yoyReported.growthPercent),
      yoyLikeForLikePercent: show(h.yoyLikeForLike.growthPercent),
      institutions: h.institutions,
      suppressedReason: suppressed,
    };
  });
  const targets = await publicTargetsWithProgress(p);
  return {
    period: d.period,
    quarter: d.quarter,
    institutions: d.institutions,
    headline,
    targetsProgress: "computed",
    targetsMethodZh: targets.methodZh,
    targetsMethodEn: targets.methodEn,
    targets: targets.targets.map((t) => ({
      key: t.key,
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      metric: t.metric,
      unit: t.unit,
      direction: t.direction,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue,
      targetYear: t.targetYear,
      targetValue: t.targetValue,
      source: t.source,
      latestYear: t.latest?.year ?? null,
      latestValue: t.latest?.value ?? null,
      progressPercent: t.progressPercent,
      achieved: t.achieved,
      projectedValue: t.projection?.projected ?? null,
      onTrack: t.projection?.onTrack ?? null,
      reason: t.reasons.length ? t.reasons.join("; ") : null,
    })),
    methodologies: listMethodologies()
      .filter((m) => m.status === "released")
      .map((m) => ({
        ref: m.ref,
        nameZh: m.name.zh,
        nameEn: m.name.en,
        version: m.version,
        status: m.status,
        webPath: `/rating/methodologies/${m.ref}`,
        apiPath: `/api/public/methodologies/${m.ref}`,
      })),
  };
}

/** A released methodology's page for the public (the same text as docs/methodology/<ref>.md); a draft is NOT_FOUND. */
export function publicMethodologyPage(ref: string) {
  const page = methodologyPage(ref);
  if (page.methodology.status !== "released") throw AppError.notFound("methodology");
  return page;
}
