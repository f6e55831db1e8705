/**
 * The claims of the workload: fresh financing needs posted through the API by the demo enterprise, and for each the
 * institutions it was broadcast to (read from the database), in the order they will claim.
 */
import type { Database } from "@greenfin/db";
import { call, must } from "./api";
import { byOrg, canWrite, type Session } from "./logins";

/** One institution's claim on one need; a need's claimants follow each other in the plan. */
export interface ClaimAttempt {
  session: Session;
  needId: string;
}

/**
 * Posts `count` financing needs as the demo enterprise (a working-capital loan the banks' products fit) and plans
 * their claims: the first three institutions each need was broadcast to, and for every third need a fourth, whose
 * claim the three-claimant rule must refuse however close together the four arrive.
 */
export async function claimPlan(base: string, db: Database, sessions: readonly Session[], count: number) {
  const enterprise = sessions.find((s) => s.orgKind === "enterprise" && s.role === "admin");
  if (!enterprise) throw new Error("no enterprise administrator signed in");
  const needIds: string[] = [];
  const lanes = Array.from({ length: 4 }, async () => {
    while (needIds.length < count) {
      const i = needIds.length;
      needIds.push("");
      const need = await must(
        call<{ id: string }>(base, enterprise, "POST", "/api/market/needs", {
          amount: String(1_000_000 + i * 1000),
          tenorMonths: 24,
          purpose: "working-capital",
          description: `load test need ${i}`,
          collateral: ["ccer"],
          consents: { esg: false, carbon: true },
        }),
        "post need",
      );
      needIds[i] = need.id;
    }
  });
  await Promise.all(lanes);
  const sent = await db.query<{ need_id: string; org_id: string }>(
    "SELECT need_id, org_id FROM need_broadcasts WHERE need_id = ANY($1::uuid[]) ORDER BY need_id, org_id",
    [needIds],
  );
  const claimers = new Map<string, Session[]>();
  for (const [orgId, members] of byOrg(sessions)) claimers.set(orgId, members.filter(canWrite));
  const plan: ClaimAttempt[] = [];
  needIds.forEach((needId, i) => {
    const orgs = sent.rows.filter((r) => r.need_id === needId && claimers.get(r.org_id)?.length);
    // Rotate which institutions claim, so that the claims spread over the banks rather than the first three.
    const rotated = [...orgs.slice(i % orgs.length), ...orgs.slice(0, i % orgs.length)];
    const take = rotated.slice(0, i % 3 === 0 ? 4 : 3);
    for (const r of take) {
      const writers = claimers.get(r.org_id)!;
      plan.push({ session: writers[i % writers.length]!, needId });
    }
  });
  return { needIds, plan };
}
