/**
 * What the committee briefing shows for a month, gathered from the use-cases that serve the dashboard: the district
 * headline and trends (accepted figures), the green-loan balance by institution, the targets with progress and the
 * other modules' panels. The briefing computes nothing of its own.
 */
import type { TStatDashboard, TStatDrill, TStatModules, TTargetList } from "@greenfin/contracts";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { isAppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { getStatDashboard } from "../dashboard/district-dashboard";
import { drillStatDashboard } from "../dashboard/drill-stat-dashboard";
import { dashboardModules } from "../targets/module-panels";
import { listTargetsWithProgress } from "../targets/targets-progress";

export const BRIEFING_METRIC = "green_loan_balance";

export interface BriefingModel {
  readonly period: string;
  readonly dashboard: TStatDashboard;
  /** The green-loan balance by institution for the month, or null when the month has no accepted figure. */
  readonly byInstitution: TStatDrill | null;
  readonly targets: TTargetList;
  readonly modules: TStatModules;
}

export async function buildBriefingModel(p: Platform, actor: Actor, period: string): Promise<BriefingModel> {
  requireDistrict(actor, "read");
  const dashboard = await getStatDashboard(p, actor, { period });
  let byInstitution: TStatDrill | null = null;
  try {
    byInstitution = await drillStatDashboard(p, actor, {
      metric: BRIEFING_METRIC,
      period,
      by: "institution",
      basis: "period",
    });
  } catch (e) {
    // A month without accepted figures has nothing to break down: the section says so instead.
    if (!isAppError(e) || e.code !== "VALIDATION_FAILED") throw e;
  }
  return {
    period,
    dashboard,
    byInstitution,
    targets: await listTargetsWithProgress(p, actor),
    modules: await dashboardModules(p, actor),
  };
}
