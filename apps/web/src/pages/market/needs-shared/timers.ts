import type { TClaimTimer, TStageTimer } from "../../../api/marketNeeds";

/** The stage a claim is waiting on: the first not done (null when all three are done or the calendar failed). */
export const nextStage = (timer: TClaimTimer | undefined): TStageTimer | null =>
  timer?.timers?.stages.find((s) => s.doneAt === null) ?? null;

/** Timers indexed by claim. */
export const timersByClaim = (claims: readonly TClaimTimer[] | undefined) =>
  new Map((claims ?? []).map((c) => [c.claimId, c]));
