import type { TGreenCategoryOption } from "@greenfin/contracts";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { greenCategoryOptions } from "../green-catalogue";

/** GET /api/green/categories: every node of the 2025 catalogue (9 / 38 / 271), for pickers. */
export function listGreenCategories(actor: Actor): TGreenCategoryOption[] {
  requirePermission(actor, "read");
  return greenCategoryOptions();
}
